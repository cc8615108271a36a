// e2e.flood: a client that sends valid events faster than the disk commits them cannot grow the
// relay's memory: an EVENT's bytes stay charged to the connection's input credit (1 MiB) until
// the Writer has committed it, and past that the relay stops reading the socket. An ephemeral
// event's bytes stay charged until the ReqMonitor has delivered it.
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { cleanup, startRelay } from './lib/relay.mjs'
import { RawClient } from './lib/client.mjs'
import { makeEvent, newKey } from './lib/events.mjs'

after(cleanup)

const EVENTS = 1500
const CONTENT_BYTES = 100_000 // under max_content_length (102400)
// SQLite's page cache (32 MiB) fills as 150 MB are written, and the file is memory-mapped; on top
// of that the relay may hold about one connection's input credit (1 MiB) and a Writer batch.
const MAX_GROWTH_MB = 80
// Ephemeral events: 50 MB in all, less than the 64 MiB a live subscriber may have queued
// (Listener::kMaxQueued) before the relay drops it as too slow, so a slow test machine cannot
// turn the reader into a dropped slow reader.
const EPHEMERAL_EVENTS = 500

/** Resident set size and its high-water mark of process `pid`, in MiB (Linux /proc). */
async function memoryOf(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kib = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)[1])
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 }
}

describe('bounded memory under a flood', () => {
  it(`${EVENTS} events of ${CONTENT_BYTES / 1000} kB sent without waiting: every one is answered, the peak RSS grows by less than ${MAX_GROWTH_MB} MiB`, { skip: process.platform !== 'linux' && 'reads /proc' }, async () => {
    const relay = await startRelay()
    try {
      const key = newKey()
      const events = []
      for (let i = 0; i < EVENTS; i++) events.push(makeEvent(key, { content: randomBytes(CONTENT_BYTES / 2).toString('hex'), tags: [['n', String(i)]] }))
      const c = await RawClient.connect(relay.url, { label: 'flooder' })
      await c.query('warm', [{ limit: 1 }]) // the relay is up and idle
      c.send(['CLOSE', 'warm']) // else every flooded event comes back on it: 150 MB to read, and past
      // Listener::kMaxQueued (64 MiB) the relay rightly drops the flooder as a slow reader
      const before = await memoryOf(relay.child.pid)

      for (const ev of events) c.send(['EVENT', ev]) // no waiting: ws buffers what the socket does not take
      let ok = 0
      for (const ev of events) if ((await c.awaitOk(ev.id, { timeoutMs: 120_000 })).ok) ok++
      const afterFlood = await memoryOf(relay.child.pid)

      assert.equal(ok, EVENTS)
      const growth = afterFlood.peak - before.rss
      console.log(`flood: ${EVENTS} x ${CONTENT_BYTES} B, RSS before ${before.rss.toFixed(1)} MiB, peak ${afterFlood.peak.toFixed(1)} MiB (+${growth.toFixed(1)} MiB)`)
      assert.ok(growth < MAX_GROWTH_MB, `peak RSS grew by ${growth.toFixed(1)} MiB (limit ${MAX_GROWTH_MB})`)
    } finally {
      await relay.stop()
    }
  })

  it(`${EPHEMERAL_EVENTS} ephemeral events of ${CONTENT_BYTES / 1000} kB sent without waiting reach a subscriber, the peak RSS grows by less than ${MAX_GROWTH_MB} MiB`, { skip: process.platform !== 'linux' && 'reads /proc' }, async () => {
    const relay = await startRelay()
    try {
      const key = newKey()
      const events = []
      for (let i = 0; i < EPHEMERAL_EVENTS; i++) events.push(makeEvent(key, { kind: 20001, content: randomBytes(CONTENT_BYTES / 2).toString('hex'), tags: [['n', String(i)]] }))
      const reader = await RawClient.connect(relay.url, { label: 'reader' })
      await reader.query('live', [{ kinds: [20001] }]) // EOSE: the live stage is open
      const c = await RawClient.connect(relay.url, { label: 'flooder' })
      const before = await memoryOf(relay.child.pid)

      for (const ev of events) c.send(['EVENT', ev])
      let ok = 0
      for (const ev of events) if ((await c.awaitOk(ev.id, { timeoutMs: 120_000 })).ok) ok++
      const seen = new Set()
      while (seen.size < EPHEMERAL_EVENTS) seen.add((await reader.nextEvent('live', { timeoutMs: 60_000 })).id)
      const afterFlood = await memoryOf(relay.child.pid)

      assert.equal(ok, EPHEMERAL_EVENTS)
      assert.ok(events.every((ev) => seen.has(ev.id)))
      const growth = afterFlood.peak - before.rss
      console.log(`ephemeral flood: ${EPHEMERAL_EVENTS} x ${CONTENT_BYTES} B, RSS before ${before.rss.toFixed(1)} MiB, peak ${afterFlood.peak.toFixed(1)} MiB (+${growth.toFixed(1)} MiB)`)
      assert.ok(growth < MAX_GROWTH_MB, `peak RSS grew by ${growth.toFixed(1)} MiB (limit ${MAX_GROWTH_MB})`)
    } finally {
      await relay.stop()
    }
  })
})
