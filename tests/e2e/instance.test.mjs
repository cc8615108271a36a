// e2e.instance: the default config file (created commented on first start, changes written into it) and
// one roost per data directory (a second headless relay exits non-zero before opening anything; a second
// desktop launch brings the running window to the front and exits 0). Real roost processes.
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { cleanup, makeTempDir, roostBin, runRoost, startRelay, testConfigHome, withTimeout } from './lib/relay.mjs'
import { nip86Call } from './lib/http.mjs'
import { newKey } from './lib/events.mjs'

after(cleanup)

describe('the default config file', () => {
  it('is created on first start with every key commented out at its default', async () => {
    const configFile = path.join(await testConfigHome(), 'roost', 'roost.conf')
    const relay = await startRelay() // no --config: the default file
    try {
      const text = await readFile(configFile, 'utf8')
      assert.match(text, /^\[relay\]$/m)
      assert.match(text, /^#port=4869$/m)
      assert.match(text, /^# TCP port for WebSocket and HTTP/m)
      assert.doesNotMatch(text, /^name=/m)
    } finally {
      await relay.stop()
    }
  })

  it('keeps an owner\'s own lines when NIP-86 changes the relay name', async () => {
    const owner = newKey()
    const relay = await startRelay({ config: { access: { owner_pubkeys: owner.pk }, relay: { description: 'mine' } } })
    try {
      const before = await readFile(relay.configFile, 'utf8')
      const r = await nip86Call(relay.port, { method: 'changerelayname', params: ['Renamed'] }, owner)
      assert.equal(r.status, 200, JSON.stringify(r.json))
      const after = await readFile(relay.configFile, 'utf8')
      assert.equal(after, before.replace('description=mine\n', 'description=mine\nname=Renamed\n'))
    } finally {
      await relay.stop()
    }
  })
})

describe('one roost per data directory', () => {
  it('a second headless relay on the same data directory exits non-zero with a clear message', async () => {
    const relay = await startRelay()
    try {
      const second = await runRoost(['--no-gui', '--bind', '127.0.0.1', '--port', '0'], { dataDir: relay.dataDir, timeoutMs: 20_000 })
      assert.notEqual(second.code, 0)
      assert.match(second.stderr, /another roost \(pid \d+\) is already running on the data directory/)
      assert.doesNotMatch(second.stdout + second.stderr, /listening on/)
      // The first one is untouched and a relay on another directory starts fine.
      const other = await startRelay()
      await other.stop()
    } finally {
      await relay.stop()
    }
    // Once the first has stopped, the directory is free again.
    const again = await startRelay({ dataDir: relay.dataDir })
    await again.stop()
  })

  it('a second desktop launch brings the running window to the front and exits 0', async (t) => {
    const dataDir = path.join(await makeTempDir(), 'data')
    await mkdir(dataDir, { recursive: true })
    const runtimeDir = await makeTempDir('roost-e2e-run-')
    const env = { QT_QPA_PLATFORM: 'offscreen', XDG_RUNTIME_DIR: runtimeDir }
    const args = ['--data-dir', dataDir, '--bind', '127.0.0.1', '--port', '0']
    const childEnv = { ...process.env, ...env, XDG_CONFIG_HOME: await testConfigHome() }
    delete childEnv.ROOST_NO_GUI
    const first = spawn(roostBin(), args, { stdio: ['ignore', 'pipe', 'pipe'], env: childEnv })
    let output = ''
    const exited = new Promise((resolve) => first.once('exit', (code, signal) => resolve({ code, signal })))
    const started = new Promise((resolve) => {
      const onData = (c) => {
        output += c.toString('utf8')
        if (/(Relay listening on|roost: listening on) ws:/.test(output)) resolve()
      }
      first.stdout.on('data', onData)
      first.stderr.on('data', onData)
    })
    try {
      await withTimeout(Promise.race([started, exited.then(() => { throw new Error(`first roost exited:\n${output}`) })]), 20_000, () => `the desktop roost to listen:\n${output}`)
      if (/roost: listening on/.test(output)) {
        t.skip('this roost was built without the desktop application (ROOST_BUILD_UI=OFF)')
        return
      }
      const second = await runRoost(args, { env, timeoutMs: 20_000 })
      assert.equal(second.code, 0, `second launch: ${second.stdout}\n${second.stderr}`)
      assert.match(second.stdout, /already running on .*; brought its window to the front/)
      assert.doesNotMatch(second.stdout + second.stderr, /listening on/)
      assert.equal(first.exitCode, null, 'the first instance keeps running')
    } finally {
      first.kill('SIGTERM')
      const exit = await withTimeout(exited, 20_000, 'the desktop roost to stop after one SIGTERM')
      assert.equal(exit.code, 0, output)
    }
    assert.ok(existsSync(dataDir))
  })
})
