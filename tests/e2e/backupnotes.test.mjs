// e2e.backupnotes: `roost backup-notes` ("Back up my notes", issue 10 item 4) against real `roost --no-gui`
// relays on loopback: a bootstrap relay holds the key's relay list (NIP-65 kind 10002, or only a kind 3
// with the legacy relay map), the relays it names as write relays hold some of the key's events and events
// of other keys (published with nostr-tools); the backup into a fresh data directory must bring every event
// of that key and nothing else, and a dead relay in the list is reported without failing the others.
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { npubEncode } from 'nostr-tools/nip19'
import { cleanup, iniText, makeTempDir, runRoost, runRoostOk, startRelay } from './lib/relay.mjs'
import { ClientPool } from './lib/client.mjs'
import { makeEvent, newKey, nowSec } from './lib/events.mjs'

const pool = new ClientPool()
after(async () => {
  await pool.closeAll()
  await cleanup()
})

async function publish(relay, events) {
  const r = await pool.connectTools(relay.url)
  for (const e of events) await r.publish(e)
}

async function storedEvents(dataDir) {
  const r = await runRoostOk(['export'], { dataDir })
  return r.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l))
}

function summary(stdout) {
  const out = {}
  for (const m of stdout.matchAll(/^([a-z ]+): (.*)$/gm)) out[m[1]] = /^\d+(\.\d+)?$/.test(m[2]) ? Number(m[2]) : m[2]
  return out
}

/** A URL where nothing listens: a relay's port after it stopped. */
async function deadUrl() {
  const r = await startRelay()
  const url = r.url
  await r.stop()
  return url
}

const notes = (key, n, label) =>
  Array.from({ length: n }, (_, i) => makeEvent(key, { created_at: nowSec() - 600 + i, content: `${label} ${i}` }))

describe('roost backup-notes', () => {
  it('finds the write relays in the kind 10002 and brings every event of the key and nothing else', async () => {
    const [bootstrap, w1, w2] = await Promise.all([startRelay(), startRelay(), startRelay()])
    const dead = await deadUrl()
    const me = newKey()
    const other = newKey()
    const mine1 = notes(me, 4, 'on one')
    const mine2 = notes(me, 3, 'on two')
    const both = makeEvent(me, { kind: 30023, tags: [['d', 'article']], content: 'on both' })
    await publish(w1, [...mine1, both, ...notes(other, 3, 'other on one')])
    await publish(w2, [...mine2, both, ...notes(other, 2, 'other on two')])
    // Write relays: no marker and "write"; the "read" relay must not be synced; the dead one fails alone.
    // An older relay list on the bootstrap relay is superseded by the newer one.
    await publish(bootstrap, [
      makeEvent(me, { kind: 10002, created_at: nowSec() - 100, tags: [['r', dead]] }),
      makeEvent(other, { kind: 10002, tags: [['r', w1.url]] }),
    ])
    const reader = await startRelay()
    await publish(bootstrap, [
      makeEvent(me, { kind: 10002, tags: [['r', w1.url], ['r', w2.url + '/', 'write'], ['r', reader.url, 'read'], ['r', dead]] }),
    ])
    await publish(reader, notes(me, 2, 'only on my read relay'))

    const dataDir = path.join(await makeTempDir('roost-backup-'), 'data')
    const r = await runRoost(['backup-notes', npubEncode(me.pk), '--bootstrap', `${bootstrap.url},${dead}`], { dataDir })
    assert.equal(r.code, 0, r.stderr)
    const s = summary(r.stdout)
    assert.equal(s.pubkey, me.pk)
    assert.equal(s['relay list'], 'kind 10002')
    assert.equal(s.relays, 3)
    assert.equal(s['relays failed'], 1)
    assert.match(r.stdout, new RegExp(`^relay ${dead}: failed: `, 'm'))
    assert.match(r.stdout, new RegExp(`^bootstrap failed: ${dead}: `, 'm'))
    assert.ok(!r.stdout.includes(reader.url), 'a read relay is not synced')
    assert.match(r.stderr, /^relays \(kind 10002\): /m)
    assert.match(r.stderr, /^\[3\/3\] \S+ finished: found 8, stored 8$/m)

    const stored = await storedEvents(dataDir)
    const want = [...mine1, ...mine2, both].map((e) => e.id).sort()
    assert.deepEqual(stored.map((e) => e.id).sort(), want)
    assert.equal(s.stored, want.length)

    // A second run finds nothing new.
    const again = await runRoostOk(['backup-notes', me.pk, '--bootstrap', bootstrap.url], { dataDir })
    assert.equal(summary(again.stdout).stored, 0)
    assert.equal((await storedEvents(dataDir)).length, want.length)
  })

  it('falls back to the relays of the newest kind 3, and defaults to the owner key of the config', async () => {
    const [bootstrap, w1] = await Promise.all([startRelay(), startRelay()])
    const dead = await deadUrl()
    const me = newKey()
    const other = newKey()
    const mine = notes(me, 3, 'mine')
    await publish(w1, [...mine, ...notes(other, 2, 'theirs')])
    const relays = { [w1.url]: { read: true, write: true }, [dead]: { read: true, write: false } }
    await publish(bootstrap, [makeEvent(me, { kind: 3, tags: [['p', other.pk, dead]], content: JSON.stringify(relays) })])

    const dir = await makeTempDir('roost-backup-')
    const dataDir = path.join(dir, 'data')
    const config = path.join(dir, 'roost.conf')
    await writeFile(config, iniText({ access: { owner_pubkeys: npubEncode(me.pk) }, sync: { bootstrap_relays: bootstrap.url } }))
    const r = await runRoost(['backup-notes', '--config', config], { dataDir })
    assert.equal(r.code, 0, r.stderr)
    const s = summary(r.stdout)
    assert.equal(s['relay list'], 'kind 3')
    assert.equal(s.relays, 1, 'the relay with "write": false and the p tag hint are not used')
    assert.equal(s['relays failed'], 0)
    assert.deepEqual((await storedEvents(dataDir)).map((e) => e.id).sort(), mine.map((e) => e.id).sort())
  })

  it('fails in words when no relay list is found or the key is bad', async () => {
    const bootstrap = await startRelay()
    const dataDir = path.join(await makeTempDir('roost-backup-'), 'data')
    const nobody = newKey()
    let r = await runRoost(['backup-notes', npubEncode(nobody.pk), '--bootstrap', bootstrap.url], { dataDir })
    assert.equal(r.code, 1)
    assert.match(r.stderr, /roost: backup failed: no relay list found for npub1/)
    assert.match(r.stdout, /^relay list: none$/m)

    r = await runRoost(['backup-notes', 'npub1nonsense', '--bootstrap', bootstrap.url], { dataDir })
    assert.equal(r.code, 2)
    assert.match(r.stderr, /not a public key/)
  })
})
