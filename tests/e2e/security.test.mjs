// e2e.security: what faces the network, checked as an attacker would try it on a real relay:
// NIP-98 tokens for NIP-86 (wrong method, stale or future created_at, non-owner, no owner at all;
// wrong URL, payload mismatch and replay are in e2e.nip86 and e2e.protocol), CORS only on the
// NIP-11 document, owner-only files, and no secret in the relay's output.
// Request size limits are in e2e.wire; the prepared-statement rule is lint.sql.
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { finalizeEvent } from 'nostr-tools/pure'
import { nsecEncode } from 'nostr-tools/nip19'
import { cleanup, startRelay, testConfigHome, iniText, makeTempDir } from './lib/relay.mjs'
import { httpRequest, nip86Post, fetchNip11 } from './lib/http.mjs'
import { newKey, nowSec } from './lib/events.mjs'

after(cleanup)

const call = { method: 'supportedmethods', params: [] }

/** A NIP-98 Authorization header made by hand, so each field can be wrong on purpose. */
function token(key, { url, method = 'POST', body = JSON.stringify(call), created_at = nowSec() }) {
  const payload = createHash('sha256').update(body).digest('hex')
  const ev = finalizeEvent({ kind: 27235, created_at, content: '', tags: [['u', url], ['method', method], ['payload', payload]] }, key.sk)
  return 'Nostr ' + Buffer.from(JSON.stringify(ev)).toString('base64')
}

const mode = async (file) => (await stat(file)).mode & 0o777

describe('NIP-86 behind NIP-98', () => {
  it('refuses a wrong method, a stale or future created_at, a non-owner, and everyone when no owner is set', async () => {
    const owner = newKey()
    const relay = await startRelay({ config: { access: { owner_pubkeys: owner.pk } } })
    try {
      const url = `http://127.0.0.1:${relay.port}/`
      const post = (authorization) => nip86Post(relay.port, call, { authorization })
      const refused = async (authorization, why) => {
        const r = await post(authorization)
        assert.equal(r.status, 401, why)
        assert.ok(r.json?.error, `${why}: an error text`)
        return r.json.error
      }
      assert.match(await refused(token(owner, { url, method: 'GET' }), 'method GET'), /method/)
      assert.match(await refused(token(owner, { url, created_at: nowSec() - 120 }), 'stale'), /too old/)
      assert.match(await refused(token(owner, { url, created_at: nowSec() + 120 }), 'future'), /too new/)
      assert.match(await refused(token(newKey(), { url }), 'non-owner'), /not an owner/)
      assert.equal((await post(token(owner, { url }))).status, 200, 'the same token made right is accepted')
    } finally {
      await relay.stop()
    }

    const ownerless = await startRelay()
    try {
      const url = `http://127.0.0.1:${ownerless.port}/`
      const r = await nip86Post(ownerless.port, call, { authorization: token(newKey(), { url }) })
      assert.equal(r.status, 401, 'no owner key configured: nobody manages the relay')
    } finally {
      await ownerless.stop()
    }
  })
})

describe('CORS', () => {
  it('only the NIP-11 document and its preflight carry CORS headers, and they do not offer POST', async () => {
    const owner = newKey()
    const relay = await startRelay({ config: { access: { owner_pubkeys: owner.pk } } })
    try {
      const nip11 = await fetchNip11(relay.port)
      assert.equal(nip11.headers['access-control-allow-origin'], '*')
      assert.doesNotMatch(nip11.headers['access-control-allow-methods'], /POST/)
      const pre = await httpRequest(relay.port, {
        method: 'OPTIONS',
        headers: { Origin: 'http://example.test', 'Access-Control-Request-Method': 'POST' },
      })
      assert.equal(pre.headers['access-control-allow-origin'], '*')
      assert.doesNotMatch(pre.headers['access-control-allow-methods'], /POST/, 'a browser preflight for NIP-86 fails')
      for (const [what, res] of [
        ['NIP-86', await nip86Post(relay.port, call, { authorization: token(owner, { url: `http://127.0.0.1:${relay.port}/` }) })],
        ['/metrics', await httpRequest(relay.port, { path: '/metrics' })],
        ['plain GET', await httpRequest(relay.port)],
      ]) {
        const headers = res.headers ?? {}
        assert.equal(headers['access-control-allow-origin'], undefined, `${what} has no CORS header`)
      }
    } finally {
      await relay.stop()
    }
  })
})

describe('files and logs', () => {
  it('relay.key and the config file are 0600, also after a NIP-86 change rewrites the config', async () => {
    const relay = await startRelay() // no --config: roost creates its default file
    try {
      assert.equal(await mode(path.join(relay.dataDir, 'relay.key')), 0o600)
      assert.equal(await mode(path.join(await testConfigHome(), 'roost', 'roost.conf')), 0o600)
    } finally {
      await relay.stop()
    }

    const owner = newKey()
    const configFile = path.join(await makeTempDir('roost-e2e-perm-'), 'roost.conf')
    await writeFile(configFile, iniText({ access: { owner_pubkeys: owner.pk } }), { mode: 0o644 })
    const managed = await startRelay({ extraArgs: ['--config', configFile] })
    try {
      const url = `http://127.0.0.1:${managed.port}/`
      const change = { method: 'changerelayname', params: ['Renamed'] }
      const r = await nip86Post(managed.port, change, { authorization: token(owner, { url, body: JSON.stringify(change) }) })
      assert.equal(r.status, 200)
      assert.match(await readFile(configFile, 'utf8'), /Renamed/)
      assert.equal(await mode(configFile), 0o600)
    } finally {
      await managed.stop()
    }
  })

  it('no secret in the output: neither the relay key (hex or nsec) nor an Authorization token', async () => {
    const owner = newKey()
    const relay = await startRelay({ config: { access: { owner_pubkeys: owner.pk } } })
    const url = `http://127.0.0.1:${relay.port}/`
    const good = token(owner, { url })
    const bad = token(owner, { url, method: 'GET' })
    try {
      assert.equal((await nip86Post(relay.port, call, { authorization: good })).status, 200)
      assert.equal((await nip86Post(relay.port, call, { authorization: good })).status, 401) // replay
      assert.equal((await nip86Post(relay.port, call, { authorization: bad })).status, 401)
    } finally {
      await relay.stop()
    }
    const hex = (await readFile(path.join(relay.dataDir, 'relay.key'), 'utf8')).trim()
    assert.match(hex, /^[0-9a-f]{64}$/)
    const output = relay.output()
    for (const [what, secret] of [
      ['relay key (hex)', hex],
      ['relay key (nsec)', nsecEncode(Uint8Array.from(Buffer.from(hex, 'hex')))],
      ['owner token', good.slice(6)],
      ['refused token', bad.slice(6)],
    ])
      assert.ok(!output.includes(secret), `the output shows the ${what}`)
  })
})
