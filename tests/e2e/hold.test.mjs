// e2e.hold: "hold for review" (access/hold_below, issue 12 item 4) against a real `roost --no-gui`:
// a stranger publishes with nostr-tools and is told `OK true "held for review: ..."` (committed, to the
// review queue); the event is not served to REQ nor delivered live, NIP-86 listeventsneedingmoderation
// lists it; allowevent publishes it (served, and delivered to an open subscription), banevent drops it.
import { after, afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { cleanup, startRelay } from './lib/relay.mjs'
import { ClientPool } from './lib/client.mjs'
import { nip86Call } from './lib/http.mjs'
import { makeEvent, newKey, nowSec } from './lib/events.mjs'

const pool = new ClientPool()
afterEach(() => pool.closeAll())
after(cleanup)

async function rpcOk(relay, owner, method, params = []) {
  const r = await nip86Call(relay.port, { method, params }, owner)
  assert.equal(r.status, 200, `${method}: ${JSON.stringify(r.json)}`)
  assert.equal(r.json.error ?? null, null, `${method}: ${JSON.stringify(r.json)}`)
  return r.json.result
}

describe('hold for review', () => {
  it('holds a stranger\'s events until allowevent publishes or banevent drops them', async () => {
    const owner = newKey()
    const relay = await startRelay({ config: { access: { owner_pubkeys: owner.pk, hold_below: 1 } } })
    try {
      const stranger = newKey()
      const publisher = await pool.connectTools(relay.url)
      const reader = await pool.connect(relay.url, { label: 'reader' })
      assert.deepEqual((await reader.reqRaw('live', [{ authors: [stranger.pk] }])).events, [])

      const kept = makeEvent(stranger, { content: 'hello, may I post here?', created_at: nowSec() - 5 })
      const spam = makeEvent(stranger, { content: 'buy my coin', created_at: nowSec() - 4 })
      const answer = await publisher.publish(kept)
      assert.match(answer, /^held for review: /, 'nostr-tools resolves with the OK true message')
      assert.match(await publisher.publish(spam), /^held for review: /)
      assert.match(await publisher.publish(spam), /^duplicate: /, 'held once')

      // Not published: no REQ answer, no live delivery (the next message on "live" must be the approved one).
      assert.deepEqual(await reader.query('q1', [{ ids: [kept.id, spam.id] }]), [])
      const queue = await rpcOk(relay, owner, 'listeventsneedingmoderation')
      assert.deepEqual(queue.map((e) => e.id).sort(), [kept.id, spam.id].sort())
      for (const e of queue) assert.match(e.reason, /^held for review/)

      assert.deepEqual(reader.peek((m) => m[0] === 'EVENT' && m[1] === 'live'), [])

      // allowevent publishes: stored, served, delivered live.
      assert.equal(await rpcOk(relay, owner, 'allowevent', [kept.id]), true)
      const live = await reader.nextEvent('live')
      assert.equal(live.id, kept.id)
      assert.deepEqual((await reader.query('q2', [{ ids: [kept.id, spam.id] }])).map((e) => e.id), [kept.id])
      assert.deepEqual((await rpcOk(relay, owner, 'listeventsneedingmoderation')).map((e) => e.id), [spam.id])

      // banevent drops the held one and keeps it out.
      assert.equal(await rpcOk(relay, owner, 'banevent', [spam.id, 'spam']), true)
      assert.deepEqual(await rpcOk(relay, owner, 'listeventsneedingmoderation'), [])
      const again = await reader.publish(spam)
      assert.equal(again.ok, false)
      assert.match(again.message, /^blocked: /)
      assert.deepEqual(await reader.query('q3', [{ ids: [spam.id] }]), [])
      // Nothing else reached the live subscription.
      assert.deepEqual(reader.peek((m) => m[0] === 'EVENT' && m[1] === 'live'), [])
    } finally {
      await relay.stop()
    }
  })

  it('holds nothing when hold_below is 0 (the default)', async () => {
    const relay = await startRelay()
    try {
      const c = await pool.connect(relay.url)
      const e = makeEvent(newKey(), { content: 'published at once' })
      assert.deepEqual(await c.publish(e), { ok: true, message: '' })
      assert.deepEqual((await c.query('q', [{ ids: [e.id] }])).map((x) => x.id), [e.id])
    } finally {
      await relay.stop()
    }
  })
})
