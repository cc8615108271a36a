// e2e.nip86: the NIP-86 management API on the relay port, authorised with NIP-98 tokens made by
// nostr-tools. A valid owner token changes the running relay; anything else gets HTTP 401.
import { after, afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { getToken } from 'nostr-tools/nip98'
import { finalizeEvent } from 'nostr-tools/pure'
import { cleanup, startRelay } from './lib/relay.mjs'
import { ClientPool } from './lib/client.mjs'
import { fetchNip11, nip86Post } from './lib/http.mjs'
import { makeEvent, newKey } from './lib/events.mjs'

const pool = new ClientPool()
afterEach(() => pool.closeAll())
after(cleanup)

/** POSTs a NIP-86 request; `key` signs the NIP-98 token unless `authorization` is given. Returns {status, json, text}. */
async function rpc(port, payload, { key, authorization, url = `http://127.0.0.1:${port}` } = {}) {
  if (authorization === undefined && key)
    authorization = await getToken(url, 'POST', (e) => finalizeEvent(e, key.sk), true, payload)
  return nip86Post(port, payload, { authorization })
}

describe('NIP-86 management API', () => {
  it('an invalid or missing NIP-98 token gets 401; a non-owner gets 401', async () => {
    const owner = newKey()
    const relay = await startRelay({ config: { access: { owner_pubkeys: owner.pk } } })
    try {
      const call = { method: 'supportedmethods', params: [] }
      assert.equal((await rpc(relay.port, call)).status, 401)
      assert.equal((await rpc(relay.port, call, { authorization: 'Nostr bm90IGFuIGV2ZW50' })).status, 401)
      assert.equal((await rpc(relay.port, call, { key: newKey() })).status, 401)
      assert.equal((await rpc(relay.port, call, { key: owner, url: 'http://somewhere.else:1' })).status, 401)
      // A token for another body (payload hash mismatch).
      const other = await getToken(`http://127.0.0.1:${relay.port}`, 'POST', (e) => finalizeEvent(e, owner.sk), true, { method: 'x' })
      assert.equal((await rpc(relay.port, call, { authorization: other })).status, 401)

      const ok = await rpc(relay.port, call, { key: owner })
      assert.equal(ok.status, 200)
      assert.ok(ok.json.result.includes('banpubkey'))
      assert.ok(JSON.parse((await fetchNip11(relay.port)).body).supported_nips.includes(86))
    } finally {
      await relay.stop()
    }
  })

  it('banpubkey, changerelayname, disallowkind and blockip change the running relay', async () => {
    const owner = newKey()
    const spammer = newKey()
    const relay = await startRelay({ config: { access: { owner_pubkeys: owner.pk } } })
    try {
      const c = await pool.connect(relay.url)
      assert.equal((await c.publish(makeEvent(spammer, { content: 'first' }))).ok, true)

      const ban = await rpc(relay.port, { method: 'banpubkey', params: [spammer.pk, 'spam'] }, { key: owner })
      assert.deepEqual(ban.json, { result: true })
      assert.match((await c.publish(makeEvent(spammer, { content: 'second' }))).message, /^blocked: /)
      const list = await rpc(relay.port, { method: 'listbannedpubkeys', params: [] }, { key: owner })
      assert.deepEqual(list.json.result.map((x) => x.pubkey), [spammer.pk])

      await rpc(relay.port, { method: 'changerelayname', params: ['Renamed by NIP-86'] }, { key: owner })
      assert.equal(JSON.parse((await fetchNip11(relay.port)).body).name, 'Renamed by NIP-86')

      await rpc(relay.port, { method: 'disallowkind', params: [7] }, { key: owner })
      assert.match((await c.publish(makeEvent(owner, { kind: 7, content: '+' }))).message, /^blocked: /)

      await rpc(relay.port, { method: 'blockip', params: ['127.0.0.1'] }, { key: owner })
      await assert.rejects(pool.connect(relay.url, { label: 'blocked' }))
      await rpc(relay.port, { method: 'unblockip', params: ['127.0.0.1'] }, { key: owner })
      await pool.connect(relay.url, { label: 'unblocked' })

      const unknown = await rpc(relay.port, { method: 'nosuchmethod', params: [] }, { key: owner })
      assert.equal(unknown.status, 200)
      assert.match(unknown.json.error, /unsupported/)
    } finally {
      await relay.stop()
    }
  })
})
