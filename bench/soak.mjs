// bench/soak.sh's client: runs the soak driver of the e2e tests (tests/e2e/lib/soak.mjs) against a running
// relay and writes the RSS / CPU-per-delivery curve as CSV and the figures as one JSON line.
//   node bench/soak.mjs --url ws://127.0.0.1:PORT --pid PID --connections 5000 --seconds 600 --rate 5
//                       --churn 100 --csv OUT.csv --json OUT.json
import { writeFile } from 'node:fs/promises'
import { flatness, runSoak, samplesCsv } from '../tests/e2e/lib/soak.mjs'

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
)
const report = await runSoak(args.url, Number(args.pid), {
  connections: Number(args.connections ?? 5000),
  seconds: Number(args.seconds ?? 600),
  rate: Number(args.rate ?? 5),
  churnPerSecond: Number(args.churn ?? 100),
  sampleMs: Number(args['sample-ms'] ?? 5000),
  settleMs: 120_000,
  log: (line) => console.error(line),
})
const { samples, ...figures } = report
const result = { ...figures, ...flatness(samples) }
if (args.csv) await writeFile(args.csv, samplesCsv(samples))
if (args.json) await writeFile(args.json, JSON.stringify(result) + '\n')
console.log(JSON.stringify(result))
const ok = report.missing === 0 && report.duplicates === 0 && report.unexpected === 0 && report.okFailures === 0 && report.subscribersClosed === 0
process.exit(ok ? 0 : 1)
