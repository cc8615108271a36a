// e2e.nip01: NIP-01 and NIP-11 behaviour of a real `roost --no-gui` process, driven by raw WebSocket
// clients (exact protocol assertions) and nostr-tools Relay connections.
import { after, afterEach, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { cleanup, startRelay, withTimeout } from './lib/relay.mjs'
import { ClientPool } from './lib/client.mjs'
import { fetchNip11, httpRequest } from './lib/http.mjs'
import {
  expectedAnswer,
  flipLastHex,
  ids,
  makeEvent,
  newKey,
  newestFirst,
  nowSec,
  plain,
  randomHex,
  uniqueTag,
} from './lib/events.mjs'

const DEFAULT_LIMITS = {
  max_message_length: 131072,
  max_subscriptions: 300,
  max_filters: 100,
  max_limit: 5000,
  default_limit: 500,
  max_subid_length: 64,
  max_event_tags: 2000,
  max_content_length: 102400,
  created_at_lower_limit: 0,
  created_at_upper_limit: 900,
}

const CUSTOM_LIMITS = {
  max_message_length: 4096,
  max_subscriptions: 5,
  max_filters: 3,
  max_limit: 7,
  default_limit: 4,
  max_subid_length: 16,
  max_event_tags: 10,
  max_content_length: 100,
  created_at_lower_limit: 3600,
  created_at_upper_limit: 60,
}
const CUSTOM_RELAY = { name: 'roost-e2e', description: 'end to end test relay' }

function assertPrefix(message, prefixes, context) {
  const list = Array.isArray(prefixes) ? prefixes : [prefixes]
  assert.ok(
    typeof message === 'string' && list.some((p) => message.startsWith(`${p}:`)),
    `${context}: expected a message starting with ${list.map((p) => `"${p}:"`).join(' or ')}, got ${JSON.stringify(message)}`,
  )
}

/** Same events, same order, every field unchanged. */
function assertEvents(actual, expected, context) {
  assert.deepEqual(ids(actual), ids(expected), `${context}: event ids (in order)`)
  for (let i = 0; i < expected.length; i++) assert.deepEqual(actual[i], plain(expected[i]), `${context}: event ${expected[i].id}`)
}

async function publishOk(client, ev, context = 'publish') {
  const r = await client.publish(ev)
  assert.equal(r.ok, true, `${context}: OK for ${ev.id} was false: ${JSON.stringify(r.message)}`)
  return r
}

/** The relay's answer to a REQ that should be refused: the first CLOSED/EOSE for subId, or a NOTICE. */
function refusal(client, subId, what) {
  return client.next((m) => ((m[0] === 'CLOSED' || m[0] === 'EOSE') && m[1] === subId) || m[0] === 'NOTICE', {
    what: `CLOSED for ${what}`,
  })
}

/** Pick among candidates (signed lazily) until one has an id below/above `pivot`. */
function eventWithIdRelativeTo(pivot, below, make) {
  for (let i = 0; i < 200; i++) {
    const ev = make(i)
    if (below ? ev.id < pivot : ev.id > pivot) return ev
  }
  throw new Error('could not make an event with the wanted id order')
}

after(cleanup)

describe('NIP-01 on a relay with the default config', () => {
  let relay
  const pool = new ClientPool()
  const conn = (label) => pool.connect(relay.url, { label })

  before(async () => {
    relay = await startRelay()
  })
  afterEach(() => pool.closeAll())
  after(async () => {
    await pool.closeAll()
    if (relay) await relay.stop() // SIGTERM must give exit code 0
  })

  it('publish: OK true with an empty message; the event comes back unchanged, also to another connection', async () => {
    const c = await conn('publisher')
    const k = newKey()
    const ev = makeEvent(k, {
      content: 'hello "roost" \\ back\\slash\nnew line\ttab ünïcödé 🐓 \u2028',
      tags: [['t', 'e2e'], ['x', 'a', 'b', ''], ['empty', '']],
    })
    c.send(['EVENT', ev])
    const ok = await c.next((m) => m[0] === 'OK' && m[1] === ev.id, { what: 'the OK' })
    assert.deepEqual(ok, ['OK', ev.id, true, ''])
    assertEvents(await c.query('mine', [{ ids: [ev.id] }]), [ev], 'REQ ids on the same connection')
    const other = await conn('reader')
    assertEvents(await other.query('theirs', [{ ids: [ev.id] }]), [ev], 'REQ ids on another connection')
  })

  it('duplicate: a resent event gets OK true "duplicate:" and is stored once', async () => {
    const c = await conn('dup')
    const ev = makeEvent(newKey(), { content: 'twice' })
    assert.deepEqual(await c.publish(ev), { ok: true, message: '' })
    const again = await c.publish(ev)
    assert.equal(again.ok, true, `resent event: ${JSON.stringify(again)}`)
    assertPrefix(again.message, 'duplicate', 'resent event')
    const other = await conn('dup2')
    const third = await other.publish(ev)
    assert.equal(third.ok, true)
    assertPrefix(third.message, 'duplicate', 'resent on another connection')
    assertEvents(await c.query('d', [{ ids: [ev.id] }]), [ev], 'stored once')
  })

  it('bad id: OK false "invalid:" and nothing stored', async () => {
    const c = await conn('badid')
    const k = newKey()
    const good = makeEvent(k, { content: 'original' })
    const wrongId = { ...plain(good), id: flipLastHex(good.id) }
    const tampered = { ...plain(makeEvent(k, { content: 'signed text' })), content: 'changed after signing' }
    for (const [what, ev] of [
      ['id with one hex digit changed', wrongId],
      ['content changed after signing', tampered],
    ]) {
      const r = await c.publish(ev)
      assert.equal(r.ok, false, `${what}: ${JSON.stringify(r)}`)
      assertPrefix(r.message, 'invalid', what)
    }
    assert.deepEqual(await c.query('q', [{ ids: [wrongId.id, tampered.id, good.id] }]), [], 'none of them is stored')
    assert.deepEqual(await c.query('q2', [{ authors: [k.pk] }]), [], 'nothing by this author')
  })

  it('bad signature: OK false "invalid:" and nothing stored', async () => {
    const c = await conn('badsig')
    const k = newKey()
    const a = makeEvent(k, { content: 'a' })
    const b = makeEvent(k, { content: 'b' })
    const flipped = { ...plain(a), sig: flipLastHex(a.sig) }
    const borrowed = { ...plain(b), sig: a.sig } // a real signature, of another event
    const otherKey = { ...plain(makeEvent(newKey(), { content: 'c' })) }
    const stolen = { ...otherKey, pubkey: k.pk } // id no longer matches either: still invalid
    for (const [what, ev] of [
      ['signature with one hex digit changed', flipped],
      ['signature of another event', borrowed],
      ['pubkey swapped', stolen],
    ]) {
      const r = await c.publish(ev)
      assert.equal(r.ok, false, `${what}: ${JSON.stringify(r)}`)
      assertPrefix(r.message, 'invalid', what)
    }
    assert.deepEqual(await c.query('q', [{ authors: [k.pk] }]), [], 'nothing by this author is stored')
  })

  it('REQ on every filter field returns exactly the matching events, newest first', async () => {
    const c = await conn('filters')
    const [A, B, C] = [newKey(), newKey(), newKey()]
    const [P1, P2, X1, X2] = [randomHex(), randomHex(), randomHex(), randomHex()]
    const [tx, ty] = [uniqueTag('x'), uniqueTag('y')]
    const base = nowSec() - 100_000
    const specs = [
      [A, 1, 0, [['t', tx]]],
      [A, 7, 10, [['e', X1], ['p', P1]]],
      [A, 1, 20, [['e', X2, 'wss://relay.example'], ['t', ty]]],
      [B, 1, 30, [['e', X1], ['t', tx], ['t', ty]]],
      [B, 30, 40, [['p', P2], ['t', tx]]],
      [B, 7, 50, [['p', P1, 'wss://relay.example'], ['e', X2]]],
      [C, 1, 60, [['p', P1], ['p', P2]]],
      [C, 1000, 70, [['t', 'other', tx]]], // tx only as a 3rd element: not indexed
      [C, 7, 80, [['e', X1, '', A.pk]]], // A.pk only as a 4th element: not indexed
      [A, 1, 90, []],
    ]
    const events = specs.map(([key, kind, dt, tags], i) => makeEvent(key, { kind, created_at: base + dt, tags, content: `filter test ${i}` }))
    for (const ev of events) await publishOk(c, ev)
    const all = [A.pk, B.pk, C.pk]
    const e = events
    const filters = [
      { ids: [e[0].id, e[3].id, e[6].id] },
      { ids: [e[1].id, randomHex()] },
      { ids: [randomHex()] },
      { authors: [A.pk] },
      { authors: [B.pk, C.pk] },
      { authors: [randomHex()] },
      { authors: all, kinds: [7] },
      { authors: all, kinds: [1, 1000] },
      { authors: all, kinds: [30, 9999] },
      { '#e': [X1] },
      { '#e': [X1, X2] },
      { '#e': [A.pk] },
      { '#p': [P1] },
      { '#p': [P2] },
      { '#p': [P1, P2] },
      { '#t': [tx] },
      { '#t': [ty] },
      { '#t': [tx, ty] },
      { authors: all, since: base + 30 },
      { authors: all, until: base + 50 },
      { authors: all, since: base + 20, until: base + 60 },
      { authors: all, since: base + 95 },
      { authors: all, limit: 3 },
      { authors: [A.pk], limit: 1 },
      { authors: [A.pk, B.pk], kinds: [1], '#t': [tx] },
      { kinds: [1], '#e': [X1], '#t': [ty] },
      { '#p': [P1], kinds: [7], until: base + 40 },
      { ids: ids(e), authors: [C.pk], since: base + 65, limit: 1 },
    ]
    for (const [i, filter] of filters.entries()) {
      const got = await c.query(`f${i}`, [filter])
      assertEvents(got, expectedAnswer(events, filter), `filter ${JSON.stringify(filter)}`)
    }

    // Several filters in one REQ: the union, each event once.
    const multi = [{ authors: [A.pk], kinds: [7] }, { '#p': [P2] }, { ids: [e[1].id] }]
    const got = await c.query('multi', multi)
    const expected = new Set(events.filter((ev) => multi.some((f) => expectedAnswer([ev], f).length)).map((ev) => ev.id))
    assert.equal(new Set(ids(got)).size, got.length, `an event was sent twice: ${ids(got)}`)
    assert.deepEqual(new Set(ids(got)), expected, 'union of several filters')
  })

  it('limit and ordering: created_at DESC, equal created_at lowest id first', async () => {
    const c = await conn('order')
    const k = newKey()
    const t = nowSec() - 50_000
    const times = [t + 3, t + 1, t + 3, t, t + 2, t + 3, t + 1, t - 4, t + 2, t]
    const events = times.map((created_at, i) => makeEvent(k, { created_at, content: `order ${i}` }))
    for (const ev of events) await publishOk(c, ev)
    const full = [...events].sort(newestFirst)
    assertEvents(await c.query('all', [{ authors: [k.pk] }]), full, 'no limit')
    for (const limit of [1, 2, 3, 4, 5, 9, 10, 50]) {
      assertEvents(await c.query(`l${limit}`, [{ authors: [k.pk], limit }]), full.slice(0, limit), `limit ${limit}`)
    }
    assertEvents(await c.query('until', [{ authors: [k.pk], until: t + 2, limit: 3 }]), full.filter((e) => e.created_at <= t + 2).slice(0, 3), 'until + limit')
  })

  it('live events arrive after EOSE, only those matching', async () => {
    const sub = await conn('subscriber')
    const pub = await conn('publisher')
    const k = newKey()
    const stored = makeEvent(k, { created_at: nowSec() - 10, content: 'stored' })
    await publishOk(pub, stored)
    assertEvents(await sub.query('live', [{ authors: [k.pk], kinds: [1] }]), [stored], 'stored part')
    const otherAuthor = makeEvent(newKey(), { content: 'not for you' })
    const otherKind = makeEvent(k, { kind: 7, content: '+' })
    const live1 = makeEvent(k, { content: 'live 1' })
    const live2 = makeEvent(k, { content: 'live 2' })
    for (const ev of [otherAuthor, otherKind, live1, live2]) await publishOk(pub, ev)
    assert.deepEqual(plain(await sub.nextEvent('live')), plain(live1))
    assert.deepEqual(plain(await sub.nextEvent('live')), plain(live2))
    assert.deepEqual(sub.peek((m) => m[0] === 'EVENT'), [], 'no other events on the subscription')
  })

  it('CLOSE: no further events on the closed subscription', async () => {
    const sub = await conn('subscriber')
    const pub = await conn('publisher')
    const k = newKey()
    assert.deepEqual(await sub.query('gone', [{ authors: [k.pk] }]), [])
    assert.deepEqual(await sub.query('kept', [{ authors: [k.pk] }]), [])
    const before = makeEvent(k, { content: 'before close' })
    await publishOk(pub, before)
    assert.equal((await sub.nextEvent('gone')).id, before.id)
    assert.equal((await sub.nextEvent('kept')).id, before.id)

    sub.send(['CLOSE', 'gone'])
    // Barrier: a later REQ on the same connection has reached EOSE, so the CLOSE has been handled.
    assert.deepEqual(await sub.query('barrier', [{ ids: [randomHex()] }]), [])
    const after1 = makeEvent(k, { content: 'after close 1' })
    const after2 = makeEvent(k, { content: 'after close 2' })
    await publishOk(pub, after1)
    await publishOk(pub, after2)
    // Both reached the subscription that stays open; had "gone" still been open, they would be there too.
    assert.equal((await sub.nextEvent('kept')).id, after1.id)
    assert.equal((await sub.nextEvent('kept')).id, after2.id)
    assert.deepEqual(sub.peek((m) => m[0] === 'EVENT' && m[1] === 'gone'), [], 'events on the closed subscription')
  })

  it('REQ with an existing subscription id replaces it: only the new filter is served afterwards', async () => {
    const sub = await conn('subscriber')
    const pub = await conn('publisher')
    const [k1, k2] = [newKey(), newKey()]
    const s1 = makeEvent(k1, { created_at: nowSec() - 5, content: 'k1 stored' })
    const s2 = makeEvent(k2, { created_at: nowSec() - 5, content: 'k2 stored' })
    await publishOk(pub, s1)
    await publishOk(pub, s2)
    assertEvents(await sub.query('s', [{ authors: [k1.pk] }]), [s1], 'first filter')
    assertEvents(await sub.query('s', [{ authors: [k2.pk] }]), [s2], 'replacing filter, stored part')
    const l1 = makeEvent(k1, { content: 'k1 live' })
    const l2 = makeEvent(k2, { content: 'k2 live' })
    await publishOk(pub, l1)
    await publishOk(pub, l2)
    assert.equal((await sub.nextEvent('s', { what: 'the k2 live event on the replaced subscription' })).id, l2.id)
    assert.deepEqual(sub.peek((m) => m[0] === 'EVENT' && m[1] === 's' && m[2].pubkey === k1.pk), [], 'old filter events after replacement')
  })

  it('replaceable kinds 0, 3 and 10002 keep only the latest version', async () => {
    const c = await conn('replaceable')
    const t0 = nowSec() - 10_000
    for (const kind of [0, 3, 10002]) {
      const k = newKey()
      const other = newKey()
      const v1 = makeEvent(k, { kind, created_at: t0, content: kind === 0 ? '{"name":"v1"}' : '' })
      const v2 = makeEvent(k, { kind, created_at: t0 + 10, content: kind === 0 ? '{"name":"v2"}' : '', tags: kind === 10002 ? [['r', 'wss://relay.example']] : [] })
      const theirs = makeEvent(other, { kind, created_at: t0 + 5 })
      await publishOk(c, v1, `kind ${kind} v1`)
      await publishOk(c, v2, `kind ${kind} v2`)
      await publishOk(c, theirs, `kind ${kind} other author`)
      assertEvents(await c.query(`r${kind}`, [{ authors: [k.pk], kinds: [kind] }]), [v2], `kind ${kind} after a newer version`)
      assert.deepEqual(await c.query(`r${kind}old`, [{ ids: [v1.id] }]), [], `kind ${kind}: the replaced version is gone`)
      const older = makeEvent(k, { kind, created_at: t0 + 5, content: kind === 0 ? '{"name":"older"}' : 'older' })
      const r = await c.publish(older)
      assert.equal(r.ok, false, `kind ${kind}: an older version must be refused: ${JSON.stringify(r)}`)
      assertPrefix(r.message, 'duplicate', `kind ${kind} older version`)
      assertEvents(await c.query(`r${kind}b`, [{ authors: [k.pk, other.pk], kinds: [kind] }]), [v2, theirs], `kind ${kind}: one per author`)
    }
  })

  it('replaceable kind 0 with equal created_at keeps the lowest id', async () => {
    const c = await conn('ties')
    const k = newKey()
    const t = nowSec() - 2000
    const make = (i) => makeEvent(k, { kind: 0, created_at: t, content: `{"name":"tie ${i}"}` })
    // hi's id in the middle of the range ('4…' to 'b…'), so that a lower one (and then one above
    // that lower one) turns up within a few tries: an id near 0 made this test fail about 1 run in 200.
    let hi = make(0)
    for (let i = 1; !(hi.id >= '4' && hi.id < 'c'); i++) hi = make(1000 + i)
    const lo = eventWithIdRelativeTo(hi.id, true, (i) => make(100 + i))
    const higher = eventWithIdRelativeTo(lo.id, false, (i) => make(400 + i))
    await publishOk(c, hi, 'higher id first')
    assertEvents(await c.query('t1', [{ authors: [k.pk], kinds: [0] }]), [hi], 'only version so far')
    await publishOk(c, lo, 'equal created_at, lower id replaces')
    assertEvents(await c.query('t2', [{ authors: [k.pk], kinds: [0] }]), [lo], 'lower id kept')
    const r = await c.publish(higher)
    if (!r.ok) assertPrefix(r.message, 'duplicate', 'equal created_at, higher id')
    assertEvents(await c.query('t3', [{ authors: [k.pk], kinds: [0] }]), [lo], 'a higher id at equal created_at does not replace')
  })

  it('addressable kind 30023 keeps the latest version per d tag', async () => {
    const c = await conn('addressable')
    const k = newKey()
    const other = newKey()
    const t0 = nowSec() - 20_000
    const art = (key, d, dt, content) => makeEvent(key, { kind: 30023, created_at: t0 + dt, tags: [['d', d], ['title', content]], content })
    const a1 = art(k, 'a', 0, 'a v1')
    const a2 = art(k, 'a', 10, 'a v2')
    const b1 = art(k, 'b', 5, 'b v1')
    const theirs = art(other, 'a', 3, 'other a')
    for (const ev of [a1, a2, b1, theirs]) await publishOk(c, ev)
    assertEvents(await c.query('x1', [{ authors: [k.pk], kinds: [30023] }]), [a2, b1], 'one per d tag')
    assertEvents(await c.query('x2', [{ kinds: [30023], '#d': ['a'], authors: [k.pk, other.pk] }]), [a2, theirs], '#d filter')
    assert.deepEqual(await c.query('x3', [{ ids: [a1.id] }]), [], 'the replaced version is gone')
    const older = art(k, 'a', 1, 'a older')
    const r = await c.publish(older)
    assert.equal(r.ok, false, `older version: ${JSON.stringify(r)}`)
    assertPrefix(r.message, 'duplicate', 'older addressable version')
    const a3 = art(k, 'a', 20, 'a v3')
    await publishOk(c, a3)
    assertEvents(await c.query('x4', [{ authors: [k.pk], kinds: [30023] }]), [a3, b1], 'after a newer version')
  })

  it('ephemeral kinds: OK true, delivered live, never returned by a later REQ', async () => {
    const sub = await conn('subscriber')
    const pub = await conn('publisher')
    const k = newKey()
    assert.deepEqual(await sub.query('eph', [{ authors: [k.pk], kinds: [20001, 29999] }]), [])
    const e1 = makeEvent(k, { kind: 20001, content: 'ephemeral 1' })
    const e2 = makeEvent(k, { kind: 29999, content: 'ephemeral 2' })
    for (const ev of [e1, e2]) {
      const r = await pub.publish(ev)
      assert.equal(r.ok, true, `ephemeral kind ${ev.kind}: ${JSON.stringify(r)}`)
    }
    assert.deepEqual(plain(await sub.nextEvent('eph')), plain(e1))
    assert.deepEqual(plain(await sub.nextEvent('eph')), plain(e2))
    const later = await conn('later')
    assert.deepEqual(await later.query('q1', [{ authors: [k.pk] }]), [], 'REQ by author')
    assert.deepEqual(await later.query('q2', [{ ids: [e1.id, e2.id] }]), [], 'REQ by ids')
  })

  it('200 subscriptions on one connection: each gets its stored events, EOSE and a matching live event', async () => {
    const c = await conn('many-subs')
    const pub = await conn('publisher')
    const k = newKey()
    const run = uniqueTag('sub')
    const N = 200
    const tagOf = (i) => `${run}-${i}`
    const stored = makeEvent(k, { created_at: nowSec() - 30, tags: Array.from({ length: N / 2 }, (_, j) => ['t', tagOf(2 * j)]) })
    await publishOk(pub, stored)
    for (let i = 0; i < N; i++) c.send(['REQ', `s${i}`, { authors: [k.pk], '#t': [tagOf(i)] }])
    for (let i = 0; i < N; i++) {
      const r = await c.collectStored(`s${i}`, { timeoutMs: 30_000 })
      assert.equal(r.eose, true, `subscription s${i} was CLOSED: ${JSON.stringify(r.closed)}`)
      assert.deepEqual(ids(r.events), i % 2 === 0 ? [stored.id] : [], `stored events of s${i}`)
    }
    const live = makeEvent(k, { tags: Array.from({ length: N }, (_, i) => ['t', tagOf(i)]) })
    await publishOk(pub, live)
    for (let i = 0; i < N; i++) {
      const ev = await c.nextEvent(`s${i}`, { timeoutMs: 30_000 })
      assert.equal(ev.id, live.id, `live event on s${i}`)
    }
    assert.deepEqual(c.peek((m) => m[0] === 'EVENT'), [], 'no extra events')
  })

  it('50 concurrent nostr-tools clients each receive everyone\'s events live', async () => {
    const N = 50
    const tag = uniqueTag('crowd')
    const relays = await Promise.all(Array.from({ length: N }, () => pool.connectTools(relay.url)))
    const received = relays.map(() => new Set())
    let eosed = 0
    let allEose
    const eoseDone = new Promise((resolve) => (allEose = resolve))
    let allReceived
    const receivedDone = new Promise((resolve) => (allReceived = resolve))
    const complete = () => received.every((s) => s.size >= N)
    relays.forEach((r, i) =>
      r.subscribe([{ kinds: [1], '#t': [tag] }], {
        onevent: (ev) => {
          received[i].add(ev.id)
          if (complete()) allReceived()
        },
        oneose: () => {
          if (++eosed === N) allEose()
        },
      }),
    )
    await withTimeout(eoseDone, 30_000, () => `EOSE on all ${N} clients (${eosed} so far)`)
    const events = relays.map((_, i) => makeEvent(newKey(), { tags: [['t', tag]], content: `client ${i}` }))
    const reasons = await withTimeout(
      Promise.all(relays.map((r, i) => r.publish(events[i]))),
      30_000,
      `all ${N} publishes to be acknowledged`,
    )
    assert.deepEqual(reasons, events.map(() => ''), 'OK messages')
    await withTimeout(receivedDone, 30_000, () => {
      const counts = received.map((s) => s.size)
      return `every client to receive all ${N} events; received counts: ${counts.join(',')}`
    })
    const want = new Set(ids(events))
    for (const [i, s] of received.entries()) assert.deepEqual(s, want, `client ${i} received exactly the ${N} events`)
  })

  it('malformed JSON, unknown verbs and an oversized message get NOTICE; sender and others keep working', async () => {
    const a = await conn('sender')
    const b = await conn('bystander')
    const k = newKey()
    assert.deepEqual(await b.query('watch', [{ authors: [k.pk] }]), [])
    for (const bad of ['["EVENT", {"id": ', 'this is not json', '{"not":"an array"}', '["HELLO","world"]', '[]']) {
      a.send(bad)
      const m = await a.next((m) => m[0] === 'NOTICE', { what: `a NOTICE for ${JSON.stringify(bad)}` })
      assert.equal(m.length, 2, `NOTICE shape: ${JSON.stringify(m)}`)
      assertPrefix(m[1], 'invalid', `NOTICE for ${JSON.stringify(bad)}`)
    }
    const big = makeEvent(k, { content: 'x'.repeat(140_000) })
    const bigText = JSON.stringify(['EVENT', big])
    assert.ok(Buffer.byteLength(bigText) > DEFAULT_LIMITS.max_message_length)
    a.send(bigText)
    const notice = await a.next((m) => m[0] === 'NOTICE', { what: 'a NOTICE for the oversized message' })
    assert.match(notice[1], /^invalid: message too large/, `NOTICE for the oversized message: ${JSON.stringify(notice)}`)
    assert.ok(a.isOpen, `the sender was disconnected: ${JSON.stringify(a.closeInfo)}`)

    const small = makeEvent(k, { content: 'still here' })
    await publishOk(a, small, 'sender after the oversized message')
    assert.equal((await b.nextEvent('watch')).id, small.id, 'the bystander gets the next event')
    const fromB = makeEvent(k, { content: 'bystander publishes' })
    await publishOk(b, fromB, 'bystander')
    assertEvents(await a.query('after', [{ authors: [k.pk] }]), [fromB, small].sort(newestFirst), 'sender can still REQ')
    assert.deepEqual(a.peek((m) => m[0] === 'OK' && m[1] === big.id), [], 'no OK for the oversized event')
    assert.ok(a.isOpen && b.isOpen, 'both connections are still open')
  })

  it('bad filters get CLOSED "invalid:" or "unsupported:"; the connection stays usable', async () => {
    const c = await conn('badfilter')
    const cases = [
      ['ids not hex', { ids: ['not-hex'] }],
      ['authors not hex', { authors: ['zz'] }],
      ['kinds not an array', { kinds: '1' }],
      ['kind not a number', { kinds: ['one'] }],
      ['since not a number', { since: 'yesterday' }],
      ['limit not a number', { limit: 'ten' }],
      ['tag filter not an array', { '#t': 'x' }],
    ]
    for (const [i, [what, filter]] of cases.entries()) {
      c.send(['REQ', `bad${i}`, filter])
      const m = await refusal(c, `bad${i}`, what)
      assert.equal(m[0], 'CLOSED', `${what}: expected CLOSED, got ${JSON.stringify(m)}`)
      assertPrefix(m[2], ['invalid', 'unsupported'], what)
    }
    const ev = makeEvent(newKey(), { content: 'after bad filters' })
    await publishOk(c, ev)
    assertEvents(await c.query('good', [{ ids: [ev.id] }]), [ev], 'after bad filters')
  })

  it('created_at too far in the future is refused "invalid:"; within the window it is accepted', async () => {
    const c = await conn('future')
    const k = newKey()
    const tooFar = makeEvent(k, { created_at: nowSec() + 3600, content: 'from the future' })
    const nearFuture = makeEvent(k, { created_at: nowSec() + 60, content: 'a little ahead' })
    const old = makeEvent(k, { created_at: 1_000_000_000, content: 'from 2001' }) // lower limit 0 = unlimited
    const r = await c.publish(tooFar)
    assert.equal(r.ok, false, `an hour ahead (upper limit 900 s): ${JSON.stringify(r)}`)
    assertPrefix(r.message, 'invalid', 'an hour ahead')
    await publishOk(c, nearFuture, 'a minute ahead')
    await publishOk(c, old, 'created_at in 2001')
    assertEvents(await c.query('f', [{ authors: [k.pk] }]), [nearFuture, old], 'stored')
  })

  it('NIP-11 document with CORS headers on GET and OPTIONS', async () => {
    const res = await fetchNip11(relay.port, { Origin: 'http://example.test' })
    assert.equal(res.status, 200, `status; body: ${res.body.slice(0, 500)}`)
    assert.match(String(res.headers['content-type']), /^application\/nostr\+json/, 'content-type')
    assert.equal(res.headers['access-control-allow-origin'], '*')
    assert.ok(res.headers['access-control-allow-headers'], 'Access-Control-Allow-Headers is missing')
    assert.ok(res.headers['access-control-allow-methods'], 'Access-Control-Allow-Methods is missing')
    const doc = JSON.parse(res.body)
    assert.ok(Array.isArray(doc.supported_nips), `supported_nips: ${JSON.stringify(doc.supported_nips)}`)
    assert.ok(doc.supported_nips.includes(1) && doc.supported_nips.includes(11), `supported_nips: ${JSON.stringify(doc.supported_nips)}`)
    for (const [key, value] of Object.entries(DEFAULT_LIMITS)) assert.equal(doc.limitation?.[key], value, `limitation.${key}`)

    const pre = await httpRequest(relay.port, {
      method: 'OPTIONS',
      headers: { Origin: 'http://example.test', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'accept' },
    })
    assert.ok(pre.status >= 200 && pre.status < 300, `OPTIONS status ${pre.status}`)
    assert.equal(pre.headers['access-control-allow-origin'], '*', 'OPTIONS Access-Control-Allow-Origin')
    assert.ok(pre.headers['access-control-allow-headers'], 'OPTIONS Access-Control-Allow-Headers is missing')
    assert.ok(pre.headers['access-control-allow-methods'], 'OPTIONS Access-Control-Allow-Methods is missing')
    assert.match(pre.headers['access-control-allow-methods'], /GET/, 'OPTIONS Access-Control-Allow-Methods')
  })
})

describe('limits from the --config file', () => {
  let relay
  const pool = new ClientPool()
  const conn = (label) => pool.connect(relay.url, { label })

  before(async () => {
    relay = await startRelay({ config: { relay: CUSTOM_RELAY, limits: CUSTOM_LIMITS } })
  })
  afterEach(() => pool.closeAll())
  after(async () => {
    await pool.closeAll()
    if (relay) await relay.stop()
  })

  it('the NIP-11 document shows the configured name, description and limitation', async () => {
    const res = await fetchNip11(relay.port)
    assert.equal(res.status, 200)
    const doc = JSON.parse(res.body)
    assert.equal(doc.name, CUSTOM_RELAY.name)
    assert.equal(doc.description, CUSTOM_RELAY.description)
    for (const [key, value] of Object.entries(CUSTOM_LIMITS)) assert.equal(doc.limitation?.[key], value, `limitation.${key}`)
  })

  it('max_subscriptions: one more is CLOSED "blocked:"; after a CLOSE there is room again', async () => {
    const c = await conn('subs')
    for (let i = 0; i < CUSTOM_LIMITS.max_subscriptions; i++) assert.deepEqual(await c.query(`s${i}`, [{ ids: [randomHex()] }]), [])
    c.send(['REQ', 'extra', { ids: [randomHex()] }])
    const m = await refusal(c, 'extra', 'a subscription over max_subscriptions')
    assert.equal(m[0], 'CLOSED', `expected CLOSED, got ${JSON.stringify(m)}`)
    assertPrefix(m[2], 'blocked', 'subscription over the limit')
    // Replacing an existing subscription is not a new one.
    assert.deepEqual(await c.query('s0', [{ ids: [randomHex()] }]), [], 'replacing s0')
    c.send(['CLOSE', 's1'])
    assert.deepEqual(await c.query('again', [{ ids: [randomHex()] }]), [], 'a new subscription after CLOSE')
  })

  it('max_filters: a REQ with one filter too many is CLOSED', async () => {
    const c = await conn('filters')
    const f = () => ({ ids: [randomHex()] })
    assert.deepEqual(await c.query('ok', [f(), f(), f()]), [])
    c.send(['REQ', 'toomany', f(), f(), f(), f()])
    const m = await refusal(c, 'toomany', 'a REQ over max_filters')
    assert.equal(m[0], 'CLOSED', `expected CLOSED, got ${JSON.stringify(m)}`)
    assertPrefix(m[2], ['invalid', 'blocked', 'unsupported'], 'too many filters')
  })

  it('max_subid_length: a longer subscription id is refused', async () => {
    const c = await conn('subid')
    const okId = 'x'.repeat(CUSTOM_LIMITS.max_subid_length)
    assert.deepEqual(await c.query(okId, [{ ids: [randomHex()] }]), [])
    const longId = 'y'.repeat(CUSTOM_LIMITS.max_subid_length + 1)
    c.send(['REQ', longId, { ids: [randomHex()] }])
    const m = await refusal(c, longId, 'a subscription id over max_subid_length')
    assert.notEqual(m[0], 'EOSE', 'the long subscription id was accepted')
    assertPrefix(m[m.length - 1], ['invalid', 'blocked', 'unsupported'], 'long subscription id')
  })

  it('default_limit and max_limit cap the stored events of a REQ', async () => {
    const c = await conn('limits')
    const k = newKey()
    const events = Array.from({ length: 10 }, (_, i) => makeEvent(k, { created_at: nowSec() - 100 + i, content: `n${i}` }))
    for (const ev of events) await publishOk(c, ev)
    const full = [...events].sort(newestFirst)
    assertEvents(await c.query('dflt', [{ authors: [k.pk] }]), full.slice(0, CUSTOM_LIMITS.default_limit), 'no limit: default_limit')
    assertEvents(await c.query('max', [{ authors: [k.pk], limit: 100 }]), full.slice(0, CUSTOM_LIMITS.max_limit), 'limit 100: max_limit')
    assertEvents(await c.query('two', [{ authors: [k.pk], limit: 2 }]), full.slice(0, 2), 'limit 2')
  })

  it('max_event_tags, max_content_length and the created_at window refuse events "invalid:"', async () => {
    const c = await conn('events')
    const k = newKey()
    const tags = (n) => Array.from({ length: n }, (_, i) => ['t', `tag${i}`])
    const now = nowSec()
    const accepted = [
      ['max_event_tags tags', makeEvent(k, { tags: tags(CUSTOM_LIMITS.max_event_tags) })],
      ['max_content_length characters', makeEvent(k, { content: 'c'.repeat(CUSTOM_LIMITS.max_content_length) })],
      ['half the lower limit in the past', makeEvent(k, { created_at: now - CUSTOM_LIMITS.created_at_lower_limit / 2 })],
      ['10 s in the future', makeEvent(k, { created_at: now + 10 })],
    ]
    const refused = [
      ['one tag too many', makeEvent(k, { tags: tags(CUSTOM_LIMITS.max_event_tags + 1) })],
      ['one character too many', makeEvent(k, { content: 'c'.repeat(CUSTOM_LIMITS.max_content_length + 1) })],
      ['twice the lower limit in the past', makeEvent(k, { created_at: now - 2 * CUSTOM_LIMITS.created_at_lower_limit })],
      ['10 times the upper limit in the future', makeEvent(k, { created_at: now + 10 * CUSTOM_LIMITS.created_at_upper_limit })],
    ]
    for (const [what, ev] of accepted) await publishOk(c, ev, what)
    for (const [what, ev] of refused) {
      const r = await c.publish(ev)
      assert.equal(r.ok, false, `${what}: ${JSON.stringify(r)}`)
      assertPrefix(r.message, 'invalid', what)
    }
    const stored = await c.query('stored', [{ authors: [k.pk] }])
    assert.deepEqual(new Set(ids(stored)), new Set(accepted.map(([, ev]) => ev.id)), 'only the accepted events are stored')
  })

  it('max_message_length: a longer message gets NOTICE "invalid: message too large" and the connection stays usable', async () => {
    const c = await conn('big')
    const k = newKey()
    const big = ['REQ', 'big', { ids: Array.from({ length: 80 }, () => randomHex()) }]
    assert.ok(Buffer.byteLength(JSON.stringify(big)) > CUSTOM_LIMITS.max_message_length)
    c.send(big)
    const m = await c.next((m) => m[0] === 'NOTICE' || (m[1] === 'big' && (m[0] === 'EOSE' || m[0] === 'CLOSED')), {
      what: 'a NOTICE for the oversized message',
    })
    assert.equal(m[0], 'NOTICE', `expected NOTICE, got ${JSON.stringify(m)}`)
    assert.match(m[1], /^invalid: message too large/)
    assert.ok(c.isOpen, 'the connection was closed')
    const ev = makeEvent(k, { content: 'small' })
    await publishOk(c, ev)
    assertEvents(await c.query('small', [{ ids: [ev.id] }]), [ev], 'after the oversized message')
  })
})
