<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>PublicKeys</name>
    <message>
        <source>&quot;%1&quot; is not a public key: paste an npub1… or 64 hex characters.</source>
        <translation>„%1“ ist kein öffentlicher Schlüssel: Fügen Sie einen npub1… oder 64 Hex-Zeichen ein.</translation>
    </message>
</context>
<context>
    <name>SettingLabels</name>
    <message>
        <source>Listen address</source>
        <translation>Adresse zum Lauschen</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Relay name</source>
        <translation>Name des Relays</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Icon URL</source>
        <translation>Symbol-URL</translation>
    </message>
    <message>
        <source>Admin public key</source>
        <translation>Öffentlicher Schlüssel des Admins</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>Öffentliche URL</translation>
    </message>
    <message>
        <source>Ingester threads</source>
        <translation>Eingangs-Threads</translation>
    </message>
    <message>
        <source>Query threads</source>
        <translation>Abfrage-Threads</translation>
    </message>
    <message>
        <source>Flush every commit to disk</source>
        <translation>Jeden Commit auf die Platte schreiben</translation>
    </message>
    <message>
        <source>Max message size (bytes)</source>
        <translation>Max. Nachrichtengröße (Bytes)</translation>
    </message>
    <message>
        <source>Max subscriptions per connection</source>
        <translation>Max. Abonnements pro Verbindung</translation>
    </message>
    <message>
        <source>Max filters per request</source>
        <translation>Max. Filter pro Anfrage</translation>
    </message>
    <message>
        <source>Max limit per filter</source>
        <translation>Max. Limit pro Filter</translation>
    </message>
    <message>
        <source>Default limit</source>
        <translation>Standardlimit</translation>
    </message>
    <message>
        <source>Max subscription id length</source>
        <translation>Max. Länge der Abonnement-ID</translation>
    </message>
    <message>
        <source>Max tags per event</source>
        <translation>Max. Tags pro Ereignis</translation>
    </message>
    <message>
        <source>Max content size (bytes)</source>
        <translation>Max. Inhaltsgröße (Bytes)</translation>
    </message>
    <message>
        <source>Oldest created_at (seconds back)</source>
        <translation>Ältestes created_at (Sekunden zurück)</translation>
    </message>
    <message>
        <source>Newest created_at (seconds ahead)</source>
        <translation>Neuestes created_at (Sekunden voraus)</translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation>Wartungsmodus</translation>
    </message>
    <message>
        <source>Max connections</source>
        <translation>Max. Verbindungen</translation>
    </message>
    <message>
        <source>Max connections per address</source>
        <translation>Max. Verbindungen pro Adresse</translation>
    </message>
    <message>
        <source>NIP-42 authentication</source>
        <translation>NIP-42-Anmeldung</translation>
    </message>
    <message>
        <source>Level to connect</source>
        <translation>Stufe zum Verbinden</translation>
    </message>
    <message>
        <source>Level to publish</source>
        <translation>Stufe zum Veröffentlichen</translation>
    </message>
    <message>
        <source>Level to read</source>
        <translation>Stufe zum Lesen</translation>
    </message>
    <message>
        <source>Level to count</source>
        <translation>Stufe zum Zählen</translation>
    </message>
    <message>
        <source>Owner keys</source>
        <translation>Schlüssel der Eigentümer</translation>
    </message>
    <message>
        <source>Member keys</source>
        <translation>Schlüssel der Mitglieder</translation>
    </message>
    <message>
        <source>Banned keys</source>
        <translation>Gesperrte Schlüssel</translation>
    </message>
    <message>
        <source>Web of trust depth</source>
        <translation>Tiefe des Vertrauensnetzes</translation>
    </message>
    <message>
        <source>NIP-43 invites and membership</source>
        <translation>NIP-43-Einladungen und Mitgliedschaft</translation>
    </message>
    <message>
        <source>Accept mail for the owner</source>
        <translation>Post für den Eigentümer annehmen</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>Gesperrte Adressen</translation>
    </message>
    <message>
        <source>Allowed kinds</source>
        <translation>Erlaubte Arten</translation>
    </message>
    <message>
        <source>Refused kinds</source>
        <translation>Abgelehnte Arten</translation>
    </message>
    <message>
        <source>Messages per second</source>
        <translation>Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <source>Events per second</source>
        <translation>Ereignisse pro Sekunde</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Burst (seconds)</source>
        <translation>Stoß (Sekunden)</translation>
    </message>
    <message>
        <source>Addresses without limits</source>
        <translation>Adressen ohne Limits</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Ratenlimits</translation>
    </message>
    <message>
        <source>Banner URL</source>
        <translation>Banner-URL</translation>
    </message>
    <message>
        <source>Posting policy URL</source>
        <translation>URL der Veröffentlichungsregeln</translation>
    </message>
    <message>
        <source>Terms of service URL</source>
        <translation>URL der Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>Privacy policy URL</source>
        <translation>URL der Datenschutzerklärung</translation>
    </message>
    <message>
        <source>Invite code validity (seconds)</source>
        <translation>Gültigkeit der Einladungscodes (Sekunden)</translation>
    </message>
    <message>
        <source>Single-use invite codes</source>
        <translation>Einmal-Einladungscodes</translation>
    </message>
    <message>
        <source>Invite codes issued before (Unix time) are revoked</source>
        <translation>Vor diesem Zeitpunkt (Unix-Zeit) ausgegebene Einladungscodes sind widerrufen</translation>
    </message>
    <message>
        <source>Revoked invite codes</source>
        <translation>Widerrufene Einladungscodes</translation>
    </message>
    <message>
        <source>Used invite codes</source>
        <translation>Verwendete Einladungscodes</translation>
    </message>
    <message>
        <source>Back up every (hours)</source>
        <translation>Sicherung alle (Stunden)</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Aufzubewahrende Sicherungen</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Max queued reads per connection</source>
        <translation>Max. wartende Lesevorgänge pro Verbindung</translation>
    </message>
    <message>
        <source>Max filter items per connection</source>
        <translation>Max. Filtereinträge pro Verbindung</translation>
    </message>
    <message>
        <source>Max filter items in total</source>
        <translation>Max. Filtereinträge insgesamt</translation>
    </message>
</context>
<context>
    <name>roost::ui::AccessPage</name>
    <message>
        <source>Who may connect, read and publish, and how fast. Levels: Anonymous, Authenticated (NIP-42), Known (followed by an owner), Member, Owner. Changes apply at once, open connections included, and are saved to the config file.</source>
        <translation>Wer sich verbinden, lesen und veröffentlichen darf, und wie schnell. Stufen: Anonym, Angemeldet (NIP-42), Bekannt (von einem Eigentümer gefolgt), Mitglied, Eigentümer. Änderungen gelten sofort, auch für offene Verbindungen, und werden in der Konfigurationsdatei gespeichert.</translation>
    </message>
    <message>
        <source>Share on the local &amp;network (other devices can connect; applies at the next start)</source>
        <translation>Im lokalen &amp;Netzwerk freigeben (andere Geräte können sich verbinden; gilt ab dem nächsten Start)</translation>
    </message>
    <message>
        <source>Listen on every network interface (0.0.0.0) instead of this computer only (127.0.0.1). Saved to the config file; takes effect when the relay starts again.</source>
        <translation>Auf allen Netzwerkschnittstellen lauschen (0.0.0.0) statt nur auf diesem Computer (127.0.0.1). Wird in der Konfigurationsdatei gespeichert und gilt, sobald das Relay neu startet.</translation>
    </message>
    <message>
        <source>Roost</source>
        <translation>Roost</translation>
    </message>
    <message>
        <source>Cannot change the listen address: %1</source>
        <translation>Die Adresse zum Lauschen kann nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>roost::ui::BackupNotesWizard</name>
    <message>
        <source>&amp;Keep these relays as sync peers</source>
        <translation>Diese Relays als Sync-Peers &amp;behalten</translation>
    </message>
    <message>
        <source>Back up my notes</source>
        <translation>Meine Notizen sichern</translation>
    </message>
    <message>
        <source>Whose notes?</source>
        <translation>Wessen Notizen?</translation>
    </message>
    <message>
        <source>Roost looks up the relays this key writes to and brings everything it wrote from each of them into this relay.</source>
        <translation>Roost ermittelt die Relays, in die dieser Schlüssel schreibt, und holt alles, was er dort geschrieben hat, in dieses Relay.</translation>
    </message>
    <message>
        <source>npub1…</source>
        <translation>npub1…</translation>
    </message>
    <message>
        <source>Relays asked for the key&apos;s relay list (NIP-65), one ws:// or wss:// address a line.</source>
        <translation>Relays, die nach der Relay-Liste des Schlüssels (NIP-65) gefragt werden, eine ws://- oder wss://-Adresse pro Zeile.</translation>
    </message>
    <message>
        <source>Public &amp;key (npub or hex; your own by default):</source>
        <translation>Öffentlicher &amp;Schlüssel (npub oder hex; standardmäßig Ihr eigener):</translation>
    </message>
    <message>
        <source>&amp;Where to look for the key&apos;s relay list:</source>
        <translation>Wo nach der Relay-&amp;Liste des Schlüssels suchen:</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sicherung läuft</translation>
    </message>
    <message>
        <source>%v of %m relays</source>
        <translation>%v von %m Relays</translation>
    </message>
    <message>
        <source>Add each of these relays as a sync peer that brings this key&apos;s new notes here every hour.</source>
        <translation>Jedes dieser Relays als Sync-Peer hinzufügen, der die neuen Notizen dieses Schlüssels stündlich hierher holt.</translation>
    </message>
    <message>
        <source>Paste the npub whose notes to back up.</source>
        <translation>Fügen Sie den npub ein, dessen Notizen gesichert werden sollen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ws:// or wss:// relay address.</source>
        <translation>„%1“ ist keine ws://- oder wss://-Relay-Adresse.</translation>
    </message>
    <message>
        <source>Give at least one relay to look up the key&apos;s relay list.</source>
        <translation>Geben Sie mindestens ein Relay an, bei dem die Relay-Liste des Schlüssels abgefragt wird.</translation>
    </message>
    <message>
        <source>Looking for the key&apos;s relay list…</source>
        <translation>Relay-Liste des Schlüssels wird gesucht…</translation>
    </message>
    <message>
        <source>The backup did not start: %1</source>
        <translation>Die Sicherung konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The key&apos;s relay list (%1) names no relays it writes to.</source>
        <translation>Die Relay-Liste des Schlüssels (%1) nennt keine Relays, in die er schreibt.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n relay(s) in the key&apos;s relay list (%1): %2</source>
        <translation>
            <numerusform>%n Relay in der Relay-Liste des Schlüssels gefunden (%1): %2</numerusform>
            <numerusform>%n Relays in der Relay-Liste des Schlüssels gefunden (%1): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 events found, %2 stored</source>
        <translation>%1 Ereignisse gefunden, %2 gespeichert</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Aktuell: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Done&lt;/b&gt; in %1 s: %2 new events stored from %n relay(s).</source>
        <translation>
            <numerusform>&lt;b&gt;Fertig&lt;/b&gt; in %1 s: %2 neue Ereignisse von %n Relay gespeichert.</numerusform>
            <numerusform>&lt;b&gt;Fertig&lt;/b&gt; in %1 s: %2 neue Ereignisse von %n Relays gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The backup stopped:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Die Sicherung wurde abgebrochen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>negentropy</source>
        <translation>negentropy</translation>
    </message>
    <message>
        <source>REQ</source>
        <translation>REQ</translation>
    </message>
    <message>
        <source>%1: %2 found, %3 stored, %4 already here (%5)</source>
        <translation>%1: %2 gefunden, %3 gespeichert, %4 bereits vorhanden (%5)</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>roost::ui::BackupPanel</name>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Write a compressed copy of the event store into the backup folder (backup/dir) now. The relay keeps running.</source>
        <translation>Jetzt eine komprimierte Kopie des Ereignisspeichers im Sicherungsordner (backup/dir) ablegen. Das Relay läuft weiter.</translation>
    </message>
    <message>
        <source>Replace the event store with a backup file. The relay stops while restoring and starts again; the current store is kept as roost.db.before-restore.</source>
        <translation>Den Ereignisspeicher durch eine Sicherungsdatei ersetzen. Das Relay hält während der Wiederherstellung an und startet danach neu; der bisherige Speicher bleibt als roost.db.before-restore erhalten.</translation>
    </message>
    <message>
        <source>Backing up: %1…</source>
        <translation>Sicherung: %1…</translation>
    </message>
    <message>
        <source>Last backup: %1 (%2)</source>
        <translation>Letzte Sicherung: %1 (%2)</translation>
    </message>
    <message>
        <source>Last backup: never</source>
        <translation>Letzte Sicherung: nie</translation>
    </message>
    <message>
        <source>the last attempt failed: %1</source>
        <translation>der letzte Versuch ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sicherung läuft…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert in %1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Roost backups (*.db.zst *.db);;All files (*)</source>
        <translation>Roost-Sicherungen (*.db.zst *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace the event store with %1?

The relay stops while the backup is checked and put in place, then starts again. The current store is kept as roost.db.before-restore in the data folder.</source>
        <translation>Den Ereignisspeicher durch %1 ersetzen?

Das Relay hält an, während die Sicherung geprüft und eingesetzt wird, und startet danach neu. Der bisherige Speicher bleibt als roost.db.before-restore im Datenordner erhalten.</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>%1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restoring: %1…</source>
        <translation>Wiederherstellung: %1…</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n events</source>
        <translation>
            <numerusform>%n Ereignis wiederhergestellt</numerusform>
            <numerusform>%n Ereignisse wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>Wiederherstellung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>roost::ui::ConfirmDialog</name>
    <message>
        <source>Roost</source>
        <translation>Roost</translation>
    </message>
</context>
<context>
    <name>roost::ui::ConnectionsModel</name>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>not authenticated</source>
        <translation>nicht angemeldet</translation>
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
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Verbunden seit</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Messages in</source>
        <translation>Nachrichten ein</translation>
    </message>
    <message>
        <source>Messages out</source>
        <translation>Nachrichten aus</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes ein</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes aus</translation>
    </message>
</context>
<context>
    <name>roost::ui::ConnectionsPage</name>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Block address</source>
        <translation>Adresse &amp;sperren</translation>
    </message>
    <message>
        <source>&amp;Copy key</source>
        <translation>Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <source>Open connections. Click a header to sort; select rows to act on them.</source>
        <translation>Offene Verbindungen. Zum Sortieren auf eine Spaltenüberschrift klicken; Zeilen auswählen, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Filter by address, key or level</source>
        <translation>Nach Adresse, Schlüssel oder Stufe filtern</translation>
    </message>
    <message>
        <source>Show only connections whose address, key or access level contains this text.</source>
        <translation>Nur Verbindungen zeigen, deren Adresse, Schlüssel oder Zugriffsstufe diesen Text enthält.</translation>
    </message>
    <message>
        <source>Close the selected connections (the client may connect again).</source>
        <translation>Die ausgewählten Verbindungen schließen (der Client darf sich erneut verbinden).</translation>
    </message>
    <message>
        <source>Refuse the selected connections&apos; addresses from now on and close their connections. Saved in the config file; undo on the Access page.</source>
        <translation>Die Adressen der ausgewählten Verbindungen ab jetzt abweisen und ihre Verbindungen schließen. Wird in der Konfigurationsdatei gespeichert; rückgängig auf der Seite Zugriff.</translation>
    </message>
    <message numerus="yes">
        <source>%n open connection(s)</source>
        <translation>
            <numerusform>%n offene Verbindung</numerusform>
            <numerusform>%n offene Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The relay is stopped.</source>
        <translation>Das Relay ist angehalten.</translation>
    </message>
    <message>
        <source>Blocked %1.</source>
        <translation>%1 gesperrt.</translation>
    </message>
    <message>
        <source>Could not block %1: %2</source>
        <translation>%1 konnte nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <source>Copy the authenticated public key (npub) of the selected connection; the context menu also copies it as hex.</source>
        <translation>Kopiert den authentifizierten öffentlichen Schlüssel (npub) der gewählten Verbindung; das Kontextmenü kopiert ihn auch als Hex.</translation>
    </message>
    <message>
        <source>Copy key as hex</source>
        <translation>Schlüssel als Hex kopieren</translation>
    </message>
</context>
<context>
    <name>roost::ui::DashboardPage</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Open WebSocket connections right now.</source>
        <translation>Derzeit offene WebSocket-Verbindungen.</translation>
    </message>
    <message>
        <source>Events stored</source>
        <translation>Gespeicherte Ereignisse</translation>
    </message>
    <message>
        <source>Events in the store (recounted every 10 seconds).</source>
        <translation>Ereignisse im Speicher (alle 10 Sekunden neu gezählt).</translation>
    </message>
    <message>
        <source>Database size</source>
        <translation>Datenbankgröße</translation>
    </message>
    <message>
        <source>Size of the database file and its write-ahead log.</source>
        <translation>Größe der Datenbankdatei und ihres Write-Ahead-Logs.</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Time since the relay was started.</source>
        <translation>Zeit seit dem Start des Relays.</translation>
    </message>
    <message>
        <source>Messages in / out</source>
        <translation>Nachrichten ein / aus</translation>
    </message>
    <message>
        <source>Client messages received and relay messages sent since start.</source>
        <translation>Seit dem Start empfangene Client-Nachrichten und gesendete Relay-Nachrichten.</translation>
    </message>
    <message>
        <source>Traffic in / out</source>
        <translation>Datenverkehr ein / aus</translation>
    </message>
    <message>
        <source>WebSocket bytes received and sent since start.</source>
        <translation>Seit dem Start empfangene und gesendete WebSocket-Bytes.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Open connections over the last 10 minutes.</source>
        <translation>Offene Verbindungen in den letzten 10 Minuten.</translation>
    </message>
    <message>
        <source>Messages per second</source>
        <translation>Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Client messages received and relay messages sent per second.</source>
        <translation>Empfangene Client-Nachrichten und gesendete Relay-Nachrichten pro Sekunde.</translation>
    </message>
    <message>
        <source>Stored events per kind (recounted every 10 seconds). Click a header to sort.</source>
        <translation>Gespeicherte Ereignisse pro Art (alle 10 Sekunden neu gezählt). Zum Sortieren auf eine Spaltenüberschrift klicken.</translation>
    </message>
    <message>
        <source>Events by kind</source>
        <translation>Ereignisse nach Art</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>KiB per second</source>
        <translation>KiB pro Sekunde</translation>
    </message>
    <message>
        <source>WebSocket kibibytes received and sent per second.</source>
        <translation>Empfangene und gesendete WebSocket-Kibibytes pro Sekunde.</translation>
    </message>
    <message>
        <source>Sync KiB per second</source>
        <translation>Sync-KiB pro Sekunde</translation>
    </message>
    <message>
        <source>from peers</source>
        <translation>von Peers</translation>
    </message>
    <message>
        <source>to peers</source>
        <translation>an Peers</translation>
    </message>
    <message>
        <source>Kibibytes received from and sent to sync peers per second (the Sync page).</source>
        <translation>Pro Sekunde von Sync-Peers empfangene und an sie gesendete Kibibytes (Seite Sync).</translation>
    </message>
</context>
<context>
    <name>roost::ui::EventDetailWidget</name>
    <message>
        <source>When the event says it was created (created_at), in local time.</source>
        <translation>Wann das Ereignis laut eigener Angabe erstellt wurde (created_at), in Ortszeit.</translation>
    </message>
    <message>
        <source>The event kind and what it is.</source>
        <translation>Die Art des Ereignisses und was sie bedeutet.</translation>
    </message>
    <message>
        <source>The author&apos;s public key as npub (NIP-19) and hex.</source>
        <translation>Der öffentliche Schlüssel des Autors als npub (NIP-19) und hex.</translation>
    </message>
    <message>
        <source>The event id as note (NIP-19) and hex.</source>
        <translation>Die Ereignis-ID als note (NIP-19) und hex.</translation>
    </message>
    <message>
        <source>The event&apos;s tags, one per line.</source>
        <translation>Die Tags des Ereignisses, einer pro Zeile.</translation>
    </message>
    <message>
        <source>Select an event to see its JSON.</source>
        <translation>Ein Ereignis auswählen, um sein JSON zu sehen.</translation>
    </message>
    <message>
        <source>The selected event as stored (NIP-01 JSON).</source>
        <translation>Das ausgewählte Ereignis, wie es gespeichert ist (NIP-01-JSON).</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>roost::ui::EventsFilterForm</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>e.g. 1, 7</source>
        <translation>z. B. 1, 7</translation>
    </message>
    <message>
        <source>Only events of these kinds (numbers, comma-separated). Empty: every kind.</source>
        <translation>Nur Ereignisse dieser Arten (Nummern, durch Komma getrennt). Leer: jede Art.</translation>
    </message>
    <message>
        <source>hex public keys or npub</source>
        <translation>öffentliche Schlüssel (hex) oder npub</translation>
    </message>
    <message>
        <source>Only events by these authors: 64 hex characters or npub1… (NIP-19), comma-separated.</source>
        <translation>Nur Ereignisse dieser Autoren: 64 Hex-Zeichen oder npub1… (NIP-19), durch Komma getrennt.</translation>
    </message>
    <message>
        <source>hex event ids or note</source>
        <translation>Ereignis-IDs (hex) oder note</translation>
    </message>
    <message>
        <source>Only these events: 64 hex characters or note1… (NIP-19), comma-separated.</source>
        <translation>Nur diese Ereignisse: 64 Hex-Zeichen oder note1… (NIP-19), durch Komma getrennt.</translation>
    </message>
    <message>
        <source>e.g. t=nostr, bitcoin</source>
        <translation>z. B. t=nostr, bitcoin</translation>
    </message>
    <message>
        <source>Only events with one of these tag values: a tag letter, &quot;=&quot;, comma-separated values (e.g. t=nostr, bitcoin or #p=npub1…). Separate several tags with &quot;;&quot; (all must match).</source>
        <translation>Nur Ereignisse mit einem dieser Tag-Werte: ein Tag-Buchstabe, „=“, Werte durch Komma getrennt (z. B. t=nostr, bitcoin oder #p=npub1…). Mehrere Tags mit „;“ trennen (alle müssen passen).</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Only events created in this period. Custom range: choose Since and Until.</source>
        <translation>Nur in diesem Zeitraum erstellte Ereignisse. Eigener Zeitraum: Von und Bis wählen.</translation>
    </message>
    <message>
        <source>Custom range: only events created at or after this local date and time.</source>
        <translation>Eigener Zeitraum: nur Ereignisse, die zu oder nach diesem Datum und dieser Uhrzeit (Ortszeit) erstellt wurden.</translation>
    </message>
    <message>
        <source>Custom range: only events created at or before this local date and time.</source>
        <translation>Eigener Zeitraum: nur Ereignisse, die zu oder vor diesem Datum und dieser Uhrzeit (Ortszeit) erstellt wurden.</translation>
    </message>
    <message>
        <source>Events per page (newest first).</source>
        <translation>Ereignisse pro Seite (neueste zuerst).</translation>
    </message>
    <message>
        <source>Run the filter on the store and count the matches (Enter).</source>
        <translation>Den Filter auf den Speicher anwenden und die Treffer zählen (Eingabetaste).</translation>
    </message>
    <message>
        <source>&amp;Kinds</source>
        <translation>&amp;Arten</translation>
    </message>
    <message>
        <source>A&amp;uthors</source>
        <translation>A&amp;utoren</translation>
    </message>
    <message>
        <source>&amp;Ids</source>
        <translation>&amp;IDs</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>Si&amp;nce</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>Unti&amp;l</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Page si&amp;ze</source>
        <translation>Seiten&amp;größe</translation>
    </message>
    <message>
        <source>Kinds: &quot;%1&quot; is not a kind number.</source>
        <translation>Arten: „%1“ ist keine Art-Nummer.</translation>
    </message>
    <message>
        <source>Authors: &quot;%1&quot; is neither 64 hex characters nor an npub.</source>
        <translation>Autoren: „%1“ ist weder 64 Hex-Zeichen noch ein npub.</translation>
    </message>
    <message>
        <source>Ids: &quot;%1&quot; is neither 64 hex characters nor a note id.</source>
        <translation>IDs: „%1“ ist weder 64 Hex-Zeichen noch eine note-ID.</translation>
    </message>
    <message>
        <source>Tag: write one letter, &quot;=&quot; and values, e.g. t=nostr, bitcoin.</source>
        <translation>Tag: einen Buchstaben, „=“ und Werte schreiben, z. B. t=nostr, bitcoin.</translation>
    </message>
    <message>
        <source>Tag: no value after &quot;%1=&quot;.</source>
        <translation>Tag: kein Wert nach „%1=“.</translation>
    </message>
    <message>
        <source>Since is after Until.</source>
        <translation>Von liegt nach Bis.</translation>
    </message>
</context>
<context>
    <name>roost::ui::EventsModel</name>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>roost::ui::EventsPage</name>
    <message>
        <source>Load &amp;older</source>
        <translation>Ä&amp;ltere laden</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Ban event</source>
        <translation>Ereignis &amp;sperren</translation>
    </message>
    <message>
        <source>Ban &amp;author</source>
        <translation>&amp;Autor sperren</translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation>&amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Filter shown events by text</source>
        <translation>Angezeigte Ereignisse nach Text filtern</translation>
    </message>
    <message>
        <source>Show only loaded events whose author or content contains this text.</source>
        <translation>Nur geladene Ereignisse zeigen, deren Autor oder Inhalt diesen Text enthält.</translation>
    </message>
    <message>
        <source>Load the next page: events older than the oldest shown.</source>
        <translation>Die nächste Seite laden: Ereignisse, die älter als das älteste angezeigte sind.</translation>
    </message>
    <message>
        <source>Delete the selected events from the store (they may be published again).</source>
        <translation>Die ausgewählten Ereignisse aus dem Speicher löschen (sie dürfen erneut veröffentlicht werden).</translation>
    </message>
    <message>
        <source>Delete the selected events and refuse them from now on (NIP-86 banevent).</source>
        <translation>Die ausgewählten Ereignisse löschen und ab jetzt ablehnen (NIP-86 banevent).</translation>
    </message>
    <message>
        <source>Copy the selected events as JSON lines.</source>
        <translation>Die ausgewählten Ereignisse als JSON-Zeilen kopieren.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1 of %2 matching events shown</source>
        <translation>%1 von %2 passenden Ereignissen angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n events selected</source>
        <translation>
            <numerusform>%n Ereignis ausgewählt</numerusform>
            <numerusform>%n Ereignisse ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s) from the store?</source>
        <translation>
            <numerusform>%n Ereignis aus dem Speicher löschen?</numerusform>
            <numerusform>%n Ereignisse aus dem Speicher löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) deleted</source>
        <translation>
            <numerusform>%n Ereignis gelöscht</numerusform>
            <numerusform>%n Ereignisse gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s) and refuse them from now on?</source>
        <translation>
            <numerusform>%n Ereignis löschen und ab jetzt ablehnen?</numerusform>
            <numerusform>%n Ereignisse löschen und ab jetzt ablehnen?</numerusform>
        </translation>
    </message>
    <message>
        <source>banned in the Roost window</source>
        <translation>im Roost-Fenster gesperrt</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) banned</source>
        <translation>
            <numerusform>%n Ereignis gesperrt</numerusform>
            <numerusform>%n Ereignisse gesperrt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n author(s) banned</source>
        <translation>
            <numerusform>%n Autor gesperrt</numerusform>
            <numerusform>%n Autoren gesperrt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) copied</source>
        <translation>
            <numerusform>%n Ereignis kopiert</numerusform>
            <numerusform>%n Ereignisse kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Delete &amp;matching…</source>
        <translation>&amp;Passende löschen…</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Ereignisse exportieren</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation>JSON-Zeilen (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Refuse all events from the selected events&apos; authors from now on (saved in the config file) and delete their stored events.</source>
        <translation>Ab jetzt alle Ereignisse der Autoren der ausgewählten Ereignisse ablehnen (in der Konfigurationsdatei gespeichert) und ihre gespeicherten Ereignisse löschen.</translation>
    </message>
    <message>
        <source>Save the selected events to a file, one JSON event per line (JSONL).</source>
        <translation>Die ausgewählten Ereignisse in eine Datei speichern, ein JSON-Ereignis pro Zeile (JSONL).</translation>
    </message>
    <message>
        <source>Count every stored event matching the filter above, then delete them all after you confirm the number.</source>
        <translation>Alle gespeicherten Ereignisse zählen, die zum Filter oben passen, und sie nach Bestätigung der Anzahl alle löschen.</translation>
    </message>
    <message>
        <source>Events in the store. Select one to see its fields and JSON.</source>
        <translation>Ereignisse im Speicher. Eines auswählen, um seine Felder und sein JSON zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Refuse every event from %n author(s) from now on and delete their stored events?</source>
        <translation>
            <numerusform>Ab jetzt jedes Ereignis von %n Autor ablehnen und seine gespeicherten Ereignisse löschen?</numerusform>
            <numerusform>Ab jetzt jedes Ereignis von %n Autoren ablehnen und ihre gespeicherten Ereignisse löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>No event matches this filter.</source>
        <translation>Kein Ereignis passt zu diesem Filter.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s) matching this filter?</source>
        <translation>
            <numerusform>%n Ereignis löschen, das zu diesem Filter passt?</numerusform>
            <numerusform>%n Ereignisse löschen, die zu diesem Filter passen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter is empty: this is every stored event.</source>
        <translation>Der Filter ist leer: das sind alle gespeicherten Ereignisse.</translation>
    </message>
    <message>
        <source>Nothing deleted.</source>
        <translation>Nichts gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) deleted.</source>
        <translation>
            <numerusform>%n Ereignis gelöscht.</numerusform>
            <numerusform>%n Ereignisse gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, delete every stored event</source>
        <translation>Ja, alle gespeicherten Ereignisse löschen</translation>
    </message>
</context>
<context>
    <name>roost::ui::KindsModel</name>
    <message>
        <source>Profile metadata</source>
        <translation>Profildaten</translation>
    </message>
    <message>
        <source>Short text note</source>
        <translation>Kurze Textnotiz</translation>
    </message>
    <message>
        <source>Follow list</source>
        <translation>Folgeliste</translation>
    </message>
    <message>
        <source>Encrypted direct message</source>
        <translation>Verschlüsselte Direktnachricht</translation>
    </message>
    <message>
        <source>Deletion request</source>
        <translation>Löschanfrage</translation>
    </message>
    <message>
        <source>Repost</source>
        <translation>Repost</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>Chatnachricht</translation>
    </message>
    <message>
        <source>Generic repost</source>
        <translation>Allgemeiner Repost</translation>
    </message>
    <message>
        <source>Gift wrap</source>
        <translation>Geschenkverpackung (Gift Wrap)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Zap request</source>
        <translation>Zap-Anfrage</translation>
    </message>
    <message>
        <source>Zap</source>
        <translation>Zap</translation>
    </message>
    <message>
        <source>Mute list</source>
        <translation>Stummschaltliste</translation>
    </message>
    <message>
        <source>Relay list</source>
        <translation>Relay-Liste</translation>
    </message>
    <message>
        <source>DM relay list</source>
        <translation>Relay-Liste für Direktnachrichten</translation>
    </message>
    <message>
        <source>Relay members</source>
        <translation>Mitglieder des Relays</translation>
    </message>
    <message>
        <source>Long-form article</source>
        <translation>Langer Artikel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Relay recommendation (deprecated)</source>
        <translation>Relay-Empfehlung (veraltet)</translation>
    </message>
    <message>
        <source>Badge award</source>
        <translation>Abzeichen-Verleihung</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Short video</source>
        <translation>Kurzvideo</translation>
    </message>
    <message>
        <source>Channel creation</source>
        <translation>Kanal erstellt</translation>
    </message>
    <message>
        <source>Channel metadata</source>
        <translation>Kanal-Metadaten</translation>
    </message>
    <message>
        <source>Channel message</source>
        <translation>Kanal-Nachricht</translation>
    </message>
    <message>
        <source>OpenTimestamps attestation</source>
        <translation>OpenTimestamps-Nachweis</translation>
    </message>
    <message>
        <source>File metadata</source>
        <translation>Datei-Metadaten</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Live chat message</source>
        <translation>Live-Chat-Nachricht</translation>
    </message>
    <message>
        <source>Git patch</source>
        <translation>Git-Patch</translation>
    </message>
    <message>
        <source>Git issue</source>
        <translation>Git-Issue</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Content discovery request</source>
        <translation>Anfrage: Inhalte entdecken</translation>
    </message>
    <message>
        <source>Content discovery result</source>
        <translation>Ergebnis: Inhalte entdecken</translation>
    </message>
    <message>
        <source>Job feedback</source>
        <translation>Job-Rückmeldung</translation>
    </message>
    <message>
        <source>Zap goal</source>
        <translation>Zap-Ziel</translation>
    </message>
    <message>
        <source>Nutzap</source>
        <translation>Nutzap</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Pin list</source>
        <translation>Angeheftet-Liste</translation>
    </message>
    <message>
        <source>Bookmark list</source>
        <translation>Lesezeichenliste</translation>
    </message>
    <message>
        <source>Interests list</source>
        <translation>Interessenliste</translation>
    </message>
    <message>
        <source>Emoji list</source>
        <translation>Emoji-Liste</translation>
    </message>
    <message>
        <source>Wallet info</source>
        <translation>Wallet-Info</translation>
    </message>
    <message>
        <source>Relay authentication</source>
        <translation>Relay-Anmeldung</translation>
    </message>
    <message>
        <source>Wallet request</source>
        <translation>Wallet-Anfrage</translation>
    </message>
    <message>
        <source>Wallet response</source>
        <translation>Wallet-Antwort</translation>
    </message>
    <message>
        <source>Nostr Connect</source>
        <translation>Nostr Connect</translation>
    </message>
    <message>
        <source>HTTP authentication</source>
        <translation>HTTP-Anmeldung</translation>
    </message>
    <message>
        <source>Follow set</source>
        <translation>Folge-Set</translation>
    </message>
    <message>
        <source>Relay set</source>
        <translation>Relay-Set</translation>
    </message>
    <message>
        <source>Bookmark set</source>
        <translation>Lesezeichen-Set</translation>
    </message>
    <message>
        <source>Profile badges</source>
        <translation>Profil-Abzeichen</translation>
    </message>
    <message>
        <source>Badge definition</source>
        <translation>Abzeichen-Definition</translation>
    </message>
    <message>
        <source>Marketplace stall</source>
        <translation>Marktplatz-Stand</translation>
    </message>
    <message>
        <source>Marketplace product</source>
        <translation>Marktplatz-Produkt</translation>
    </message>
    <message>
        <source>Draft long-form article</source>
        <translation>Entwurf eines langen Artikels</translation>
    </message>
    <message>
        <source>Emoji set</source>
        <translation>Emoji-Set</translation>
    </message>
    <message>
        <source>App data</source>
        <translation>App-Daten</translation>
    </message>
    <message>
        <source>Live event</source>
        <translation>Live-Ereignis</translation>
    </message>
    <message>
        <source>User status</source>
        <translation>Benutzerstatus</translation>
    </message>
    <message>
        <source>Classified listing</source>
        <translation>Kleinanzeige</translation>
    </message>
    <message>
        <source>Git repository</source>
        <translation>Git-Repository</translation>
    </message>
    <message>
        <source>Wiki article</source>
        <translation>Wiki-Artikel</translation>
    </message>
    <message>
        <source>Calendar event (date)</source>
        <translation>Kalendertermin (Datum)</translation>
    </message>
    <message>
        <source>Calendar event (time)</source>
        <translation>Kalendertermin (Uhrzeit)</translation>
    </message>
    <message>
        <source>App recommendation</source>
        <translation>App-Empfehlung</translation>
    </message>
    <message>
        <source>App handler</source>
        <translation>App-Handler</translation>
    </message>
    <message>
        <source>Video (addressable)</source>
        <translation>Video (adressierbar)</translation>
    </message>
    <message>
        <source>Short video (addressable)</source>
        <translation>Kurzvideo (adressierbar)</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Job request (kind %1)</source>
        <translation>Job-Anfrage (Art %1)</translation>
    </message>
    <message>
        <source>Job result (kind %1)</source>
        <translation>Job-Ergebnis (Art %1)</translation>
    </message>
    <message>
        <source>Addressable event (kind %1)</source>
        <translation>Adressierbares Ereignis (Art %1)</translation>
    </message>
    <message>
        <source>Ephemeral event (kind %1)</source>
        <translation>Flüchtiges Ereignis (Art %1)</translation>
    </message>
    <message>
        <source>Replaceable event (kind %1)</source>
        <translation>Ersetzbares Ereignis (Art %1)</translation>
    </message>
</context>
<context>
    <name>roost::ui::ListEditWidget</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Select entries and press Delete or Remove to take them off the list.</source>
        <translation>Einträge auswählen und Entf oder Entfernen drücken, um sie von der Liste zu nehmen.</translation>
    </message>
    <message>
        <source>Add the entry typed on the left to the list.</source>
        <translation>Den links eingegebenen Eintrag zur Liste hinzufügen.</translation>
    </message>
    <message>
        <source>Remove the selected entries from the list.</source>
        <translation>Die ausgewählten Einträge von der Liste entfernen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid here.</source>
        <translation>„%1“ ist hier nicht gültig.</translation>
    </message>
</context>
<context>
    <name>roost::ui::LogModel</name>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>roost::ui::LogPage</name>
    <message>
        <source>Show lines of this level and above.</source>
        <translation>Zeilen dieser Stufe und darüber zeigen.</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Alles kopieren</translation>
    </message>
    <message>
        <source>Copy the shown lines to the clipboard.</source>
        <translation>Die angezeigten Zeilen in die Zwischenablage kopieren.</translation>
    </message>
    <message>
        <source>Recent messages from Roost, oldest first.</source>
        <translation>Letzte Meldungen von Roost, älteste zuerst.</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
</context>
<context>
    <name>roost::ui::MainWindow</name>
    <message>
        <source>Roost</source>
        <translation>Roost</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Live traffic, storage and kinds</source>
        <translation>Live-Verkehr, Speicher und Arten</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Who is connected; disconnect or block</source>
        <translation>Wer verbunden ist; trennen oder sperren</translation>
    </message>
    <message>
        <source>Access &amp; limits</source>
        <translation>Zugriff &amp; Limits</translation>
    </message>
    <message>
        <source>Access levels, keys, lists and rate limits</source>
        <translation>Zugriffsstufen, Schlüssel, Listen und Ratenlimits</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Address, data folder, relay information</source>
        <translation>Adresse, Datenordner, Relay-Informationen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation>Letzte Meldungen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>maintenance mode</source>
        <translation>Wartungsmodus</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 — %n connection(s)</source>
        <translation>
            <numerusform>%1 — %2 — %n Verbindung</numerusform>
            <numerusform>%1 — %2 — %n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Browse, delete and ban stored events</source>
        <translation>Gespeicherte Ereignisse durchsuchen, löschen und sperren</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Your relay&apos;s address, your key and who may use the relay</source>
        <translation>Adresse Ihres Relays, Ihr Schlüssel und wer das Relay nutzen darf</translation>
    </message>
    <message>
        <source>This desktop has no system tray for Roost to wait in. Keep the relay running with this window minimized (click Roost in the taskbar to come back), or quit Roost and stop the relay?</source>
        <translation>Dieser Desktop hat keinen Infobereich, in dem Roost warten kann. Das Relay mit minimiertem Fenster weiterlaufen lassen (Roost in der Taskleiste anklicken, um zurückzukehren) oder Roost beenden und das Relay stoppen?</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>&amp;Quit Roost</source>
        <translation>Roost &amp;beenden</translation>
    </message>
    <message>
        <source>The relay keeps running; this window was minimized. Ctrl+Q quits.</source>
        <translation>Das Relay läuft weiter; dieses Fenster wurde minimiert. Strg+Q beendet.</translation>
    </message>
    <message>
        <source>Pages (Ctrl+1 to Ctrl+7)</source>
        <translation>Seiten (Strg+1 bis Strg+7)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Relays kept in step with this one; back up your notes</source>
        <translation>Mit diesem synchron gehaltene Relays; Ihre Notizen sichern</translation>
    </message>
</context>
<context>
    <name>roost::ui::ReportsWidget</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Ban event</source>
        <translation>Ereignis sperren</translation>
    </message>
    <message>
        <source>Ban author</source>
        <translation>Autor sperren</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Letzte Meldung</translation>
    </message>
    <message>
        <source>NIP-56 reports (kind 1984) about events and keys on this relay, most reported first.</source>
        <translation>NIP-56-Meldungen (Art 1984) über Ereignisse und Schlüssel auf diesem Relay, die am häufigsten gemeldeten zuerst.</translation>
    </message>
    <message>
        <source>Delete the reported events and refuse them from now on.</source>
        <translation>Die gemeldeten Ereignisse löschen und ab jetzt ablehnen.</translation>
    </message>
    <message>
        <source>Refuse every event of the reported key, or of the reported event&apos;s author.</source>
        <translation>Jedes Ereignis des gemeldeten Schlüssels oder des Autors des gemeldeten Ereignisses ablehnen.</translation>
    </message>
    <message>
        <source>Remove these reports from the queue; nothing else changes.</source>
        <translation>Diese Meldungen aus der Warteschlange entfernen; sonst ändert sich nichts.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reports&lt;/b&gt;</source>
        <translation>&lt;b&gt;Meldungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <source>public key %1</source>
        <translation>öffentlicher Schlüssel %1</translation>
    </message>
    <message>
        <source>no reports</source>
        <translation>keine Meldungen</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) waiting</source>
        <translation>
            <numerusform>%n Meldung wartet</numerusform>
            <numerusform>%n Meldungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>reported, banned in the Roost window</source>
        <translation>gemeldet, im Roost-Fenster gesperrt</translation>
    </message>
    <message numerus="yes">
        <source>%n author(s) banned</source>
        <translation>
            <numerusform>%n Autor gesperrt</numerusform>
            <numerusform>%n Autoren gesperrt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) dismissed</source>
        <translation>
            <numerusform>%n Meldung verworfen</numerusform>
            <numerusform>%n Meldungen verworfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Publish the selected events held for review: they are stored and sent to subscribers.</source>
        <translation>Die ausgewählten zur Prüfung zurückgehaltenen Ereignisse veröffentlichen: Sie werden gespeichert und an Abonnenten gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) published</source>
        <translation>
            <numerusform>%n Ereignis veröffentlicht</numerusform>
            <numerusform>%n Ereignisse veröffentlicht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>roost::ui::SettingsFormWidget</name>
    <message>
        <source>Applies when Roost is started again.</source>
        <translation>Gilt nach dem nächsten Start von Roost.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>kind number, e.g. 1</source>
        <translation>Nummer der Art, z. B. 1</translation>
    </message>
    <message>
        <source>IP address, e.g. 192.0.2.7</source>
        <translation>IP-Adresse, z. B. 192.0.2.7</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>npub1… or 64 hex characters</source>
        <translation>npub1… oder 64 Hex-Zeichen</translation>
    </message>
    <message>
        <source>Copy key as hex</source>
        <translation>Schlüssel als Hex kopieren</translation>
    </message>
    <message>
        <source>public key: npub1… or 64 hex characters</source>
        <translation>öffentlicher Schlüssel: npub1… oder 64 Hex-Zeichen</translation>
    </message>
    <message>
        <source>Copy npub</source>
        <translation>npub kopieren</translation>
    </message>
    <message>
        <source>Copy hex</source>
        <translation>Hex kopieren</translation>
    </message>
    <message>
        <source>Set by %1 on the command line (or its environment variable) for this run; it overrides the config file.</source>
        <translation>Für diesen Lauf mit %1 auf der Befehlszeile (oder der Umgebungsvariable) gesetzt; das hat Vorrang vor der Konfigurationsdatei.</translation>
    </message>
</context>
<context>
    <name>roost::ui::SettingsPage</name>
    <message>
        <source>Start Roost when I log in</source>
        <translation>Roost bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>Konfigurationsdatei</translation>
    </message>
    <message>
        <source>The address Nostr clients on this machine connect to.</source>
        <translation>Die Adresse, mit der sich Nostr-Clients auf diesem Rechner verbinden.</translation>
    </message>
    <message>
        <source>Relay URL</source>
        <translation>Relay-URL</translation>
    </message>
    <message>
        <source>Adds Roost to your desktop&apos;s autostart programs (%1).</source>
        <translation>Fügt Roost zu den Autostart-Programmen Ihres Desktops hinzu (%1).</translation>
    </message>
    <message>
        <source>* applies when Roost is started again.</source>
        <translation>* gilt nach dem nächsten Start von Roost.</translation>
    </message>
    <message>
        <source>The INI file holding these settings: changes made here are written to it, and Roost re-reads it when it changes on disk.</source>
        <translation>Die INI-Datei mit diesen Einstellungen: Änderungen hier werden in sie geschrieben, und Roost liest sie neu, wenn sie sich auf der Festplatte ändert.</translation>
    </message>
</context>
<context>
    <name>roost::ui::SyncPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Sync a&amp;ll</source>
        <translation>&amp;Alle synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Back up my notes…</source>
        <translation>Meine Notizen &amp;sichern…</translation>
    </message>
    <message>
        <source>The relays this one keeps in step with. Click a header to sort; double-click a peer to edit it.</source>
        <translation>Die Relays, mit denen dieses Relay synchron gehalten wird. Zum Sortieren auf eine Spaltenüberschrift klicken; zum Bearbeiten einen Peer doppelklicken.</translation>
    </message>
    <message>
        <source>Add a relay to keep in step with this one.</source>
        <translation>Ein Relay hinzufügen, das mit diesem synchron gehalten wird.</translation>
    </message>
    <message>
        <source>Change the selected peer: address, direction, schedule or which events.</source>
        <translation>Den ausgewählten Peer ändern: Adresse, Richtung, Zeitplan oder welche Ereignisse.</translation>
    </message>
    <message>
        <source>Stop syncing with the selected peers (their events stay here).</source>
        <translation>Die Synchronisierung mit den ausgewählten Peers beenden (ihre Ereignisse bleiben hier).</translation>
    </message>
    <message>
        <source>Sync the selected peers now, whatever their schedule.</source>
        <translation>Die ausgewählten Peers jetzt synchronisieren, unabhängig von ihrem Zeitplan.</translation>
    </message>
    <message>
        <source>Sync every enabled peer now.</source>
        <translation>Alle aktivierten Peers jetzt synchronisieren.</translation>
    </message>
    <message>
        <source>Bring everything a key wrote here from the relays it writes to.</source>
        <translation>Alles, was ein Schlüssel geschrieben hat, von den Relays, in die er schreibt, hierher holen.</translation>
    </message>
    <message>
        <source>No sync peers yet. &lt;b&gt;Add…&lt;/b&gt; another relay to keep it in step with this one, or &lt;b&gt;Back up my notes…&lt;/b&gt; to bring everything you wrote here from your relays.</source>
        <translation>Noch keine Sync-Peers. Mit &lt;b&gt;Hinzufügen…&lt;/b&gt; halten Sie ein weiteres Relay mit diesem synchron, mit &lt;b&gt;Meine Notizen sichern…&lt;/b&gt; holen Sie alles, was Sie geschrieben haben, von Ihren Relays hierher.</translation>
    </message>
    <message>
        <source>This peer comes from your relay list (NIP-65); change the list to change it.</source>
        <translation>Dieser Peer stammt aus Ihrer Relay-Liste (NIP-65); ändern Sie die Liste, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>%1 is already a sync peer.</source>
        <translation>%1 ist bereits ein Sync-Peer.</translation>
    </message>
    <message>
        <source>%1 is no longer a sync peer.</source>
        <translation>%1 ist kein Sync-Peer mehr.</translation>
    </message>
    <message>
        <source>The peer was not added: %1</source>
        <translation>Der Peer wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>The peer was not changed: %1</source>
        <translation>Der Peer wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>Changed %1.</source>
        <translation>%1 geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Stop syncing with %n peer(s)? Events already brought here stay.</source>
        <translation>
            <numerusform>Die Synchronisierung mit %n Peer beenden? Bereits hierher geholte Ereignisse bleiben erhalten.</numerusform>
            <numerusform>Die Synchronisierung mit %n Peers beenden? Bereits hierher geholte Ereignisse bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Sync started: %1.</source>
        <translation>Synchronisierung gestartet: %1.</translation>
    </message>
    <message>
        <source>Sync of every enabled peer started.</source>
        <translation>Synchronisierung aller aktivierten Peers gestartet.</translation>
    </message>
</context>
<context>
    <name>roost::ui::SyncPeerDialog</name>
    <message>
        <source>&amp;Enabled</source>
        <translation>A&amp;ktiviert</translation>
    </message>
    <message>
        <source>Add sync peer</source>
        <translation>Sync-Peer hinzufügen</translation>
    </message>
    <message>
        <source>wss://relay.example.org</source>
        <translation>wss://relay.example.org</translation>
    </message>
    <message>
        <source>The other relay&apos;s address: ws:// or wss:// and a host name.</source>
        <translation>Die Adresse des anderen Relays: ws:// oder wss:// und ein Hostname.</translation>
    </message>
    <message>
        <source>Down: bring their events here</source>
        <translation>Empfangen: ihre Ereignisse hierher holen</translation>
    </message>
    <message>
        <source>Up: send our events to them</source>
        <translation>Senden: unsere Ereignisse an sie schicken</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>In beide Richtungen</translation>
    </message>
    <message>
        <source>Which way events travel between this relay and the peer.</source>
        <translation>In welche Richtung Ereignisse zwischen diesem Relay und dem Peer übertragen werden.</translation>
    </message>
    <message>
        <source>Periodic</source>
        <translation>Regelmäßig</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Periodic: a full sync every few minutes. Live: sync once, then keep a subscription open and pass new events on as they arrive.</source>
        <translation>Regelmäßig: alle paar Minuten eine vollständige Synchronisierung. Live: einmal synchronisieren, dann ein Abonnement offen halten und neue Ereignisse weitergeben, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Periodic mode: minutes between two syncs (1 minute to 1 year).</source>
        <translation>Regelmäßiger Modus: Minuten zwischen zwei Synchronisierungen (1 Minute bis 1 Jahr).</translation>
    </message>
    <message>
        <source>A disabled peer stays in the list but is not synced.</source>
        <translation>Ein deaktivierter Peer bleibt in der Liste, wird aber nicht synchronisiert.</translation>
    </message>
    <message>
        <source>The NIP-01 filter the form builds; you may also type it (e.g. to add &quot;since&quot;). {} syncs every event.</source>
        <translation>Der NIP-01-Filter, den das Formular erstellt; Sie können ihn auch selbst eingeben (z. B. um „since“ hinzuzufügen). {} synchronisiert alle Ereignisse.</translation>
    </message>
    <message>
        <source>every</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>&amp;Relay URL</source>
        <translation>&amp;Relay-URL</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>Ric&amp;htung</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Modus</translation>
    </message>
    <message>
        <source>Which events (empty fields: all of them)</source>
        <translation>Welche Ereignisse (leere Felder: alle)</translation>
    </message>
    <message>
        <source>Filter as &amp;JSON</source>
        <translation>Filter als &amp;JSON</translation>
    </message>
    <message>
        <source>Edit sync peer</source>
        <translation>Sync-Peer bearbeiten</translation>
    </message>
    <message>
        <source>The form cannot show this filter; edit it as JSON (clear the JSON field to use the form again).</source>
        <translation>Das Formular kann diesen Filter nicht darstellen; bearbeiten Sie ihn als JSON (leeren Sie das JSON-Feld, um wieder das Formular zu nutzen).</translation>
    </message>
    <message>
        <source>Type the relay&apos;s address (ws:// or wss://).</source>
        <translation>Geben Sie die Adresse des Relays ein (ws:// oder wss://).</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; contains a space.</source>
        <translation>Die Adresse „%1“ enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>Filter: &quot;%1&quot; is not a JSON object.</source>
        <translation>Filter: „%1“ ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 is already a sync peer.</source>
        <translation>%1 ist bereits ein Sync-Peer.</translation>
    </message>
</context>
<context>
    <name>roost::ui::SyncPeersModel</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>in %n s</numerusform>
            <numerusform>in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>kinds %1</source>
        <translation>Arten %1</translation>
    </message>
    <message numerus="yes">
        <source>%n author(s)</source>
        <translation>
            <numerusform>%n Autor</numerusform>
            <numerusform>%n Autoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>noch nicht gelaufen</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>reconciling</source>
        <translation>gleicht ab</translation>
    </message>
    <message>
        <source>transferring</source>
        <translation>überträgt</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>backing off</source>
        <translation>wartet auf Neuversuch</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>schlägt fehl</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Live: synced, then kept open for new events.</source>
        <translation>Live: synchronisiert, dann für neue Ereignisse offen gehalten.</translation>
    </message>
    <message numerus="yes">
        <source>Periodic: synced every %n minute(s).</source>
        <translation>
            <numerusform>Regelmäßig: alle %n Minute synchronisiert.</numerusform>
            <numerusform>Regelmäßig: alle %n Minuten synchronisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Found in your relay list (NIP-65); change it there.</source>
        <translation>%1
Aus Ihrer Relay-Liste (NIP-65); ändern Sie ihn dort.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) in a row</source>
        <translation>
            <numerusform>%n Fehlschlag in Folge</numerusform>
            <numerusform>%n Fehlschläge in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>The peer has no negentropy (NIP-77): synced by REQ.</source>
        <translation>Der Peer unterstützt kein negentropy (NIP-77): Synchronisierung per REQ.</translation>
    </message>
    <message>
        <source>%1 received, %2 sent over this peer&apos;s connections</source>
        <translation>%1 empfangen, %2 gesendet über die Verbindungen dieses Peers</translation>
    </message>
    <message>
        <source>%1: %2 differing ids learned, %3 events moved</source>
        <translation>%1: %2 abweichende IDs ermittelt, %3 Ereignisse übertragen</translation>
    </message>
    <message>
        <source>↑ up</source>
        <translation>↑ senden</translation>
    </message>
    <message>
        <source>⇅ both</source>
        <translation>⇅ beides</translation>
    </message>
    <message>
        <source>↓ down</source>
        <translation>↓ empfangen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Events stored here from the peer (all runs).</source>
        <translation>Vom Peer hier gespeicherte Ereignisse (alle Durchläufe).</translation>
    </message>
    <message>
        <source>Events the peer accepted from us (all runs).</source>
        <translation>Ereignisse, die der Peer von uns angenommen hat (alle Durchläufe).</translation>
    </message>
    <message>
        <source>When the peer is synced next (after a failure: the next retry).</source>
        <translation>Wann der Peer als Nächstes synchronisiert wird (nach einem Fehler: der nächste Versuch).</translation>
    </message>
    <message>
        <source>The running sync: events moved of the ids that differ.</source>
        <translation>Die laufende Synchronisierung: übertragene Ereignisse von den abweichenden IDs.</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzter Sync</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation>Nächster Sync</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>roost::ui::TrayIcon</name>
    <message>
        <source>Open Roost</source>
        <translation>Roost öffnen</translation>
    </message>
    <message>
        <source>Show the Roost window.</source>
        <translation>Das Roost-Fenster zeigen.</translation>
    </message>
    <message>
        <source>Copy relay URL</source>
        <translation>Relay-URL kopieren</translation>
    </message>
    <message>
        <source>Copy the address clients on this machine use.</source>
        <translation>Die Adresse kopieren, die Clients auf diesem Rechner verwenden.</translation>
    </message>
    <message>
        <source>Copy LAN URL</source>
        <translation>LAN-URL kopieren</translation>
    </message>
    <message>
        <source>Copy the address other devices on your network use.</source>
        <translation>Die Adresse kopieren, die andere Geräte in Ihrem Netz verwenden.</translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation>Wartungsmodus</translation>
    </message>
    <message>
        <source>Refuse new connections and writes; connected readers stay.</source>
        <translation>Neue Verbindungen und Schreibvorgänge abweisen; verbundene Leser bleiben.</translation>
    </message>
    <message>
        <source>Stop relay</source>
        <translation>Relay anhalten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop the relay and quit Roost.</source>
        <translation>Das Relay anhalten und Roost beenden.</translation>
    </message>
    <message>
        <source>Start relay</source>
        <translation>Relay starten</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>maintenance mode</source>
        <translation>Wartungsmodus</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message numerus="yes">
        <source>Roost — %1
%2
%n connection(s)</source>
        <translation>
            <numerusform>Roost — %1
%2
%n Verbindung</numerusform>
            <numerusform>Roost — %1
%2
%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>About Roost</source>
        <translation>Über Roost</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roost&lt;/b&gt; %1&lt;br&gt;A personal Nostr relay.</source>
        <translation>&lt;b&gt;Roost&lt;/b&gt; %1&lt;br&gt;Ein persönliches Nostr-Relay.</translation>
    </message>
    <message>
        <source>Show the version of Roost.</source>
        <translation>Die Version von Roost anzeigen.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Sync with every enabled sync peer now.</source>
        <translation>Jetzt mit allen aktivierten Sync-Peers synchronisieren.</translation>
    </message>
</context>
<context>
    <name>roost::ui::WelcomePage</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Welcome to Roost</source>
        <translation>Willkommen bei Roost</translation>
    </message>
    <message>
        <source>Your own Nostr relay runs on this computer. Give its address to your Nostr app, tell Roost who you are, and choose who may use it.</source>
        <translation>Ihr eigenes Nostr-Relay läuft auf diesem Computer. Geben Sie seine Adresse Ihrer Nostr-App, sagen Sie Roost, wer Sie sind, und wählen Sie, wer es nutzen darf.</translation>
    </message>
    <message>
        <source>1. Your relay&apos;s address</source>
        <translation>1. Die Adresse Ihres Relays</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the address; add it as a relay in your Nostr app on this computer.</source>
        <translation>Kopiert die Adresse; fügen Sie sie in Ihrer Nostr-App auf diesem Computer als Relay hinzu.</translation>
    </message>
    <message>
        <source>Copy the address other devices on your network use.</source>
        <translation>Kopiert die Adresse, die andere Geräte in Ihrem Netzwerk verwenden.</translation>
    </message>
    <message>
        <source>On this computer:</source>
        <translation>Auf diesem Computer:</translation>
    </message>
    <message>
        <source>On your network:</source>
        <translation>In Ihrem Netzwerk:</translation>
    </message>
    <message>
        <source>2. Your public key</source>
        <translation>2. Ihr öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Paste your public key (npub1…, shown in your Nostr app&apos;s profile or settings). It makes you this relay&apos;s owner. Never paste your nsec: Roost does not need it.</source>
        <translation>Fügen Sie Ihren öffentlichen Schlüssel ein (npub1…, zu finden im Profil oder in den Einstellungen Ihrer Nostr-App). Damit werden Sie Eigentümer dieses Relays. Fügen Sie nie Ihren nsec ein: Roost braucht ihn nicht.</translation>
    </message>
    <message>
        <source>npub1…</source>
        <translation>npub1…</translation>
    </message>
    <message>
        <source>&amp;Set as owner</source>
        <translation>Als &amp;Eigentümer festlegen</translation>
    </message>
    <message>
        <source>3. Who may use your relay</source>
        <translation>3. Wer Ihr Relay nutzen darf</translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation>&amp;Privat</translation>
    </message>
    <message>
        <source>Only you read and write: your notes stay with you.</source>
        <translation>Nur Sie lesen und schreiben: Ihre Notizen bleiben bei Ihnen.</translation>
    </message>
    <message>
        <source>&amp;Me and people I follow</source>
        <translation>&amp;Ich und Leute, denen ich folge</translation>
    </message>
    <message>
        <source>You and the people you follow write; everyone may read what is stored here.</source>
        <translation>Sie und die Leute, denen Sie folgen, schreiben; alle dürfen lesen, was hier gespeichert ist.</translation>
    </message>
    <message>
        <source>P&amp;ublic</source>
        <translation>Ö&amp;ffentlich</translation>
    </message>
    <message>
        <source>Anyone may read and write, like a public relay.</source>
        <translation>Alle dürfen lesen und schreiben, wie bei einem öffentlichen Relay.</translation>
    </message>
    <message>
        <source>Each choice sets the access level for connecting, reading and publishing; &lt;a href=&quot;access&quot;&gt;Access &amp;amp; limits&lt;/a&gt; shows and changes them one by one.</source>
        <translation>Jede Wahl setzt die Zugriffsstufe zum Verbinden, Lesen und Veröffentlichen; &lt;a href=&quot;access&quot;&gt;Zugriff &amp;amp; Limits&lt;/a&gt; zeigt und ändert sie einzeln.</translation>
    </message>
    <message>
        <source>&amp;Go to the dashboard</source>
        <translation>&amp;Zur Übersicht</translation>
    </message>
    <message>
        <source>Paste your npub first.</source>
        <translation>Fügen Sie zuerst Ihren npub ein.</translation>
    </message>
    <message>
        <source>(the relay is stopped)</source>
        <translation>(das Relay ist gestoppt)</translation>
    </message>
    <message>
        <source>No owner yet.</source>
        <translation>Noch kein Eigentümer.</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Eigentümer: %1</translation>
    </message>
    <message>
        <source>The current levels are none of these (they were set one by one).</source>
        <translation>Die aktuellen Stufen entsprechen keiner dieser Wahlen (sie wurden einzeln gesetzt).</translation>
    </message>
    <message>
        <source>Already on Nostr? &lt;a href=&quot;backup&quot;&gt;Back up my notes&lt;/a&gt;: bring everything you wrote here from the relays you write to.</source>
        <translation>Schon auf Nostr? &lt;a href=&quot;backup&quot;&gt;Meine Notizen sichern&lt;/a&gt;: Holen Sie alles, was Sie geschrieben haben, von den Relays, in die Sie schreiben, hierher.</translation>
    </message>
    <message>
        <source>Opens the Sync page&apos;s &quot;Back up my notes&quot; wizard.</source>
        <translation>Öffnet den Assistenten „Meine Notizen sichern“ auf der Seite Sync.</translation>
    </message>
</context>
</TS>
