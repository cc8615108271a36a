// e2e.shutdown: on SIGTERM every connected WebSocket client gets a close frame with code 1001
// ("going away", RFC 6455 §7.4.1) before the relay exits, instead of a dropped connection (1006).
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
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
})
