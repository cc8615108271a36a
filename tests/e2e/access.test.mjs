// e2e.access: live settings on a real `roost --no-gui`: a change to the --config file applies to
// the running relay (NIP-11 and open connections), maintenance mode, per-IP connection caps,
// rate limits and kind allow/deny lists, all with their NIP-01 machine-readable prefixes.
import { after, afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { writeFile } from 'node:fs/promises'
import net from 'node:net'
import { cleanup, iniText, startRelay, withTimeout } from './lib/relay.mjs'
import { ClientPool } from './lib/client.mjs'
import { fetchNip11, httpRequest } from './lib/http.mjs'
import { makeEvent, newKey, verifyEvent } from './lib/events.mjs'

const pool = new ClientPool()
afterEach(() => pool.closeAll())
after(cleanup)

/** Rewrites the relay's config file and awaits the relay's "settings reloaded" line. */
async function reconfigure(relay, config) {
  const reloaded = relay.waitForLine(/^roost: settings reloaded/)
  await writeFile(relay.configFile, iniText(config))
  await reloaded
}

/** Sends a WebSocket upgrade request on a raw socket and returns the HTTP status (101 = upgraded). */
function upgradeStatus(port) {
  const status = new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n' +
        'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n')
    })
    let head = ''
    socket.on('data', (chunk) => {
      head += chunk.toString('latin1')
      const m = /^HTTP\/1\.1 (\d{3})/.exec(head)
      if (m) {
        socket.destroy()
        resolve(Number(m[1]))
      }
    })
    socket.on('error', reject)
    socket.on('close', () => reject(new Error('closed before a status line')))
  })
  return withTimeout(status, 10_000, 'the answer to a WebSocket upgrade')
}

describe('live settings', () => {
  it('a change to the config file reaches NIP-11 and the open connections without a restart', async () => {
    const relay = await startRelay({ config: { relay: { name: 'before' }, limits: { max_subscriptions: 2 } } })
    try {
      const c = await pool.connect(relay.url)
      await c.query('a', [{ limit: 1 }])
      await c.query('b', [{ limit: 1 }])
      const refused = await c.reqRaw('c', [{ limit: 1 }])
      assert.match(refused.closed ?? '', /^blocked: /)

      await reconfigure(relay, { relay: { name: 'after' }, limits: { max_subscriptions: 3 } })
      const doc = JSON.parse((await fetchNip11(relay.port)).body)
      assert.equal(doc.name, 'after')
      assert.equal(doc.limitation.max_subscriptions, 3)
      // The same, already open connection now has room for a third subscription.
      await c.query('c', [{ limit: 1 }])
    } finally {
      await relay.stop()
    }
  })

  it('maintenance: new connections are refused, writes are refused, connected readers keep reading', async () => {
    const relay = await startRelay({ config: { relay: { name: 'm' } } })
    try {
      const reader = await pool.connect(relay.url, { label: 'reader' })
      const writer = await pool.connect(relay.url, { label: 'writer' })
      const key = newKey()
      const before = makeEvent(key, { content: 'before maintenance' })
      assert.deepEqual(await writer.publish(before), { ok: true, message: '' })

      await reconfigure(relay, { relay: { name: 'm' }, access: { maintenance: 'true' } })
      assert.equal(await upgradeStatus(relay.port), 503)
      const during = await writer.publish(makeEvent(key, { content: 'during maintenance' }))
      assert.equal(during.ok, false)
      assert.match(during.message, /^blocked: /)
      const stored = await reader.query('r', [{ authors: [key.pk] }])
      assert.deepEqual(stored.map((e) => e.id), [before.id])

      await reconfigure(relay, { relay: { name: 'm' }, access: { maintenance: 'false' } })
      await pool.connect(relay.url, { label: 'after maintenance' })
      assert.deepEqual(await writer.publish(makeEvent(key, { content: 'after maintenance' })), { ok: true, message: '' })
    } finally {
      await relay.stop()
    }
  })

  it('max_connections_per_ip caps WebSockets from one address; closing one frees a slot', async () => {
    const relay = await startRelay({ config: { access: { max_connections_per_ip: 2 } } })
    try {
      const first = await pool.connect(relay.url)
      await pool.connect(relay.url)
      assert.equal(await upgradeStatus(relay.port), 503)
      await first.close()
      // The relay notices the close asynchronously: a REQ round trip on another connection is no
      // ordering guarantee, so retry the upgrade for a bounded time.
      let status = 503
      const deadline = Date.now() + 10_000
      while (status === 503 && Date.now() < deadline) status = await upgradeStatus(relay.port).catch(() => 503)
      assert.notEqual(status, 503)
    } finally {
      await relay.stop()
    }
  })

  it('rate limits answer "rate-limited:" per verb and leave the connection usable', async () => {
    const relay = await startRelay({ config: { rate: { events_per_second: 0.1, reqs_per_second: 0.1, burst_seconds: 20 } } })
    try {
      const c = await pool.connect(relay.url)
      const key = newKey()
      // A bucket holds rate x burst = 2 tokens.
      assert.equal((await c.publish(makeEvent(key, { content: '1' }))).ok, true)
      assert.equal((await c.publish(makeEvent(key, { content: '2' }))).ok, true)
      const third = await c.publish(makeEvent(key, { content: '3' }))
      assert.equal(third.ok, false)
      assert.match(third.message, /^rate-limited: /)

      await c.query('q1', [{ limit: 1 }])
      await c.query('q2', [{ limit: 1 }])
      const refused = await c.reqRaw('q3', [{ limit: 1 }])
      assert.match(refused.closed ?? '', /^rate-limited: /)

      // Lifting the limit applies at once.
      await reconfigure(relay, { rate: { events_per_second: 0, reqs_per_second: 0 } })
      assert.equal((await c.publish(makeEvent(key, { content: '4' }))).ok, true)
      await c.query('q4', [{ limit: 1 }])
    } finally {
      await relay.stop()
    }
  })

  it('kind allow and deny lists refuse events "blocked:"', async () => {
    const relay = await startRelay({ config: { access: { denied_kinds: '7' } } })
    try {
      const c = await pool.connect(relay.url)
      const key = newKey()
      const reaction = await c.publish(makeEvent(key, { kind: 7, content: '+' }))
      assert.equal(reaction.ok, false)
      assert.match(reaction.message, /^blocked: /)
      assert.equal((await c.publish(makeEvent(key, { kind: 1, content: 'note' }))).ok, true)

      await reconfigure(relay, { access: { allowed_kinds: '0,3,7' } })
      const note = await c.publish(makeEvent(key, { kind: 1, content: 'note 2' }))
      assert.match(note.message, /^blocked: /)
      assert.equal((await c.publish(makeEvent(key, { kind: 0, content: '{}' }))).ok, true)
      assert.equal((await c.publish(makeEvent(key, { kind: 7, content: '+' }))).ok, true) // deny list was cleared
    } finally {
      await relay.stop()
    }
  })

  it('a bad value in the edited file is reported and nothing of it applies', async () => {
    const relay = await startRelay({ config: { relay: { name: 'good' } } })
    try {
      const complaint = relay.waitForLine(/settings not reloaded: .*max_limit/)
      await writeFile(relay.configFile, iniText({ relay: { name: 'bad' }, limits: { max_limit: 'lots' } }))
      await complaint
      assert.equal(JSON.parse((await fetchNip11(relay.port)).body).name, 'good')
    } finally {
      await relay.stop()
    }
  })
})

/** Awaits the relay's NIP-42 challenge on `client`. */
async function challengeOf(client) {
  const m = await client.next((m) => m[0] === 'AUTH' && typeof m[1] === 'string', { what: 'the AUTH challenge' })
  return m[1]
}

/** Sends a kind-22242 AUTH event for `key` and returns the relay's OK {ok, message}. */
async function authenticate(client, key, challenge, relayUrl, { kind = 22242 } = {}) {
  const ev = makeEvent(key, { kind, tags: [['relay', relayUrl], ['challenge', challenge]] })
  client.send(['AUTH', ev])
  return client.awaitOk(ev.id)
}

describe('metrics', () => {
  it('/metrics shows connections, verbs, refusals and stored events in Prometheus text', async () => {
    const relay = await startRelay({ config: { access: { denied_kinds: '7' } } })
    try {
      const c = await pool.connect(relay.url)
      const key = newKey()
      assert.equal((await c.publish(makeEvent(key, { content: 'counted' }))).ok, true)
      assert.equal((await c.publish(makeEvent(key, { kind: 7, content: '+' }))).ok, false)
      await c.query('m', [{ limit: 1 }])
      const r = await httpRequest(relay.port, { path: '/metrics' })
      assert.equal(r.status, 200)
      const value = (series) => Number(new RegExp(`^${series.replace(/[{}"]/g, '\\$&')} (\\S+)$`, 'm').exec(r.body)?.[1])
      assert.equal(value('roost_connections'), 1)
      assert.equal(value('roost_messages_in_total{verb="EVENT"}'), 2)
      assert.equal(value('roost_messages_in_total{verb="REQ"}'), 1)
      assert.equal(value('roost_rejects_total{reason="blocked"}'), 1)
      assert.equal(value('roost_events_written_total'), 1)
      assert.ok(value('roost_query_seconds_count') >= 1)
      assert.ok(value('roost_bytes_in_total') > 0)
    } finally {
      await relay.stop()
    }
  })
})

describe('NIP-42 AUTH and access levels', () => {
  it('challenge on connect; a good AUTH is OK true, a wrong challenge, relay, kind or signature is "invalid:"', async () => {
    const relay = await startRelay({ config: { relay: { public_url: 'wss://home.example.org' } } })
    try {
      const c = await pool.connect(relay.url)
      const challenge = await challengeOf(c)
      assert.match(challenge, /^[0-9a-f]{32}$/)
      const key = newKey()
      assert.match((await authenticate(c, key, 'not-it', 'wss://home.example.org')).message, /^invalid: /)
      assert.match((await authenticate(c, key, challenge, 'wss://elsewhere.example.org')).message, /^invalid: /)
      assert.match((await authenticate(c, key, challenge, 'wss://home.example.org', { kind: 1 })).message, /^invalid: /)
      const forged = makeEvent(key, { kind: 22242, tags: [['relay', 'wss://home.example.org'], ['challenge', challenge]] })
      forged.sig = forged.sig.slice(0, -1) + (forged.sig.endsWith('0') ? '1' : '0')
      c.send(['AUTH', forged])
      assert.match((await c.awaitOk(forged.id)).message, /^invalid: /)
      assert.deepEqual(await authenticate(c, key, challenge, 'wss://home.example.org/'), { ok: true, message: '' })
      const doc = JSON.parse((await fetchNip11(relay.port)).body)
      assert.ok(doc.supported_nips.includes(42))
    } finally {
      await relay.stop()
    }
  })

  it('each verb has its minimum level: auth-required before AUTH, restricted after, members and owners pass', async () => {
    const owner = newKey()
    const member = newKey()
    const stranger = newKey()
    const relay = await startRelay({
      config: { access: { min_level_req: 1, min_level_event: 3, owner_pubkeys: owner.pk, member_pubkeys: member.pk } },
    })
    try {
      const anon = await pool.connect(relay.url, { label: 'anonymous' })
      await challengeOf(anon)
      assert.match((await anon.reqRaw('r', [{ limit: 1 }])).closed ?? '', /^auth-required: /)
      assert.match((await anon.publish(makeEvent(stranger, { content: 'x' }))).message, /^auth-required: /)
      // The owner's inbox and relay lists are accepted from anyone.
      assert.equal((await anon.publish(makeEvent(stranger, { kind: 4, tags: [['p', owner.pk]], content: 'hi' }))).ok, true)
      assert.equal((await anon.publish(makeEvent(stranger, { kind: 10002, tags: [['r', 'wss://x']] }))).ok, true)

      const s = await pool.connect(relay.url, { label: 'stranger' })
      const sChallenge = await challengeOf(s)
      assert.equal((await authenticate(s, stranger, sChallenge, relay.url)).ok, true)
      await s.query('r', [{ limit: 1 }])
      assert.match((await s.publish(makeEvent(stranger, { content: 'x' }))).message, /^restricted: /)

      const m = await pool.connect(relay.url, { label: 'member' })
      assert.equal((await authenticate(m, member, await challengeOf(m), relay.url)).ok, true)
      assert.equal((await m.publish(makeEvent(member, { content: 'member note' }))).ok, true)

      // Several keys on one connection: the highest level counts.
      assert.equal((await authenticate(s, owner, sChallenge, relay.url)).ok, true)
      assert.equal((await s.publish(makeEvent(stranger, { content: 'now with the owner key too' }))).ok, true)
    } finally {
      await relay.stop()
    }
  })

  it('NIP-70: a protected event is accepted only from its authenticated author', async () => {
    const relay = await startRelay()
    try {
      const c = await pool.connect(relay.url)
      const challenge = await challengeOf(c)
      const author = newKey()
      const other = newKey()
      const prot = makeEvent(author, { tags: [['-']], content: 'members only' })
      assert.match((await c.publish(prot)).message, /^auth-required: /)
      assert.equal((await authenticate(c, other, challenge, relay.url)).ok, true)
      assert.match((await c.publish(prot)).message, /^auth-required: /)
      assert.equal((await authenticate(c, author, challenge, relay.url)).ok, true)
      assert.deepEqual(await c.publish(prot), { ok: true, message: '' })
    } finally {
      await relay.stop()
    }
  })

  it('a level change applies to open connections at once and NIP-11 follows it; banned keys are blocked', async () => {
    const banned = newKey()
    const relay = await startRelay({ config: { access: { banned_pubkeys: banned.pk } } })
    try {
      const c = await pool.connect(relay.url)
      await challengeOf(c)
      assert.match((await c.publish(makeEvent(banned, { content: 'spam' }))).message, /^blocked: /)
      await c.query('before', [{ limit: 1 }])
      assert.equal(JSON.parse((await fetchNip11(relay.port)).body).limitation.auth_required, false)

      await c.query('open', [{ kinds: [1] }]) // stays open for live events
      await reconfigure(relay, { access: { banned_pubkeys: banned.pk, min_level_connection: 1 } })
      // The open subscription is closed by the relay, and new ones are refused.
      const closed = await c.next((m) => m[0] === 'CLOSED' && m[1] === 'open', { what: 'CLOSED for the open subscription' })
      assert.match(closed[2], /^auth-required: /)
      assert.match((await c.reqRaw('after', [{ limit: 1 }])).closed ?? '', /^auth-required: /)
      assert.equal(JSON.parse((await fetchNip11(relay.port)).body).limitation.auth_required, true)

      await reconfigure(relay, { access: { auth_enabled: 'false' } })
      assert.ok(!JSON.parse((await fetchNip11(relay.port)).body).supported_nips.includes(42))
    } finally {
      await relay.stop()
    }
  })
})

describe('direct messages', () => {
  it('kinds 4, 14 and 1059 are served only to an authenticated author or recipient, stored and live', async () => {
    const relay = await startRelay()
    try {
      const alice = newKey()
      const bob = newKey()
      const eve = newKey()
      const sender = await pool.connect(relay.url, { label: 'sender' })
      await challengeOf(sender)
      const dm = makeEvent(alice, { kind: 4, tags: [['p', bob.pk]], content: 'secret?iv=x' })
      const note = makeEvent(alice, { kind: 1, content: 'public' })
      assert.equal((await sender.publish(dm)).ok, true)
      assert.equal((await sender.publish(note)).ok, true)

      const anon = await pool.connect(relay.url, { label: 'anonymous' })
      await challengeOf(anon)
      assert.match((await anon.reqRaw('dms', [{ kinds: [4] }])).closed ?? '', /^auth-required: /)
      assert.deepEqual((await anon.query('all', [{ authors: [alice.pk] }])).map((e) => e.id), [note.id])

      const intruder = await pool.connect(relay.url, { label: 'eve' })
      assert.equal((await authenticate(intruder, eve, await challengeOf(intruder), relay.url)).ok, true)
      assert.deepEqual(await intruder.query('dms', [{ kinds: [4] }]), [])

      const recipient = await pool.connect(relay.url, { label: 'bob' })
      assert.equal((await authenticate(recipient, bob, await challengeOf(recipient), relay.url)).ok, true)
      assert.deepEqual((await recipient.query('dms', [{ kinds: [4] }])).map((e) => e.id), [dm.id])
      assert.deepEqual((await recipient.query('count', [{ '#p': [bob.pk] }])).map((e) => e.id), [dm.id])

      // Live: bob gets the next DM to him, eve does not (her subscription sees only the public note).
      await recipient.query('live', [{ authors: [alice.pk], since: dm.created_at }])
      await intruder.query('live', [{ authors: [alice.pk], since: dm.created_at }])
      const dm2 = makeEvent(alice, { kind: 4, tags: [['p', bob.pk]], content: 'again?iv=y' })
      const note2 = makeEvent(alice, { kind: 1, content: 'public again' })
      assert.equal((await sender.publish(dm2)).ok, true)
      assert.equal((await sender.publish(note2)).ok, true)
      assert.equal((await recipient.nextEvent('live')).id, dm2.id)
      assert.equal((await intruder.nextEvent('live')).id, note2.id)
    } finally {
      await relay.stop()
    }
  })
})

describe('the Known level', () => {
  it("keys the owner follows (kind 3) reach level 2 as soon as the owner's contact list is stored", async () => {
    const owner = newKey()
    const friend = newKey()
    const friendOfFriend = newKey()
    const stranger = newKey()
    const relay = await startRelay({ config: { access: { owner_pubkeys: owner.pk, min_level_event: 2, known_depth: 1 } } })
    try {
      const o = await pool.connect(relay.url, { label: 'owner' })
      assert.equal((await authenticate(o, owner, await challengeOf(o), relay.url)).ok, true)

      const f = await pool.connect(relay.url, { label: 'friend' })
      assert.equal((await authenticate(f, friend, await challengeOf(f), relay.url)).ok, true)
      assert.match((await f.publish(makeEvent(friend, { content: 'not yet' }))).message, /^restricted: /)

      assert.equal((await o.publish(makeEvent(owner, { kind: 3, tags: [['p', friend.pk]] }))).ok, true)
      assert.deepEqual(await f.publish(makeEvent(friend, { content: 'now known' })), { ok: true, message: '' })

      // The friend's own follows are not known at depth 1, and strangers never are.
      assert.equal((await f.publish(makeEvent(friend, { kind: 3, tags: [['p', friendOfFriend.pk]] }))).ok, true)
      const fof = await pool.connect(relay.url, { label: 'friend of friend' })
      const fofChallenge = await challengeOf(fof)
      assert.equal((await authenticate(fof, friendOfFriend, fofChallenge, relay.url)).ok, true)
      assert.match((await fof.publish(makeEvent(friendOfFriend, { content: 'x' }))).message, /^restricted: /)
      assert.equal((await authenticate(fof, stranger, fofChallenge, relay.url)).ok, true)
      assert.match((await fof.publish(makeEvent(stranger, { content: 'x' }))).message, /^restricted: /)

      // Depth 2 (a live change) lets the friend of a friend in.
      await reconfigure(relay, { access: { owner_pubkeys: owner.pk, min_level_event: 2, known_depth: 2 } })
      // The Writer recomputes on the change; a round trip through it (an OK) orders us after that.
      assert.equal((await o.publish(makeEvent(owner, { content: 'sync point' }))).ok, true)
      assert.deepEqual(await fof.publish(makeEvent(friendOfFriend, { content: 'depth 2' })), { ok: true, message: '' })
    } finally {
      await relay.stop()
    }
  })
})

describe('NIP-43 membership', () => {
  it('an owner gets a signed invite, a stranger joins with it, appears in kind 13534, and can leave', async () => {
    const owner = newKey()
    const stranger = newKey()
    const relay = await startRelay({ config: { access: { owner_pubkeys: owner.pk, nip43_enabled: 'true', min_level_event: 3 } } })
    try {
      const doc = JSON.parse((await fetchNip11(relay.port)).body)
      assert.ok(doc.supported_nips.includes(43))
      assert.match(doc.self, /^[0-9a-f]{64}$/)

      const o = await pool.connect(relay.url, { label: 'owner' })
      assert.equal((await authenticate(o, owner, await challengeOf(o), relay.url)).ok, true)
      const [invite] = await o.query('invite', [{ kinds: [28935] }])
      assert.ok(invite, 'the owner receives an invite event')
      assert.equal(invite.pubkey, doc.self)
      assert.ok(verifyEvent(invite))
      const claim = invite.tags.find((t) => t[0] === 'claim')[1]

      const s = await pool.connect(relay.url, { label: 'stranger' })
      const sChallenge = await challengeOf(s)
      const anonInvite = await s.query('invite', [{ kinds: [28935] }])
      assert.deepEqual(anonInvite, [], 'no invites for non-members')
      const bad = await s.publish(makeEvent(stranger, { kind: 28934, tags: [['-'], ['claim', claim.slice(0, -1) + (claim.endsWith('0') ? '1' : '0')]] }))
      assert.equal(bad.ok, false)
      assert.match(bad.message, /^restricted: /)
      const join = await s.publish(makeEvent(stranger, { kind: 28934, tags: [['-'], ['claim', claim]] }))
      assert.equal(join.ok, true)
      assert.match(join.message, /^info: welcome/)
      const again = await s.publish(makeEvent(stranger, { kind: 28934, tags: [['-'], ['claim', claim]] }))
      assert.match(again.message, /^duplicate: /)

      assert.equal((await authenticate(s, stranger, sChallenge, relay.url)).ok, true)
      assert.deepEqual(await s.publish(makeEvent(stranger, { content: 'a member now' })), { ok: true, message: '' })
      const [list] = await s.query('members', [{ kinds: [13534], authors: [doc.self] }])
      assert.ok(list.tags.some((t) => t[0] === 'member' && t[1] === stranger.pk))
      assert.ok(list.tags.some((t) => t[0] === '-'))

      assert.equal((await s.publish(makeEvent(stranger, { kind: 28936, tags: [['-']] }))).ok, true)
      assert.match((await s.publish(makeEvent(stranger, { content: 'gone' }))).message, /^restricted: /)
      const [after] = await s.query('members2', [{ kinds: [13534], authors: [doc.self] }])
      assert.ok(!after.tags.some((t) => t[0] === 'member' && t[1] === stranger.pk))
    } finally {
      await relay.stop()
    }
  })
})

describe('NIP-40 expiration', () => {
  it('an already expired event is refused "invalid:"; one that expires later is stored and served', async () => {
    const relay = await startRelay()
    try {
      const c = await pool.connect(relay.url)
      const key = newKey()
      const now = Math.floor(Date.now() / 1000)
      const expired = await c.publish(makeEvent(key, { tags: [['expiration', String(now - 5)]], content: 'too late' }))
      assert.equal(expired.ok, false)
      assert.match(expired.message, /^invalid: /)
      const later = makeEvent(key, { tags: [['expiration', String(now + 3600)]], content: 'for an hour' })
      assert.deepEqual(await c.publish(later), { ok: true, message: '' })
      assert.deepEqual((await c.query('e', [{ authors: [key.pk] }])).map((e) => e.id), [later.id])
      assert.ok(JSON.parse((await fetchNip11(relay.port)).body).supported_nips.includes(40))
    } finally {
      await relay.stop()
    }
  })
})
