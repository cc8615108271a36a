// e2e.backup: `roost backup` / `roost restore` / `roost check` and the scheduled backups of a running
// relay (issue 14 item 7). Real roost processes; nostr-tools publishes the write load.
import { after, afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { cleanup, makeTempDir, runRoost, runRoostOk, startRelay } from './lib/relay.mjs'
import { ClientPool } from './lib/client.mjs'
import { makeEvent, newKey, nowSec, uniqueTag } from './lib/events.mjs'

const pool = new ClientPool()
afterEach(() => pool.closeAll())
after(cleanup)

/** Asks `url` for `wanted` ids (in chunks) and returns the set of ids it has. */
async function idsPresent(url, wanted) {
  const client = await pool.connect(url, { label: 'checker' })
  const found = new Set()
  for (let i = 0; i < wanted.length; i += 200) {
    const chunk = wanted.slice(i, i + 200)
    for (const ev of await client.query(`q${i}`, [{ ids: chunk, limit: chunk.length }], { timeoutMs: 30_000 })) found.add(ev.id)
    client.send(['CLOSE', `q${i}`])
  }
  return found
}

/** `writers` nostr-tools connections publish one event after another until stop(); acked: [{id, at}] (ms after OK true). */
async function writeLoad(url, writers, label) {
  const state = { acked: [], refused: [], stopped: false }
  const tag = uniqueTag(label)
  const loops = []
  for (let w = 0; w < writers; w++) {
    const relay = await pool.connectTools(url)
    const key = newKey()
    loops.push(
      (async () => {
        for (let i = 0; !state.stopped; i++) {
          const ev = makeEvent(key, { tags: [['t', tag]], content: `${label} ${w}/${i} ${'x'.repeat(300)}` })
          try {
            await relay.publish(ev)
            state.acked.push({ id: ev.id, at: Date.now() })
          } catch (e) {
            state.refused.push(String(e?.message ?? e))
          }
        }
      })(),
    )
  }
  state.stop = async () => {
    state.stopped = true
    await Promise.all(loops)
  }
  return state
}

describe('backup and restore round trip', () => {
  it('a backup taken under write load, restored into a fresh data dir, holds every event acknowledged before it started', async (t) => {
    const relay = await startRelay()
    const load = await writeLoad(relay.url, 4, 'backup-load')
    // Some load before the backup, so the store is not trivial.
    while (load.acked.length < 400) await new Promise((r) => setImmediate(r))
    const file = path.join(await makeTempDir(), 'b', 'roost-test.db.zst')
    const startedAt = Date.now()
    const ackedBefore = load.acked.filter((a) => a.at <= startedAt).map((a) => a.id)
    const backup = await runRoost(['backup', file], { dataDir: relay.dataDir })
    const finishedAt = Date.now()
    // Keep writing a little after the backup, then stop.
    const ackedDuring = load.acked.filter((a) => a.at > startedAt && a.at <= finishedAt).length
    await load.stop()
    assert.equal(backup.code, 0, `backup failed: ${backup.stderr}`)
    assert.match(backup.stderr, /roost: copying/, 'progress on stderr')
    assert.match(backup.stdout, new RegExp(`^backup: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'))
    const events = Number(/^events: (\d+)$/m.exec(backup.stdout)[1])
    const bytes = Number(/^bytes: (\d+)$/m.exec(backup.stdout)[1])
    const dbBytes = Number(/^database bytes: (\d+)$/m.exec(backup.stdout)[1])
    assert.equal((await stat(file)).size, bytes)
    assert.ok(bytes < dbBytes, `zstd did work: ${bytes} compressed < ${dbBytes} database bytes`)
    assert.equal((await readFile(file)).subarray(0, 4).toString('hex'), '28b52ffd', 'the file is zstd')
    t.diagnostic(`backup: ${events} events, ${dbBytes} -> ${bytes} bytes in ${finishedAt - startedAt} ms; ` +
      `${ackedBefore.length} acked before, ${ackedDuring} during, ${load.acked.length} in all; refused ${load.refused.length}`)
    assert.ok(events >= ackedBefore.length, `${events} events in the backup < ${ackedBefore.length} acknowledged before it`)
    await relay.stop()

    const fresh = path.join(await makeTempDir(), 'restored')
    const restore = await runRoostOk(['restore', file], { dataDir: fresh })
    assert.match(restore.stdout, new RegExp(`^restored ${events} events from `, 'm'))
    const check = await runRoostOk(['check'], { dataDir: fresh })
    assert.match(check.stdout, /^integrity: ok$/m)
    assert.match(check.stdout, new RegExp(`^events: ${events}$`, 'm'))
    const restored = await startRelay({ dataDir: fresh })
    try {
      const found = await idsPresent(restored.url, ackedBefore)
      const missing = ackedBefore.filter((id) => !found.has(id))
      assert.equal(missing.length, 0, `${missing.length} of ${ackedBefore.length} acknowledged events missing after restore, e.g. ${missing.slice(0, 3)}`)
    } finally {
      await restored.stop()
    }
  })

  it('restore keeps the old store as roost.db.before-restore, refuses a damaged backup and leaves the store alone', async () => {
    const dataDir = path.join(await makeTempDir(), 'data')
    const k = newKey()
    const a = makeEvent(k, { content: 'in the backup', created_at: nowSec() - 10 })
    const b = makeEvent(k, { content: 'after the backup', created_at: nowSec() })
    await runRoostOk(['import'], { dataDir, input: JSON.stringify(a) + '\n' })
    const file = path.join(await makeTempDir(), 'one.db.zst')
    await runRoostOk(['backup', file], { dataDir })
    await runRoostOk(['import'], { dataDir, input: JSON.stringify(b) + '\n' })

    // A truncated backup fails the zstd check; the store still has both events.
    const broken = path.join(path.dirname(file), 'broken.db.zst')
    await writeFile(broken, (await readFile(file)).subarray(0, Math.floor((await stat(file)).size / 2)))
    const bad = await runRoost(['restore', broken], { dataDir })
    assert.equal(bad.code, 1, bad.stderr)
    assert.match(bad.stderr, /restore failed: .*not a complete zstd stream/)
    assert.equal((await runRoostOk(['export'], { dataDir })).stdout.trim().split('\n').length, 2, 'the store keeps both events')
    // Not a backup at all.
    const junk = path.join(path.dirname(file), 'junk.db.zst')
    await writeFile(junk, 'hello')
    assert.match((await runRoost(['restore', junk], { dataDir })).stderr, /not a Roost backup/)

    const ok = await runRoostOk(['restore', file], { dataDir })
    assert.match(ok.stdout, /^restored 1 events from /m)
    assert.match(ok.stdout, /previous store is kept as .*roost\.db\.before-restore/)
    assert.ok(existsSync(path.join(dataDir, 'roost.db.before-restore')))
    const ids = (await runRoostOk(['export'], { dataDir })).stdout.trim().split('\n').map((l) => JSON.parse(l).id)
    assert.deepEqual(ids, [a.id])
  })

  it('restore and import are refused while a relay runs on the data dir; backup and check work', async () => {
    const relay = await startRelay()
    try {
      const file = path.join(await makeTempDir(), 'live.db.zst')
      await runRoostOk(['backup', file], { dataDir: relay.dataDir })
      assert.match((await runRoostOk(['check'], { dataDir: relay.dataDir })).stdout, /^integrity: ok$/m)
      for (const args of [['restore', file], ['import'], ['delete', '--filter', '{"kinds":[1]}', '--yes']]) {
        const r = await runRoost(args, { dataDir: relay.dataDir, input: '' })
        assert.equal(r.code, 3, `${args[0]}: ${r.stderr}`)
        assert.match(r.stderr, new RegExp(`^roost: ${args[0]}: another roost \\(pid ${relay.pid}\\) is already running on the data directory`, 'm'))
      }
    } finally {
      await relay.stop()
    }
  })
})

describe('scheduled backups', () => {
  it('backup/interval runs a first backup at start, backup/keep deletes the oldest files', async () => {
    const dir = path.join(await makeTempDir(), 'backups')
    const dataDir = path.join(await makeTempDir(), 'data')
    await runRoostOk(['import'], { dataDir, input: JSON.stringify(makeEvent(newKey(), { content: 'x' })) + '\n' })
    // Three older backups (a day old): with keep=2 only the newest old one and the new one remain.
    await mkdir(dir, { recursive: true })
    const old = ['roost-20200101-000000.db.zst', 'roost-20200102-000000.db.zst', 'roost-20200103-000000.db.zst']
    const dayAgo = new Date(Date.now() - 86_400_000)
    for (const name of old) {
      await writeFile(path.join(dir, name), 'old')
      await utimes(path.join(dir, name), dayAgo, dayAgo)
    }
    const relay = await startRelay({ dataDir, config: { backup: { interval: 1, keep: 2, dir } } })
    try {
      const line = await relay.waitForLine(/^roost: backup written to /, 30_000)
      const written = /^roost: backup written to (.*) \(1 events, \d+ bytes\)$/.exec(line)
      assert.ok(written, line)
      const files = (await readdir(dir)).sort()
      assert.deepEqual(files, [old[2], path.basename(written[1])])
      assert.match(files[1], /^roost-\d{8}-\d{6}\.db\.zst$/)
      // It restores.
      const fresh = path.join(await makeTempDir(), 'fresh')
      assert.match((await runRoostOk(['restore', written[1]], { dataDir: fresh })).stdout, /^restored 1 events/m)
    } finally {
      await relay.stop()
    }
  })
})
