// e2e.wire: RFC 6455 and RFC 9112 to the letter, each case sent to a real relay as a client
// would: with the `ws` package (a client written by others) where it can express the case, and
// byte by byte over node's net module where no conforming client would send it.
import { after, afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import net from 'node:net'
import { randomBytes } from 'node:crypto'
import WebSocket from 'ws'
import { cleanup, startRelay, withTimeout } from './lib/relay.mjs'

after(cleanup)
const sockets = new Set()
afterEach(() => {
  for (const s of sockets) s.destroy()
  sockets.clear()
})

const HANDSHAKE =
  'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
  'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n'

/** A raw TCP connection that collects everything the relay sends; `closed` resolves on the relay's FIN. */
function rawConnect(port) {
  const socket = net.connect(port, '127.0.0.1')
  sockets.add(socket)
  const conn = { socket, data: Buffer.alloc(0), waiters: [] }
  conn.ready = new Promise((resolve, reject) => {
    socket.once('connect', resolve)
    socket.once('error', reject)
  })
  conn.closed = new Promise((resolve) => socket.once('close', resolve))
  socket.on('error', () => {})
  socket.on('data', (chunk) => {
    conn.data = Buffer.concat([conn.data, chunk])
    for (const w of [...conn.waiters]) w()
  })
  /** Resolves once `test(data)` returns a value (not undefined), checked on each chunk. */
  conn.until = (test, ms, what) =>
    withTimeout(
      new Promise((resolve) => {
        const check = () => {
          const v = test(conn.data)
          if (v !== undefined) {
            conn.waiters = conn.waiters.filter((w) => w !== check)
            resolve(v)
          }
        }
        conn.waiters.push(check)
        check()
      }),
      ms,
      what,
    )
  return conn
}

/** Sends `bytes` as an HTTP request; resolves with {status, head, ms} once the relay's response head is there. */
async function httpStatus(port, bytes, { ms = 5_000 } = {}) {
  const c = rawConnect(port)
  await c.ready
  const start = Date.now()
  if (bytes.length) c.socket.write(bytes)
  const head = await c.until((d) => (d.includes('\r\n\r\n') ? d.toString('latin1') : undefined), ms, 'an HTTP response')
  return { status: Number(/^HTTP\/1\.1 (\d{3}) /.exec(head)?.[1]), head, ms: Date.now() - start, conn: c }
}

/** A masked client frame; `first` is the first byte (FIN, RSV, opcode). */
function frame(first, payload, { length } = {}) {
  const mask = randomBytes(4)
  const n = length ?? payload.length
  let header
  if (n < 126) header = Buffer.from([first, 0x80 | n])
  else if (n <= 0xffff) header = Buffer.from([first, 0x80 | 126, n >> 8, n & 0xff])
  else {
    header = Buffer.alloc(10)
    header[0] = first
    header[1] = 0x80 | 127
    header.writeBigUInt64BE(BigInt(n), 2)
  }
  const body = Buffer.from(payload)
  for (let i = 0; i < body.length; i++) body[i] ^= mask[i % 4]
  return Buffer.concat([header, mask, body])
}

/** Upgrades a raw connection; resolves with the connection once 101 arrived. */
async function rawWebSocket(port) {
  const c = rawConnect(port)
  await c.ready
  c.socket.write(HANDSHAKE)
  const head = await c.until((d) => (d.includes('\r\n\r\n') ? d.toString('latin1') : undefined), 5_000, 'the 101')
  assert.match(head, /^HTTP\/1\.1 101 /)
  c.data = c.data.subarray(c.data.indexOf('\r\n\r\n') + 4)
  return c
}

/** Reads server frames until a close frame; resolves with its status code (0 when it has no body). */
function closeCode(c) {
  return c.until(
    (d) => {
      let pos = 0
      while (d.length - pos >= 2) {
        const opcode = d[pos] & 0x0f
        let n = d[pos + 1] & 0x7f
        let at = pos + 2
        if (n === 126) {
          if (d.length < at + 2) return undefined
          n = d.readUInt16BE(at)
          at += 2
        } else if (n === 127) {
          if (d.length < at + 8) return undefined
          n = Number(d.readBigUInt64BE(at))
          at += 8
        }
        if (d.length < at + n) return undefined
        if (opcode === 0x8) return n >= 2 ? d.readUInt16BE(at) : 0
        pos = at + n
      }
      return undefined
    },
    5_000,
    'a close frame from the relay',
  )
}

/** A `ws` client; resolves with it once open. */
function openWs(url, options) {
  const ws = new WebSocket(url, options)
  return withTimeout(
    new Promise((resolve, reject) => {
      ws.once('open', () => resolve(ws))
      ws.once('error', reject)
    }),
    5_000,
    `ws to ${url}`,
  )
}

/** The HTTP status a `ws` client sees when the relay refuses its upgrade (and the response headers). */
function wsRefusal(url, options) {
  const ws = new WebSocket(url, options)
  return withTimeout(
    new Promise((resolve, reject) => {
      ws.once('unexpected-response', (req, res) => {
        resolve({ status: res.statusCode, headers: res.headers })
        req.destroy()
      })
      ws.once('open', () => reject(new Error('the relay accepted the upgrade')))
      ws.once('error', () => {})
    }),
    5_000,
    'the relay to refuse the upgrade',
  )
}

describe('RFC 6455 frames', () => {
  it('ws: fragments and ping are understood; text that is not UTF-8 closes with 1007', async () => {
    const relay = await startRelay()
    try {
      const ws = await openWs(relay.url)
      const messages = []
      ws.on('message', (m) => messages.push(m.toString()))
      // A REQ in three fragments, one cut inside the two bytes of "é".
      const req = Buffer.from('["REQ","fr\u00e9",{"limit":0}]')
      ws.send(req.subarray(0, 11), { fin: false })
      ws.send(req.subarray(11, 20), { fin: false })
      ws.send(req.subarray(20), { fin: true })
      const pong = new Promise((resolve) => ws.once('pong', (d) => resolve(d.toString())))
      ws.ping('roost')
      assert.equal(await withTimeout(pong, 5_000, 'pong'), 'roost')
      const eose = await withTimeout(
        (async () => {
          while (!messages.includes('["EOSE","fr\u00e9"]')) await new Promise((r) => ws.once('message', r))
          return true
        })(),
        5_000,
        'EOSE',
      )
      assert.ok(eose)

      const closed = new Promise((resolve) => ws.once('close', (code) => resolve(code)))
      ws.send(Buffer.from([0x5b, 0xff, 0xfe, 0x5d]), { binary: false }) // a text frame, not UTF-8
      assert.equal(await withTimeout(closed, 5_000, 'the close'), 1007)
    } finally {
      await relay.stop()
    }
  })

  it('ws: the closing handshake echoes the code', async () => {
    const relay = await startRelay()
    try {
      const ws = await openWs(relay.url)
      const closed = new Promise((resolve) => ws.once('close', (code) => resolve(code)))
      ws.close(4001, 'done')
      assert.equal(await withTimeout(closed, 5_000, 'close'), 4001)
    } finally {
      await relay.stop()
    }
  })

  it('invalid close codes, a 1-byte close body and reserved opcodes close with 1002', async () => {
    const relay = await startRelay()
    try {
      for (const code of [0, 999, 1004, 1005, 1006, 1015, 1016, 2999, 5000, 65535]) {
        const c = await rawWebSocket(relay.port)
        c.socket.write(frame(0x88, Buffer.from([code >> 8, code & 0xff])))
        assert.equal(await closeCode(c), 1002, `close code ${code}`)
        await withTimeout(c.closed, 5_000, 'the relay to close the socket')
      }
      const one = await rawWebSocket(relay.port)
      one.socket.write(frame(0x88, Buffer.from([0x03])))
      assert.equal(await closeCode(one), 1002, '1-byte close body')
      for (const opcode of [0xb, 0xc, 0xd, 0xe, 0xf, 0x3, 0x7]) {
        const c = await rawWebSocket(relay.port)
        c.socket.write(frame(0x80 | opcode, Buffer.from('x')))
        assert.equal(await closeCode(c), 1002, `opcode 0x${opcode.toString(16)}`)
      }
      const rsv = await rawWebSocket(relay.port)
      rsv.socket.write(frame(0xc1, Buffer.from('x'))) // RSV1 without an extension
      assert.equal(await closeCode(rsv), 1002, 'RSV1')
    } finally {
      await relay.stop()
    }
  })

  it('a 64-bit length with the top bit set closes with 1002 at once, without waiting for data', async () => {
    const relay = await startRelay()
    try {
      const c = await rawWebSocket(relay.port)
      const header = Buffer.from([0x81, 0xff, 0x80, 0, 0, 0, 0, 0, 0, 1, 1, 2, 3, 4])
      c.socket.write(header)
      assert.equal(await closeCode(c), 1002)
      await withTimeout(c.closed, 5_000, 'the relay to close the socket')
    } finally {
      await relay.stop()
    }
  })
})

describe('RFC 6455 §4 handshake and RFC 9112 requests', () => {
  it('each malformed request gets the status the RFCs give, at once', async () => {
    const relay = await startRelay()
    try {
      const port = relay.port
      // ws speaking protocol version 8 (hybi-08): 426 naming version 13.
      const v8 = await wsRefusal(relay.url, { protocolVersion: 8 })
      assert.equal(v8.status, 426)
      assert.equal(v8.headers['sec-websocket-version'], '13')
      const badKey = HANDSHAKE.replace('dGhlIHNhbXBsZSBub25jZQ==', '!!!')
      assert.equal((await httpStatus(port, badKey)).status, 400, 'key !!!')
      const shortKey = HANDSHAKE.replace('dGhlIHNhbXBsZSBub25jZQ==', Buffer.alloc(15).toString('base64'))
      assert.equal((await httpStatus(port, shortKey)).status, 400, 'key of 15 bytes')
      assert.equal((await httpStatus(port, HANDSHAKE.replace('Connection: Upgrade', 'Connection: keep-alive'))).status, 400)
      assert.equal((await httpStatus(port, 'GET / HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n')).status, 505)
      assert.equal((await httpStatus(port, 'GET / HTTP/1.1\nHost: 127.0.0.1\n\n')).status, 400, 'LF-only')
      assert.equal((await httpStatus(port, 'GET / HTTP/1.1\n')).status, 400, 'LF-only request line alone')
      for (let i = 0; i < 5; i++) assert.equal((await httpStatus(port, randomBytes(256))).status, 400, 'random bytes')
      const twoLengths = 'POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nabc'
      assert.equal((await httpStatus(port, twoLengths)).status, 400, 'two Content-Length')
      assert.equal((await httpStatus(port, 'GET / HTTP/1.1\r\n\r\n')).status, 400, 'no Host')
      const chunked = 'POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'
      assert.equal((await httpStatus(port, chunked)).status, 501)
      // Size limits: request line and header fields 16 KiB, body 64 KiB.
      assert.equal((await httpStatus(port, `GET /${'a'.repeat(17_000)} HTTP/1.1\r\n`)).status, 431, 'long request line')
      assert.equal((await httpStatus(port, `GET / HTTP/1.1\r\nHost: h\r\nX-Big: ${'b'.repeat(17_000)}\r\n\r\n`)).status, 431)
      const bigBody = 'POST / HTTP/1.1\r\nHost: h\r\nContent-Type: application/nostr+json+rpc\r\nContent-Length: 70000\r\n\r\n'
      assert.equal((await httpStatus(port, bigBody)).status, 413)
      // The relay still serves a normal client afterwards.
      const ws = await openWs(relay.url)
      ws.close()
    } finally {
      await relay.stop()
    }
  })

  it('a request that stalls or trickles is answered 408 (idle 5 s, whole head 15 s)', async () => {
    const relay = await startRelay()
    try {
      // Both at once (the two timeouts are independent): a socket that sends nothing, and
      // slowloris, one header line a second, never the end of the head.
      const silentDone = httpStatus(relay.port, '', { ms: 10_000 })
      silentDone.catch(() => {}) // awaited (and its failure reported) after the slowloris part
      const c = rawConnect(relay.port)
      await c.ready
      const start = Date.now()
      c.socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n')
      const timer = setInterval(() => c.socket.writable && c.socket.write('X-Slow: 1\r\n'), 1_000)
      try {
        const head = await c.until((d) => (d.includes('\r\n\r\n') ? d.toString('latin1') : undefined), 25_000, '408')
        assert.match(head, /^HTTP\/1\.1 408 /)
        const ms = Date.now() - start
        assert.ok(ms >= 14_000 && ms < 20_000, `answered after ${ms} ms, expected about 15 s`)
      } finally {
        clearInterval(timer)
      }
      await withTimeout(c.closed, 5_000, 'the relay to close the slow socket')
      const silent = await silentDone
      assert.equal(silent.status, 408, 'a socket that sends nothing')
      assert.ok(silent.ms >= 4_000, `408 after ${silent.ms} ms, before the idle timeout`)
    } finally {
      await relay.stop()
    }
  })

  it('sockets count against the per-address cap from accept, not from the upgrade', async () => {
    const relay = await startRelay({ config: { access: { max_connections_per_ip: 2 } } })
    try {
      const idle = [rawConnect(relay.port), rawConnect(relay.port)]
      await Promise.all(idle.map((c) => c.ready))
      // The relay has accepted both once a third socket is answered; that one is over the cap.
      assert.equal((await wsRefusal(relay.url)).status, 503)
      idle[0].socket.destroy()
      // The relay sees the close asynchronously: retry, bounded.
      const deadline = Date.now() + 10_000
      let ws = null
      while (!ws && Date.now() < deadline) ws = await openWs(relay.url).catch(() => null)
      assert.ok(ws, 'a WebSocket opens once a slot is free')
      ws.close()
    } finally {
      await relay.stop()
    }
  })
})
