// e2e.syncpeers: the SyncManager (issue 10) with three real `roost --no-gui` processes on loopback.
// A gets two peers by a live edit of its config file: B (both, live; B has NIP-77 switched off, so A
// syncs it by REQ and says so) and C (both, periodic). The first runs converge all three stores; in
// live mode an event published on A reaches B at once, one published on B reaches A, and a kind 5
// deletion travels too. B going down moves A's peer to backing off (/metrics); when B comes back on
// its port, A reconnects and what A stored meanwhile arrives, nothing lost or doubled. C follows its
// owner's relay list (kind 10002): storing the list adds a discovered peer without a restart, and a
// newer list without that relay removes it. A live peer that wants NIP-42 AUTH for everything gets
// it from both the run and the live link (the relay's own key).
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { cleanup, iniText, makeTempDir, runRoost, startRelay } from './lib/relay.mjs'
import { ClientPool } from './lib/client.mjs'
import { httpRequest, nip86Call } from './lib/http.mjs'
import { makeEvent, newKey, nowSec, uniqueTag } from './lib/events.mjs'

const pool = new ClientPool()
after(async () => {
  await pool.closeAll()
  await cleanup()
})

/** The /metrics body of a relay. */
async function metrics(relay) {
  const r = await httpRequest(relay.port, { path: '/metrics' })
  assert.equal(r.status, 200)
  return r.body
}

/**
 * Scrapes /metrics until `predicate(body)` holds (a state has no message to await: the scrape is
 * the observation), failing after `timeoutMs`. Returns the body.
 */
async function metricsUntil(relay, predicate, what, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const body = await metrics(relay)
    if (predicate(body)) return body
    if (Date.now() > deadline) assert.fail(`${what}; last /metrics:\n${body}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** The state label that is 1 for `peer` in roost_sync_peer_state, or null when the peer is not listed. */
function peerState(body, peer) {
  const re = /^roost_sync_peer_state\{peer="([^"]*)",state="([^"]*)"\} 1$/gm
  for (const m of body.matchAll(re)) if (m[1] === peer) return m[2]
  return null
}

function peerInfo(body, peer) {
  const re = /^roost_sync_peer_info\{peer="([^"]*)",direction="([^"]*)",mode="([^"]*)",discovered="([^"]*)",negentropy="([^"]*)"\} 1$/gm
  for (const m of body.matchAll(re)) if (m[1] === peer) return { direction: m[2], mode: m[3], discovered: m[4], negentropy: m[5] }
  return null
}

/**
 * Opens a subscription for `ids` on `relay` and resolves once every one of them was seen, stored or live.
 * Resolves with the events in the order seen.
 */
async function awaitIds(relay, ids, label) {
  const c = await pool.connect(relay.url, { label })
  const sub = uniqueTag('ids')
  const want = new Set(ids)
  const seen = []
  c.send(['REQ', sub, { ids }])
  while (want.size) {
    const m = await c.next((m) => m[0] === 'EVENT' && m[1] === sub, { timeoutMs: 20_000, what: `${label}: events ${[...want].join(',')}` })
    if (want.delete(m[2].id)) seen.push(m[2])
  }
  await c.close()
  return seen
}

/** Awaits the live EVENT with `id` on subscription `sub` of client `c` (others are skipped). */
async function awaitLive(c, sub, id) {
  const m = await c.next((m) => m[0] === 'EVENT' && m[1] === sub && m[2].id === id, { timeoutMs: 10_000, what: `event ${id} on ${sub}` })
  return m[2]
}

async function stored(relay, filter) {
  const c = await pool.connect(relay.url)
  const events = await c.query(uniqueTag('q'), [filter])
  await c.close()
  return events
}

async function publish(relay, event) {
  const c = await pool.connect(relay.url)
  const ok = await c.publish(event)
  assert.equal(ok.ok, true, JSON.stringify(ok))
  await c.close()
}

/** A client of `relay` that has answered its NIP-42 challenge with `key` (for relays that want AUTH). */
async function authedClient(relay, key, label) {
  const c = await pool.connect(relay.url, { label })
  const challenge = (await c.next((m) => m[0] === 'AUTH', { what: 'the AUTH challenge' }))[1]
  const auth = makeEvent(key, { kind: 22242, tags: [['relay', relay.url], ['challenge', challenge]], created_at: nowSec() })
  c.send(['AUTH', auth])
  const ok = await c.awaitOk(auth.id)
  assert.equal(ok.ok, true, `AUTH refused: ${ok.message}`)
  return c
}

describe('sync peers', () => {
  it('periodic and live peers converge; deletions travel; a peer that goes down backs off and recovers; the owner relay list adds peers', async () => {
    const key = newKey()
    const owner = newKey()
    const tag = uniqueTag('syncpeers')
    const note = (content, extra = {}) => makeEvent(key, { kind: 1, content, tags: [['t', tag]], ...extra })

    const admin = newKey()
    const a = await startRelay({ config: { relay: { name: 'A' }, access: { owner_pubkeys: admin.pk } } })
    const b = await startRelay({ config: { negentropy: { enabled: 'false' } } })
    const c = await startRelay({ config: { access: { owner_pubkeys: owner.pk }, sync: { follow_relay_list: 'true' } } })

    const a0 = note('on A before the peers')
    const b0 = note('on B before the peers')
    const c0 = note('on C before the peers')
    await publish(a, a0)
    await publish(b, b0)
    await publish(c, c0)

    // A live edit of A's config adds both peers.
    const bOk = a.waitForLine(new RegExp(`sync peer ${b.url}: ok .*by REQ`), 20_000)
    const bLive = a.waitForLine(new RegExp(`sync peer ${b.url}: live link open`), 20_000)
    const cOk = a.waitForLine(new RegExp(`sync peer ${c.url}: ok .*NIP-77`), 20_000)
    await writeFile(a.configFile, (await readFile(a.configFile, 'utf8')) + `[sync]\npeer=${b.url} both live\npeer=${c.url} both periodic every=60\n`)
    await Promise.all([bOk, cOk, bLive])

    await awaitIds(a, [b0.id, c0.id], 'A has what B and C had')
    await awaitIds(b, [a0.id], 'B has what A had')
    await awaitIds(c, [a0.id], 'C has what A had')
    let body = await metrics(a)
    assert.equal(peerState(body, b.url), 'live', body)
    assert.equal(peerState(body, c.url), 'idle', body)
    assert.deepEqual(peerInfo(body, b.url), { direction: 'both', mode: 'live', discovered: 'false', negentropy: 'false' })
    assert.deepEqual(peerInfo(body, c.url), { direction: 'both', mode: 'periodic', discovered: 'false', negentropy: 'true' })

    // Live: up from A to B, down from B to A, and a deletion request.
    const onB = await pool.connect(b.url, { label: 'B live' })
    onB.send(['REQ', 'live', { '#t': [tag], since: a0.created_at }])
    await onB.collectStored('live')
    const onA = await pool.connect(a.url, { label: 'A live' })
    onA.send(['REQ', 'live', { '#t': [tag], since: a0.created_at }])
    await onA.collectStored('live')

    const a1 = note('published on A, live')
    await publish(a, a1)
    await awaitLive(onB, 'live', a1.id)
    const b1 = note('published on B, live')
    await publish(b, b1)
    await awaitLive(onA, 'live', b1.id)
    const del = makeEvent(key, { kind: 5, tags: [['e', a1.id], ['t', tag]], content: 'delete a1' })
    await publish(a, del)
    await awaitLive(onB, 'live', del.id)
    assert.deepEqual(await stored(b, { ids: [a1.id] }), [], 'the deletion request removed a1 on B')
    await onA.close()
    await onB.close()

    // B goes down: A's peer backs off. A stores more meanwhile; B comes back on its port and gets it.
    const lost = a.waitForLine(new RegExp(`sync peer ${b.url}: live link lost`), 10_000)
    const failed = a.waitForLine(new RegExp(`sync peer ${b.url} failed: .*`), 20_000)
    const bPort = b.port
    await b.kill()
    await lost
    await failed
    body = await metricsUntil(a, (text) => ['backing off', 'failing'].includes(peerState(text, b.url)), 'B backing off')
    assert.match(body, new RegExp(`roost_sync_peer_consecutive_failures\\{peer="${b.url}"\\} [1-9]`))
    // NIP-86 listsyncpeers carries the state too.
    const listed = await nip86Call(a.port, { method: 'listsyncpeers', params: [] }, admin)
    assert.equal(listed.status, 200, listed.text)
    const bListed = listed.json.result.find((p) => p.url === b.url)
    assert.equal(bListed.peer, `${b.url} both live`)
    assert.ok(bListed.failures >= 1 && bListed.negentropy === false && bListed.discovered === false, JSON.stringify(bListed))
    assert.match(bListed.last_error, /connection refused|closed the connection/, JSON.stringify(bListed))
    assert.equal(listed.json.result.find((p) => p.url === c.url).state, 'idle')
    const a2 = note('stored on A while B was down')
    await publish(a, a2)
    const back = a.waitForLine(new RegExp(`sync peer ${b.url}: ok`), 30_000)
    const backLive = a.waitForLine(new RegExp(`sync peer ${b.url}: live link open`), 30_000)
    const b2 = await startRelay({ dataDir: b.dataDir, config: { negentropy: { enabled: 'false' } }, extraArgs: ['--port', String(bPort)] })
    assert.equal(b2.url, b.url)
    await back
    await backLive
    await awaitIds(b2, [a2.id], 'B has what A stored while it was down')
    body = await metrics(a)
    assert.equal(peerState(body, b.url), 'live', body)
    assert.match(body, new RegExp(`roost_sync_peer_consecutive_failures\\{peer="${b.url}"\\} 0`))
    const expected = [a0, b0, c0, b1, a2, del].map((e) => e.id).sort()
    const onBNow = (await stored(b2, { '#t': [tag] })).map((e) => e.id).sort()
    const onANow = (await stored(a, { '#t': [tag] })).map((e) => e.id).sort()
    assert.deepEqual(onANow, expected, 'A: nothing lost, nothing doubled, a1 deleted')
    assert.deepEqual(onBNow, expected, 'B: nothing lost, nothing doubled, a1 deleted')

    // C follows its owner's relay list: a kind 10002 naming B as a write relay adds a live down peer.
    const added = c.waitForLine(new RegExp(`the owner's relay list gives 1 peers: ${b.url}`), 10_000)
    const ownerNote = makeEvent(owner, { kind: 1, content: 'the owner wrote this on B', tags: [['t', tag]] })
    await publish(b2, ownerNote)
    await publish(c, makeEvent(owner, { kind: 10002, tags: [['r', b.url, 'write'], ['r', 'wss://read.example', 'read']] }))
    await added
    await awaitIds(c, [ownerNote.id], 'C has the owner note from B')
    body = await metrics(c)
    assert.deepEqual(peerInfo(body, b.url), { direction: 'down', mode: 'live', discovered: 'true', negentropy: 'false' })
    assert.equal(peerInfo(body, 'wss://read.example'), null, 'a read relay is not followed unless follow_relay_list_up')
    assert.ok(!(await readFile(c.configFile, 'utf8')).includes(b.url), 'discovered peers stay out of the config file')
    assert.deepEqual(await stored(c, { ids: [b1.id, a2.id] }), [], "the discovered peer brings the owner's events only")
    const removed = c.waitForLine(/the owner's relay list gives 0 peers/, 10_000)
    await publish(c, makeEvent(owner, { kind: 10002, created_at: Math.floor(Date.now() / 1000) + 1, tags: [['r', 'wss://read.example', 'read']] }))
    await removed
    body = await metrics(c)
    assert.equal(peerInfo(body, b.url), null, body + c.output())

    // Health survives a restart: A's file names both peers, and after a restart the periodic peer C
    // keeps its last success and is not due again before its period.
    body = await metrics(a)
    const lastSuccess = (text) => Number(new RegExp(`^roost_sync_peer_last_success_seconds\\{peer="${c.url}"\\} (\\d+)$`, 'm').exec(text)?.[1])
    const cLastSuccess = lastSuccess(body)
    assert.ok(cLastSuccess > 0, body)
    await a.stop()
    const health = JSON.parse(await readFile(path.join(a.dataDir, 'sync-health.json'), 'utf8'))
    assert.ok(health[b.url].last_success > 0 && health[c.url].last_success > 0, JSON.stringify(health))
    assert.equal(health[b.url].no_negentropy, true)
    // `roost peers` shows each peer with the state and counts the relay saved.
    const listed2 = await runRoost(['peers', '--config', a.configFile], { dataDir: a.dataDir })
    assert.equal(listed2.code, 0, listed2.stderr)
    for (const url of [b.url, c.url]) {
      const block = new RegExp(`^${url.replace(/[.]/g, '\\.')} [^\\n]*\\n  state: ([^\\n]+)\\n  last sync: (\\d{4}-\\d\\d-\\d\\d [\\d:]+)\\n  events down/up: (\\d+) / (\\d+)`, 'm').exec(listed2.stdout)
      assert.ok(block, listed2.stdout)
      assert.equal(Number(block[3]) + Number(block[4]), Number(health[url].events_down) + Number(health[url].events_up), listed2.stdout)
    }
    const a2r = await startRelay({ dataDir: a.dataDir, config: { sync: { peer: `${c.url} both periodic every=60` } } })
    body = await metricsUntil(a2r, (text) => peerState(text, c.url) !== null, 'C listed after the restart')
    assert.equal(lastSuccess(body), cLastSuccess, body)
    assert.equal(peerState(body, c.url), 'idle', body)
    assert.ok(Number(new RegExp(`^roost_sync_peer_next_attempt_seconds\\{peer="${c.url}"\\} (\\d+)$`, 'm').exec(body)?.[1]) >= cLastSuccess + 3600, body)

    await Promise.all([a2r.stop(), b2.stop(), c.stop()])
  })

  it('roost sync --peers runs every enabled peer once and says which failed', async () => {
    const remote = await startRelay()
    const event = makeEvent(newKey(), { kind: 1, content: 'fetched by roost sync --peers' })
    await publish(remote, event)
    const dir = await makeTempDir()
    const dataDir = path.join(dir, 'data')
    const configFile = path.join(dir, 'roost.ini')
    await writeFile(configFile, iniText({ sync: { peer: `${remote.url} down` } }) + 'peer=ws://127.0.0.1:1 both\npeer=ws://127.0.0.1:2 down disabled\n')
    let r = await runRoost(['sync', '--peers', '--config', configFile], { dataDir })
    assert.equal(r.code, 1, r.stderr)
    assert.match(r.stdout, new RegExp(`^peer ${remote.url}: ok$`, 'm'))
    assert.match(r.stdout, /^peer ws:\/\/127\.0\.0\.1:1: failed: cannot connect to ws:\/\/127\.0\.0\.1:1: Connection refused$/m)
    assert.ok(!r.stdout.includes('127.0.0.1:2'), 'a disabled peer is not run')
    assert.match(r.stderr, /1 of 2 sync peers failed/)
    r = await runRoost(['scan', JSON.stringify({ ids: [event.id] }), '--config', configFile], { dataDir })
    assert.equal(r.code, 0, r.stderr)
    assert.equal(JSON.parse(r.stdout.trim()).id, event.id)
    await writeFile(configFile, iniText({ sync: { peer: `${remote.url} down` } }))
    r = await runRoost(['sync', '--peers', '--config', configFile], { dataDir })
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /^ {2}added: 0$/m)
    await remote.stop()
  })

  it('a live peer that wants NIP-42 AUTH gets it (the relay key); events travel both ways live', async () => {
    const key = newKey()
    const tag = uniqueTag('authpeer')
    const note = (content) => makeEvent(key, { kind: 1, content, tags: [['t', tag]] })
    // P answers nothing (REQ CLOSED, EVENT refused) before AUTH; any authenticated key may read and write.
    const p = await startRelay({ config: { access: { min_level_connection: 1 } } })
    const a = await startRelay({ config: { relay: { name: 'A' } } })
    const onP = await authedClient(p, newKey(), 'P client')
    const p0 = note('on P before the peer')
    assert.equal((await onP.publish(p0)).ok, true)
    const a0 = note('on A before the peer')
    await publish(a, a0)

    const ok = a.waitForLine(new RegExp(`sync peer ${p.url}: ok`), 20_000)
    const live = a.waitForLine(new RegExp(`sync peer ${p.url}: live link open`), 20_000)
    await writeFile(a.configFile, (await readFile(a.configFile, 'utf8')) + `[sync]\npeer=${p.url} both live\n`)
    await Promise.all([ok, live])
    await awaitIds(a, [p0.id], 'A has what P had')
    onP.send(['REQ', 'live', { '#t': [tag] }])
    const before = (await onP.collectStored("live")).events
    assert.deepEqual(new Set(before.map((e) => e.id)), new Set([p0.id, a0.id]), 'P has what A had (the run authenticated)')

    // Live, through the link's own AUTH: A's next event goes up, P's next one comes down.
    const onA = await pool.connect(a.url, { label: 'A live' })
    onA.send(['REQ', 'live', { '#t': [tag], since: a0.created_at }])
    await onA.collectStored('live')
    const a1 = note('published on A, live')
    await publish(a, a1)
    await awaitLive(onP, 'live', a1.id)
    const p1 = note('published on P, live')
    assert.equal((await onP.publish(p1)).ok, true)
    await awaitLive(onA, 'live', p1.id)
    const body = await metrics(a)
    assert.equal(peerState(body, p.url), 'live', body)
    assert.doesNotMatch(a.output(), /sync peer \S+ failed|live link lost/, "the link never failed")
    await onA.close()
  })
})
