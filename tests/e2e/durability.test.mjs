// e2e.durability: several connections publish a pipelined burst; the relay is killed (SIGKILL) or stopped
// (SIGTERM) mid-burst; after a restart on the same data dir every event that got OK true must be there.
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import WebSocket from 'ws'
import { cleanup, startRelay, withTimeout } from './lib/relay.mjs'
import { RawClient } from './lib/client.mjs'
import { ids, makeEvent, newKey, nowSec, plain, uniqueTag } from './lib/events.mjs'

const WINDOW = 400 // events in flight (sent, not yet answered) per connection: pipelined, never one at a time
const QUERY_CHUNK = 200

/** Pre-signed events: `connections` authors, `perConnection` events each. */
function makeBatches(connections, perConnection, label) {
  const run = uniqueTag(label)
  const now = nowSec()
  return Array.from({ length: connections }, (_, c) => {
    const k = newKey()
    return Array.from({ length: perConnection }, (_, i) =>
      makeEvent(k, { created_at: now - (i % 3000), tags: [['t', run], ['n', String(i)]], content: `${label} ${c}/${i} ${'x'.repeat(200)}` }),
    )
  })
}

/**
 * Publishes every batch on its own connection, keeping up to WINDOW events in flight per connection.
 * `onOk(total)` is called after every OK true. stopSending() makes all senders stop sending.
 * Resolves when every connection is closed (they close when the relay goes away).
 */
function burst(url, batches, onOk) {
  const state = { sent: 0, acked: new Set(), refused: [], stopped: false, okTotal: 0, closes: [] }
  const senders = batches.map((events, c) => {
    const ws = new WebSocket(url, { perMessageDeflate: false })
    let next = 0
    let inFlight = 0
    const pump = () => {
      while (!state.stopped && inFlight < WINDOW && next < events.length && ws.readyState === WebSocket.OPEN) {
        ws.send(JSON.stringify(['EVENT', events[next++]]))
        inFlight++
        state.sent++
      }
    }
    ws.on('open', pump)
    ws.on('error', () => {}) // the relay is killed under us: ECONNRESET etc. are expected; 'close' follows
    ws.on('message', (data) => {
      const m = JSON.parse(data.toString('utf8'))
      if (m[0] !== 'OK') return
      inFlight--
      if (m[2] === true) {
        state.acked.add(m[1])
        state.okTotal++
        onOk(state.okTotal)
      } else {
        state.refused.push(m)
      }
      pump()
    })
    return new Promise((resolve) => ws.on('close', (code) => resolve(code)))
  })
  state.allClosed = Promise.all(senders)
  state.stopSending = () => {
    state.stopped = true
  }
  return state
}

/** Queries the relay for `wanted` ids in chunks; returns Map id -> event as served. */
async function fetchByIds(url, wanted) {
  const client = await RawClient.connect(url, { label: 'checker' })
  try {
    const found = new Map()
    for (let i = 0; i < wanted.length; i += QUERY_CHUNK) {
      const chunk = wanted.slice(i, i + QUERY_CHUNK)
      const events = await client.query(`c${i}`, [{ ids: chunk, limit: chunk.length }], { timeoutMs: 30_000 })
      client.send(['CLOSE', `c${i}`])
      for (const ev of events) found.set(ev.id, ev)
    }
    return found
  } finally {
    await client.close()
  }
}

function report(t, what, { sent, total, ackedAtStop, state, found }) {
  const acked = [...state.acked]
  const ackedFound = acked.filter((id) => found.has(id)).length
  const unackedFound = found.size - ackedFound
  const line =
    `${what}: prepared ${total}, sent ${sent}, OK true ${acked.length} (${ackedAtStop} when the signal was sent), ` +
    `OK false ${state.refused.length}; after restart found ${found.size}: ${ackedFound} of the acknowledged, ${unackedFound} unacknowledged`
  t.diagnostic(line)
}

function checkFound(all, state, found) {
  const byId = new Map(all.map((ev) => [ev.id, ev]))
  for (const [id, ev] of found) assert.deepEqual(ev, plain(byId.get(id)), `event ${id} came back changed`)
  const missing = [...state.acked].filter((id) => !found.has(id))
  assert.equal(
    missing.length,
    0,
    `${missing.length} of ${state.acked.size} events acknowledged with OK true are missing after the restart, e.g. ${missing.slice(0, 5).join(', ')}`,
  )
}

after(cleanup)

describe('durability', () => {
  it('SIGKILL mid-burst: every event acknowledged with OK true is there after a restart', { timeout: 280_000 }, async (t) => {
    const CONNECTIONS = 4
    const KILL_AFTER_OKS = 600
    // At the kill at most KILL_AFTER_OKS + CONNECTIONS * WINDOW events have been sent, so this many
    // always leaves some unsent (asserted below); more would only cost signing time (~2.5 ms each).
    const PER_CONNECTION = Math.ceil((KILL_AFTER_OKS + CONNECTIONS * WINDOW) / CONNECTIONS) + 100
    const batches = makeBatches(CONNECTIONS, PER_CONNECTION, 'kill')
    const all = batches.flat()

    const relay = await startRelay()
    let ackedAtKill = -1
    let onKilled
    const killed = new Promise((resolve) => (onKilled = resolve))
    const state = burst(relay.url, batches, (total) => {
      if (ackedAtKill >= 0 || total < KILL_AFTER_OKS) return
      ackedAtKill = total
      state.stopSending()
      relay.child.kill('SIGKILL')
      onKilled()
    })
    await withTimeout(killed, 120_000, () => `${KILL_AFTER_OKS} OK true (${state.okTotal} so far, ${state.sent} sent, ${state.refused.length} OK false: ${JSON.stringify(state.refused.slice(0, 3))})`)
    await relay.kill()
    assert.equal(relay.exit.signal, 'SIGKILL', `the relay was not killed by SIGKILL but ${relay.describeExit()}`)
    // OKs already on the wire still count: wait until every connection has seen the close.
    await withTimeout(state.allClosed, 20_000, 'the client connections to close after the relay was killed')
    const sent = state.sent
    assert.ok(sent < all.length, `the burst was not interrupted: all ${all.length} events were sent before the kill`)

    const restarted = await startRelay({ dataDir: relay.dataDir })
    const found = await fetchByIds(restarted.url, ids(all))
    report(t, 'SIGKILL', { sent, total: all.length, ackedAtStop: ackedAtKill, state, found })
    assert.deepEqual(state.refused.slice(0, 5), [], 'valid new events must not be refused')
    checkFound(all, state, found)

    // The restarted relay works normally and stops cleanly.
    const c = await RawClient.connect(restarted.url, { label: 'after-restart' })
    const ev = makeEvent(newKey(), { content: 'after the crash' })
    assert.deepEqual(await c.publish(ev), { ok: true, message: '' })
    await c.close()
    await restarted.stop()
  })

  it('SIGTERM mid-burst: exit code 0 and every event acknowledged with OK true is there after a restart', { timeout: 200_000 }, async (t) => {
    const CONNECTIONS = 3
    const PER_CONNECTION = 600
    const STOP_AFTER_OKS = 300
    const batches = makeBatches(CONNECTIONS, PER_CONNECTION, 'term')
    const all = batches.flat()

    const relay = await startRelay()
    let ackedAtStop = -1
    let stopping
    let onStop
    const stopSent = new Promise((resolve) => (onStop = resolve))
    const state = burst(relay.url, batches, (total) => {
      if (ackedAtStop >= 0 || total < STOP_AFTER_OKS) return
      ackedAtStop = total
      state.stopSending()
      stopping = relay.stop() // SIGTERM; rejects unless the exit code is 0 (awaited below)
      stopping.catch(() => {})
      onStop()
    })
    await withTimeout(stopSent, 120_000, () => `${STOP_AFTER_OKS} OK true (${state.okTotal} so far, ${state.sent} sent)`)
    await stopping
    await withTimeout(state.allClosed, 20_000, 'the client connections to close after SIGTERM')
    const sent = state.sent

    const restarted = await startRelay({ dataDir: relay.dataDir })
    const found = await fetchByIds(restarted.url, ids(all))
    report(t, 'SIGTERM', { sent, total: all.length, ackedAtStop, state, found })
    for (const m of state.refused) assert.match(String(m[3]), /^[a-z-]+: /, `OK false without a machine-readable prefix: ${JSON.stringify(m)}`)
    checkFound(all, state, found)
    await restarted.stop({ signal: 'SIGINT' })
  })
})
