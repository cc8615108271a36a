// e2e.moderation: moderation that sticks and the moderation queue, against a real `roost --no-gui` with
// nostr-tools: NIP-56 reports (kind 1984) fill NIP-86 listeventsneedingmoderation; banevent and banpubkey
// keep events out ("blocked:") until allowevent / unbanpubkey; the ban is written to the config file.
import { after, afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
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

describe('moderation', () => {
  it('reports fill listeventsneedingmoderation; a banned event stays out until allowevent', async () => {
    const owner = newKey()
    const relay = await startRelay({ config: { access: { owner_pubkeys: owner.pk } } })
    try {
      const c = await pool.connect(relay.url)
      const alice = newKey()
      const note = makeEvent(alice, { content: 'buy my coin', created_at: nowSec() - 10 })
      const fine = makeEvent(alice, { content: 'good morning', created_at: nowSec() - 9 })
      for (const e of [note, fine]) assert.equal((await c.publish(e)).ok, true)
      assert.deepEqual(await rpcOk(relay, owner, 'listeventsneedingmoderation'), [])

      // Two keys report the note as spam (one of them twice), one reports an event that is not here.
      for (const reporter of [newKey(), newKey()]) {
        const report = makeEvent(reporter, { kind: 1984, tags: [['e', note.id, 'spam'], ['p', alice.pk]] })
        assert.equal((await c.publish(report)).ok, true)
        const again = makeEvent(reporter, { kind: 1984, created_at: nowSec() + 1, tags: [['e', note.id, 'spam'], ['p', alice.pk]] })
        assert.equal((await c.publish(again)).ok, true)
      }
      const elsewhere = makeEvent(newKey(), { kind: 1984, tags: [['e', 'ab'.repeat(32), 'illegal']] })
      assert.equal((await c.publish(elsewhere)).ok, true)
      const queue = await rpcOk(relay, owner, 'listeventsneedingmoderation')
      assert.deepEqual(queue, [{ id: note.id, reason: 'reported: spam (2)' }])

      // Banning it empties the queue and keeps it out.
      assert.equal(await rpcOk(relay, owner, 'banevent', [note.id, 'spam']), true)
      assert.deepEqual(await rpcOk(relay, owner, 'listeventsneedingmoderation'), [])
      const refused = await c.publish(note)
      assert.equal(refused.ok, false)
      assert.match(refused.message, /^blocked: /)
      assert.deepEqual((await c.query('q1', [{ ids: [note.id, fine.id] }])).map((e) => e.id), [fine.id])

      // allowevent lifts it.
      assert.equal(await rpcOk(relay, owner, 'allowevent', [note.id]), true)
      assert.equal((await c.publish(note)).ok, true)
    } finally {
      await relay.stop()
    }
  })

  it('a banned author stays banned across a restart, and unbanpubkey lifts it', async () => {
    const owner = newKey()
    const relay = await startRelay({ config: { access: { owner_pubkeys: owner.pk } } })
    const mallory = newKey()
    try {
      const c = await pool.connect(relay.url)
      assert.equal((await c.publish(makeEvent(mallory, { content: 'before' }))).ok, true)
      assert.equal(await rpcOk(relay, owner, 'banpubkey', [mallory.pk, 'spam']), true)
      const refused = await c.publish(makeEvent(mallory, { content: 'after' }))
      assert.equal(refused.ok, false)
      assert.match(refused.message, /^blocked: /)
      assert.match(await readFile(relay.configFile, 'utf8'), new RegExp(`^banned_pubkeys=${mallory.pk}$`, 'm'))
    } finally {
      await relay.stop()
    }
    const again = await startRelay({ dataDir: relay.dataDir, extraArgs: ['--config', relay.configFile] })
    try {
      const c = await pool.connect(again.url)
      assert.match((await c.publish(makeEvent(mallory, { content: 'after restart' }))).message, /^blocked: /)
      assert.equal(await rpcOk(again, owner, 'unbanpubkey', [mallory.pk]), true)
      assert.equal((await c.publish(makeEvent(mallory, { content: 'forgiven' }))).ok, true)
    } finally {
      await again.stop()
    }
  })
})
