// e2e.soakhostile (issue 14 item 4): clients that do not play along, each against a relay that keeps serving.
// - slow readers that never read: closed once their queued output passes Listener::kMaxQueued (64 MiB), and
//   aborted Connection::kCloseDeadlineMs later when they still do not read; the relay's memory stays bounded.
// - slowloris HTTP (a header byte a second), half-open WebSocket handshakes (no blank line) and silent sockets:
//   each answered 408 and closed within the request deadline (Connection::kHttpDeadlineMs); none accumulate.
// - a client that sends frames of the maximum message size without pause: each is read and answered
//   (OK false "invalid: ..." here), frames one byte over get NOTICE "invalid: message too large"; the relay's
//   memory stays bounded and other clients' REQs are answered meanwhile.
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import net from 'node:net'
import { randomBytes } from 'node:crypto'
import WebSocket from 'ws'
import { cleanup, startRelay, withTimeout } from './lib/relay.mjs'
import { RawClient } from './lib/client.mjs'
import { makeEvent, newKey, uniqueTag } from './lib/events.mjs'
import { memoryOf, openDescriptors, sanitizerMemory } from './lib/proc.mjs'

after(cleanup)

const skip = process.platform !== 'linux' && 'reads /proc'
const MAX_QUEUED_MIB = 64 // Listener::kMaxQueued
const HTTP_DEADLINE_MS = 15_000 // Connection::kHttpDeadlineMs
const CLOSE_DEADLINE_MS = 10_000 // Connection::kCloseDeadlineMs
const MAX_MESSAGE = 131072 // limits/max_message_length (default)
const FLOOD_SECONDS = Number(process.env.SOAK_FLOOD_SECONDS || 10)
const UNCAPPED = { access: { max_connections: 0, max_connections_per_ip: 0 }, store: { synchronous_full: false } }
const asan = sanitizerMemory()

/** Resolves once `pid` holds at most `count` descriptors (checked every 100 ms: no event tells us from outside). */
async function descriptorsDropTo(pid, count, timeoutMs, what) {
  return withTimeout(
    (async () => {
      for (;;) {
        const n = await openDescriptors(pid)
        if (n <= count) return n
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    })(),
    timeoutMs,
    what,
  )
}

describe('hostile clients', { skip }, () => {
  it('slow readers that never read are closed and aborted; memory stays bounded', { timeout: 240_000 }, async () => {
    const SLOW = 3
    const EVENTS = 900 // 90 MB: past kMaxQueued plus what the kernel buffers for each slow reader
    const relay = await startRelay({ config: UNCAPPED, env: asan.env })
    try {
      const key = newKey()
      const big = uniqueTag('big')
      const reader = await RawClient.connect(relay.url, { label: 'reader' })
      await reader.query('small', [{ '#x': ['small'], limit: 0 }])
      const base = await openDescriptors(relay.pid)
      const before = await memoryOf(relay.pid)

      const slow = []
      for (let i = 0; i < SLOW; i++) {
        const c = await RawClient.connect(relay.url, { label: `slow-${i}` })
        await c.query('big', [{ '#x': [big], limit: 0 }])
        c.ws._socket.pause() // never reads again
        slow.push(c)
      }
      const publisher = await RawClient.connect(relay.url, { label: 'publisher' })
      for (let i = 0; i < EVENTS; i++) {
        const ev = makeEvent(key, { tags: [['x', big]], content: randomBytes(50_000).toString('hex') })
        publisher.send(['EVENT', ev])
        if (i % 50 === 49) assert.equal((await publisher.awaitOk(ev.id, { timeoutMs: 60_000 })).ok, true)
      }
      // The relay drops each slow reader past 64 MiB queued, then aborts it when it still does not read.
      const left = await descriptorsDropTo(relay.pid, base + 1, 60_000 + CLOSE_DEADLINE_MS, `the ${SLOW} slow readers to be closed`)
      const peak = (await memoryOf(relay.pid)).peak
      console.log(`slow readers: RSS before ${before.rss.toFixed(1)} MiB, peak ${peak.toFixed(1)} MiB; descriptors ${base} -> ${left}`)
      assert.ok(peak - before.rss < SLOW * MAX_QUEUED_MIB + 160 + asan.slackMiB, `peak RSS grew by ${(peak - before.rss).toFixed(1)} MiB`)

      // The relay still serves: a small event reaches the reader.
      const small = makeEvent(key, { tags: [['x', 'small']] })
      assert.equal((await publisher.publish(small)).ok, true)
      assert.equal((await reader.nextEvent('small')).id, small.id)
      for (const c of slow) {
        c.ws._socket.resume()
        await withTimeout(c.closedPromise, 30_000, `${c.label} to see its connection closed`)
      }
      await publisher.close()
      await reader.close()
    } finally {
      await relay.stop()
    }
  })

  it('slowloris requests, half-open handshakes and silent sockets get 408 and are closed within the deadline', { timeout: 120_000 }, async () => {
    const relay = await startRelay({ config: UNCAPPED, env: asan.env })
    try {
      const warm = await RawClient.connect(relay.url, { label: 'warm' })
      await warm.query('q', [{ limit: 1 }])
      const base = await openDescriptors(relay.pid)
      const kinds = { slowloris: 60, halfOpen: 60, silent: 30 }
      const sockets = []
      const t0 = performance.now()
      for (const [kind, n] of Object.entries(kinds)) {
        for (let i = 0; i < n; i++) {
          const s = net.connect(relay.port, '127.0.0.1')
          const rec = { kind, s, data: '', closedAfterMs: null }
          rec.closed = new Promise((resolve) =>
            s.on('close', () => {
              rec.closedAfterMs = performance.now() - t0
              resolve()
            }),
          )
          s.on('data', (d) => (rec.data += d.toString('latin1')))
          s.on('error', () => {})
          if (kind === 'slowloris') s.write('GET / HTTP/1.1\r\n')
          if (kind === 'halfOpen')
            s.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${relay.port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
              `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n`) // no blank line
          sockets.push(rec)
        }
      }
      // Slowloris: a header byte every second, under the idle timeout, so only the whole-request deadline ends it.
      const trickle = setInterval(() => {
        for (const r of sockets) if (r.kind === 'slowloris' && r.closedAfterMs === null) r.s.write('X')
      }, 1000)
      try {
        // Meanwhile the relay serves a real client.
        const c = await RawClient.connect(relay.url, { label: 'client' })
        assert.deepEqual(await c.query('q', [{ limit: 1 }]), [])
        await c.close()
        await withTimeout(Promise.all(sockets.map((r) => r.closed)), HTTP_DEADLINE_MS + 20_000, 'every slow socket to be closed by the relay')
      } finally {
        clearInterval(trickle)
      }
      for (const r of sockets) {
        assert.match(r.data, /^HTTP\/1\.1 408 /, `${r.kind} socket answered 408 (got ${JSON.stringify(r.data.slice(0, 40))})`)
        assert.ok(r.closedAfterMs < HTTP_DEADLINE_MS + 5_000, `${r.kind} socket closed after ${r.closedAfterMs} ms`)
      }
      const slowloris = sockets.filter((r) => r.kind === 'slowloris').map((r) => r.closedAfterMs)
      assert.ok(Math.min(...slowloris) > HTTP_DEADLINE_MS - 2_000, 'a trickling request lives until the request deadline')
      // Nothing accumulates: the relay holds what it held before.
      await descriptorsDropTo(relay.pid, base, 10_000, 'the relay to hold no more descriptors than before')
      assert.deepEqual(await warm.query('q2', [{ limit: 1 }]), [])
      await warm.close()
    } finally {
      await relay.stop()
    }
  })

  it(`frames of the maximum size for ${FLOOD_SECONDS} s: each answered, oversize ones refused, memory bounded, others served`, { timeout: 180_000 }, async () => {
    const relay = await startRelay({ config: UNCAPPED, env: asan.env })
    try {
      const other = await RawClient.connect(relay.url, { label: 'other' })
      await other.query('q', [{ limit: 1 }])
      const before = await memoryOf(relay.pid)

      // An EVENT message of exactly `size` bytes whose event is invalid (bad id and signature, content too long).
      const frameOf = (size, n) => {
        const head = JSON.stringify(['EVENT', { id: n.toString(16).padStart(64, '0'), pubkey: 'f'.repeat(64), created_at: 1, kind: 1, tags: [], content: '' , sig: 'e'.repeat(128) }])
        const pad = size - head.length
        return head.replace('"content":""', `"content":"${'a'.repeat(pad)}"`)
      }
      assert.equal(frameOf(MAX_MESSAGE, 1).length, MAX_MESSAGE)
      const flooder = new WebSocket(relay.url, { perMessageDeflate: false, maxPayload: 1 << 20 })
      let oks = 0
      let okFalseInvalid = 0
      let tooLarge = 0
      const replies = { waiters: [] }
      flooder.on('message', (data) => {
        const m = JSON.parse(data.toString('utf8'))
        if (m[0] === 'OK') {
          oks++
          if (m[2] === false && /^invalid: /.test(m[3])) okFalseInvalid++
        } else if (m[0] === 'NOTICE' && /^invalid: message too large/.test(m[1])) tooLarge++
        for (const w of [...replies.waiters]) w()
      })
      await new Promise((resolve, reject) => {
        flooder.once('open', resolve)
        flooder.once('error', reject)
      })
      let sentMax = 0
      let sentOver = 0
      let stop = false
      const latencies = []
      const probe = (async () => {
        for (let i = 0; !stop; i++) {
          const t = performance.now()
          await other.query(`p${i}`, [{ limit: 1 }], { timeoutMs: 10_000 })
          latencies.push(performance.now() - t)
          other.send(['CLOSE', `p${i}`])
        }
      })()
      const end = performance.now() + FLOOD_SECONDS * 1000
      while (performance.now() < end) {
        const n = sentMax + sentOver
        const over = n % 25 === 24
        // Flow control from ws: the callback runs once the frame is in the socket, so at most 8 are in flight here.
        await Promise.all(
          Array.from({ length: 8 }, (_, k) =>
            new Promise((resolve, reject) =>
              flooder.send(frameOf(over && k === 0 ? MAX_MESSAGE + 1 : MAX_MESSAGE, n + k), (e) => (e ? reject(e) : resolve())),
            ),
          ),
        )
        // Let node read its sockets: when the kernel takes each frame at once the send callbacks come as
        // next-tick callbacks, and this loop would otherwise starve every other connection of the process.
        await new Promise((resolve) => setImmediate(resolve))
        if (over) {
          sentOver++
          sentMax += 7
        } else sentMax += 8
      }
      stop = true
      await probe
      // Every frame is answered: an OK for each one at the maximum, a NOTICE for each one over it.
      await withTimeout(
        new Promise((resolve) => {
          const check = () => {
            if (oks >= sentMax && tooLarge >= sentOver) resolve()
          }
          replies.waiters.push(check)
          check()
        }),
        60_000,
        () => `answers to ${sentMax} + ${sentOver} frames (${oks} OK, ${tooLarge} NOTICE so far)`,
      )
      const mem = await memoryOf(relay.pid)
      const mb = ((sentMax * MAX_MESSAGE) / 1e6).toFixed(0)
      latencies.sort((a, b) => a - b)
      console.log(`max-size frames: ${sentMax} at ${MAX_MESSAGE} B (${mb} MB) + ${sentOver} over; RSS before ${before.rss.toFixed(1)} MiB, peak ${mem.peak.toFixed(1)} MiB; ` +
        `${latencies.length} REQs meanwhile, slowest ${latencies.at(-1)?.toFixed(0)} ms`)
      assert.ok(sentMax > 0 && sentOver > 0)
      assert.equal(oks, sentMax)
      assert.equal(okFalseInvalid, sentMax, 'each maximum-size frame is read and its event refused as invalid')
      assert.equal(tooLarge, sentOver)
      assert.equal(flooder.readyState, WebSocket.OPEN, 'the flooder stays connected (refusals, not a close)')
      assert.ok(mem.peak - before.rss < 64 + asan.slackMiB, `peak RSS grew by ${(mem.peak - before.rss).toFixed(1)} MiB`)
      assert.ok(latencies.length > 0, 'other clients are answered during the flood')
      assert.ok(latencies.at(-1) < 5_000, `slowest REQ during the flood took ${latencies.at(-1)} ms`)
      flooder.close()
      await other.close()
    } finally {
      await relay.stop()
    }
  })
})
