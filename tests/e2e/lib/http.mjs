// Plain HTTP/1.1 requests to the relay's port (NIP-11), with node:http so that every header is visible.
import http from 'node:http'
import { withTimeout } from './relay.mjs'

/** Returns {status, headers (lower-case names), body}. Always 127.0.0.1. */
export function httpRequest(port, { method = 'GET', path = '/', headers = {}, timeoutMs = 10_000 } = {}) {
  const request = new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (res) => {
      const chunks = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
  return withTimeout(request, timeoutMs, `HTTP ${method} ${path} on 127.0.0.1:${port}`)
}

/** GET / with Accept: application/nostr+json. */
export function fetchNip11(port, extraHeaders = {}) {
  return httpRequest(port, { headers: { Accept: 'application/nostr+json', ...extraHeaders } })
}
