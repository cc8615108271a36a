// Linux /proc readings of a process for the load tests: resident memory, CPU time, open descriptors.
import { readFile, readdir } from 'node:fs/promises'

const TICKS_PER_SECOND = 100 // USER_HZ: /proc/<pid>/stat counts CPU time in 1/100 s on Linux

/** Resident set size and its high-water mark of process `pid`, in MiB (/proc/<pid>/status). */
export async function memoryOf(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kib = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)[1])
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 }
}

/** CPU seconds (user + system) process `pid` has used so far (/proc/<pid>/stat fields 14 and 15). */
export async function cpuSeconds(pid) {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ') // fields from the 3rd (state) on
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND
}

/** How many descriptors process `pid` has open (/proc/<pid>/fd). */
export async function openDescriptors(pid) {
  return (await readdir(`/proc/${pid}/fd`)).length
}

/** The numbers of the descriptors process `pid` has open (/proc/<pid>/fd), ascending. */
export async function descriptorNumbers(pid) {
  return (await readdir(`/proc/${pid}/fd`)).map(Number).sort((a, b) => a - b)
}

/**
 * CPU seconds process `pid` uses while `work` runs (an async function), with the wall time in seconds.
 * Returns {cpu, wall, result}.
 */
export async function measureCpu(pid, work) {
  const cpu0 = await cpuSeconds(pid)
  const t0 = performance.now()
  const result = await work()
  const wall = (performance.now() - t0) / 1000
  return { cpu: (await cpuSeconds(pid)) - cpu0, wall, result }
}

/**
 * Memory bounds under AddressSanitizer (the asan test preset sets ASAN_OPTIONS): ASan keeps freed memory in a
 * quarantine (256 MiB by default) and adds shadow memory and redzones, so RSS says little about the relay's own
 * footprint. Relays started with `env` keep a 16 MiB quarantine (use-after-free is still caught within it), and
 * bounds get `slackMiB` more. Outside ASan: no extra environment, no slack.
 */
export function sanitizerMemory() {
  if (!process.env.ASAN_OPTIONS) return { env: {}, slackMiB: 0 }
  return { env: { ASAN_OPTIONS: `${process.env.ASAN_OPTIONS}:quarantine_size_mb=16` }, slackMiB: 160 }
}
