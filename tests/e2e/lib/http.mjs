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

/**
 * POSTs a NIP-86 JSON-RPC `payload` (Content-Type application/nostr+json+rpc) to `path`, with the
 * `authorization` header when given; resolves with {status, json (null when the body is not JSON),
 * text}.
 */
export function nip86Post(port, payload, { authorization, path = '/', timeoutMs = 10_000 } = {}) {
  const body = JSON.stringify(payload)
  const request = new Promise((resolve, reject) => {
    const headers = { 'Content-Type': 'application/nostr+json+rpc', 'Content-Length': Buffer.byteLength(body) }
    if (authorization) headers.Authorization = authorization
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path, headers, agent: false }, (res) => {
      const chunks = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        let json = null
        try {
          json = JSON.parse(text)
        } catch {}
        resolve({ status: res.statusCode, json, text })
      })
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(body)
  })
  return withTimeout(request, timeoutMs, `NIP-86 ${payload.method}`)
}

/**
 * A NIP-86 call signed with a NIP-98 token by `key` ({sk, pk}) for `url` (default
 * http://127.0.0.1:<port><path>); resolves with {status, json, text}.
 */
export async function nip86Call(port, payload, key, { url, path = '/', timeoutMs = 10_000 } = {}) {
  const { getToken } = await import('nostr-tools/nip98')
  const { finalizeEvent } = await import('nostr-tools/pure')
  const authorization = await getToken(url ?? `http://127.0.0.1:${port}${path === '/' ? '' : path}`, 'POST', (e) => finalizeEvent(e, key.sk), true, payload)
  return nip86Post(port, payload, { authorization, path, timeoutMs })
}
