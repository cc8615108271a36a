// e2e.deletion: NIP-09 deletion requests, NIP-62 requests to vanish, NIP-45 COUNT and the
// NIP-86 event moderation methods (banevent, allowevent, listbannedevents, stats), against a
// real `roost --no-gui` with nostr-tools as the client. What must survive is modelled in
// lib/events.mjs (deletedBy), independently of the relay.
import { after, afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { cleanup, startRelay } from './lib/relay.mjs'
import { ClientPool } from './lib/client.mjs'
import { nip86Call } from './lib/http.mjs'
import { deletedBy, ids, makeEvent, newKey, nowSec, uniqueTag } from './lib/events.mjs'

const pool = new ClientPool()
afterEach(() => pool.closeAll())
after(cleanup)

/** Sends ["COUNT", id, ...filters]; resolves with the count, or {closed: reason} when refused. */
async function count(client, subId, filters) {
  client.send(['COUNT', subId, ...filters])
  const m = await client.next((m) => (m[0] === 'COUNT' || m[0] === 'CLOSED') && m[1] === subId, { what: `COUNT/CLOSED for ${subId}` })
  if (m[0] === 'CLOSED') return { closed: m[2] }
  assert.equal(typeof m[2]?.count, 'number', `COUNT answer shape: ${JSON.stringify(m)}`)
  return m[2].count
}

/** A NIP-86 call signed with NIP-98 by `key`; resolves with {status, json}. */
const rpc = (port, payload, key) => nip86Call(port, payload, key)

describe('NIP-09 deletion requests', () => {
  it('e and a tags delete the author\'s own events, the request is kept and the deleted events stay out', async () => {
    const relay = await startRelay()
    try {
      const c = await pool.connect(relay.url)
      const alice = newKey()
      const mallory = newKey()
      const t = uniqueTag('nip09')
      const now = nowSec()
      const note = makeEvent(alice, { content: 'oops', tags: [['t', t]], created_at: now - 100 })
      const keep = makeEvent(alice, { content: 'keep me', tags: [['t', t]], created_at: now - 90 })
      const article = makeEvent(alice, { kind: 30023, content: 'v1', tags: [['d', t], ['t', t]], created_at: now - 80 })
      const othersNote = makeEvent(mallory, { content: 'not alice\'s', tags: [['t', t]], created_at: now - 70 })
      for (const e of [note, keep, article, othersNote]) assert.equal((await c.publish(e)).ok, true)

      const request = makeEvent(alice, {
        kind: 5,
        created_at: now - 50,
        tags: [['e', note.id], ['e', othersNote.id], ['a', `30023:${alice.pk}:${t}`], ['k', '1'], ['k', '30023']],
        content: 'published by accident',
      })
      assert.deepEqual(await c.publish(request), { ok: true, message: '' })

      const all = [note, keep, article, othersNote, request]
      const deleted = deletedBy(all)
      const want = all.filter((e) => !deleted(e) && e.kind !== 5).map((e) => e.id).sort()
      assert.deepEqual(ids(await c.query('t', [{ '#t': [t] }])).sort(), want)
      assert.deepEqual(ids(await c.query('k5', [{ kinds: [5], authors: [alice.pk] }])), [request.id])

      // Re-publishing a deleted event, or an older version of the deleted address, is refused.
      assert.match((await c.publish(note)).message, /^blocked: /)
      const olderVersion = makeEvent(alice, { kind: 30023, content: 'v0', tags: [['d', t]], created_at: now - 60 })
      assert.equal((await c.publish(olderVersion)).ok, false)
      // A newer version of the address is welcome.
      const newer = makeEvent(alice, { kind: 30023, content: 'v2', tags: [['d', t]], created_at: now - 10 })
      assert.equal((await c.publish(newer)).ok, true)
      assert.deepEqual(ids(await c.query('a', [{ kinds: [30023], authors: [alice.pk], '#d': [t] }])), [newer.id])
      // Deleting the deletion request has no effect.
      assert.equal((await c.publish(makeEvent(alice, { kind: 5, tags: [['e', request.id]] }))).ok, true)
      assert.deepEqual(ids(await c.query('k5b', [{ ids: [request.id] }])), [request.id])
    } finally {
      await relay.stop()
    }
  })
})

describe('NIP-62 request to vanish', () => {
  it('deletes everything of the pubkey up to the request, its gift wraps, and keeps it out', async () => {
    const bob = newKey()
    const now = nowSec()
    const notes = [makeEvent(bob, { content: 'a', created_at: now - 300 }), makeEvent(bob, { kind: 0, content: '{}', created_at: now - 200 })]
    const wrap = makeEvent(newKey(), { kind: 1059, tags: [['p', bob.pk]], content: 'sealed', created_at: now - 500 })
    const seeded = await startRelay()
    const dataDir = seeded.dataDir
    try {
      const s = await pool.connect(seeded.url)
      for (const e of [...notes, wrap]) assert.equal((await s.publish(e)).ok, true)
    } finally {
      await seeded.stop()
    }

    // Only the owner may write here, yet bob's request to vanish is honoured (NIP-62).
    const restricted = await startRelay({ dataDir, config: { access: { min_level_event: 4 } } })
    try {
      const r = await pool.connect(restricted.url)
      const elsewhere = makeEvent(bob, { kind: 62, tags: [['relay', 'wss://relay.example.com']], created_at: now - 20 })
      assert.match((await r.publish(elsewhere)).message, /^invalid: /)
      assert.equal(await count(r, 'before', [{ authors: [bob.pk] }]), 2)
      const vanish = makeEvent(bob, { kind: 62, tags: [['relay', restricted.url]], content: 'bye', created_at: now - 10 })
      assert.deepEqual(await r.publish(vanish), { ok: true, message: '' })
      assert.deepEqual(ids(await r.query('left', [{ authors: [bob.pk] }])), [vanish.id])
    } finally {
      await restricted.stop()
    }

    // Open to everyone again: the tombstones still keep the deleted events out; newer ones are welcome.
    const open = await startRelay({ dataDir })
    try {
      const o = await pool.connect(open.url)
      // "blocked:" rather than "duplicate:": each one was deleted, and its tombstone stays.
      for (const e of [...notes, wrap]) assert.match((await o.publish(e)).message, /^blocked: /)
      assert.equal((await o.publish(makeEvent(bob, { content: 'back again', created_at: now + 1 }))).ok, true)
      const global = makeEvent(bob, { kind: 62, tags: [['relay', 'ALL_RELAYS']], created_at: now + 2 })
      assert.equal((await o.publish(global)).ok, true)
      assert.deepEqual(ids(await o.query('gone', [{ authors: [bob.pk], kinds: [1] }])), [])
    } finally {
      await open.stop()
    }
  })
})

describe('NIP-45 COUNT', () => {
  it('is exact across filters (ORed, no double counting) and CLOSED when refused', async () => {
    const relay = await startRelay({ config: { access: { min_level_count: 4 } } })
    try {
      const c = await pool.connect(relay.url)
      const refused = await count(c, 'no', [{ kinds: [1] }])
      assert.match(refused.closed ?? '', /^(auth-required|restricted): /)
      assert.equal(c.isOpen, true)
    } finally {
      await relay.stop()
    }
    const open = await startRelay()
    try {
      const c = await pool.connect(open.url)
      const t = uniqueTag('count')
      const a = newKey()
      const b = newKey()
      const events = []
      // One base time: with nowSec() read per event, a clock tick between two of b's (otherwise
      // identical) reactions gave them the same created_at, hence the same id (a duplicate, COUNT 11).
      const base = nowSec()
      for (let i = 0; i < 7; i++) events.push(makeEvent(a, { content: `a${i}`, tags: [['t', t]], created_at: base - i }))
      for (let i = 0; i < 5; i++) events.push(makeEvent(b, { kind: 7, content: '+', tags: [['t', t]], created_at: base - i }))
      assert.equal(new Set(events.map((e) => e.id)).size, 12)
      for (const e of events) assert.equal((await c.publish(e)).ok, true)
      assert.equal(await count(c, 'c1', [{ '#t': [t] }]), 12)
      assert.equal(await count(c, 'c2', [{ authors: [a.pk], limit: 2 }]), 7) // limit is ignored by COUNT
      assert.equal(await count(c, 'c3', [{ authors: [a.pk] }, { '#t': [t], kinds: [1] }, { kinds: [7], authors: [b.pk] }]), 12)
      assert.equal(await count(c, 'c4', [{ authors: [b.pk], kinds: [1] }]), 0)
      assert.match((await count(c, 'c5', [{ kinds: 'one' }])).closed ?? '', /^invalid: /)
    } finally {
      await open.stop()
    }
  })
})

describe('NIP-86 event moderation', () => {
  it('banevent deletes and blocks an event, listbannedevents lists it, allowevent lifts it; stats counts the store', async () => {
    const owner = newKey()
    const relay = await startRelay({ config: { access: { owner_pubkeys: owner.pk } } })
    try {
      const c = await pool.connect(relay.url)
      const spam = makeEvent(newKey(), { content: 'buy now' })
      const fine = makeEvent(newKey(), { content: 'hello' })
      for (const e of [spam, fine]) assert.equal((await c.publish(e)).ok, true)

      const before = await rpc(relay.port, { method: 'stats', params: [] }, owner)
      assert.equal(before.json.result.events, 2)
      assert.equal(before.json.result.events_by_kind['1'], 2)
      assert.ok(before.json.result.database_bytes > 0)

      assert.deepEqual((await rpc(relay.port, { method: 'banevent', params: [spam.id, 'spam'] }, owner)).json, { result: true })
      assert.deepEqual(ids(await c.query('s', [{ ids: [spam.id, fine.id] }])), [fine.id])
      assert.match((await c.publish(spam)).message, /^blocked: /)
      const listed = await rpc(relay.port, { method: 'listbannedevents', params: [] }, owner)
      assert.deepEqual(listed.json.result, [{ id: spam.id, reason: 'spam' }])
      assert.equal((await rpc(relay.port, { method: 'stats', params: [] }, owner)).json.result.events, 1)

      const bad = await rpc(relay.port, { method: 'banevent', params: ['xyz'] }, owner)
      assert.match(bad.json.error ?? '', /invalid/)

      assert.deepEqual((await rpc(relay.port, { method: 'allowevent', params: [spam.id] }, owner)).json, { result: true })
      assert.deepEqual((await rpc(relay.port, { method: 'listbannedevents', params: [] }, owner)).json.result, [])
      assert.equal((await c.publish(spam)).ok, true)
    } finally {
      await relay.stop()
    }
  })
})
