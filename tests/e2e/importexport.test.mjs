// e2e.importexport: the store subcommands of the same `roost` binary (import, export, scan, delete, stats)
// on the real events corpus ($ROOST_SHARED_DATA/real-events.jsonl), and a relay serving what was imported.
// What the store must keep is computed here independently (lib/events.mjs expectedStored).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { cleanup, makeTempDir, runRoost, runRoostOk, sharedDataDir, skipWithoutSharedFile, startRelay, withTimeout } from './lib/relay.mjs'
import { npubEncode, noteEncode } from 'nostr-tools/nip19'
import { ClientPool } from './lib/client.mjs'
import {

  canonicalLine,
  expectedAnswer,
  expectedStored,
  ids,
  isEphemeral,
  makeEvent,
  newKey,
  nowSec,
  oldestFirst,
  plain,
} from './lib/events.mjs'

const SUMMARY_RE = /^added (\d+), duplicate (\d+), rejected (\d+)$/

/** Parses the import summary (the last non-empty stdout line). */
function parseSummary(stdout) {
  const lines = stdout.split('\n').filter((l) => l.trim() !== '')
  const m = SUMMARY_RE.exec(lines[lines.length - 1] ?? '')
  assert.ok(m, `no "added A, duplicate D, rejected R" summary as the last line of stdout: ${JSON.stringify(stdout.slice(-500))}`)
  return { added: Number(m[1]), duplicate: Number(m[2]), rejected: Number(m[3]) }
}

/** `line N: <reason>` lines of stderr, as [{line, reason}]. */
function parseRejections(stderr) {
  return [...stderr.matchAll(/^line (\d+): (.*)$/gm)].map((m) => ({ line: Number(m[1]), reason: m[2] }))
}

/** JSONL output as lines, without the final newline; fails on empty lines. */
function outputLines(stdout, what) {
  if (stdout === '') return []
  assert.ok(stdout.endsWith('\n'), `${what}: output does not end with a newline`)
  const lines = stdout.slice(0, -1).split('\n')
  const empty = lines.findIndex((l) => l === '')
  assert.equal(empty, -1, `${what}: empty line at ${empty + 1}`)
  return lines
}

/** Compares JSONL output with the expected events: ids (as sets), then order, then each line byte for byte. */
function assertJsonl(lines, expectedEvents, what, { ordered = true } = {}) {
  const got = lines.map((l, i) => {
    try {
      return JSON.parse(l)
    } catch (e) {
      throw new Error(`${what}: line ${i + 1} is not JSON (${e.message}): ${l.slice(0, 200)}`)
    }
  })
  const gotIds = new Set(got.map((e) => e.id))
  const wantIds = new Set(ids(expectedEvents))
  const missing = [...wantIds].filter((id) => !gotIds.has(id))
  const extra = [...gotIds].filter((id) => !wantIds.has(id))
  assert.ok(
    missing.length === 0 && extra.length === 0,
    `${what}: ${missing.length} expected events missing (e.g. ${missing.slice(0, 3).join(', ')}), ` +
      `${extra.length} unexpected (e.g. ${extra.slice(0, 3).join(', ')})`,
  )
  assert.equal(lines.length, expectedEvents.length, `${what}: line count (an event printed twice?)`)
  if (ordered) {
    const i = got.findIndex((e, i) => e.id !== expectedEvents[i].id)
    assert.equal(
      i,
      -1,
      i < 0 ? '' : `${what}: order differs first at line ${i + 1}: got ${got[i].id} (created_at ${got[i].created_at}), ` + `expected ${expectedEvents[i].id} (created_at ${expectedEvents[i].created_at})`,
    )
  }
  const want = new Map(expectedEvents.map((e) => [e.id, canonicalLine(e)]))
  for (const [i, line] of lines.entries()) {
    const w = want.get(got[i].id)
    if (line !== w) {
      let p = 0
      while (p < line.length && line[p] === w[p]) p++
      assert.fail(
        `${what}: line ${i + 1} (${got[i].id}) is not JSON.stringify of the event's seven fields; first difference at char ${p}:\n` +
          `  got:      ${line.slice(Math.max(0, p - 40), p + 40)}\n  expected: ${w.slice(Math.max(0, p - 40), p + 40)}`,
      )
    }
  }
}

after(cleanup)

/** NIP-40: stored events whose expiration tag has passed are never served (scan or REQ). */
const notExpired = (e) => {
  const tag = e.tags.find((t) => t[0] === 'expiration')
  return !(tag && /^\d+$/.test(tag[1]) && Number(tag[1]) <= Math.floor(Date.now() / 1000))
}

describe('import rejections (generated events)', () => {
  it('bad lines are reported as "line N: <reason>" and counted; good and duplicate lines are counted', async () => {
    const dataDir = path.join(await makeTempDir(), 'data')
    const k = newKey()
    const a = makeEvent(k, { content: 'first', created_at: nowSec() - 100 })
    const b = makeEvent(k, { content: 'second', created_at: nowSec() - 50 })
    const badSig = { ...plain(makeEvent(k, { content: 'bad sig' })) }
    badSig.sig = badSig.sig.slice(0, -1) + (badSig.sig.endsWith('0') ? '1' : '0')
    const missingField = { ...plain(makeEvent(k, { content: 'no kind' })) }
    delete missingField.kind
    const lines = [
      JSON.stringify(plain(a)), // 1 added
      'this is not json', // 2 rejected
      JSON.stringify(badSig), // 3 rejected
      JSON.stringify(plain(b)), // 4 added
      JSON.stringify(missingField), // 5 rejected
      JSON.stringify(plain(a)), // 6 duplicate
    ]
    const r = await runRoostOk(['import'], { dataDir, input: lines.join('\n') + '\n' })
    assert.deepEqual(parseSummary(r.stdout), { added: 2, duplicate: 1, rejected: 3 }, `summary; stderr: ${r.stderr}`)
    assert.deepEqual(
      parseRejections(r.stderr).map((x) => x.line),
      [2, 3, 5],
      `rejected line numbers; stderr: ${r.stderr}`,
    )
    const exported = await runRoostOk(['export'], { dataDir })
    assertJsonl(outputLines(exported.stdout, 'export'), [a, b], 'export after import')

    // --no-verify skips the signature check (the bad-signature line is then added).
    const dir2 = path.join(await makeTempDir(), 'data')
    const r2 = await runRoostOk(['import', '--no-verify'], { dataDir: dir2, input: lines.join('\n') + '\n' })
    const s2 = parseSummary(r2.stdout)
    assert.equal(s2.added + s2.duplicate + s2.rejected, lines.length, 'summary adds up')
    assert.ok(s2.added >= 3, `--no-verify should add the event with the bad signature: ${r2.stdout} ${r2.stderr}`)
  })

  const tricky = sharedDataDir() && path.join(sharedDataDir(), 'tricky-events.jsonl')
  it('tricky-events.jsonl: every event fails verification and is rejected with its line number', { skip: skipWithoutSharedFile('tricky-events.jsonl') }, async () => {
    const events = readFileSync(tricky, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => plain(JSON.parse(l).event))
    const file = path.join(await makeTempDir(), 'tricky.jsonl')
    await writeFile(file, events.map((e) => JSON.stringify(e)).join('\n') + '\n')
    const dataDir = path.join(await makeTempDir(), 'data')
    const r = await runRoostOk(['import'], { dataDir, inputFile: file })
    assert.deepEqual(parseSummary(r.stdout), { added: 0, duplicate: 0, rejected: events.length })
    assert.deepEqual(
      parseRejections(r.stderr).map((x) => x.line),
      events.map((_, i) => i + 1),
      'one "line N:" per line',
    )
    const stats = await runRoostOk(['stats'], { dataDir })
    assert.match(stats.stdout, /^events: 0$/m)
  })
})

const realFile = sharedDataDir() && path.join(sharedDataDir(), 'real-events.jsonl')

describe('real events: import, export, scan, stats, relay, delete', { skip: skipWithoutSharedFile('real-events.jsonl') }, () => {
  let dataDir
  let input // the parsed input lines, in file order
  let expected // Map id -> event the store must keep
  let kept // the kept events, oldest first (export order)
  let imported = false
  const requireImport = () => assert.ok(imported, 'the import test failed, so this one cannot run')
  const pool = new ClientPool()

  before(async () => {
    input = readFileSync(realFile, 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l))
    expected = expectedStored(input)
    kept = [...expected.values()].sort(oldestFirst)
    dataDir = path.join(await makeTempDir(), 'data')
  })
  after(() => pool.closeAll())

  it('import: the summary adds up to the line count; only ephemeral or superseded lines are rejected', async (t) => {
    const started = Date.now()
    const r = await runRoostOk(['import'], { dataDir, inputFile: realFile })
    t.diagnostic(`import of ${input.length} lines took ${Date.now() - started} ms: ${r.stdout.trim()}`)
    const s = parseSummary(r.stdout)
    assert.equal(s.added + s.duplicate + s.rejected, input.length, `summary ${JSON.stringify(s)} vs ${input.length} lines`)
    const rejections = parseRejections(r.stderr)
    assert.equal(rejections.length, s.rejected, `"line N:" lines on stderr vs rejected count; stderr: ${r.stderr.slice(0, 1000)}`)
    for (const { line, reason } of rejections) {
      assert.ok(line >= 1 && line <= input.length, `line number ${line} out of range`)
      const ev = input[line - 1]
      assert.ok(!expected.has(ev.id), `line ${line} (${ev.id}, kind ${ev.kind}) was rejected (${reason}) but a relay must keep it`)
    }
    assert.ok(s.added >= expected.size, `added ${s.added} < ${expected.size} events that must be kept`)
    imported = true
  })

  it('export: exactly the expected events, as JSON.stringify of the seven fields, created_at ASC then id ASC', async () => {
    requireImport()
    const r = await runRoostOk(['export'], { dataDir })
    assertJsonl(outputLines(r.stdout, 'export'), kept, 'export')
    const ephemeral = input.filter((e) => isEphemeral(e.kind)).length
    const superseded = input.length - ephemeral - kept.length
    assert.ok(superseded > 0 && ephemeral > 0, `the corpus should exercise both rules (ephemeral ${ephemeral}, superseded ${superseded})`)
  })

  it('export --since/--until and --reverse', async () => {
    requireImport()
    const times = kept.map((e) => e.created_at)
    const since = times[Math.floor(times.length / 3)]
    const until = times[Math.floor((2 * times.length) / 3)]
    const window = await runRoostOk(['export', '--since', String(since), '--until', String(until)], { dataDir })
    assertJsonl(
      outputLines(window.stdout, 'export --since --until'),
      kept.filter((e) => e.created_at >= since && e.created_at <= until),
      `export --since ${since} --until ${until}`,
    )
    const onlySince = await runRoostOk(['export', '--since', String(until)], { dataDir })
    assertJsonl(outputLines(onlySince.stdout, 'export --since'), kept.filter((e) => e.created_at >= until), `export --since ${until}`)

    const reverse = await runRoostOk(['export', '--reverse'], { dataDir })
    const lines = outputLines(reverse.stdout, 'export --reverse')
    assertJsonl(lines, kept, 'export --reverse', { ordered: false })
    const created = lines.map((l) => JSON.parse(l).created_at)
    const bad = created.findIndex((c, i) => i > 0 && c > created[i - 1])
    assert.equal(bad, -1, `export --reverse is not newest first at line ${bad + 1}`)
  })

  it('re-importing the export adds nothing', async () => {
    requireImport()
    const exported = await runRoostOk(['export'], { dataDir })
    const file = path.join(await makeTempDir(), 'export.jsonl')
    await writeFile(file, exported.stdout)
    const r = await runRoostOk(['import'], { dataDir, inputFile: file })
    assert.deepEqual(parseSummary(r.stdout), { added: 0, duplicate: kept.length, rejected: 0 }, `stderr: ${r.stderr.slice(0, 1000)}`)
  })

  it('stats: events: N', async () => {
    requireImport()
    const r = await runRoostOk(['stats'], { dataDir })
    const m = /^events: (\d+)$/m.exec(r.stdout)
    assert.ok(m, `no "events: N" line in: ${r.stdout}`)
    // The store's statistics leave out expired events not yet cleaned up, as COUNT does (NIP-40).
    assert.equal(Number(m[1]), kept.filter(notExpired).length)
  })

  it('scan: matching events newest first, each line JSON.stringify of the seven fields', async () => {
    requireImport()
    const count = (f) => {
      const m = new Map()
      for (const e of kept) for (const v of f(e)) m.set(v, (m.get(v) ?? 0) + 1)
      return [...m].sort((a, b) => b[1] - a[1])
    }
    const topAuthor = count((e) => [e.pubkey]).find(([, n]) => n < 400)[0]
    const topP = count((e) => e.tags.filter((t) => t[0] === 'p' && t.length > 1).map((t) => t[1]))[0][0]
    const topT = count((e) => e.tags.filter((t) => t[0] === 't' && t.length > 1).map((t) => t[1]))[0][0]
    const times = kept.map((e) => e.created_at)
    const sample = kept.filter((_, i) => i % 997 === 0)
    const gone = input.filter((e) => !expected.has(e.id)).slice(0, 3)
    const filters = [
      { kinds: [0], limit: 10 },
      { kinds: [1], limit: 2000 },
      { authors: [topAuthor] },
      { '#p': [topP], limit: 100 },
      { '#t': [topT] },
      { kinds: [7], since: times[Math.floor(times.length / 2)], until: times[Math.floor((3 * times.length) / 4)] },
      { ids: [...ids(sample), ...ids(gone)] },
      { kinds: [30000], '#d': ['mute'], limit: 50 },
    ]
    for (const filter of filters) {
      const r = await runRoostOk(['scan', JSON.stringify(filter)], { dataDir })
      const want = expectedAnswer(kept.filter(notExpired), filter)
      assert.ok(want.length > 0, `filter ${JSON.stringify(filter)} should match something`)
      assertJsonl(outputLines(r.stdout, 'scan'), want, `scan ${JSON.stringify(filter)}`)
    }
  })

  it('scan and delete read npub authors and note ids (NIP-19) as hex; a broken npub is a bad filter', async () => {
    requireImport()
    const author = kept[kept.length - 1].pubkey
    const sample = kept.filter((_, i) => i % 499 === 0).slice(0, 5)
    for (const [hexFilter, nip19Filter] of [
      [{ authors: [author] }, { authors: [npubEncode(author)] }],
      [{ authors: [author] }, { authors: [`nostr:${npubEncode(author)}`] }],
      [{ ids: ids(sample) }, { ids: sample.map((e) => noteEncode(e.id)) }],
    ]) {
      const want = await runRoostOk(['scan', JSON.stringify(hexFilter)], { dataDir })
      const got = await runRoostOk(['scan', JSON.stringify(nip19Filter)], { dataDir })
      assert.ok(outputLines(want.stdout, 'scan').length > 0, `${JSON.stringify(hexFilter)} matches something`)
      assert.equal(got.stdout, want.stdout, `scan ${JSON.stringify(nip19Filter).slice(0, 120)}`)
    }
    const npub = npubEncode(author)
    const broken = npub.slice(0, -1) + (npub.endsWith('q') ? 'p' : 'q')
    for (const args of [['scan', JSON.stringify({ authors: [broken] })], ['delete', '--filter', JSON.stringify({ authors: [broken] })]]) {
      const r = await runRoost(args, { dataDir })
      assert.equal(r.code, 2, `${args[0]} with a broken npub: exit code`)
      assert.match(r.stderr, /bad filter: authors: .* is not a valid npub/, r.stderr)
    }
    const dry = await runRoostOk(['delete', '--filter', JSON.stringify({ authors: [npub] })], { dataDir })
    assert.match(dry.stdout, /^\d+ events match$/m, dry.stdout)
    assert.doesNotMatch(dry.stdout, /^0 events match$/m, 'the npub names a stored author')
  })

  it('a running relay serves the imported events (raw REQ and nostr-tools)', async () => {
    requireImport()
    const relay = await startRelay({ dataDir })
    try {
      const c = await pool.connect(relay.url, { label: 'reader' })
      const sample = kept.filter((_, i) => i % 61 === 0).slice(0, 100)
      const filters = [
        { ids: ids(sample) },
        { kinds: [0], limit: 20 },
        { kinds: [1], limit: 300 },
        { kinds: [30000, 30023, 10002], limit: 200 },
        { authors: [kept[kept.length - 1].pubkey] },
        { since: kept[kept.length - 50].created_at },
      ]
      // Direct messages (kinds 4, 14, 1059) are served only to their authenticated parties, and
      // this reader never authenticates.
      const servable = kept.filter((e) => ![4, 14, 1059].includes(e.kind) && notExpired(e))
      for (const [i, filter] of filters.entries()) {
        const got = await c.query(`q${i}`, [filter], { timeoutMs: 30_000 })
        const want = expectedAnswer(servable, filter, 500)
        assert.deepEqual(ids(got), ids(want), `REQ ${JSON.stringify(filter).slice(0, 200)}: ids in order`)
        for (const [j, ev] of got.entries()) assert.deepEqual(ev, plain(want[j]), `REQ ${i}: event ${ev.id} unchanged`)
      }

      // nostr-tools verifies every event's id and signature before handing it over.
      const r = await pool.connectTools(relay.url)
      const got = []
      let done
      const eose = new Promise((resolve) => (done = resolve))
      const sub = r.subscribe([{ kinds: [1, 7], limit: 400 }], { onevent: (ev) => got.push(ev), oneose: done })
      await withTimeout(eose, 30_000, 'EOSE from nostr-tools subscription')
      sub.close()
      const want = expectedAnswer(kept, { kinds: [1, 7], limit: 400 })
      assert.deepEqual(ids(got), ids(want), 'nostr-tools: the 400 newest kind 1/7 events, verified, in order')
    } finally {
      await pool.closeAll()
      await relay.stop()
    }
  })

  it('delete: "N events match"; nothing deleted without --yes; with --yes they are gone', async () => {
    requireImport()
    const perAuthor = new Map()
    for (const e of kept) if (e.kind === 1) perAuthor.set(e.pubkey, (perAuthor.get(e.pubkey) ?? 0) + 1)
    const [author, n] = [...perAuthor].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]
    const filter = { authors: [author], kinds: [1] }
    const json = JSON.stringify(filter)
    const victims = kept.filter((e) => e.pubkey === author && e.kind === 1)
    assert.equal(victims.length, n)

    const dry = await runRoostOk(['delete', '--filter', json], { dataDir })
    assert.match(dry.stdout, new RegExp(`^${n} events match$`, 'm'), `dry run output: ${dry.stdout}`)
    assert.doesNotMatch(dry.stdout, /^deleted /m, 'a dry run must not delete')
    const stillThere = await runRoostOk(['scan', json], { dataDir })
    assert.equal(outputLines(stillThere.stdout, 'scan').length, n, 'events after the dry run')
    const stats1 = await runRoostOk(['stats'], { dataDir })
    const live = kept.filter(notExpired).length // stats leave out expired events (NIP-40)
    assert.match(stats1.stdout, new RegExp(`^events: ${live}$`, 'm'))

    const real = await runRoostOk(['delete', '--filter', json, '--yes'], { dataDir })
    assert.match(real.stdout, new RegExp(`^${n} events match$`, 'm'), `delete output: ${real.stdout}`)
    assert.match(real.stdout, new RegExp(`^deleted ${n}$`, 'm'), `delete output: ${real.stdout}`)
    const after = await runRoostOk(['scan', json], { dataDir })
    assert.equal(after.stdout, '', 'scan after delete --yes')
    const stats2 = await runRoostOk(['stats'], { dataDir })
    assert.match(stats2.stdout, new RegExp(`^events: ${live - victims.filter(notExpired).length}$`, 'm'), `stats after delete: ${stats2.stdout}`)
    const victimIds = new Set(ids(victims))
    const exported = await runRoostOk(['export'], { dataDir })
    assertJsonl(outputLines(exported.stdout, 'export'), kept.filter((e) => !victimIds.has(e.id)), 'export after delete')

    const none = await runRoostOk(['delete', '--filter', json, '--yes'], { dataDir })
    assert.match(none.stdout, /^0 events match$/m)
  })
})
