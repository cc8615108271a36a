// e2e.faults: disk and crash faults (issue 14 item 6), each with real roost processes: a damaged store
// found at start, a read-only data dir, a full disk (ENOSPC on a small tmpfs), SIGKILL during import and
// SIGKILL of the relay in the middle of a WAL checkpoint.
// The tmpfs cases need mount(2) (root); without it they skip and say why (and fail when CI is set).
import { after, afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync, spawn } from 'node:child_process'
import { createWriteStream, existsSync, statSync, watch } from 'node:fs'
import { chmod, mkdir, open, rm, stat, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { cleanup, makeTempDir, roostBin, runRoost, runRoostOk, startRelay, withTimeout } from './lib/relay.mjs'
import { ClientPool } from './lib/client.mjs'
import { makeEvent, newKey, nowSec, uniqueTag } from './lib/events.mjs'

const pool = new ClientPool()
const mounts = []
afterEach(() => pool.closeAll())
after(async () => {
  for (const m of mounts) {
    try {
      execFileSync('umount', ['-l', m])
    } catch {}
  }
  await cleanup()
})

/** Mounts a tmpfs of `size` at a fresh dir and returns the dir, or null (with the reason in `why`) when it cannot. */
async function tmpfs(size, why) {
  const dir = path.join(await makeTempDir(), 'mnt')
  await mkdir(dir)
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' })
  } catch (e) {
    why.reason = `cannot mount a tmpfs (${String(e.stderr || e.message).trim()}); run as root to test this fault`
    return null
  }
  mounts.push(dir)
  return dir
}

function skipOrFail(t, reason) {
  if (process.env.CI) assert.fail(`CI is set but: ${reason}`)
  t.skip(reason)
}

/** Events with random ids and signatures (for `import --no-verify`): fast to make in bulk, each one unique. */
function fakeEvents(n, label) {
  const pubkey = randomBytes(32).toString('hex')
  const now = nowSec()
  return Array.from({ length: n }, (_, i) => ({
    id: randomBytes(32).toString('hex'),
    pubkey,
    created_at: now - i,
    kind: 1,
    tags: [['t', label]],
    content: `${label} ${i} ${'y'.repeat(200)}`,
    sig: randomBytes(64).toString('hex'),
  }))
}

describe('a damaged store', () => {
  it('is found at start with a clear message, and `roost check` names it (exit 1)', async () => {
    const dataDir = path.join(await makeTempDir(), 'data')
    const events = fakeEvents(3000, 'corrupt')
    await runRoostOk(['import', '--no-verify'], { dataDir, input: events.map((e) => JSON.stringify(e)).join('\n') + '\n' })
    assert.match((await runRoostOk(['check'], { dataDir })).stdout, /^integrity: ok$/m)
    // Flip every byte of one page in the middle of the file.
    const file = path.join(dataDir, 'roost.db')
    const size = (await stat(file)).size
    const page = Math.floor(size / 4096 / 2)
    const fh = await open(file, 'r+')
    const buf = Buffer.alloc(4096)
    await fh.read(buf, 0, 4096, page * 4096)
    for (let i = 0; i < buf.length; i++) buf[i] ^= 0xff
    await fh.write(buf, 0, 4096, page * 4096)
    await fh.close()

    const check = await runRoost(['check'], { dataDir })
    assert.equal(check.code, 1, check.stdout + check.stderr)
    assert.match(check.stdout, /^integrity: FAILED$/m)
    assert.match(check.stdout, /^problem: /m)
    assert.match(check.stderr, /roost restore FILE/)

    const start = await runRoost(['--no-gui', '--bind', '127.0.0.1', '--port', '0'], { dataDir, timeoutMs: 60_000 })
    assert.notEqual(start.code, 0)
    assert.match(start.stderr, /the event store .*roost\.db is damaged \(.+\)\. Nothing was changed\. Run `roost check`/)
    assert.doesNotMatch(start.stdout, /listening on/)
  })
})

describe('a read-only data directory', () => {
  it('makes the relay exit at once with a clear message', async (t) => {
    const why = {}
    let dataDir
    let mnt = null
    if (process.getuid?.() === 0) {
      mnt = await tmpfs('8m', why)
      if (!mnt) return skipOrFail(t, why.reason)
      dataDir = path.join(mnt, 'data')
    } else {
      dataDir = path.join(await makeTempDir(), 'data')
    }
    await runRoostOk(['import', '--no-verify'], { dataDir, input: JSON.stringify(fakeEvents(1, 'ro')[0]) + '\n' })
    if (mnt) execFileSync('mount', ['-o', 'remount,ro', mnt])
    else await chmod(dataDir, 0o555)
    try {
      const r = await runRoost(['--no-gui', '--bind', '127.0.0.1', '--port', '0'], { dataDir, timeoutMs: 30_000 })
      assert.notEqual(r.code, 0)
      assert.match(r.stderr, /the data directory .* is not writable \(.+\); roost keeps its event store there/)
    } finally {
      if (mnt) execFileSync('mount', ['-o', 'remount,rw', mnt])
      else await chmod(dataDir, 0o755)
    }
  })
})

describe('a full disk (ENOSPC)', () => {
  it('refuses events with OK false "error: ...", keeps serving what was acknowledged, and recovers when space returns', async (t) => {
    const why = {}
    const mnt = await tmpfs('6m', why)
    if (!mnt) return skipOrFail(t, why.reason)
    const relay = await startRelay({ dataDir: path.join(mnt, 'data') })
    try {
      const client = await pool.connect(relay.url, { label: 'writer' })
      const k = newKey()
      const tag = uniqueTag('enospc')
      const acked = []
      for (let i = 0; i < 20; i++) {
        const ev = makeEvent(k, { tags: [['t', tag]], content: `before ${i}` })
        const ok = await client.publish(ev)
        assert.equal(ok.ok, true, JSON.stringify(ok))
        acked.push(ev.id)
      }
      // Fill the file system.
      const filler = path.join(mnt, 'filler')
      const fh = await open(filler, 'w')
      const chunk = Buffer.alloc(64 * 1024, 1)
      for (;;) {
        try {
          await fh.write(chunk)
        } catch (e) {
          assert.equal(e.code, 'ENOSPC')
          break
        }
      }
      await fh.close()
      // Publish until the store cannot take more (the WAL may have had a little room left).
      let refusal = null
      let extra = 0
      for (let i = 0; i < 2000 && !refusal; i++) {
        const ev = makeEvent(k, { tags: [['t', tag]], content: `full ${i} ${'z'.repeat(4000)}` })
        const ok = await client.publish(ev, { timeoutMs: 30_000 })
        if (ok.ok === true) {
          acked.push(ev.id)
          extra++
        } else refusal = ok
      }
      assert.ok(refusal, `no event was refused on a full disk (${extra} accepted)`)
      t.diagnostic(`accepted ${extra} events after filling the disk, then: ${JSON.stringify(refusal)}`)
      assert.match(refusal.message, /^error: /)
      // Reads keep working: every acknowledged event is served.
      const served = new Set((await client.query('r1', [{ ids: acked, limit: acked.length }], { timeoutMs: 30_000 })).map((e) => e.id))
      assert.deepEqual(acked.filter((id) => !served.has(id)), [], 'acknowledged events missing on a full disk')
      // Space returns: the next event is stored.
      await unlink(filler)
      const after = makeEvent(k, { tags: [['t', tag]], content: 'space is back' })
      const ok = await client.publish(after, { timeoutMs: 30_000 })
      assert.equal(ok.ok, true, `after freeing space: ${JSON.stringify(ok)}`)
      acked.push(after.id)
      await relay.stop()
      // And everything acknowledged is there after a restart.
      const again = await startRelay({ dataDir: path.join(mnt, 'data') })
      try {
        const c2 = await pool.connect(again.url, { label: 'reader' })
        const got = new Set((await c2.query('r2', [{ ids: acked, limit: acked.length }], { timeoutMs: 30_000 })).map((e) => e.id))
        assert.deepEqual(acked.filter((id) => !got.has(id)), [])
      } finally {
        await again.stop()
      }
    } finally {
      if (!relay.exit) await relay.kill()
    }
  })
})

describe('SIGKILL during import', () => {
  it('leaves a store that opens, passes its check and holds a prefix of the input', async (t) => {
    const dataDir = path.join(await makeTempDir(), 'data')
    const events = fakeEvents(60_000, 'killed')
    const input = path.join(await makeTempDir(), 'in.jsonl')
    await writeFile(input, events.map((e) => JSON.stringify(e)).join('\n') + '\n')
    const env = { ...process.env, XDG_CONFIG_HOME: await makeTempDir() }
    const child = spawn(roostBin(), ['--data-dir', dataDir, 'import', '--no-verify'], { stdio: ['pipe', 'pipe', 'pipe'], env })
    const exited = new Promise((resolve) => child.once('close', (code, signal) => resolve({ code, signal })))
    child.stdin.on('error', () => {})
    child.stdout.resume()
    child.stderr.resume()
    const { createReadStream } = await import('node:fs')
    createReadStream(input).pipe(child.stdin)
    // Kill once some batches are committed (as a reader sees them: `roost stats` from another process).
    await withTimeout(
      (async () => {
        for (;;) {
          const r = await runRoost(['stats'], { dataDir })
          const m = /^events: (\d+)$/m.exec(r.stdout)
          if (m && Number(m[1]) > 0) return
        }
      })(),
      120_000,
      'the import to commit its first batch',
    )
    child.kill('SIGKILL')
    const exit = await exited
    assert.equal(exit.signal, 'SIGKILL', 'the import finished before it could be killed: make the input larger')
    const check = await runRoostOk(['check'], { dataDir })
    assert.match(check.stdout, /^integrity: ok$/m)
    const n = Number(/^events: (\d+)$/m.exec(check.stdout)[1])
    t.diagnostic(`${n} of ${events.length} events stored when killed`)
    assert.ok(n > 0 && n < events.length, `stored ${n} of ${events.length}`)
    const exported = new Set((await runRoostOk(['export'], { dataDir })).stdout.trim().split('\n').map((l) => JSON.parse(l).id))
    const prefix = events.slice(0, n).map((e) => e.id)
    assert.equal(exported.size, n)
    assert.deepEqual(prefix.filter((id) => !exported.has(id)), [], 'the stored events are not the first N lines')
    // The relay starts on it.
    const relay = await startRelay({ dataDir })
    await relay.stop()
  })
})

describe('SIGKILL during a WAL checkpoint', () => {
  it('loses no acknowledged event and leaves a store that passes its check', async (t) => {
    const relay = await startRelay()
    const db = path.join(relay.dataDir, 'roost.db')
    const client = await pool.connect(relay.url)
    const key = newKey()
    const first = makeEvent(key, { content: 'before the watch' })
    assert.equal((await client.publish(first)).ok, true)
    // In WAL mode SQLite writes the main database file only when it checkpoints (the automatic one at
    // 16384 WAL pages, or Cron's passive one each minute), so the first write to roost.db from now on is
    // a checkpoint under way: SIGKILL the relay at that moment.
    let walBytesAtKill = 0
    let killed = false
    const killedAtCheckpoint = new Promise((resolve) => {
      const watcher = watch(db, () => {
        if (killed) return
        killed = true
        relay.child.kill('SIGKILL')
        watcher.close()
        try {
          walBytesAtKill = statSync(`${db}-wal`).size
        } catch {}
        resolve()
      })
    })
    // Large, poorly compressible events fill the 64 MiB WAL quickly; a window of 32 in flight.
    const t0 = Date.now()
    const acked = [first.id]
    const sent = []
    for (let i = 0; i < 3000 && !killed; i += 32) {
      const batch = Array.from({ length: 32 }, (_, j) =>
        makeEvent(key, { created_at: nowSec() - i - j, content: randomBytes(66_000).toString('base64') }),
      )
      sent.push(...batch)
      const oks = await Promise.all(batch.map((e) => client.publish(e, { timeoutMs: 60_000 }).then((r) => [e.id, r.ok], () => [e.id, null])))
      for (const [id, ok] of oks) if (ok === true) acked.push(id)
    }
    t.diagnostic(`publishing took ${((Date.now() - t0) / 1000).toFixed(1)} s`)
    assert.ok(killed, `no checkpoint started after ${sent.length} events of about 88 KB`)
    await withTimeout(killedAtCheckpoint, 10_000, 'the kill')
    await relay.kill()
    t.diagnostic(`killed at a checkpoint with ${acked.length} events acknowledged, WAL ${(walBytesAtKill / 2 ** 20).toFixed(1)} MiB`)
    assert.ok(acked.length > 1, 'events were acknowledged before the checkpoint')

    const check = await runRoostOk(['check'], { dataDir: relay.dataDir })
    assert.match(check.stdout, /^integrity: ok$/m)
    const restarted = await startRelay({ dataDir: relay.dataDir })
    try {
      const reader = await pool.connect(restarted.url)
      reader.send(['COUNT', 'acked', { ids: acked }])
      const count = await reader.next((m) => m[0] === 'COUNT' && m[1] === 'acked', { what: 'the COUNT of acknowledged ids' })
      if (count[2].count !== acked.length) {
        const stored = new Set()
        for (let i = 0; i < acked.length; i += 500) {
          for (const e of await reader.query(`ids${i}`, [{ ids: acked.slice(i, i + 500) }])) stored.add(e.id)
        }
        const lost = acked.filter((id) => !stored.has(id))
        assert.fail(`${lost.length} acknowledged events are gone after the kill: ${lost.slice(0, 5).join(', ')}`)
      }
    } finally {
      await restarted.stop()
    }
  })
})
