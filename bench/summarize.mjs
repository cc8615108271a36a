// Summarises bench/run.sh results (one JSON object per line) as a Markdown table: the median
// of every key metric per scenario and target over the rounds, and Roost/peer ratios.
// usage: node bench/summarize.mjs results.jsonl
import { readFileSync } from 'node:fs';

const METRICS = {
  ingest: ['events_per_s', 'ok_p50_ms', 'ok_p99_ms', 'relay_cpu_s_per_1k', 'events_per_relay_cpu_s'],
  query: ['queries_per_s', 'eose_p50_ms', 'eose_p99_ms', 'events_per_relay_cpu_s'],
  fanout: ['deliveries_per_s', 'delivery_p50_ms', 'delivery_p99_ms', 'deliveries_per_relay_cpu_s', 'delivered', 'expected_deliveries'],
  connections: ['rss_per_conn_kib'],
  import: ['events_per_s', 'cpu_s', 'db_bytes_per_event'],
};

const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.trim().startsWith('{'));
const groups = new Map(); // "scenario/variant" -> target -> metric -> [values]
const targets = new Set();
for (const line of lines) {
  const r = JSON.parse(line);
  const variant = r.scenario === 'fanout' ? `${r.scenario}/${r.mode}` : r.scenario === 'import' ? `import/verify=${r.verify}` : r.scenario;
  if (!groups.has(variant)) groups.set(variant, new Map());
  const g = groups.get(variant);
  if (!g.has(r.target)) g.set(r.target, {});
  targets.add(r.target);
  for (const m of METRICS[r.scenario] ?? []) (g.get(r.target)[m] ??= []).push(r[m]);
}

const median = (v) => {
  if (!v || v.length === 0) return undefined;
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (x) => (x === undefined ? '' : Math.abs(x) >= 100 ? Math.round(x).toString() : x.toPrecision(3));
const cols = [...targets];
const hasPeer = cols.includes('peer') && cols.includes('roost');
console.log(`| scenario | metric | ${cols.join(' | ')}${hasPeer ? ' | roost/peer' : ''} |`);
console.log(`|---|---|${cols.map(() => '---:').join('|')}${hasPeer ? '|---:' : ''}|`);
for (const [variant, g] of groups) {
  const scenario = variant.split('/')[0];
  for (const m of METRICS[scenario]) {
    const vals = cols.map((t) => median(g.get(t)?.[m]));
    if (vals.every((v) => v === undefined)) continue;
    let ratio = '';
    if (hasPeer) {
      const a = median(g.get('roost')?.[m]), b = median(g.get('peer')?.[m]);
      if (a !== undefined && b !== undefined && b !== 0) ratio = `${(a / b).toFixed(2)}×`;
    }
    console.log(`| ${variant} | ${m} | ${vals.map(fmt).join(' | ')}${hasPeer ? ` | ${ratio}` : ''} |`);
  }
}
console.log(`\n(${lines.length} result lines; medians over rounds; for *_ms and rss/cpu-per metrics lower is better)`);
