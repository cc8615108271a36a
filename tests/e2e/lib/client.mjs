// Clients for the end-to-end tests.
//
// RawClient: a plain `ws` WebSocket with a message queue, for exact protocol assertions. Every message the
// relay sends is parsed and queued; `await next(predicate)` takes the first queued message that matches
// (waiting for it, bounded by a timeout that fails with a clear message) and leaves the others queued.
//
// connectNostrTools(): a nostr-tools `Relay` (the idiomatic client), running on the `ws` package so that it
// works on Node 18, which has no global WebSocket.
import WebSocket from 'ws'
import { Relay, useWebSocketImplementation } from 'nostr-tools/relay'
import { withTimeout } from './relay.mjs'

useWebSocketImplementation(WebSocket)

export const DEFAULT_WAIT_MS = 10_000
const UNPARSABLE = '__UNPARSABLE__'

function brief(msg, max = 300) {
  const s = typeof msg === 'string' ? msg : JSON.stringify(msg)
  return s.length > max ? `${s.slice(0, max)}... (${s.length} chars)` : s
}

export class RawClient {
  /** Opens a WebSocket to `url` (bounded by timeoutMs). */
  static async connect(url, { label = 'client', timeoutMs = DEFAULT_WAIT_MS } = {}) {
    const ws = new WebSocket(url, { perMessageDeflate: false })
    const client = new RawClient(ws, label)
    await withTimeout(
      new Promise((resolve, reject) => {
        ws.once('open', resolve)
        ws.once('error', (e) => reject(new Error(`${label}: cannot connect to ${url}: ${e.message}`)))
        ws.once('close', (code) => reject(new Error(`${label}: connection to ${url} closed during the handshake (code ${code})`)))
      }),
      timeoutMs,
      `${label} to connect to ${url}`,
    )
    return client
  }

  constructor(ws, label) {
    this.ws = ws
    this.label = label
    this.queue = [] // received messages no next() has taken yet
    this.waiters = []
    this.received = 0
    this.closeInfo = null // {code, reason} once closed
    this.lastError = null
    this.closedPromise = new Promise((resolve) => {
      ws.on('close', (code, reason) => {
        this.closeInfo = { code, reason: reason.toString() }
        const waiters = this.waiters
        this.waiters = []
        for (const w of waiters) {
          clearTimeout(w.timer)
          w.reject(new Error(`${this.label}: connection closed (code ${code} ${reason}) while waiting for ${w.what}${this.recentText()}`))
        }
        resolve(this.closeInfo)
      })
    })
    ws.on('error', (e) => (this.lastError = e))
    ws.on('message', (data) => {
      const text = data.toString('utf8')
      let msg
      try {
        msg = JSON.parse(text)
      } catch {
        msg = [UNPARSABLE, text]
      }
      this.received++
      this.deliver(msg)
    })
  }

  get isOpen() {
    return this.ws.readyState === WebSocket.OPEN
  }

  deliver(msg) {
    const i = this.waiters.findIndex((w) => w.predicate(msg))
    if (i >= 0) {
      const [w] = this.waiters.splice(i, 1)
      clearTimeout(w.timer)
      w.resolve(msg)
    } else {
      this.queue.push(msg)
    }
  }

  recentText() {
    if (!this.queue.length) return ' (nothing else is queued)'
    const tail = this.queue.slice(-8).map((m) => `\n    ${brief(m)}`)
    return `; ${this.queue.length} other message(s) queued, the last ones:${tail.join('')}`
  }

  /** Sends a JSON message (an array is serialised) or a raw string as one text frame. */
  send(message) {
    if (!this.isOpen) throw new Error(`${this.label}: cannot send, the connection is not open (close: ${JSON.stringify(this.closeInfo)})`)
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message))
  }

  /** Resolves with the first queued or future message that matches; rejects after timeoutMs or on close. */
  next(predicate, { timeoutMs = DEFAULT_WAIT_MS, what = 'a matching message' } = {}) {
    const i = this.queue.findIndex(predicate)
    if (i >= 0) return Promise.resolve(this.queue.splice(i, 1)[0])
    if (this.closeInfo) {
      return Promise.reject(new Error(`${this.label}: connection is closed (code ${this.closeInfo.code}); no ${what}${this.recentText()}`))
    }
    return new Promise((resolve, reject) => {
      const waiter = { predicate, resolve, reject, what, timer: null }
      waiter.timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter)
        reject(new Error(`${this.label}: timed out after ${timeoutMs} ms waiting for ${what}${this.recentText()}`))
      }, timeoutMs)
      this.waiters.push(waiter)
    })
  }

  /** Removes and returns every queued message that matches (no waiting). */
  take(predicate) {
    const taken = []
    this.queue = this.queue.filter((m) => {
      if (predicate(m)) {
        taken.push(m)
        return false
      }
      return true
    })
    return taken
  }

  /** Queued messages that match, left in the queue. */
  peek(predicate) {
    return this.queue.filter(predicate)
  }

  /** Sends ["EVENT", event] and awaits its OK. Returns {ok, message}. Checks the OK message's shape. */
  async publish(event, { timeoutMs = DEFAULT_WAIT_MS } = {}) {
    this.send(['EVENT', event])
    return this.awaitOk(event.id, { timeoutMs })
  }

  async awaitOk(id, { timeoutMs = DEFAULT_WAIT_MS } = {}) {
    const m = await this.next((m) => m[0] === 'OK' && m[1] === id, { timeoutMs, what: `["OK","${id}",...]` })
    if (m.length !== 4 || typeof m[2] !== 'boolean' || typeof m[3] !== 'string') {
      throw new Error(`${this.label}: malformed OK message: ${brief(m)}`)
    }
    return { ok: m[2], message: m[3] }
  }

  /**
   * Sends ["REQ", subId, ...filters] and collects the stored events up to EOSE.
   * Returns {events, eose: true} or {events, closed: <message>} when the relay answers CLOSED.
   */
  async reqRaw(subId, filters, { timeoutMs = DEFAULT_WAIT_MS } = {}) {
    this.send(['REQ', subId, ...filters])
    return this.collectStored(subId, { timeoutMs })
  }

  async collectStored(subId, { timeoutMs = DEFAULT_WAIT_MS } = {}) {
    const events = []
    for (;;) {
      const m = await this.next((m) => (m[0] === 'EVENT' || m[0] === 'EOSE' || m[0] === 'CLOSED') && m[1] === subId, {
        timeoutMs,
        what: `EVENT/EOSE/CLOSED for subscription "${subId}" (${events.length} events so far)`,
      })
      if (m[0] === 'EVENT') events.push(m[2])
      else if (m[0] === 'EOSE') return { events, eose: true, closed: null }
      else return { events, eose: false, closed: m[2] }
    }
  }

  /** Like reqRaw, but throws when the subscription is CLOSED instead of reaching EOSE. Returns the events. */
  async query(subId, filters, options) {
    const r = await this.reqRaw(subId, filters, options)
    if (!r.eose) throw new Error(`${this.label}: REQ "${subId}" ${brief(filters)} was CLOSED: ${JSON.stringify(r.closed)}`)
    return r.events
  }

  /** Awaits the next live EVENT on a subscription. */
  async nextEvent(subId, { timeoutMs = DEFAULT_WAIT_MS, what } = {}) {
    const m = await this.next((m) => m[0] === 'EVENT' && m[1] === subId, { timeoutMs, what: what ?? `an EVENT on subscription "${subId}"` })
    return m[2]
  }

  /** Closes the WebSocket and awaits the close (terminates it if the relay does not answer in time). */
  async close({ timeoutMs = 5_000 } = {}) {
    if (this.closeInfo) return this.closeInfo
    if (this.ws.readyState === WebSocket.CONNECTING || this.ws.readyState === WebSocket.OPEN) this.ws.close(1000)
    try {
      return await withTimeout(this.closedPromise, timeoutMs, `${this.label} to close`)
    } catch {
      this.ws.terminate()
      return this.closedPromise
    }
  }
}

/** Keeps track of clients so that an after()/afterEach() hook can close them all. */
export class ClientPool {
  constructor() {
    this.rawClients = new Set()
    this.toolRelays = new Set()
  }
  /** A RawClient, closed by closeAll(). */
  async connect(url, options) {
    const c = await RawClient.connect(url, options)
    this.rawClients.add(c)
    return c
  }
  /** A nostr-tools Relay, closed by closeAll(). */
  async connectTools(url, options) {
    const r = await connectNostrTools(url, options)
    this.toolRelays.add(r)
    return r
  }
  async closeAll() {
    const raws = [...this.rawClients]
    const tools = [...this.toolRelays]
    this.rawClients.clear()
    this.toolRelays.clear()
    for (const r of tools) {
      try {
        r.close()
      } catch {}
    }
    await Promise.all(raws.map((c) => c.close().catch(() => {})))
  }
}

/** A connected nostr-tools Relay (ws underneath). Generous publish and EOSE timeouts: our own waits bound the tests. */
export async function connectNostrTools(url, { timeoutMs = DEFAULT_WAIT_MS } = {}) {
  const relay = new Relay(url)
  relay.publishTimeout = 60_000
  relay.baseEoseTimeout = 60_000
  await withTimeout(relay.connect(), timeoutMs, `nostr-tools Relay to connect to ${url}`)
  return relay
}
