// Harness for the end-to-end tests: real `roost` processes (relay and CLI subcommands) in fresh temp dirs.
//
// startRelay() spawns `$ROOST_BIN --no-gui --data-dir <dir> --bind 127.0.0.1 --port 0 [--config <file>]`
// and awaits the line `roost: listening on ws://127.0.0.1:<port>` on stdout or stderr (never a timer
// poll). It fails with the process output when the process exits first or after 20 s.
// runRoost() runs a CLI subcommand (import, export, scan, delete, stats) to completion.
// cleanup() (call it from an after() hook) SIGKILLs whatever is still running and removes the temp dirs.
import { spawn } from 'node:child_process'
import { createReadStream, existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const LISTEN_TIMEOUT_MS = 20_000
export const STOP_TIMEOUT_MS = 20_000
const LISTEN_RE = /roost: listening on ws:\/\/127\.0\.0\.1:(\d+)/
const OUTPUT_KEEP_LINES = 400

const running = new Set() // RoostProcess objects whose process has not exited
const tempDirs = new Set()

// Last-resort safety net: never leave a relay behind when the test process exits.
process.on('exit', () => {
  for (const p of running) {
    try {
      p.child.kill('SIGKILL')
    } catch {}
  }
})

/** Rejects with `Timed out after <ms> ms: <what>` unless `promise` settles first. */
export function withTimeout(promise, ms, what) {
  let timer
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms: ${typeof what === 'function' ? what() : what}`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

export function roostBin() {
  const bin = process.env.ROOST_BIN
  if (!bin) {
    throw new Error(
      'ROOST_BIN is not set. Run the end-to-end tests through CTest (ctest --preset release -R e2e), ' +
        'or set ROOST_BIN to the path of the roost binary.',
    )
  }
  return bin
}

/** The shared data folder (real-events.jsonl, ...), or null when it is not there. */
export function sharedDataDir() {
  return process.env.ROOST_SHARED_DATA || null
}

/**
 * For `it(..., { skip: skipWithoutSharedFile(name) })`: false when $ROOST_SHARED_DATA/<name> exists, else the
 * reason to skip. When the environment variable CI is set a missing file is an error (thrown), so that CI
 * cannot silently skip the real-data tests.
 */
export function skipWithoutSharedFile(name) {
  const dir = sharedDataDir()
  const file = dir ? path.join(dir, name) : `$ROOST_SHARED_DATA/${name}`
  if (dir && existsSync(file)) return false
  const reason = `${file} is not available (the shared real-event files, ROOST_SHARED_DATA)`
  if (process.env.CI) throw new Error(`${reason}; required because CI is set`)
  return `${reason}; skipped: put the shared data folder beside the repository to run it`
}

export async function makeTempDir(prefix = 'roost-e2e-') {
  const dir = await mkdtemp(path.join(tmpdir(), prefix))
  tempDirs.add(dir)
  return dir
}

/** Serialises {section: {key: value}} as an INI file. */
export function iniText(config) {
  let text = ''
  for (const [section, values] of Object.entries(config)) {
    text += `[${section}]\n`
    for (const [key, value] of Object.entries(values)) text += `${key}=${value}\n`
    text += '\n'
  }
  return text
}

// A config folder of the test run's own, so that roost's default config file (created on first start when
// no --config is given, in $XDG_CONFIG_HOME/roost/roost.conf) never lands in the user's home.
let configHome = null

/** The XDG_CONFIG_HOME the child processes get (a temp dir, created on first use). */
export async function testConfigHome() {
  configHome ??= await makeTempDir('roost-e2e-xdg-')
  return configHome
}

/** Environment for child processes, without ROOST_* settings of the caller that would override ours. */
async function childEnv() {
  const env = { ...process.env }
  for (const k of ['ROOST_CONFIG', 'ROOST_DATA_DIR', 'ROOST_BIND', 'ROOST_PORT', 'ROOST_NO_GUI']) delete env[k]
  env.XDG_CONFIG_HOME = await testConfigHome()
  return env
}

class LineCollector {
  constructor(name, onLine) {
    this.name = name
    this.partial = ''
    this.onLine = onLine
  }
  push(chunk) {
    const text = this.partial + chunk.toString('utf8')
    const lines = text.split('\n')
    this.partial = lines.pop()
    for (const line of lines) this.onLine(this.name, line)
  }
  end() {
    if (this.partial) this.onLine(this.name, this.partial)
    this.partial = ''
  }
}

export class RoostProcess {
  constructor(child, { dataDir, args }) {
    this.child = child
    this.pid = child.pid
    this.dataDir = dataDir
    this.args = args
    this.lines = []
    this.url = null
    this.port = null
    this.exit = null // {code, signal} once exited
    this.exited = new Promise((resolve) => {
      const done = (exit) => {
        if (this.exit) return
        this.exit = exit
        running.delete(this)
        resolve(exit)
      }
      child.once('exit', (code, signal) => done({ code, signal }))
      // A process that could not be started emits 'error' and maybe no 'exit'.
      child.once('error', (error) => {
        if (child.pid === undefined) done({ code: null, signal: null, error })
      })
    })
    running.add(this)
  }

  addLine(stream, line) {
    this.lines.push(`[${stream}] ${line}`)
    if (this.lines.length > OUTPUT_KEEP_LINES) this.lines.shift()
    for (const waiter of [...(this.waiters ?? [])]) {
      if (waiter.re.test(line)) {
        this.waiters.delete(waiter)
        waiter.resolve(line)
      }
    }
  }

  /** Resolves with the next output line (written from now on) that matches `re`; rejects after timeoutMs. */
  waitForLine(re, timeoutMs = 10_000) {
    this.waiters ??= new Set()
    let waiter
    const p = new Promise((resolve) => {
      waiter = { re, resolve }
      this.waiters.add(waiter)
    })
    return withTimeout(p, timeoutMs, `a line matching ${re} from roost`).finally(() => this.waiters.delete(waiter))
  }

  /** The last lines the process wrote, for error messages. */
  output() {
    return this.lines.length ? this.lines.join('\n') : '(no output)'
  }

  describeExit() {
    if (!this.exit) return 'still running'
    if (this.exit.error) return `could not start: ${this.exit.error.message}`
    return this.exit.signal ? `killed by ${this.exit.signal}` : `exit code ${this.exit.code}`
  }

  /** SIGTERM (or SIGINT), then await the exit; throws unless the exit code is 0 (SIGKILL after timeoutMs). */
  async stop({ signal = 'SIGTERM', timeoutMs = STOP_TIMEOUT_MS } = {}) {
    if (!this.exit) {
      this.child.kill(signal)
      try {
        await withTimeout(this.exited, timeoutMs, `roost (pid ${this.pid}) to exit after ${signal}`)
      } catch (e) {
        this.child.kill('SIGKILL')
        await this.exited
        throw new Error(`${e.message}; killed it. Output:\n${this.output()}`)
      }
    }
    if (this.exit.code !== 0) {
      throw new Error(`roost (pid ${this.pid}) did not exit cleanly after ${signal}: ${this.describeExit()}. Output:\n${this.output()}`)
    }
    return this.exit
  }

  /** SIGKILL and await the exit. */
  async kill() {
    if (!this.exit) this.child.kill('SIGKILL')
    return withTimeout(this.exited, STOP_TIMEOUT_MS, `roost (pid ${this.pid}) to die after SIGKILL`)
  }
}

/**
 * Starts `roost --no-gui` on 127.0.0.1 with an OS-chosen port.
 * options.dataDir: reuse a data dir (restart); otherwise a fresh temp dir.
 * options.config: {section: {key: value}} written as the --config INI file.
 * options.env: extra environment variables for the relay.
 * options.wrapper: a command the relay runs under, e.g. ['prlimit', '--nofile=128:128', '--'] (it must exec roost,
 *   so that .pid is the relay's own).
 * Returns a RoostProcess with .url (ws://127.0.0.1:port), .port, .dataDir, stop(), kill().
 */
export async function startRelay({ dataDir, config, extraArgs = [], wrapper = [], env = {} } = {}) {
  const bin = roostBin()
  if (!dataDir) dataDir = path.join(await makeTempDir(), 'data')
  await mkdir(dataDir, { recursive: true })
  const args = ['--no-gui', '--data-dir', dataDir, '--bind', '127.0.0.1', '--port', '0']
  if (config) {
    const configFile = path.join(await makeTempDir('roost-e2e-config-'), 'roost.ini')
    await writeFile(configFile, iniText(config))
    args.push('--config', configFile)
  }
  args.push(...extraArgs)

  const command = wrapper.length ? wrapper[0] : bin
  const commandArgs = wrapper.length ? [...wrapper.slice(1), bin, ...args] : args
  const child = spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...(await childEnv()), ...env } })
  const proc = new RoostProcess(child, { dataDir, args })
  proc.configFile = args.includes('--config') ? args[args.indexOf('--config') + 1] : null

  let onListening
  const listening = new Promise((resolve) => (onListening = resolve))
  const onLine = (stream, line) => {
    proc.addLine(stream, line)
    const m = LISTEN_RE.exec(line)
    if (m && !proc.url) {
      proc.port = Number(m[1])
      proc.url = `ws://127.0.0.1:${proc.port}`
      onListening()
    }
  }
  const out = new LineCollector('stdout', onLine)
  const err = new LineCollector('stderr', onLine)
  // Keep reading both pipes for the whole life of the process, so it never blocks on a full pipe.
  child.stdout.on('data', (c) => out.push(c))
  child.stderr.on('data', (c) => err.push(c))
  child.stdout.on('end', () => out.end())
  child.stderr.on('end', () => err.end())

  const spawnError = new Promise((_, reject) => child.once('error', (e) => reject(new Error(`cannot start ${bin}: ${e.message}`))))
  const exitedEarly = proc.exited.then(() => {
    throw new Error(`roost exited before listening (${proc.describeExit()}). Command: ${bin} ${args.join(' ')}\nOutput:\n${proc.output()}`)
  })
  try {
    await withTimeout(Promise.race([listening, spawnError, exitedEarly]), LISTEN_TIMEOUT_MS, () =>
      `roost to print "roost: listening on ws://127.0.0.1:<port>". Output so far:\n${proc.output()}`,
    )
  } catch (e) {
    if (!proc.exit) {
      child.kill('SIGKILL')
      await withTimeout(proc.exited, STOP_TIMEOUT_MS, 'roost to die after SIGKILL').catch(() => {})
    }
    throw e
  }
  exitedEarly.catch(() => {}) // handled: the process may exit later, when the test stops or kills it
  return proc
}

/**
 * Runs `roost --data-dir <dataDir> <args...>` to completion.
 * options.input: a string/Buffer for stdin; options.inputFile: a file piped to stdin; options.env: extra variables.
 * Returns {code, signal, stdout, stderr}; rejects (after SIGKILL) when it takes longer than timeoutMs.
 */
export async function runRoost(args, { dataDir, input, inputFile, env = {}, timeoutMs = 180_000 } = {}) {
  const bin = roostBin()
  const fullArgs = [...(dataDir ? ['--data-dir', dataDir] : []), ...args]
  const child = spawn(bin, fullArgs, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...(await childEnv()), ...env } })
  const stdout = []
  const stderr = []
  child.stdout.on('data', (c) => stdout.push(c))
  child.stderr.on('data', (c) => stderr.push(c))
  child.stdin.on('error', () => {}) // the process may exit without reading all of stdin; the exit code tells
  const done = new Promise((resolve, reject) => {
    child.once('error', (e) => reject(new Error(`cannot start ${bin}: ${e.message}`)))
    child.once('close', (code, signal) => resolve({ code, signal }))
  })
  if (inputFile) createReadStream(inputFile).pipe(child.stdin)
  else child.stdin.end(input ?? '')
  const text = (chunks) => Buffer.concat(chunks).toString('utf8')
  let result
  try {
    result = await withTimeout(done, timeoutMs, `roost ${args.join(' ')} to finish`)
  } catch (e) {
    child.kill('SIGKILL')
    throw new Error(`${e.message}\nstdout (tail): ${text(stdout).slice(-2000)}\nstderr (tail): ${text(stderr).slice(-2000)}`)
  }
  return { ...result, stdout: text(stdout), stderr: text(stderr), command: `roost ${fullArgs.join(' ')}` }
}

/** Like runRoost, but throws with the output unless the exit code is 0. */
export async function runRoostOk(args, options) {
  const r = await runRoost(args, options)
  if (r.code !== 0) {
    throw new Error(
      `${r.command} failed (${r.signal ? 'signal ' + r.signal : 'exit code ' + r.code})\n` +
        `stdout (tail): ${r.stdout.slice(-2000)}\nstderr (tail): ${r.stderr.slice(-2000)}`,
    )
  }
  return r
}

/** Kills every relay still running (SIGKILL) and removes all temp dirs. For after() hooks. */
export async function cleanup() {
  const procs = [...running]
  for (const p of procs) p.child.kill('SIGKILL')
  await Promise.all(procs.map((p) => withTimeout(p.exited, STOP_TIMEOUT_MS, `pid ${p.pid} to die`).catch(() => {})))
  const dirs = [...tempDirs]
  tempDirs.clear()
  configHome = null
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
}
