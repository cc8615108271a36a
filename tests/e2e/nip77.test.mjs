// e2e.nip77: NIP-77 negentropy against a real `roost --no-gui`, driven by nostr-tools' own NIP-77
// implementation (nostr-tools/nip77 at the pinned version): have/need exactly right on sets with a
// known difference, direct-message gating, the limits (max records -> NEG-ERR blocked with the
// number, idle timeout -> NEG-ERR closed, sessions per connection), malformed messages -> NEG-ERR
// with the connection still serving REQ, NEG-OPEN replacing an open id, and NIP-11.
import { after, afterEach, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { writeFile } from 'node:fs/promises'
// nostr-tools 2.20.0 ships nip77 but does not list it in its package "exports": import the file.
import { Negentropy, NegentropyStorageVector, NegentropySync } from './node_modules/nostr-tools/lib/esm/nip77.js'
import { cleanup, iniText, startRelay, withTimeout } from './lib/relay.mjs'
import { ClientPool } from './lib/client.mjs'
import { fetchNip11 } from './lib/http.mjs'
import { makeEvent, newKey, nowSec } from './lib/events.mjs'

const pool = new ClientPool()
afterEach(() => pool.closeAll())
after(cleanup)

const CONFIG = {
  store: { synchronous_full: false },
  negentropy: { max_records: 300, idle_timeout: 2, max_sessions: 3, max_frame_size: 4096 },
}

let batches = 0
/**
 * Signed events by `key`, many of them sharing a created_at (ties are ordered by id). Each call is
 * its own batch in the content: two calls within the same second would otherwise sign identical
 * (created_at, content) pairs, i.e. the very same event ids, and a "set the relay never saw" would
 * silently overlap the stored one.
 */
function makeEvents(key, n, { kind = 1, tags = [] } = {}) {
  const base = nowSec() - 10_000
  const batch = ++batches
  return Array.from({ length: n }, (_, i) =>
    makeEvent(key, { kind, tags, created_at: base + (i % 7), content: `b${batch} e${i}` }),
  )
}

/** Fails unless no id of `a` is in `b`: guards the expectations built from two event sets. */
function assertDisjoint(a, b) {
  const ids = new Set(b.map((e) => e.id))
  assert.deepEqual(a.filter((e) => ids.has(e.id)).map((e) => e.id), [], 'the test sets overlap')
}

async function publishAll(client, events) {
  for (const ev of events) {
    const r = await client.publish(ev)
    assert.equal(r.ok, true, `publish: ${r.message}`)
  }
}

/** nostr-tools' sorted storage over `events` ({created_at, id}). */
function storageOf(events) {
  const storage = new NegentropyStorageVector()
  for (const ev of events) storage.insert(ev.created_at, ev.id)
  storage.seal()
  return storage
}

const isNeg = (subId) => (m) => (m[0] === 'NEG-MSG' || m[0] === 'NEG-ERR') && m[1] === subId

/**
 * Runs a whole reconciliation over a RawClient with nostr-tools' Negentropy as the initiator.
 * Returns {have, need, rounds} or {error: <NEG-ERR message>}.
 */
async function reconcile(client, subId, filter, events, { frameSizeLimit = 60_000 } = {}) {
  const neg = new Negentropy(storageOf(events), frameSizeLimit)
  const have = []
  const need = []
  client.send(['NEG-OPEN', subId, filter, neg.initiate()])
  for (let rounds = 1; ; rounds++) {
    const m = await client.next(isNeg(subId), { what: `NEG-MSG/NEG-ERR for "${subId}"` })
    if (m[0] === 'NEG-ERR') return { error: m }
    const next = neg.reconcile(m[2], (id) => have.push(id), (id) => need.push(id))
    if (!next) {
      client.send(['NEG-CLOSE', subId])
      return { have: have.sort(), need: need.sort(), rounds }
    }
    client.send(['NEG-MSG', subId, next])
  }
}

const idsOf = (events) => events.map((e) => e.id).sort()

async function challengeOf(client) {
  const m = await client.next((m) => m[0] === 'AUTH' && typeof m[1] === 'string', { what: 'the AUTH challenge' })
  return m[1]
}

async function authenticate(client, key, relayUrl) {
  const challenge = await challengeOf(client)
  const ev = makeEvent(key, { kind: 22242, tags: [['relay', relayUrl], ['challenge', challenge]] })
  client.send(['AUTH', ev])
  const ok = await client.awaitOk(ev.id)
  assert.equal(ok.ok, true, ok.message)
}

describe('NIP-77 negentropy', () => {
  let relay
  before(async () => {
    relay = await startRelay({ config: CONFIG })
  })
  after(async () => {
    await relay?.stop()
  })

  it('have/need are exactly the difference, over several rounds of 4 KiB frames', async () => {
    const c = await pool.connect(relay.url)
    const key = newKey()
    const stored = makeEvents(key, 250)
    await publishAll(c, stored)
    const unpublished = makeEvents(key, 40)
    assertDisjoint(unpublished, stored)
    // The client has 200 of the stored events plus 40 the relay never saw.
    const missing = stored.filter((_, i) => i % 5 === 0)
    const clientSide = [...stored.filter((_, i) => i % 5 !== 0), ...unpublished]
    const r = await reconcile(c, 'n1', { authors: [key.pk] }, clientSide, { frameSizeLimit: 4096 })
    assert.equal(r.error, undefined, JSON.stringify(r.error))
    assert.deepEqual(r.need, idsOf(missing))
    assert.deepEqual(r.have, idsOf(unpublished))
    assert.ok(r.rounds >= 2, `${r.rounds} round(s)`)
    // An identical set ends in one round with nothing to exchange.
    const same = await reconcile(c, 'n2', { authors: [key.pk] }, stored)
    assert.deepEqual([same.have, same.need, same.rounds], [[], [], 1])
  })

  it("nostr-tools' NegentropySync over its Relay reconciles against roost", async () => {
    const c = await pool.connect(relay.url)
    const key = newKey()
    const stored = makeEvents(key, 60)
    await publishAll(c, stored)
    const extra = makeEvents(key, 3)
    assertDisjoint(extra, stored)
    const tools = await pool.connectTools(relay.url)
    const have = []
    const need = []
    let negErr
    const done = new Promise((resolve) => {
      const sync = new NegentropySync(tools, storageOf([...stored.slice(10), ...extra]), { authors: [key.pk] }, {
        onhave: (id) => have.push(id),
        onneed: (id) => need.push(id),
        onclose: (reason) => resolve(reason),
      })
      // NegentropySync (2.20.0) reports a NEG-ERR as onclose() without a reason, exactly like a
      // finished reconciliation: watch its subscription for NEG-ERR to tell the two apart.
      const custom = sync.subscription.oncustom
      sync.subscription.oncustom = (data) => {
        if (data[0] === 'NEG-ERR') negErr = data
        custom(data)
      }
      sync.start()
    })
    const reason = await withTimeout(done, 10_000, 'NegentropySync to finish')
    assert.equal(reason, undefined)
    assert.equal(negErr, undefined, JSON.stringify(negErr))
    assert.deepEqual(need.sort(), idsOf(stored.slice(0, 10)))
    assert.deepEqual(have.sort(), idsOf(extra))
  })

  it('direct messages: ids of kind 4/14/1059 are offered only to their parties', async () => {
    const c = await pool.connect(relay.url)
    const [alice, bob, carol, dave] = [newKey(), newKey(), newKey(), newKey()]
    const note = makeEvent(alice, { content: 'public' })
    const dmToBob = makeEvent(alice, { kind: 4, tags: [['p', bob.pk]], content: 'secret' })
    const dmToDave = makeEvent(carol, { kind: 1059, tags: [['p', dave.pk]], content: 'wrapped' })
    await publishAll(c, [note, dmToBob, dmToDave])
    const filter = { authors: [alice.pk, carol.pk] }

    // Unauthenticated: only the public note.
    const anon = await pool.connect(relay.url)
    let r = await reconcile(anon, 'dm1', filter, [])
    assert.deepEqual(r.need, [note.id])
    // A filter for nothing but direct messages is refused before AUTH.
    anon.send(['NEG-OPEN', 'dm2', { kinds: [4] }, new Negentropy(storageOf([])).initiate()])
    const refused = await anon.next(isNeg('dm2'))
    assert.equal(refused[0], 'NEG-ERR')
    assert.match(refused[2], /^auth-required: /)

    // Bob, authenticated: his DM too, still not Carol's to Dave.
    const asBob = await pool.connect(relay.url)
    await authenticate(asBob, bob, relay.url)
    r = await reconcile(asBob, 'dm3', filter, [])
    assert.deepEqual(r.need, [note.id, dmToBob.id].sort())
  })

  it('a NEG-OPEN over more than max_records events is NEG-ERR "blocked:" with the number', async () => {
    const c = await pool.connect(relay.url)
    const key = newKey()
    await publishAll(c, makeEvents(key, 301))
    const r = await reconcile(c, 'big', { authors: [key.pk] }, [])
    assert.equal(r.error?.[0], 'NEG-ERR')
    assert.match(r.error[2], /^blocked: /)
    assert.equal(r.error[3], 300)
    // Within the limit it works.
    const ok = await reconcile(c, 'small', { authors: [key.pk], limit: 300 }, [])
    assert.equal(ok.need?.length, 300)
  })

  it('an idle session is closed with NEG-ERR "closed:" and then forgotten', async () => {
    const c = await pool.connect(relay.url)
    const neg = new Negentropy(storageOf(makeEvents(newKey(), 50)), 60_000)
    c.send(['NEG-OPEN', 'idle', { authors: [newKey().pk] }, neg.initiate()])
    const first = await c.next(isNeg('idle'))
    assert.equal(first[0], 'NEG-MSG')
    // No answer from us: the relay's idle timeout (2 s) closes the session.
    const closed = await c.next(isNeg('idle'), { what: 'NEG-ERR closed: after the idle timeout' })
    assert.equal(closed[0], 'NEG-ERR')
    assert.match(closed[2], /^closed: /)
    c.send(['NEG-MSG', 'idle', '61'])
    const gone = await c.next(isNeg('idle'))
    assert.deepEqual([gone[0], /^closed: /.test(gone[2])], ['NEG-ERR', true])
  })

  it('max_sessions per connection; NEG-CLOSE frees one; NEG-OPEN on an open id replaces it', async () => {
    const c = await pool.connect(relay.url)
    const init = () => new Negentropy(storageOf([]), 60_000).initiate()
    const nobody = { authors: [newKey().pk] }
    for (const id of ['s1', 's2', 's3']) {
      c.send(['NEG-OPEN', id, nobody, init()])
      assert.equal((await c.next(isNeg(id)))[0], 'NEG-MSG')
    }
    c.send(['NEG-OPEN', 's4', nobody, init()])
    const refused = await c.next(isNeg('s4'))
    assert.equal(refused[0], 'NEG-ERR')
    assert.match(refused[2], /^blocked: /)
    // Re-opening an open id replaces it (the count stays at 3).
    for (let i = 0; i < 3; i++) {
      c.send(['NEG-OPEN', 's1', nobody, init()])
      assert.equal((await c.next(isNeg('s1')))[0], 'NEG-MSG')
    }
    c.send(['NEG-CLOSE', 's2'])
    c.send(['NEG-OPEN', 's4', nobody, init()])
    assert.equal((await c.next(isNeg('s4')))[0], 'NEG-MSG')

    // The replacing session answers for its own filter.
    const [k1, k2] = [newKey(), newKey()]
    const e1 = makeEvents(k1, 5)
    const e2 = makeEvents(k2, 4)
    await publishAll(c, [...e1, ...e2])
    const neg1 = new Negentropy(storageOf([]), 60_000)
    c.send(['NEG-OPEN', 's1', { authors: [k1.pk] }, neg1.initiate()])
    await c.next(isNeg('s1'))
    const r = await reconcile(c, 's1', { authors: [k2.pk] }, [])
    assert.deepEqual(r.need, idsOf(e2))
  })

  it('malformed NEG-OPEN / NEG-MSG get NEG-ERR and the connection keeps serving REQ', async () => {
    const c = await pool.connect(relay.url)
    const cases = [
      ['NEG-OPEN', 'm1', {}, 'zz'], // bad hex
      ['NEG-OPEN', 'm2', {}, '610'], // odd length
      ['NEG-OPEN', 'm3', {}, '6100000300'], // mode 3
      ['NEG-OPEN', 'm4', {}, '6100000110'], // truncated fingerprint
      ['NEG-OPEN', 'm5', {}, '61ffffffffffffffffffff7f0000'], // varint over 64 bits
      ['NEG-OPEN', 'm6', { kinds: 'x' }, '61'], // bad filter
      ['NEG-OPEN', 'm7', {}], // missing message
    ]
    for (const msg of cases) {
      c.send(msg)
      const m = await c.next(isNeg(msg[1]), { what: `NEG-ERR for ${JSON.stringify(msg)}` })
      assert.equal(m[0], 'NEG-ERR', JSON.stringify(msg))
      assert.match(m[2], /^invalid: /, JSON.stringify(m))
    }
    // An open session fed garbage is closed with NEG-ERR.
    c.send(['NEG-OPEN', 'm8', { authors: [newKey().pk] }, new Negentropy(storageOf(makeEvents(newKey(), 40))).initiate()])
    assert.equal((await c.next(isNeg('m8')))[0], 'NEG-MSG')
    c.send(['NEG-MSG', 'm8', '6101'])
    const bad = await c.next(isNeg('m8'))
    assert.deepEqual([bad[0], /^invalid: /.test(bad[2])], ['NEG-ERR', true])
    // Another protocol version gets the downgrade answer "61" (checked before the store is read,
    // so the unbounded filter is not "blocked:").
    c.send(['NEG-OPEN', 'm9', {}, '62'])
    assert.deepEqual(await c.next(isNeg('m9')), ['NEG-MSG', 'm9', '61'])
    // Still serving.
    const key = newKey()
    const ev = makeEvent(key, { content: 'still here' })
    await publishAll(c, [ev])
    const events = await c.query('q', [{ authors: [key.pk] }])
    assert.deepEqual(idsOf(events), [ev.id])
  })

  it('NIP-11 lists 77 and the negentropy limits while enabled, neither when switched off', async () => {
    const local = await startRelay({ config: CONFIG })
    try {
      let doc = JSON.parse((await fetchNip11(local.port)).body)
      assert.ok(doc.supported_nips.includes(77))
      assert.equal(doc.limitation.negentropy_max_records, 300)
      assert.equal(doc.limitation.negentropy_idle_timeout, 2)
      assert.equal(doc.limitation.negentropy_max_sessions, 3)
      assert.equal(doc.limitation.negentropy_max_frame_size, 4096)

      const reloaded = local.waitForLine(/^roost: settings reloaded/)
      await writeFile(local.configFile, iniText({ ...CONFIG, negentropy: { ...CONFIG.negentropy, enabled: false } }))
      await reloaded
      doc = JSON.parse((await fetchNip11(local.port)).body)
      assert.ok(!doc.supported_nips.includes(77))
      assert.equal(doc.limitation.negentropy_max_records, undefined)
      const c = await pool.connect(local.url)
      c.send(['NEG-OPEN', 'off', {}, new Negentropy(storageOf([])).initiate()])
      const m = await c.next(isNeg('off'))
      assert.equal(m[0], 'NEG-ERR')
      assert.match(m[2], /^blocked: /)
    } finally {
      await local.stop()
    }
  })
})
