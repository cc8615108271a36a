// e2e.soak (issue 14 item 4, the CI-sized soak): 1,000 WebSocket connections with 1–3 subscriptions each, a
// publisher at a steady rate and a churn of 100 connections a second (connect, REQ, EOSE, close) for
// SOAK_SECONDS (60 by default; the asan test preset sets less). Every delivery the model expects must happen,
// exactly once, and nothing else; the relay's RSS must stay flat after warm-up and its CPU time per delivery
// must not grow. The figures and the RSS/CPU curve are printed (bench/soak.sh records them as CSV).
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { cleanup, startRelay } from './lib/relay.mjs'
import { flatness, runSoak, samplesCsv } from './lib/soak.mjs'
import { sanitizerMemory } from './lib/proc.mjs'

after(cleanup)

const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS || 1000)
const SECONDS = Number(process.env.SOAK_SECONDS || 60)
const RATE = Number(process.env.SOAK_RATE || 10) // events per second
const CHURN = Number(process.env.SOAK_CHURN || 100) // connections per second
// Generous bounds: a leak of one event's worth per delivery (~300 B x ~100k deliveries) or of one
// connection's buffers per churned connection (~20 kB x 6,000) is well past them; allocator noise is not.
const MAX_RSS_GROWTH_MIB = 48
const MAX_CPU_PER_DELIVERY_GROWTH = 3

describe('soak', { skip: process.platform !== 'linux' && 'reads /proc' }, () => {
  it(`${CONNECTIONS} connections, ${RATE} events/s for ${SECONDS} s, churn ${CHURN}/s: every delivery happens, RSS and CPU per delivery stay flat`, { timeout: (SECONDS + 240) * 1000 }, async () => {
    const relay = await startRelay({
      config: {
        access: { max_connections: 0, max_connections_per_ip: 0 },
        store: { synchronous_full: false },
      },
      env: sanitizerMemory().env,
    })
    try {
      const report = await runSoak(relay.url, relay.pid, {
        connections: CONNECTIONS,
        seconds: SECONDS,
        rate: RATE,
        churnPerSecond: CHURN,
        log: (line) => console.log(line),
      })
      const flat = flatness(report.samples)
      console.log(samplesCsv(report.samples))
      const { samples, ...figures } = report
      console.log(JSON.stringify({ ...figures, ...flat }, null, 1))

      assert.equal(report.okFailures, 0, 'every published event is accepted')
      assert.equal(report.okMissing, 0, 'every published event gets its OK')
      assert.ok(report.expectedDeliveries > report.published, 'the model expects fan-out')
      assert.equal(report.missing, 0, `${report.missing} of ${report.expectedDeliveries} deliveries missing`)
      assert.equal(report.delivered, report.expectedDeliveries)
      assert.equal(report.duplicates, 0, 'no event is delivered twice to a subscription')
      assert.equal(report.unexpected, 0, 'no subscription gets an event its filters do not match')
      assert.equal(report.subscribersClosed, 0, `no subscriber is disconnected (notices: ${JSON.stringify(report.notices)})`)
      assert.equal(report.churn.failed, 0, `churned connections failed: ${JSON.stringify(report.churn.errors)}`)
      assert.ok(report.churn.completed >= CHURN * SECONDS * 0.9, `${report.churn.completed} churned connections (about ${CHURN * SECONDS})`)
      assert.ok(flat.rssGrowthMiB < MAX_RSS_GROWTH_MIB + sanitizerMemory().slackMiB, `RSS grew by ${flat.rssGrowthMiB.toFixed(1)} MiB after warm-up (bound ${MAX_RSS_GROWTH_MIB})`)
      assert.ok(
        flat.cpuPerKSecond < flat.cpuPerKFirst * MAX_CPU_PER_DELIVERY_GROWTH,
        `CPU per 1,000 deliveries went from ${flat.cpuPerKFirst.toFixed(3)} s to ${flat.cpuPerKSecond.toFixed(3)} s`,
      )
    } finally {
      await relay.stop({ timeoutMs: 60_000 })
    }
  })
})
