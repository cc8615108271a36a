// e2e.protocol: protocol details where clients and relays differ (issue 13 item 1), checked with
// nostr-tools as the client where a client is involved and raw frames where the bytes matter.
import { after, afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { schnorr } from '@noble/curves/secp256k1'
import { makeAuthEvent } from 'nostr-tools/nip42'
import { getToken } from 'nostr-tools/nip98'
import { finalizeEvent, getPublicKey } from 'nostr-tools/pure'
import { Relay } from 'nostr-tools/relay'
import { cleanup, startRelay, withTimeout } from './lib/relay.mjs'
import { ClientPool } from './lib/client.mjs'
import { fetchNip11, nip86Post } from './lib/http.mjs'
import { makeEvent, newKey, nowSec, randomHex, verifyEvent } from './lib/events.mjs'

const pool = new ClientPool()
afterEach(() => pool.closeAll())
after(cleanup)

// Control characters JSON.stringify writes as \u00XX and NIP-01's text keeps verbatim.
const CONTROL = 'bell\u0007 nul\u0000 unit\u001f esc\u001b tab\t nl\n'

/** An event whose id is the NIP-01 "verbatim" hash: the JSON.stringify form with \u00XX turned back into raw bytes. */
function signVerbatim(key, { kind = 1, tags = [], content = '' }) {
  const ev = { pubkey: key.pk, created_at: nowSec(), kind, tags, content }
  const stringified = JSON.stringify([0, ev.pubkey, ev.created_at, ev.kind, ev.tags, ev.content])
  const verbatim = stringified.replace(/\\u00([01][0-9a-f])/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
  assert.notEqual(verbatim, stringified)
  ev.id = createHash('sha256').update(verbatim, 'utf8').digest('hex')
  ev.sig = Buffer.from(schnorr.sign(ev.id, key.sk)).toString('hex')
  return ev
}

describe('event ids with control characters (nips issue 1403)', () => {
  it('accepts the JSON.stringify id (nostr-tools) and the NIP-01 verbatim id, and serves the bytes as signed', async () => {
    const relay = await startRelay()
    try {
      const key = newKey()
      const tools = await pool.connectTools(relay.url)
      const stringified = makeEvent(key, { content: CONTROL, tags: [['t', 'x\u0001y']] })
      assert.equal(await tools.publish(stringified), '') // nostr-tools rejects on OK false
      const verbatim = signVerbatim(key, { content: `${CONTROL}2`, tags: [['t', 'x\u0001y']] })
      const c = await pool.connect(relay.url)
      assert.deepEqual(await c.publish(verbatim), { ok: true, message: '' })
      const tampered = { ...stringified, content: `${CONTROL}!` }
      assert.match((await c.publish(tampered)).message, /^invalid: event id does not match/)

      // Raw frames: the content and tags come back with exactly the characters that were signed.
      const got = await c.query('ctl', [{ authors: [key.pk] }])
      const byId = new Map(got.map((e) => [e.id, e]))
      assert.equal(byId.size, 2)
      assert.equal(byId.get(stringified.id).content, CONTROL)
      assert.equal(byId.get(verbatim.id).content, `${CONTROL}2`)
      assert.deepEqual(byId.get(stringified.id).tags, [['t', 'x\u0001y']])
      assert.equal(verifyEvent(byId.get(stringified.id)), true) // nostr-tools checks the stored copy

      // And nostr-tools reads it back through a subscription.
      const seen = await new Promise((resolve, reject) => {
        const events = []
        const timer = setTimeout(() => reject(new Error('no EOSE from nostr-tools subscription')), 10_000)
        tools.subscribe([{ ids: [stringified.id] }], {
          onevent: (e) => events.push(e),
          oneose: () => {
            clearTimeout(timer)
            resolve(events)
          },
        })
      })
      assert.deepEqual(seen.map((e) => e.content), [CONTROL])
    } finally {
      await relay.stop()
    }
  })
})

describe('duplicate keys and filter values', () => {
  it('an EVENT repeating a key is OK false "invalid: duplicate key"; #e/#p values must be 64 lowercase hex', async () => {
    const relay = await startRelay()
    try {
      const c = await pool.connect(relay.url)
      const ev = makeEvent(newKey(), { content: 'signed content' })
      const text = JSON.stringify(['EVENT', ev])
      c.send(text.replace(/\}\]$/, ',"content":"something else"}]'))
      const ok = await c.awaitOk(ev.id)
      assert.equal(ok.ok, false)
      assert.match(ok.message, /^invalid: duplicate key "content"/)
      // The connection stays usable and the event itself is fine.
      assert.deepEqual(await c.publish(ev), { ok: true, message: '' })

      for (const [sub, filter] of [
        ['e-short', { '#e': ['abc'] }],
        ['e-upper', { '#e': [ev.id.toUpperCase()] }],
        ['p-npub', { '#p': ['npub1xyz'] }],
      ]) {
        const r = await c.reqRaw(sub, [filter])
        assert.match(r.closed ?? '', /^invalid: "#[ep]" values must be 64 lowercase hex/, sub)
      }
      const fine = await c.reqRaw('e-ok', [{ '#e': [randomHex()], '#t': ['Anything Goes'] }])
      assert.equal(fine.eose, true)
    } finally {
      await relay.stop()
    }
  })
})

/** Connects nostr-tools with `onauth`: it answers the relay's challenge with the AUTH event nostr-tools
 *  builds (relay tag = the URL it connected to). Resolves with the OK reason; only for an AUTH the
 *  relay accepts (nostr-tools leaves a refused onauth AUTH as an unhandled rejection). */
async function authWithTools(url, key) {
  const tools = new Relay(url)
  tools.publishTimeout = 10_000
  const answered = new Promise((resolve) => {
    tools.onauth = async (template) => {
      const signed = finalizeEvent(template, key.sk)
      queueMicrotask(() => resolve(tools.authPromise)) // auth() stores its promise right after this returns
      return signed
    }
  })
  await withTimeout(tools.connect(), 10_000, `nostr-tools to connect to ${url}`)
  try {
    return await withTimeout(answered, 10_000, 'the AUTH answer')
  } finally {
    tools.close()
  }
}

/** AUTH on a raw connection with a nostr-tools AUTH event (nip42.makeAuthEvent) whose relay tag is `relayTag`. */
async function authAs(url, key, relayTag) {
  const c = await pool.connect(url)
  const m = await c.next((m) => m[0] === 'AUTH' && typeof m[1] === 'string', { what: 'the AUTH challenge' })
  const ev = finalizeEvent(makeAuthEvent(relayTag, m[1]), key.sk)
  c.send(['AUTH', ev])
  return c.awaitOk(ev.id)
}

describe('NIP-42 relay tag without relay/public_url', () => {
  it('an AUTH naming the relay the client reached is OK true; one signed for another relay is OK false', async () => {
    const relay = await startRelay() // no public_url
    try {
      const key = newKey()
      assert.equal(await authWithTools(relay.url, key), '')
      const elsewhere = await authAs(relay.url, key, 'wss://relay.damus.io/')
      assert.deepEqual(elsewhere, { ok: false, message: 'invalid: AUTH relay tag is not this relay' })
      assert.equal((await authAs(relay.url, key, `ws://127.0.0.1:${relay.port + 1}`)).ok, false)
      assert.equal((await authAs(relay.url, key, `wss://127.0.0.1:${relay.port}`)).ok, true) // scheme: ws or wss on that port
      // "localhost" names the loopback address the client reached.
      assert.deepEqual(await authAs(relay.url, key, `ws://localhost:${relay.port}`), { ok: true, message: '' })
      assert.equal((await authAs(relay.url, key, `ws://localhost:${relay.port}`.replace('localhost', '10.1.2.3'))).ok, false)
    } finally {
      await relay.stop()
    }
  })
})

/** POSTs a NIP-86 request with `authorization` to `path`. Returns {status, json}. */
const rpc = (port, payload, authorization, path = '/') => nip86Post(port, payload, { authorization, path })

describe('NIP-98 tokens for NIP-86', () => {
  it('u must be the full request URL, and a token is good for one request', async () => {
    const owner = newKey()
    const relay = await startRelay({ config: { access: { owner_pubkeys: owner.pk } } })
    try {
      const call = { method: 'supportedmethods', params: [] }
      const token = (url) => getToken(url, 'POST', (e) => finalizeEvent(e, owner.sk), true, call)
      const base = `http://127.0.0.1:${relay.port}`
      assert.equal((await rpc(relay.port, call, await token(`${base}/other-path`))).status, 401)
      assert.equal((await rpc(relay.port, call, await token(`http://127.0.0.1:${relay.port + 1}/`))).status, 401)
      assert.equal((await rpc(relay.port, call, await token('http://127.0.0.1/'))).status, 401)
      assert.equal((await rpc(relay.port, call, await token(`${base}/admin`), '/admin')).status, 200)

      const once = await token(`${base}/`)
      const first = await rpc(relay.port, call, once)
      assert.equal(first.status, 200)
      assert.ok(first.json.result.includes('banpubkey'))
      const replay = await rpc(relay.port, call, once)
      assert.equal(replay.status, 401)
      assert.match(replay.json.error, /already used/)
      assert.equal((await rpc(relay.port, call, await token(`${base}/`))).status, 200) // a fresh token
    } finally {
      await relay.stop()
    }
  })
})

describe('NIP-11 operator fields', () => {
  it('software, version and the fields the operator set; the owner is the pubkey when relay/pubkey is unset', async () => {
    const owner = newKey()
    const relay = await startRelay({
      config: {
        relay: {
          contact: 'mailto:op@example.org',
          icon: 'https://example.org/icon.png',
          banner: 'https://example.org/banner.jpg',
          posting_policy: 'https://example.org/posting',
          terms_of_service: 'https://example.org/terms',
          privacy_policy: 'https://example.org/privacy',
        },
        access: { owner_pubkeys: owner.pk },
      },
    })
    try {
      const doc = JSON.parse((await fetchNip11(relay.port)).body)
      assert.match(doc.software, /^https:\/\//)
      assert.match(doc.version, /^\d+\.\d+\.\d+/)
      assert.equal(doc.pubkey, owner.pk)
      assert.equal(doc.contact, 'mailto:op@example.org')
      assert.equal(doc.icon, 'https://example.org/icon.png')
      assert.equal(doc.banner, 'https://example.org/banner.jpg')
      assert.equal(doc.posting_policy, 'https://example.org/posting')
      assert.equal(doc.terms_of_service, 'https://example.org/terms')
      assert.equal(doc.privacy_policy, 'https://example.org/privacy')
      assert.equal(getPublicKey(owner.sk), doc.pubkey)
    } finally {
      await relay.stop()
    }
  })
})

/** Awaits the NIP-42 challenge on a RawClient and authenticates `key` for the relay at `url`. */
async function rawAuth(client, key, url) {
  const m = await client.next((m) => m[0] === 'AUTH' && typeof m[1] === 'string', { what: 'the AUTH challenge' })
  const ev = makeEvent(key, { kind: 22242, tags: [['relay', url], ['challenge', m[1]]] })
  client.send(['AUTH', ev])
  return client.awaitOk(ev.id)
}

describe('NIP-43 as the NIP stands', () => {
  it('invites only for a REQ naming kind 28935, single-use codes, kind 8000/8001 signed by the relay key', async () => {
    const owner = newKey()
    const first = newKey()
    const second = newKey()
    const relay = await startRelay({
      config: { access: { owner_pubkeys: owner.pk, nip43_enabled: 'true', nip43_single_use_invites: 'true', nip43_invite_validity: 600 } },
    })
    try {
      const self = JSON.parse((await fetchNip11(relay.port)).body).self
      const o = await pool.connect(relay.url, { label: 'owner' })
      assert.equal((await rawAuth(o, owner, relay.url)).ok, true)
      assert.deepEqual(await o.query('notes', [{ kinds: [1] }]), [])
      assert.deepEqual((await o.query('all', [{}])).filter((e) => e.kind === 28935), [], '{} does not ask for an invite')
      const [invite] = await o.query('invite', [{ kinds: [28935] }])
      assert.equal(invite.pubkey, self)
      assert.ok(verifyEvent(invite))
      const claim = invite.tags.find((t) => t[0] === 'claim')[1]

      // A live subscription sees the relay's member events as they are stored.
      assert.equal((await o.reqRaw('changes', [{ kinds: [8000, 8001], authors: [self] }])).eose, true)
      const tools = await pool.connectTools(relay.url)
      const join = makeEvent(first, { kind: 28934, tags: [['-'], ['claim', claim]] })
      assert.match(await tools.publish(join), /^info: welcome/)
      const s = await pool.connect(relay.url, { label: 'second' })
      const reused = await s.publish(makeEvent(second, { kind: 28934, tags: [['-'], ['claim', claim]] }))
      assert.deepEqual(reused, { ok: false, message: 'restricted: that invite code was already used' })

      const added = await o.nextEvent('changes')
      assert.equal(added.kind, 8000)
      assert.deepEqual(added.tags, [['-'], ['p', first.pk]])
      assert.ok(verifyEvent(added))

      assert.equal(await tools.publish(makeEvent(first, { kind: 28936, tags: [['-']] })), '')
      const removed = await o.nextEvent('changes')
      assert.equal(removed.kind, 8001)
      assert.deepEqual(removed.tags, [['-'], ['p', first.pk]])
      assert.ok(verifyEvent(removed))
    } finally {
      await relay.stop()
    }
  })
})
