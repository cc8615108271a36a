// e2e.sync: `roost sync` between two real `roost --no-gui` processes on loopback. Each side is
// seeded (roost import) with a common set plus ~1 % of its own; after a sync the stores are compared
// through `roost export` (run on the data directories while the relays run: SQLite WAL).
// The common set is taken from the real events corpus ($ROOST_SHARED_DATA/real-events.jsonl: regular
// kinds only, no direct messages, deletions, expiring or protected events, so every side stores and
// serves all of them); the events only one side has are signed here. SYNC_EVENTS (default 3000,
// at most ~4000) sets the size of the common set.
// SYNC_PART splits the file into two CTest entries that run side by side (it is the longest e2e
// test): `modes` runs only the per-mode cases of the loop below, `cases` everything else; unset,
// all of them. Every case is in exactly one part: `modeIt` marks the loop's cases, any other `it`
// belongs to `cases`.
import { after, describe, it as nodeIt } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { cp, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { cleanup, makeTempDir, roostBin, runRoost, runRoostOk, sharedDataDir, startRelay, withTimeout } from './lib/relay.mjs'
import { getEventHash } from 'nostr-tools/pure'
import { makeEvent, newKey, nowSec } from './lib/events.mjs'
import { ClientPool } from './lib/client.mjs'

const pool = new ClientPool()
after(async () => {
  await pool.closeAll()
  await cleanup()
})

const corpusFile = sharedDataDir() && path.join(sharedDataDir(), 'real-events.jsonl')
const haveCorpus = Boolean(corpusFile && existsSync(corpusFile))
if (!haveCorpus && process.env.CI) throw new Error(`e2e.sync needs ${corpusFile ?? '$ROOST_SHARED_DATA/real-events.jsonl'} (CI is set)`)
const skip = haveCorpus ? false : `no real events corpus (${corpusFile ?? 'ROOST_SHARED_DATA is not set'}): skipped`

/** Real events every roost stores and serves to anyone, oldest first. */
function corpus() {
  if (!haveCorpus) return []
  const now = nowSec()
  const stored = (e) =>
    !(e.kind === 5 || e.kind === 62 || e.kind === 4 || e.kind === 14 || e.kind === 1059 || e.kind === 22242) &&
    !(e.kind === 0 || e.kind === 3 || (e.kind >= 10000 && e.kind < 40000)) &&
    !e.tags.some((t) => t[0] === 'expiration' || t[0] === '-') &&
    e.created_at < now
  return readFileSync(corpusFile, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l)).filter(stored)
}
const usable = corpus()
const COMMON = Math.min(Number(process.env.SYNC_EVENTS ?? 3000), Math.max(usable.length - 1000, 0))
const ONLY = Math.max(5, Math.round(COMMON / 100)) // ~1 % on each side

const keys = Array.from({ length: 8 }, () => newKey())

/** `n` signed kind-1 events spread over the last hours (several share a second). */
function makeEvents(n, label) {
  const now = nowSec()
  return Array.from({ length: n }, (_, i) =>
    makeEvent(keys[i % keys.length], { created_at: now - 3600 - Math.floor(Math.random() * n * 2), content: `${label} ${i}` }),
  )
}

const common = usable.slice(0, COMMON)

/** `roost import` of `events` into `dataDir`; every one must be added. */
async function importInto(dataDir, events) {
  const file = path.join(await makeTempDir('roost-sync-in-'), 'events.jsonl')
  await writeFile(file, events.map((e) => JSON.stringify(e)).join('\n') + '\n')
  const r = await runRoostOk(['import'], { dataDir, inputFile: file })
  assert.match(r.stdout, new RegExp(`^added ${events.length}, duplicate 0, rejected 0$`, 'm'))
}

async function seededDir(events) {
  const dataDir = path.join(await makeTempDir('roost-sync-'), 'data')
  await importInto(dataDir, events)
  return dataDir
}

// `common` is imported once per file into a template data directory that no relay opens; each
// store that starts from it gets a copy, then its own events imported on top (most cases need two
// such stores, and importing the common set twice per case was most of this file's run time).
let commonTemplate = null

/** A new data directory holding `common`, then `extra` (imported after it, in order). */
async function seededWithCommon(extra) {
  commonTemplate ??= seededDir(common)
  const template = await commonTemplate
  const dataDir = path.join(await makeTempDir('roost-sync-'), 'data')
  // Never relay.key: two relays with one identity would not be two relays.
  await cp(template, dataDir, { recursive: true, filter: (src) => path.basename(src) !== 'relay.key' })
  if (extra.length > 0) await importInto(dataDir, extra)
  return dataDir
}

/** The ids stored in `dataDir` (via `roost export`; every line must be a whole event whose id matches its content). */
async function storedIds(dataDir) {
  const r = await runRoostOk(['export'], { dataDir })
  const lines = r.stdout.split('\n').filter((l) => l !== '')
  const events = lines.map((l) => JSON.parse(l))
  for (const e of events) assert.equal(getEventHash(e), e.id, `stored event ${e.id} does not match its id`)
  const set = new Set(events.map((e) => e.id))
  assert.equal(set.size, events.length, 'an id stored twice')
  return set
}

/** Parses the `key: value` summary of `roost sync` into an object (numbers where numeric). */
function summary(stdout) {
  const out = {}
  for (const m of stdout.matchAll(/^([a-z ]+): (.*)$/gm)) out[m[1]] = /^\d+(\.\d+)?$/.test(m[2]) ? Number(m[2]) : m[2]
  return out
}

function assertSameIds(got, want, what) {
  const missing = [...want].filter((id) => !got.has(id))
  const extra = [...got].filter((id) => !want.has(id))
  assert.ok(missing.length === 0 && extra.length === 0,
    `${what}: ${missing.length} missing (e.g. ${missing.slice(0, 2)}), ${extra.length} unexpected (e.g. ${extra.slice(0, 2)})`)
}

/** Two relays: A holds common + aOnly, B holds common + bOnly. */
async function pair({ configA, configB } = {}) {
  const aOnly = makeEvents(ONLY, 'only-a')
  const bOnly = makeEvents(ONLY, 'only-b')
  // The two sides are independent until the sync: seeded and started side by side (their imports'
  // fsyncs and start-ups overlap instead of adding up).
  const [a, b] = await Promise.all([
    seededWithCommon(aOnly).then((dataDir) => startRelay({ dataDir, config: configA })),
    seededWithCommon(bOnly).then((dataDir) => startRelay({ dataDir, config: configB })),
  ])
  return { a, b, aOnly, bOnly }
}

async function sync(local, remoteUrl, args = []) {
  const extra = local.configFile ? ['--config', local.configFile] : []
  return runRoost([...extra, 'sync', remoteUrl, ...args], { dataDir: local.dataDir })
}

const part = process.env.SYNC_PART ?? ''
if (!['', 'modes', 'cases'].includes(part)) throw new Error(`SYNC_PART must be modes or cases, not ${part}`)
const it = part === 'modes' ? nodeIt.skip : nodeIt
const modeIt = part === 'cases' ? nodeIt.skip : nodeIt

function idSet(...lists) {
  return new Set(lists.flat().map((e) => e.id))
}

describe('roost sync between two roost relays', { skip }, () => {
  // negentropy: NIP-77 against a relay that speaks it; req: --no-negentropy; nip77-off: the remote has
  // NIP-77 switched off ([negentropy] enabled=false, so its NIP-11 lacks 77); neg-err: the remote
  // answers NEG-OPEN with NEG-ERR "blocked:" (max_records below the set) and the client falls back.
  const modes = {
    negentropy: { flags: [], method: 'negentropy' },
    req: { flags: ['--no-negentropy'], method: 'req', fallback: /--no-negentropy/ },
    'nip77-off': { flags: [], configB: { negentropy: { enabled: false } }, method: 'req', fallback: /NIP-11 does not list NIP-77/ },
    'neg-err': { flags: [], configB: { negentropy: { max_records: 100 } }, method: 'req', fallback: /^NEG-ERR: blocked:/ },
  }
  for (const [mode, { flags, configB, method, fallback }] of Object.entries(modes)) {
    const checkMethod = (s, stdout) => {
      assert.equal(s.method, method, stdout)
      if (fallback) assert.match(s['fallback reason'] ?? '', fallback, stdout)
    }

    modeIt(`${mode}: --dir down brings the remote's extra events here and leaves the remote alone`, async () => {
      const { a, b, aOnly, bOnly } = await pair({ configB })
      const r = await sync(a, b.url, ['--dir', 'down', ...flags])
      assert.equal(r.code, 0, `sync failed:\n${r.stdout}\n${r.stderr}`)
      const s = summary(r.stdout)
      checkMethod(s, r.stdout)
      assert.equal(s.need, bOnly.length, r.stdout)
      assert.equal(s.added, bOnly.length, r.stdout)
      assert.equal(s.uploaded, 0, r.stdout)
      assert.equal(s.authenticated, 'no', r.stdout)
      assertSameIds(await storedIds(a.dataDir), idSet(common, aOnly, bOnly), 'A after down')
      assertSameIds(await storedIds(b.dataDir), idSet(common, bOnly), 'B after down')
      await Promise.all([a.stop(), b.stop()])
    })

    modeIt(`${mode}: --dir up sends our extra events to the remote`, async () => {
      const { a, b, aOnly, bOnly } = await pair({ configB })
      const r = await sync(a, b.url, ['--dir', 'up', ...flags])
      assert.equal(r.code, 0, `sync failed:\n${r.stdout}\n${r.stderr}`)
      const s = summary(r.stdout)
      checkMethod(s, r.stdout)
      assert.equal(s.have, aOnly.length, r.stdout)
      assert.equal(s.uploaded, aOnly.length, r.stdout)
      assert.equal(s.added, 0, r.stdout)
      assertSameIds(await storedIds(b.dataDir), idSet(common, aOnly, bOnly), 'B after up')
      assertSameIds(await storedIds(a.dataDir), idSet(common, aOnly), 'A after up')
      await Promise.all([a.stop(), b.stop()])
    })

    modeIt(`${mode}: --dir both leaves both stores with the same ids; a second run has nothing to do`, async () => {
      const { a, b, aOnly, bOnly } = await pair({ configB })
      const r = await sync(a, b.url, ['--dir', 'both', ...flags])
      assert.equal(r.code, 0, `sync failed:\n${r.stdout}\n${r.stderr}`)
      checkMethod(summary(r.stdout), r.stdout)
      const want = idSet(common, aOnly, bOnly)
      assertSameIds(await storedIds(a.dataDir), want, 'A after both')
      assertSameIds(await storedIds(b.dataDir), want, 'B after both')
      const again = summary((await sync(a, b.url, flags)).stdout)
      assert.equal(again.need, 0)
      assert.equal(again.have, 0)
      await Promise.all([a.stop(), b.stop()])
    })
  }

  it('NIP-77 moves a small fraction of the bytes a full REQ download moves', async () => {
    const { a, b } = await pair()
    const neg = summary((await runRoostOk(['sync', b.url, '--dir', 'down', '--dry-run'], { dataDir: a.dataDir })).stdout)
    const req = summary((await runRoostOk(['sync', b.url, '--dir', 'down', '--dry-run', '--no-negentropy'], { dataDir: a.dataDir })).stdout)
    assert.equal(neg.method, 'negentropy')
    assert.equal(neg.need, req.need)
    const negBytes = neg['bytes in'] + neg['bytes out']
    const reqBytes = req['bytes in'] + req['bytes out']
    assert.ok(negBytes * 5 < reqBytes, `negentropy ${negBytes} bytes vs REQ paging ${reqBytes} bytes`)
    await Promise.all([a.stop(), b.stop()])
  })

  for (const flags of [[], ['--no-negentropy']]) {
    it(`authenticates with NIP-42 (the relay's own key) when the remote wants it ${flags.join(' ') || '(NIP-77)'}`, async () => {
      const { a, b, aOnly, bOnly } = await pair({ configB: { access: { min_level_req: 1, min_level_event: 1 } } })
      const r = await sync(a, b.url, flags)
      assert.equal(r.code, 0, `sync failed:\n${r.stdout}\n${r.stderr}`)
      const s = summary(r.stdout)
      assert.equal(s.method, flags.length ? 'req' : 'negentropy', r.stdout)
      assert.equal(s.authenticated, 'yes', r.stdout)
      assert.equal(s.uploaded, aOnly.length, r.stdout)
      assert.equal(s.added, bOnly.length, r.stdout)
      const want = idSet(common, aOnly, bOnly)
      assertSameIds(await storedIds(a.dataDir), want, 'A after an authenticated sync')
      assertSameIds(await storedIds(b.dataDir), want, 'B after an authenticated sync')
      await Promise.all([a.stop(), b.stop()])
    })
  }

  it('authenticates when only uploads need it (EVENT answered auth-required:) and resends them', async () => {
    const { a, b, aOnly, bOnly } = await pair({ configB: { access: { min_level_event: 1 } } })
    const r = await sync(a, b.url, ['--dir', 'up'])
    assert.equal(r.code, 0, `sync failed:\n${r.stdout}\n${r.stderr}`)
    const s = summary(r.stdout)
    assert.equal(s.authenticated, 'yes', r.stdout)
    assert.equal(s.uploaded, aOnly.length, r.stdout)
    assert.equal(s['rejected up'], 0, r.stdout)
    assertSameIds(await storedIds(b.dataDir), idSet(common, aOnly, bOnly), 'B after an authenticated upload')
    await Promise.all([a.stop(), b.stop()])
  })

  it('syncing into the data directory of a running relay: its live subscribers get the new events', async () => {
    const { a, b, bOnly } = await pair()
    const watcher = await pool.connect(a.url)
    watcher.send(['REQ', 'live', { ids: bOnly.map((e) => e.id) }])
    await watcher.next((m) => m[0] === 'EOSE' && m[1] === 'live', { what: 'EOSE of the live subscription' })
    const r = await sync(a, b.url, ['--dir', 'down'])
    assert.equal(r.code, 0, `sync failed:\n${r.stdout}\n${r.stderr}`)
    const seen = new Set()
    while (seen.size < bOnly.length) {
      const m = await watcher.next((m) => m[0] === 'EVENT' && m[1] === 'live', { what: 'a synced event on the live subscription', timeoutMs: 15_000 })
      seen.add(m[2].id)
    }
    assertSameIds(seen, idSet(bOnly), 'events pushed to the live subscriber')
    await Promise.all([a.stop(), b.stop()])
  })

  it('--dry-run counts have and need and changes nothing', async () => {
    const { a, b, aOnly, bOnly } = await pair()
    const r = await sync(a, b.url, ['--dry-run'])
    assert.equal(r.code, 0, `sync failed:\n${r.stdout}\n${r.stderr}`)
    const s = summary(r.stdout)
    assert.equal(s.have, aOnly.length, r.stdout)
    assert.equal(s.need, bOnly.length, r.stdout)
    assert.equal(s.added + s.uploaded, 0, r.stdout)
    assertSameIds(await storedIds(a.dataDir), idSet(common, aOnly), 'A after dry run')
    assertSameIds(await storedIds(b.dataDir), idSet(common, bOnly), 'B after dry run')
    await Promise.all([a.stop(), b.stop()])
  })

  it('a filter limits the sync to the matching events', async () => {
    const { a, b, aOnly, bOnly } = await pair()
    const author = keys[0].pk
    const r = await sync(a, b.url, ['--filter', JSON.stringify({ authors: [author] })])
    assert.equal(r.code, 0, `sync failed:\n${r.stdout}\n${r.stderr}`)
    const mine = (list) => list.filter((e) => e.pubkey === author)
    assertSameIds(await storedIds(a.dataDir), idSet(common, aOnly, mine(bOnly)), 'A after filtered sync')
    assertSameIds(await storedIds(b.dataDir), idSet(common, bOnly, mine(aOnly)), 'B after filtered sync')
    await Promise.all([a.stop(), b.stop()])
  })

  it('honours rate-limited: with a backoff until every event is uploaded', async () => {
    const { a, b, aOnly, bOnly } = await pair({ configB: { rate: { events_per_second: ONLY / 3, burst_seconds: 1 } } }) // a bucket of a third of the uploads
    const r = await sync(a, b.url, ['--dir', 'up'])
    assert.equal(r.code, 0, `sync failed:\n${r.stdout}\n${r.stderr}`)
    assert.equal(summary(r.stdout).uploaded, aOnly.length, r.stdout)
    assert.ok(summary(r.stdout)['rate limited'] > 0, `the remote never said rate-limited:\n${r.stdout}`)
    assertSameIds(await storedIds(b.dataDir), idSet(common, aOnly, bOnly), 'B after rate-limited upload')
    await Promise.all([a.stop(), b.stop()])
  })

  it('banned authors and NIP-09 deleted events are not brought back', async () => {
    const banned = newKey()
    const author = newKey()
    const bannedNote = makeEvent(banned, { content: 'from a banned key', created_at: nowSec() - 50 })
    const deletedNote = makeEvent(author, { content: 'deleted here', created_at: nowSec() - 40 })
    const deletion = makeEvent(author, { kind: 5, tags: [['e', deletedNote.id]], created_at: nowSec() - 30 })
    const a = await startRelay({
      dataDir: await seededWithCommon([deletedNote, deletion]),
      config: { access: { banned_pubkeys: banned.pk } },
    })
    const b = await startRelay({ dataDir: await seededWithCommon([bannedNote, deletedNote]) })
    const before = await storedIds(a.dataDir)
    assert.ok(!before.has(deletedNote.id), 'the deletion request removed the note on A')
    const r = await sync(a, b.url, ['--dir', 'down'])
    assert.equal(r.code, 0, `sync failed:\n${r.stdout}\n${r.stderr}`)
    assert.match(r.stdout, /^ {2}1 blocked: the author is banned here$/m)
    assert.match(r.stdout, /^ {2}1 blocked: .*delet/m)
    assertSameIds(await storedIds(a.dataDir), before, 'A after syncing banned and deleted events')
    await Promise.all([a.stop(), b.stop()])
  })

  it('the remote killed mid-transfer: non-zero exit, whole events only, and a rerun completes', async () => {
    // A has a third of the corpus, B all of it: thousands of events to download in many batches.
    const a = await startRelay({ dataDir: await seededDir(usable.slice(0, Math.floor(usable.length / 3))) })
    const bDir = await seededDir(usable)
    const b = await startRelay({ dataDir: bDir })

    const child = spawn(roostBin(), ['--data-dir', a.dataDir, 'sync', b.url, '--dir', 'down'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c) => (stdout += c))
    const exited = new Promise((resolve) => child.once('close', (code) => resolve(code)))
    const transferring = new Promise((resolve) =>
      child.stderr.on('data', (c) => {
        stderr += c
        if (/^(downloading|paging):/m.test(stderr)) resolve()
      }),
    )
    await withTimeout(Promise.race([transferring, exited]), 60_000, () => `sync to start transferring:\n${stderr}`)
    await b.kill()
    const code = await withTimeout(exited, 60_000, 'sync to exit after the remote died')
    assert.notEqual(code, 0, `sync succeeded although the remote was killed:\n${stdout}\n${stderr}`)
    assert.match(stderr, /roost: sync failed: /)

    const partial = await storedIds(a.dataDir) // every stored line verifies
    const want = idSet(usable)
    for (const id of partial) assert.ok(want.has(id), `unexpected id ${id}`)
    assert.ok(partial.size < want.size, 'the sync stopped before the end')

    const b2 = await startRelay({ dataDir: bDir })
    const r = await sync(a, b2.url, ['--dir', 'down'])
    assert.equal(r.code, 0, `rerun failed:\n${r.stdout}\n${r.stderr}`)
    assertSameIds(await storedIds(a.dataDir), want, 'A after the rerun')
    await Promise.all([a.stop(), b2.stop()])
  })

  it('Ctrl-C / SIGTERM mid-transfer: partial report, exit 130 / 143, whole events only, and a rerun completes', async () => {
    // B holds the whole corpus; each A a third of it, so thousands of events are still to come.
    const bDir = await seededDir(usable)
    const b = await startRelay({ dataDir: bDir })
    const want = idSet(usable)
    for (const [signal, status, args] of [['SIGINT', 130, []], ['SIGTERM', 143, ['--no-negentropy']]]) {
      const seed = usable.slice(0, Math.floor(usable.length / 3))
      const a = await startRelay({ dataDir: await seededDir(seed) })
      const child = spawn(roostBin(), ['--data-dir', a.dataDir, 'sync', b.url, '--dir', 'down', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (c) => (stdout += c))
      const exited = new Promise((resolve) => child.once('close', (code, sig) => resolve({ code, sig })))
      const transferring = new Promise((resolve) =>
        child.stderr.on('data', (c) => {
          stderr += c
          if (/^(downloading|paging):/m.test(stderr)) resolve()
        }),
      )
      await withTimeout(Promise.race([transferring, exited]), 60_000, () => `sync to start transferring:\n${stderr}`)
      // Freeze the remote so the sync is certainly waiting for an answer mid-transfer, then interrupt it.
      b.child.kill('SIGSTOP')
      child.kill(signal)
      const { code, sig } = await withTimeout(exited, 30_000, `sync to exit after ${signal}`)
      b.child.kill('SIGCONT')
      assert.equal(sig, null, `sync died of ${sig} instead of handling it:\n${stderr}`)
      assert.equal(code, status, `${signal}: exit status\n${stdout}\n${stderr}`)
      assert.match(stderr, /roost: sync interrupted/)
      const report = summary(stdout)
      assert.equal(report.interrupted, 'yes', stdout)
      assert.equal(report.method, args.length ? 'req' : 'negentropy', stdout)
      assert.ok(typeof report.added === 'number' && typeof report['bytes in'] === 'number', `no partial report:\n${stdout}`)

      const partial = await storedIds(a.dataDir) // every stored line is a whole event that verifies
      for (const id of partial) assert.ok(want.has(id), `unexpected id ${id}`)
      assert.equal(partial.size, seed.length + report.added, `${signal}: the store holds exactly what the partial report counts as added`)
      assert.ok(partial.size < want.size, `${signal}: the sync stopped before the end`)

      const r = await sync(a, b.url, ['--dir', 'down', ...args])
      assert.equal(r.code, 0, `rerun after ${signal} failed:\n${r.stdout}\n${r.stderr}`)
      assertSameIds(await storedIds(a.dataDir), want, `A after the rerun (${signal})`)
      await a.stop()
    }
    await b.stop()
  })

  it('fails with a reason when the remote is unreachable or the arguments are bad', async () => {
    const dataDir = await seededDir(common.slice(0, 10))
    const down = await runRoost(['sync', 'ws://127.0.0.1:9'], { dataDir })
    assert.equal(down.code, 1)
    assert.match(down.stderr, /roost: sync failed: (cannot connect|timeout)/)
    const badFilter = await runRoost(['sync', 'ws://127.0.0.1:9', '--filter', '{"kinds":"x"}'], { dataDir })
    assert.equal(badFilter.code, 1)
    assert.match(badFilter.stderr, /bad filter/)
    const badDir = await runRoost(['sync', 'ws://127.0.0.1:9', '--dir', 'sideways'], { dataDir })
    assert.equal(badDir.code, 2)
  })
})
