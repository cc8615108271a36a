// Reproduces the floods of issue 14 item 5 against a running relay and prints the figures:
//   node tests/e2e/bounded-flood.mjs ws://127.0.0.1:PORT count  [N per connection, default 5000]
//   node tests/e2e/bounded-flood.mjs ws://127.0.0.1:PORT filters [connections, default 40]
// "count": two connections each send N ["COUNT",...,{"kinds":[1]}] in one burst, then close;
// meanwhile and afterwards a third client times a REQ (until EOSE) and NIP-11 GETs.
// "filters": each connection opens 300 subscriptions of 1,900 authors; prints CLOSED reasons.
// (In tests/e2e so that it finds the ws package of its node_modules.)
import WebSocket from 'ws'
import http from 'node:http'
import { readFileSync } from 'node:fs'

// RELAY_PID=<pid of roost>: also print its resident memory (Linux /proc).
const rss = () => process.env.RELAY_PID
  ? `${(Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${process.env.RELAY_PID}/status`, 'utf8'))[1]) / 1024).toFixed(0)} MiB`
  : '?'

const [url, mode = 'count', arg] = process.argv.slice(2)
const port = Number(new URL(url).port)

function open(u) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(u)
    ws.once('open', () => resolve(ws))
    ws.once('error', reject)
  })
}
function nip11Ms() {
  const t = performance.now()
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/', headers: { accept: 'application/nostr+json' } }, (res) => {
      res.resume()
      res.on('end', () => resolve(performance.now() - t))
    })
    req.on('error', () => resolve(NaN))
  })
}
async function reqMs(sub) {
  const ws = await open(url)
  const t = performance.now()
  const done = new Promise((resolve) => ws.on('message', (d) => {
    const m = JSON.parse(d)
    if ((m[0] === 'EOSE' || m[0] === 'CLOSED') && m[1] === sub) resolve(performance.now() - t)
  }))
  ws.send(JSON.stringify(['REQ', sub, { kinds: [0], limit: 1 }]))
  const ms = await done
  ws.close()
  return ms
}

if (mode === 'count') {
  const n = Number(arg || 5000)
  const senders = [await open(url), await open(url)]
  const replies = [0, 0]
  const reasons = new Map()
  senders.forEach((ws, i) => ws.on('message', (d) => {
    const m = JSON.parse(d)
    replies[i]++
    if (m[0] === 'CLOSED') reasons.set(m[2], (reasons.get(m[2]) || 0) + 1)
  }))
  const t0 = performance.now()
  for (let k = 0; k < n; k++) for (const ws of senders) ws.send(JSON.stringify(['COUNT', `c${k}`, { kinds: [1] }]))
  console.log(`sent ${2 * n} COUNT in ${(performance.now() - t0).toFixed(0)} ms`)
  const nips = []
  for (let k = 0; k < 5; k++) nips.push(await nip11Ms())
  console.log(`NIP-11 during the flood: ${nips.map((x) => x.toFixed(0)).join(' ')} ms`)
  console.log(`REQ during the flood: ${(await reqMs('during')).toFixed(0)} ms`)
  console.log(`replies so far: ${replies}; CLOSED reasons: ${JSON.stringify([...reasons])}`)
  for (const ws of senders) ws.terminate()
  const t1 = performance.now()
  console.log(`REQ after the senders left: ${(await reqMs('after')).toFixed(0)} ms (answered ${(performance.now() - t1).toFixed(0)} ms after close)`)
  console.log(`NIP-11 after: ${(await nip11Ms()).toFixed(0)} ms`)
} else {
  const conns = Number(arg || 40)
  console.log(`RSS before: ${rss()}`)
  const reasons = new Map()
  const all = []
  const hex = (i, j) => (i * 100000 + j).toString(16).padStart(64, '0')
  for (let c = 0; c < conns; c++) {
    const ws = await open(url)
    all.push(ws)
    ws.on('message', (d) => {
      const m = JSON.parse(d)
      if (m[0] === 'CLOSED') reasons.set(m[2].slice(0, 60), (reasons.get(m[2].slice(0, 60)) || 0) + 1)
    })
    for (let s = 0; s < 300; s++) {
      const authors = []
      for (let j = 0; j < 1900; j++) authors.push(hex(c * 300 + s, j))
      ws.send(JSON.stringify(['REQ', `s${s}`, { authors, kinds: [1] }]))
    }
  }
  const nips = []
  for (let k = 0; k < 5; k++) nips.push(await nip11Ms())
  console.log(`NIP-11 under the filters: ${nips.map((x) => x.toFixed(0)).join(' ')} ms`)
  console.log(`REQ: ${(await reqMs('probe')).toFixed(0)} ms; CLOSED reasons: ${JSON.stringify([...reasons])}`)
  console.log(`RSS with the subscriptions open: ${rss()}`)
  for (const ws of all) ws.terminate()
  await new Promise((r) => setTimeout(r, 25_000)) // Cron trims every 10 s
  console.log(`RSS 25 s after the connections closed: ${rss()}`)
}
process.exit(0)
