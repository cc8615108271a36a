// The load and soak driver (issue 14 item 4), shared by e2e.soak (1,000 connections for about a minute) and
// bench/soak.sh (5,000 connections for ten minutes).
//
// runSoak() opens `connections` WebSockets, each with 1–3 subscriptions over a fixed set of filters (limit 0:
// live events only), then publishes signed events at a steady rate from one more connection for `seconds`,
// while a churn of short-lived connections (connect, REQ, EOSE, close) runs at `churnPerSecond`. Every EVENT a
// subscription receives is checked against the model (matchesFilter, written independently of the relay): the
// report counts the deliveries that should have happened and did, those that are missing, duplicated or
// unexpected. The relay's RSS and CPU time are sampled from /proc every `sampleMs`.
import WebSocket from 'ws'
import { matchesFilter, makeEvent, newKey, uniqueTag } from './events.mjs'
import { cpuSeconds, memoryOf } from './proc.mjs'

const CONNECT_CONCURRENCY = 64
const CHURN_MAX_IN_FLIGHT = 200

/** The filters subscriptions pick from; `keys` are the publisher's four keys, `run` a tag value of this run. */
export function soakFilters(keys, run) {
  const pk = keys.map((k) => k.pk)
  return [
    { kinds: [1], '#r': [run], limit: 0 },
    { kinds: [7], '#r': [run], limit: 0 },
    { '#g': ['g0'], limit: 0 },
    { '#g': ['g1'], limit: 0 },
    { '#g': ['g2', 'g3'], limit: 0 },
    { authors: [pk[0]], limit: 0 },
    { authors: [pk[1], pk[2]], kinds: [1], limit: 0 },
    { kinds: [1], '#g': ['g0', 'g1'], limit: 0 },
    { authors: [pk[3]], kinds: [7], limit: 0 },
    { '#t': ['rare'], limit: 0 },
    { kinds: [1, 7], '#t': ['rare', 'common'], '#g': ['g2'], limit: 0 },
    { ids: ['0'.repeat(64)], limit: 0 }, // matches nothing: a subscription that must stay silent
  ]
}

/** Event number `i` of the run: kind, tags and author vary with i so that each filter matches its own share. */
export function soakEvent(keys, run, i) {
  const key = keys[i % keys.length]
  const tags = [['r', run], ['g', `g${i % 4}`], ['t', i % 10 === 0 ? 'rare' : 'common'], ['n', String(i)]]
  return makeEvent(key, { kind: i % 3 === 0 ? 7 : 1, tags, content: `soak event ${i} of ${run}` })
}

/** A small deterministic generator (mulberry32), so that a run's subscriptions can be reproduced from its seed. */
function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function opened(url) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { perMessageDeflate: false })
    ws.once('open', () => resolve(ws))
    ws.once('error', reject)
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode} instead of a WebSocket`)))
  })
}

/** One subscriber connection: its subscriptions, what each has received, and the EOSE promises. */
class Subscriber {
  constructor(ws, state) {
    this.ws = ws
    this.subs = new Map() // subId -> {filters, got: Uint8Array over event indexes, eose}
    this.state = state
    this.closed = null
    ws.on('close', (code) => (this.closed = code))
    ws.on('error', () => {})
    ws.on('message', (data) => this.onMessage(data))
  }

  subscribe(subId, filters) {
    let eose
    const eosed = new Promise((resolve, reject) => (eose = { resolve, reject }))
    this.subs.set(subId, { filters, got: new Uint8Array(this.state.maxEvents), eose })
    this.ws.send(JSON.stringify(['REQ', subId, ...filters]))
    return eosed
  }

  onMessage(data) {
    const msg = JSON.parse(data.toString('utf8'))
    const sub = this.subs.get(msg[1])
    const s = this.state
    if (msg[0] === 'EVENT' && sub) {
      const index = s.indexOf.get(msg[2].id)
      if (index === undefined || !sub.filters.some((f) => matchesFilter(s.events[index], f))) {
        s.unexpected++
        if (s.unexpectedSamples.length < 5) s.unexpectedSamples.push({ index, filters: sub.filters, event: msg[2] })
      } else if (sub.got[index]) {
        s.duplicates++
      } else {
        sub.got[index] = 1
        s.delivered++
        if (s.expectedTotal !== null && s.delivered >= s.expectedTotal) s.allDelivered()
      }
    } else if (msg[0] === 'EOSE' && sub) {
      sub.eose.resolve()
    } else if (msg[0] === 'CLOSED' && sub) {
      sub.eose.reject(new Error(`subscription ${msg[1]} CLOSED: ${msg[2]}`))
      s.notices.push(`CLOSED ${msg[2]}`)
    } else if (msg[0] === 'NOTICE') {
      s.notices.push(msg[1])
    } else if (msg[0] !== 'AUTH') {
      // (NIP-42: the relay may send a challenge on connect; these subscribers do not authenticate.)
      s.unexpected++
      if (s.unexpectedSamples.length < 5) s.unexpectedSamples.push(msg)
    }
  }
}

/** Runs `count` async tasks (index -> promise) with at most `concurrency` at once. */
async function pool(count, concurrency, task) {
  let next = 0
  const workers = Array.from({ length: Math.min(concurrency, count) }, async () => {
    while (next < count) await task(next++)
  })
  await Promise.all(workers)
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Awaits `promise`, but at most `ms` (then resolves anyway; the caller checks what arrived). Leaves no timer behind. */
async function atMost(promise, ms) {
  let timer
  await Promise.race([promise, new Promise((resolve) => (timer = setTimeout(resolve, ms)))])
  clearTimeout(timer)
}

/**
 * Runs the soak against the relay at `url` (process `pid`, sampled from /proc).
 * options: connections, seconds (publishing time), rate (events per second), churnPerSecond, sampleMs,
 * seed, settleMs (how long the last deliveries may take after the last OK), log (progress lines).
 * Returns the report: {connections, subscriptions, published, expectedDeliveries, delivered, missing, duplicates,
 * unexpected, notices, churn: {completed, failed}, samples: [{t, rssMiB, cpuSeconds, delivered, published,
 * churned}], subscribersClosed}.
 */
export async function runSoak(url, pid, options = {}) {
  const {
    connections = 1000,
    seconds = 60,
    rate = 20,
    churnPerSecond = 100,
    sampleMs = 2000,
    seed = 14,
    settleMs = 60_000,
    log = () => {},
  } = options
  const rand = random(seed)
  const keys = [newKey(), newKey(), newKey(), newKey()]
  const run = uniqueTag('soak')
  const filters = soakFilters(keys, run)
  const maxEvents = Math.ceil(seconds * rate) + 1
  let allDelivered
  const delivered = new Promise((resolve) => (allDelivered = resolve))
  const state = {
    maxEvents,
    events: [],
    indexOf: new Map(),
    delivered: 0,
    duplicates: 0,
    unexpected: 0,
    unexpectedSamples: [],
    expectedTotal: null,
    notices: [],
    allDelivered,
  }

  // Subscribers: 1–3 subscriptions each, each with one or two filters of the set.
  const subscribers = []
  let subscriptions = 0
  const t0 = performance.now()
  await pool(connections, CONNECT_CONCURRENCY, async (i) => {
    const sub = new Subscriber(await opened(url), state)
    subscribers.push(sub)
    const count = 1 + Math.floor(rand() * 3)
    const eoses = []
    for (let k = 0; k < count; k++) {
      const chosen = [filters[Math.floor(rand() * filters.length)]]
      if (rand() < 0.3) chosen.push(filters[Math.floor(rand() * filters.length)])
      eoses.push(sub.subscribe(`s${i}-${k}`, chosen))
    }
    subscriptions += count
    await Promise.all(eoses)
  })
  log(`soak: ${connections} connections with ${subscriptions} subscriptions open in ${((performance.now() - t0) / 1000).toFixed(1)} s`)

  // Samples of the relay's memory and CPU time, with the deliveries so far.
  const samples = []
  const start = performance.now()
  let published = 0
  const churn = { completed: 0, failed: 0, skipped: 0, inFlight: 0, errors: [], running: new Set() }
  const sample = async () => {
    const [{ rss }, cpu] = await Promise.all([memoryOf(pid), cpuSeconds(pid)])
    samples.push({ t: (performance.now() - start) / 1000, rssMiB: rss, cpuSeconds: cpu, delivered: state.delivered, published, churned: churn.completed })
  }
  await sample()
  const sampler = setInterval(() => sample().catch(() => {}), sampleMs)

  // Churn: connect, REQ, await EOSE, close, at a steady rate (bounded in flight).
  let churning = true
  const churnOne = async (n) => {
    churn.inFlight++
    try {
      const ws = await opened(url)
      await new Promise((resolve, reject) => {
        ws.on('message', (data) => {
          const msg = JSON.parse(data.toString('utf8'))
          if (msg[0] === 'EOSE' && msg[1] === 'c') resolve()
          else if (msg[0] === 'CLOSED') reject(new Error(`CLOSED ${msg[2]}`))
        })
        ws.on('close', (code) => reject(new Error(`closed (${code}) before EOSE`)))
        ws.send(JSON.stringify(['REQ', 'c', filters[n % filters.length]]))
      })
      ws.close(1000)
      churn.completed++
    } catch (e) {
      churn.failed++
      if (churn.errors.length < 5) churn.errors.push(e.message)
    } finally {
      churn.inFlight--
    }
  }
  const churnLoop = (async () => {
    if (!churnPerSecond) return
    const churnStart = performance.now()
    for (let n = 0; churning; n++) {
      const due = churnStart + (n * 1000) / churnPerSecond
      const wait = due - performance.now()
      if (wait > 0) await delay(wait) // pacing at the churn rate
      if (churn.inFlight < CHURN_MAX_IN_FLIGHT) {
        const p = churnOne(n)
        churn.running.add(p)
        p.finally(() => churn.running.delete(p))
      } else {
        // Connections are not completing as fast as they start: counted as a failure, and said so.
        churn.failed++
        churn.skipped++
        if (churn.errors.length < 5) churn.errors.push(`${CHURN_MAX_IN_FLIGHT} churned connections already in flight`)
      }
    }
  })()

  // The publisher: one event every 1/rate s, each OK awaited in the background.
  const publisher = await opened(url)
  const oks = new Map()
  let okFailures = 0
  publisher.on('message', (data) => {
    const msg = JSON.parse(data.toString('utf8'))
    if (msg[0] !== 'OK') return
    const pending = oks.get(msg[1])
    if (!pending) return
    oks.delete(msg[1])
    if (!msg[2]) okFailures++
    pending()
  })
  const okPromises = []
  const total = Math.floor(seconds * rate)
  let lastLog = 0
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate
    const wait = due - performance.now()
    if (wait > 0) await delay(wait) // pacing at the publishing rate
    const ev = soakEvent(keys, run, i)
    state.indexOf.set(ev.id, i)
    state.events.push(ev)
    okPromises.push(new Promise((resolve) => oks.set(ev.id, resolve)))
    publisher.send(JSON.stringify(['EVENT', ev]))
    published++
    if (performance.now() - lastLog > 10_000) {
      lastLog = performance.now()
      const s = samples[samples.length - 1]
      log(`soak: ${published}/${total} published, ${state.delivered} delivered, ${churn.completed} churned, RSS ${s.rssMiB.toFixed(1)} MiB`)
    }
  }
  churning = false
  await churnLoop
  await atMost(Promise.all(okPromises), settleMs)

  // Every delivery the model expects: wait for them (bounded), then compare subscription by subscription.
  let expectedTotal = 0
  for (const sub of subscribers)
    for (const { filters: fs } of sub.subs.values()) for (const ev of state.events) if (fs.some((f) => matchesFilter(ev, f))) expectedTotal++
  state.expectedTotal = expectedTotal
  if (state.delivered >= expectedTotal) allDelivered()
  await atMost(delivered, settleMs)
  await atMost(Promise.all([...churn.running]), settleMs) // the last churners
  clearInterval(sampler)
  await sample()

  let missing = 0
  for (const sub of subscribers)
    for (const { filters: fs, got } of sub.subs.values())
      state.events.forEach((ev, index) => {
        if (!got[index] && fs.some((f) => matchesFilter(ev, f))) missing++
      })
  const subscribersClosed = subscribers.filter((s) => s.closed !== null).length
  for (const sub of subscribers) sub.ws.terminate()
  publisher.terminate()
  return {
    connections,
    subscriptions,
    published,
    okFailures,
    okMissing: oks.size,
    expectedDeliveries: expectedTotal,
    delivered: state.delivered,
    missing,
    duplicates: state.duplicates,
    unexpected: state.unexpected,
    unexpectedSamples: state.unexpectedSamples,
    notices: state.notices.slice(0, 10),
    churn: { completed: churn.completed, failed: churn.failed, skipped: churn.skipped, errors: churn.errors },
    subscribersClosed,
    samples,
  }
}

/**
 * Flatness figures from the samples: RSS growth after warm-up (MiB) and CPU seconds per 1,000 deliveries in the
 * first and the second half of the time after warm-up. `warmupFraction` of the samples is warm-up.
 */
export function flatness(samples, warmupFraction = 0.25) {
  const from = Math.max(1, Math.floor(samples.length * warmupFraction))
  const after = samples.slice(from)
  const warm = samples[from - 1]
  const maxRss = Math.max(...after.map((s) => s.rssMiB))
  const half = Math.floor(after.length / 2)
  const cpuPerK = (a, b) => (b.delivered > a.delivered ? ((b.cpuSeconds - a.cpuSeconds) * 1000) / (b.delivered - a.delivered) : NaN)
  return {
    warmRssMiB: warm.rssMiB,
    maxRssMiB: maxRss,
    rssGrowthMiB: maxRss - warm.rssMiB,
    cpuPerKFirst: cpuPerK(warm, after[half] ?? warm),
    cpuPerKSecond: cpuPerK(after[half] ?? warm, after[after.length - 1]),
  }
}

/** The samples as CSV: t_s,rss_mib,cpu_s,delivered,published,churned,cpu_ms_per_1k_deliveries (per interval). */
export function samplesCsv(samples) {
  const lines = ['t_s,rss_mib,cpu_s,delivered,published,churned,cpu_ms_per_1k_deliveries']
  samples.forEach((s, i) => {
    const p = samples[i - 1]
    const perK = p && s.delivered > p.delivered ? (((s.cpuSeconds - p.cpuSeconds) * 1e6) / (s.delivered - p.delivered)).toFixed(2) : ''
    lines.push([s.t.toFixed(1), s.rssMiB.toFixed(1), s.cpuSeconds.toFixed(2), s.delivered, s.published, s.churned, perK].join(','))
  })
  return lines.join('\n') + '\n'
}
