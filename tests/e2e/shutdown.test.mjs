// e2e.shutdown: on SIGTERM every connected WebSocket client gets a close frame with code 1001
// ("going away", RFC 6455 §7.4.1) before the relay exits, instead of a dropped connection (1006).
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readdir, readFile } from 'node:fs/promises'
import WebSocket from 'ws'
import { cleanup, startRelay, withTimeout } from './lib/relay.mjs'
import { connectNostrTools } from './lib/client.mjs'
import { makeEvent, newKey } from './lib/events.mjs'

after(cleanup)

/** A raw `ws` client that records the close code and whether a close frame arrived. */
async function rawClient(url) {
  const ws = new WebSocket(url, { perMessageDeflate: false })
  await withTimeout(new Promise((resolve, reject) => {
    ws.once('open', resolve)
    ws.once('error', reject)
  }), 10_000, `connect to ${url}`)
  const closed = new Promise((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })))
  ws.on('error', () => {}) // a reset after the close frame is not this test's concern
  return { ws, closed }
}

describe('clean shutdown', () => {
  it('SIGTERM sends close code 1001 to every client, idle or with an open subscription', async () => {
    const relay = await startRelay()
    let stopped = false
    try {
      const idle = await rawClient(relay.url)
      const subscribed = await rawClient(relay.url)
      subscribed.ws.send(JSON.stringify(['REQ', 'live', { kinds: [1] }]))
      await withTimeout(new Promise((resolve) => subscribed.ws.on('message', (d) => {
        if (JSON.parse(d.toString())[0] === 'EOSE') resolve()
      })), 10_000, 'EOSE')
      const tools = await connectNostrTools(relay.url)
      const toolsClosed = new Promise((resolve) => (tools.onclose = resolve))
      assert.equal(await tools.publish(makeEvent(newKey(), { content: 'before shutdown' })), '')

      await relay.stop() // SIGTERM, exit code 0
      stopped = true
      for (const [name, client] of [['idle', idle], ['subscribed', subscribed]]) {
        const info = await withTimeout(client.closed, 10_000, `${name} client to see the close`)
        assert.equal(info.code, 1001, `${name} client close code`)
      }
      await withTimeout(toolsClosed, 10_000, 'nostr-tools to see the close')
    } finally {
      if (!stopped) await relay.stop()
    }
  })

  // Only the main thread takes SIGINT/SIGTERM (the app's handler runs there); every thread core
  // starts blocks both (sync/ThreadSignals.h). Linux: /proc/<pid>/task/<tid>/status SigBlk.
  it('only the main thread takes SIGINT and SIGTERM', { skip: process.platform !== 'linux' && 'reads /proc' }, async () => {
    const relay = await startRelay()
    try {
      // A REQ and an EVENT, so every role thread (listener, ingesters, writer, req workers,
      // monitor) has run and whatever threads it starts exist.
      const tools = await connectNostrTools(relay.url)
      assert.equal(await tools.publish(makeEvent(newKey(), { content: 'threads' })), '')
      tools.close()
      const SIGINT = 2n, SIGTERM = 15n
      const takes = (mask, sig) => ((mask >> (sig - 1n)) & 1n) === 0n
      const pid = relay.pid
      const threads = []
      for (const tid of await readdir(`/proc/${pid}/task`)) {
        const status = await readFile(`/proc/${pid}/task/${tid}/status`, 'utf8').catch(() => null)
        if (status === null) continue // a thread that ended meanwhile
        const name = /^Name:\s*(.*)$/m.exec(status)[1]
        const mask = BigInt('0x' + /^SigBlk:\s*([0-9a-f]+)$/m.exec(status)[1])
        threads.push({ tid: Number(tid), name, int: takes(mask, SIGINT), term: takes(mask, SIGTERM) })
      }
      const main = threads.find((t) => t.tid === pid)
      assert.ok(main && main.int && main.term, `the main thread takes both: ${JSON.stringify(main)}`)
      const others = threads.filter((t) => t.tid !== pid)
      assert.ok(others.some((t) => t.name.startsWith('roost-writer')), `the role threads are there: ${JSON.stringify(threads)}`)
      const taking = others.filter((t) => t.int || t.term)
      assert.deepEqual(taking, [], 'threads other than the main one that would take SIGINT/SIGTERM')
    } finally {
      await relay.stop()
    }
  })
})
