<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PublicKeys</name>
    <message>
        <source>&quot;%1&quot; is not a public key: paste an npub1… or 64 hex characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingLabels</name>
    <message>
        <source>Listen address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingester threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flush every commit to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max message size (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max subscriptions per connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max filters per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max limit per filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max subscription id length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tags per event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max content size (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest created_at (seconds back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest created_at (seconds ahead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max connections per address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP-42 authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level to count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web of trust depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP-43 invites and membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept mail for the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses without limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banner URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting policy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy policy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite code validity (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-use invite codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite codes issued before (Unix time) are revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked invite codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used invite codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up every (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max queued reads per connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max filter items per connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max filter items in total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roost::ui::AccessPage</name>
    <message>
        <source>Who may connect, read and publish, and how fast. Levels: Anonymous, Authenticated (NIP-42), Known (followed by an owner), Member, Owner. Changes apply at once, open connections included, and are saved to the config file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share on the local &amp;network (other devices can connect; applies at the next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on every network interface (0.0.0.0) instead of this computer only (127.0.0.1). Saved to the config file; takes effect when the relay starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the listen address: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roost::ui::BackupNotesWizard</name>
    <message>
        <source>&amp;Keep these relays as sync peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose notes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roost looks up the relays this key writes to and brings everything it wrote from each of them into this relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npub1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relays asked for the key&apos;s relay list (NIP-65), one ws:// or wss:// address a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public &amp;key (npub or hex; your own by default):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where to look for the key&apos;s relay list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m relays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add each of these relays as a sync peer that brings this key&apos;s new notes here every hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the npub whose notes to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ws:// or wss:// relay address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one relay to look up the key&apos;s relay list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the key&apos;s relay list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s relay list (%1) names no relays it writes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n relay(s) in the key&apos;s relay list (%1): %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 events found, %2 stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Done&lt;/b&gt; in %1 s: %2 new events stored from %n relay(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The backup stopped:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negentropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 found, %3 stored, %4 already here (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roost::ui::BackupPanel</name>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a compressed copy of the event store into the backup folder (backup/dir) now. The relay keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the event store with a backup file. The relay stops while restoring and starts again; the current store is kept as roost.db.before-restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last attempt failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roost backups (*.db.zst *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the event store with %1?

The relay stops while the backup is checked and put in place, then starts again. The current store is kept as roost.db.before-restore in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n events</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roost::ui::ConfirmDialog</name>
    <message>
        <source>Roost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roost::ui::ConnectionsModel</name>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (+%n)</source>
        <translation>
            <numerusform> (+%n)</numerusform>
            <numerusform> (+%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roost::ui::ConnectionsPage</name>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open connections. Click a header to sort; select rows to act on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by address, key or level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only connections whose address, key or access level contains this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the selected connections (the client may connect again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the selected connections&apos; addresses from now on and close their connections. Saved in the config file; undo on the Access page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open connection(s)</source>
        <translation>
            <numerusform>%n open connection</numerusform>
            <numerusform>%n open connections</numerusform>
        </translation>
    </message>
    <message>
        <source>The relay is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not block %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the authenticated public key (npub) of the selected connection; the context menu also copies it as hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy key as hex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roost::ui::DashboardPage</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open WebSocket connections right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events in the store (recounted every 10 seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the database file and its write-ahead log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the relay was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client messages received and relay messages sent since start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket bytes received and sent since start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open connections over the last 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client messages received and relay messages sent per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored events per kind (recounted every 10 seconds). Click a header to sort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KiB per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket kibibytes received and sent per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync KiB per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibibytes received from and sent to sync peers per second (the Sync page).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roost::ui::EventDetailWidget</name>
    <message>
        <source>When the event says it was created (created_at), in local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event kind and what it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author&apos;s public key as npub (NIP-19) and hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event id as note (NIP-19) and hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s tags, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see its JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected event as stored (NIP-01 JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roost::ui::EventsFilterForm</name>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1, 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events of these kinds (numbers, comma-separated). Empty: every kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex public keys or npub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events by these authors: 64 hex characters or npub1… (NIP-19), comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex event ids or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these events: 64 hex characters or note1… (NIP-19), comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. t=nostr, bitcoin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events with one of these tag values: a tag letter, &quot;=&quot;, comma-separated values (e.g. t=nostr, bitcoin or #p=npub1…). Separate several tags with &quot;;&quot; (all must match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events created in this period. Custom range: choose Since and Until.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range: only events created at or after this local date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range: only events created at or before this local date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per page (newest first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the filter on the store and count the matches (Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uthors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;nce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unti&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds: &quot;%1&quot; is not a kind number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors: &quot;%1&quot; is neither 64 hex characters nor an npub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ids: &quot;%1&quot; is neither 64 hex characters nor a note id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag: write one letter, &quot;=&quot; and values, e.g. t=nostr, bitcoin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag: no value after &quot;%1=&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since is after Until.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roost::ui::EventsModel</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roost::ui::EventsPage</name>
    <message>
        <source>Load &amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ban event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban &amp;author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter shown events by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only loaded events whose author or content contains this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the next page: events older than the oldest shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected events from the store (they may be published again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected events and refuse them from now on (NIP-86 banevent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected events as JSON lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 matching events shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n events selected</source>
        <translation>
            <numerusform>%n event selected</numerusform>
            <numerusform>%n events selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s) from the store?</source>
        <translation>
            <numerusform>Delete %n event from the store?</numerusform>
            <numerusform>Delete %n events from the store?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) deleted</source>
        <translation>
            <numerusform>%n event deleted</numerusform>
            <numerusform>%n events deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s) and refuse them from now on?</source>
        <translation>
            <numerusform>Delete %n event and refuse it from now on?</numerusform>
            <numerusform>Delete %n events and refuse them from now on?</numerusform>
        </translation>
    </message>
    <message>
        <source>banned in the Roost window</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) banned</source>
        <translation>
            <numerusform>%n event banned</numerusform>
            <numerusform>%n events banned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author(s) banned</source>
        <translation>
            <numerusform>%n author banned</numerusform>
            <numerusform>%n authors banned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) copied</source>
        <translation>
            <numerusform>%n event copied</numerusform>
            <numerusform>%n events copied</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;matching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse all events from the selected events&apos; authors from now on (saved in the config file) and delete their stored events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected events to a file, one JSON event per line (JSONL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count every stored event matching the filter above, then delete them all after you confirm the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events in the store. Select one to see its fields and JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refuse every event from %n author(s) from now on and delete their stored events?</source>
        <translation>
            <numerusform>Refuse every event from %n author from now on and delete their stored events?</numerusform>
            <numerusform>Refuse every event from %n authors from now on and delete their stored events?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1</source>
        <translation>
            <numerusform>%n event exported to %1</numerusform>
            <numerusform>%n events exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No event matches this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s) matching this filter?</source>
        <translation>
            <numerusform>Delete %n event matching this filter?</numerusform>
            <numerusform>Delete %n events matching this filter?</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter is empty: this is every stored event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) deleted.</source>
        <translation>
            <numerusform>%n event deleted.</numerusform>
            <numerusform>%n events deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, delete every stored event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roost::ui::KindsModel</name>
    <message>
        <source>Profile metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short text note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted direct message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic repost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zap request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DM relay list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-form article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay recommendation (deprecated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenTimestamps attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live chat message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content discovery request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content discovery result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zap goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutzap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emoji list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nostr Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace stall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft long-form article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emoji set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classified listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiki article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar event (date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar event (time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video (addressable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short video (addressable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job request (kind %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job result (kind %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressable event (kind %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ephemeral event (kind %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaceable event (kind %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roost::ui::ListEditWidget</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select entries and press Delete or Remove to take them off the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the entry typed on the left to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entries from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roost::ui::LogModel</name>
    <message>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roost::ui::LogPage</name>
    <message>
        <source>Show lines of this level and above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the shown lines to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent messages from Roost, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roost::ui::MainWindow</name>
    <message>
        <source>Roost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live traffic, storage and kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is connected; disconnect or block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp; limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access levels, keys, lists and rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address, data folder, relay information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 — %n connection(s)</source>
        <translation>
            <numerusform>%1 — %2 — %n connection</numerusform>
            <numerusform>%1 — %2 — %n connections</numerusform>
        </translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse, delete and ban stored events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your relay&apos;s address, your key and who may use the relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray for Roost to wait in. Keep the relay running with this window minimized (click Roost in the taskbar to come back), or quit Roost and stop the relay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit Roost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay keeps running; this window was minimized. Ctrl+Q quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages (Ctrl+1 to Ctrl+7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relays kept in step with this one; back up your notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roost::ui::ReportsWidget</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP-56 reports (kind 1984) about events and keys on this relay, most reported first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the reported events and refuse them from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse every event of the reported key, or of the reported event&apos;s author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove these reports from the queue; nothing else changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Reports&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) waiting</source>
        <translation>
            <numerusform>%n report waiting</numerusform>
            <numerusform>%n reports waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>reported, banned in the Roost window</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n author(s) banned</source>
        <translation>
            <numerusform>%n author banned</numerusform>
            <numerusform>%n authors banned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) dismissed</source>
        <translation>
            <numerusform>%n report dismissed</numerusform>
            <numerusform>%n reports dismissed</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the selected events held for review: they are stored and sent to subscribers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) published</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roost::ui::SettingsFormWidget</name>
    <message>
        <source>Applies when Roost is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind number, e.g. 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address, e.g. 192.0.2.7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npub1… or 64 hex characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy key as hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public key: npub1… or 64 hex characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy npub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by %1 on the command line (or its environment variable) for this run; it overrides the config file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roost::ui::SettingsPage</name>
    <message>
        <source>Start Roost when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address Nostr clients on this machine connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds Roost to your desktop&apos;s autostart programs (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* applies when Roost is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The INI file holding these settings: changes made here are written to it, and Roost re-reads it when it changes on disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roost::ui::SyncPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up my notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relays this one keeps in step with. Click a header to sort; double-click a peer to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a relay to keep in step with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected peer: address, direction, schedule or which events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop syncing with the selected peers (their events stay here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync the selected peers now, whatever their schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync every enabled peer now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring everything a key wrote here from the relays it writes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync peers yet. &lt;b&gt;Add…&lt;/b&gt; another relay to keep it in step with this one, or &lt;b&gt;Back up my notes…&lt;/b&gt; to bring everything you wrote here from your relays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This peer comes from your relay list (NIP-65); change the list to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a sync peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a sync peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stop syncing with %n peer(s)? Events already brought here stay.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync started: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync of every enabled peer started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roost::ui::SyncPeerDialog</name>
    <message>
        <source>&amp;Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sync peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wss://relay.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other relay&apos;s address: ws:// or wss:// and a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down: bring their events here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up: send our events to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which way events travel between this relay and the peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic: a full sync every few minutes. Live: sync once, then keep a subscription open and pass new events on as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic mode: minutes between two syncs (1 minute to 1 year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disabled peer stays in the list but is not synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIP-01 filter the form builds; you may also type it (e.g. to add &quot;since&quot;). {} syncs every event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relay URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which events (empty fields: all of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit sync peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form cannot show this filter; edit it as JSON (clear the JSON field to use the form again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the relay&apos;s address (ws:// or wss://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; contains a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: &quot;%1&quot; is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a sync peer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roost::ui::SyncPeersModel</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation type="unfinished">
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kinds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n author(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconciling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transferring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backing off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: synced, then kept open for new events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Periodic: synced every %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Found in your relay list (NIP-65); change it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) in a row</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The peer has no negentropy (NIP-77): synced by REQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received, %2 sent over this peer&apos;s connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 differing ids learned, %3 events moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⇅ both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events stored here from the peer (all runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events the peer accepted from us (all runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the peer is synced next (after a failure: the next retry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running sync: events moved of the ids that differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roost::ui::TrayIcon</name>
    <message>
        <source>Open Roost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Roost window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy relay URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the address clients on this machine use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy LAN URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the address other devices on your network use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse new connections and writes; connected readers stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the relay and quit Roost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Roost — %1
%2
%n connection(s)</source>
        <translation>
            <numerusform>Roost — %1
%2
%n connection</numerusform>
            <numerusform>Roost — %1
%2
%n connections</numerusform>
        </translation>
    </message>
    <message>
        <source>About Roost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Roost&lt;/b&gt; %1&lt;br&gt;A personal Nostr relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version of Roost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with every enabled sync peer now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roost::ui::WelcomePage</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Roost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own Nostr relay runs on this computer. Give its address to your Nostr app, tell Roost who you are, and choose who may use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Your relay&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the address; add it as a relay in your Nostr app on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the address other devices on your network use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On your network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Your public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your public key (npub1…, shown in your Nostr app&apos;s profile or settings). It makes you this relay&apos;s owner. Never paste your nsec: Roost does not need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npub1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set as owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Who may use your relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you read and write: your notes stay with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Me and people I follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You and the people you follow write; everyone may read what is stored here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone may read and write, like a public relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each choice sets the access level for connecting, reading and publishing; &lt;a href=&quot;access&quot;&gt;Access &amp;amp; limits&lt;/a&gt; shows and changes them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your npub first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the relay is stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current levels are none of these (they were set one by one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on Nostr? &lt;a href=&quot;backup&quot;&gt;Back up my notes&lt;/a&gt;: bring everything you wrote here from the relays you write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the Sync page&apos;s &quot;Back up my notes&quot; wizard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
