// Compares chrono-node with KoreaEvents.Core's temporal tagger on the 37 acceptance expressions
// (tests/KoreaEvents.Core.Tests/Acceptance/temporal-seeds.tsv) and on throughput over the seed corpus.
//
//   npm install && node run.mjs
//
// Our side comes from the CLI (`koreaevents dates <seed> --anchor <date> --json`), so build it first:
//   dotnet build -c Release src/KoreaEvents.Cli         (or set KOREAEVENTS_CLI to the koreaevents.dll to use)
// Our throughput is read from the BenchmarkDotNet report of TemporalTaggerBenchmarks when it exists:
//   dotnet run -c Release --project benchmarks/KoreaEvents.Core.Benchmarks -- --filter '*TemporalTagger*' --job short
//
// Scoring is the same for both: the mention overlapping the expression's first occurrence must have exactly the
// expected interval (first and last day). The year-stated flag is ours alone (chrono has no such notion) and is
// reported separately.
process.env.TZ = 'UTC';

import * as chrono from 'chrono-node';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const seedsDir = join(root, 'seeds');
const seedFiles = readdirSync(seedsDir).filter(f => f.endsWith('.txt')).sort();
const seedText = id => readFileSync(join(seedsDir, seedFiles.find(f => f.startsWith(id + '_'))), 'utf8');

// ---------------------------------------------------------------- the table
const [header, ...lines] = readFileSync(join(root, 'tests/KoreaEvents.Core.Tests/Acceptance/temporal-seeds.tsv'), 'utf8')
  .split('\n').filter(l => l.trim() !== '');
const columns = header.split('\t');
const rows = lines.map(l => Object.fromEntries(l.split('\t').map((v, i) => [columns[i], v])));

// ---------------------------------------------------------------- dates as whole days (UTC)
const day = (y, m, d) => Date.UTC(y, m - 1, d);
const iso = t => new Date(t).toISOString().slice(0, 10);
const lastOfMonth = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const isoWeekMonday = (y, w) => {
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday = Date.UTC(y, 0, 4) - ((jan4.getUTCDay() + 6) % 7) * 86400000;
  return monday + (w - 1) * 7 * 86400000;
};

// Expected interval from the table's notation: 2019-03-23, 2019-02, 2018, 2020-W25, a/b, "2017 (START)", XXXX-02.
function expectedInterval(text, anchor) {
  let core = text.replace(/ \((START|MID|END|APPROX)\)$/, '');
  const mod = (text.match(/\((START|MID|END)\)$/) || [])[1];
  if (core.startsWith('XXXX')) core = anchor.slice(0, 4) + core.slice(4);
  const bound = (s, end) => {
    let m;
    if ((m = s.match(/^(\d{4})-W(\d{2})$/))) { const mon = isoWeekMonday(+m[1], +m[2]); return end ? mon + 6 * 86400000 : mon; }
    if ((m = s.match(/^(\d{4})-(\d{2})-(\d{2})$/))) return day(+m[1], +m[2], +m[3]);
    if ((m = s.match(/^(\d{4})-(\d{2})$/))) return end ? day(+m[1], +m[2], lastOfMonth(+m[1], +m[2])) : day(+m[1], +m[2], 1);
    if ((m = s.match(/^(\d{4})$/))) return end ? day(+m[1], 12, 31) : day(+m[1], 1, 1);
    throw new Error('cannot read ' + s);
  };
  const [a, b] = core.includes('/') ? core.split('/') : [core, core];
  let start = bound(a, false), end = bound(b, true);
  if (mod && /^\d{4}$/.test(core)) { // early/mid/late year: Jan–Apr, May–Aug, Sep–Dec
    const y = +core, part = { START: 0, MID: 1, END: 2 }[mod];
    start = day(y, 1 + 4 * part, 1); end = day(y, 4 + 4 * part, lastOfMonth(y, 4 + 4 * part));
  }
  return [start, end];
}

function occurrence(text, expression) {
  const at = text.indexOf(expression);
  if (at < 0) throw new Error(`'${expression}' not found`);
  return [at, at + expression.length];
}

function best(mentions, [from, to]) {
  let pick = null, overlap = 0;
  for (const m of mentions) {
    const o = Math.min(m.end, to) - Math.max(m.start, from);
    if (o > overlap) { overlap = o; pick = m; }
  }
  return pick;
}

// ---------------------------------------------------------------- chrono's side
function chronoInterval(result) {
  const span = (c, isEnd) => {
    const y = c.get('year'), m = c.get('month'), d = c.get('day');
    if (c.isCertain('day') || !c.isCertain('month') && !c.isCertain('year')) return day(y, m, d); // a day, or a relative day
    if (c.isCertain('month')) return isEnd ? day(y, m, lastOfMonth(y, m)) : day(y, m, 1);
    return isEnd ? day(y, 12, 31) : day(y, 1, 1);
  };
  return [span(result.start, false), span(result.end ?? result.start, true)];
}

function chronoMentions(text, anchor) {
  const ref = anchor === '-' ? new Date() : new Date(anchor + 'T12:00:00Z');
  return chrono.parse(text, ref).map(r => ({ start: r.index, end: r.index + r.text.length, text: r.text, interval: chronoInterval(r) }));
}

// ---------------------------------------------------------------- our side (the CLI)
const cli = process.env.KOREAEVENTS_CLI
  ?? ['Release', 'Debug'].map(c => join(root, `src/KoreaEvents.Cli/bin/${c}/net10.0/koreaevents.dll`)).find(existsSync);
const ourCache = new Map();
function ourMentions(seed, anchor) {
  const key = seed + anchor;
  if (!ourCache.has(key)) {
    const args = [cli, 'dates', seed, '--json'];
    if (anchor !== '-') args.push('--anchor', anchor);
    const json = JSON.parse(execFileSync('dotnet', args, { encoding: 'utf8' }));
    ourCache.set(key, json.mentions.map(m => ({ start: m.start, end: m.start + m.length, text: m.text, value: m.value })));
  }
  return ourCache.get(key);
}
function ourInterval(value) {
  // "XXXX-02 (2020)", "2019-02-27/2019-02-28", "2017 (START)" …: write the anchored year in, then read like the table.
  const anchored = value.match(/ \((\d{4})\)/);
  let v = value.replace(/ \(\d{4}\)/, '');
  if (anchored) v = v.replaceAll('XXXX', anchored[1]);
  return expectedInterval(v, '0000');
}

// ---------------------------------------------------------------- accuracy
let chronoHits = 0, ourHits = 0, ourYearFlags = 0;
const misses = [];
for (const row of rows) {
  const text = seedText(row.seed);
  const where = occurrence(text, row.expression);
  const want = expectedInterval(row.expected, row.anchor === '-' ? '0000' : row.anchor);
  const c = best(chronoMentions(text, row.anchor), where);
  const chronoOk = !!c && c.interval[0] === want[0] && c.interval[1] === want[1];
  let ourOk = false, ourText = '(not run)';
  if (cli) {
    const o = best(ourMentions(`seed-${row.seed}`, row.anchor), where);
    ourText = o ? `${o.text} = ${o.value}` : '(none)';
    if (o?.value) {
      const got = ourInterval(o.value);
      ourOk = got[0] === want[0] && got[1] === want[1];
      if (ourOk && (row.year_stated === 'yes') === !o.value.includes('XXXX')) ourYearFlags++;
    }
  }
  chronoHits += chronoOk; ourHits += ourOk;
  if (!chronoOk || !ourOk) {
    misses.push(`${row.seed}  ${row.expression.padEnd(24)} want ${iso(want[0])}/${iso(want[1])}` +
      `  chrono: ${c ? `${c.text} = ${iso(c.interval[0])}/${iso(c.interval[1])}` : '(none)'}${chronoOk ? '' : ' ✗'}` +
      `  ours: ${ourText}${ourOk ? '' : ' ✗'}`);
  }
}

// ---------------------------------------------------------------- throughput on the seed corpus
const corpus = seedFiles.map(f => readFileSync(join(seedsDir, f), 'utf8')).join('\n\n');
const megabytes = corpus.length / (1 << 20);
const ref = new Date('2020-06-16T12:00:00Z');
for (let i = 0; i < 3; i++) chrono.parse(corpus, ref); // warm-up
const runs = 30;
const t0 = process.hrtime.bigint();
let found = 0;
for (let i = 0; i < runs; i++) found = chrono.parse(corpus, ref).length;
const seconds = Number(process.hrtime.bigint() - t0) / 1e9 / runs;
const chronoMBs = megabytes / seconds;

let ourMBs = null, ourMean = null;
const reportDir = join(root, 'BenchmarkDotNet.Artifacts/results');
const report = existsSync(reportDir) && readdirSync(reportDir).find(f => f.includes('TemporalTaggerBenchmarks') && f.endsWith('-report.csv'));
if (report) {
  const [h, ...rs] = readFileSync(join(reportDir, report), 'utf8').trim().split('\n').map(l => l.split(/[,;](?=(?:[^"]*"[^"]*")*[^"]*$)/).map(s => s.replace(/^"|"$/g, '')));
  const col = name => h.indexOf(name);
  const r = rs.find(x => x[col('Method')] === 'TagWithAnchor' && x[col('Corpus')] === 'seeds');
  if (r) {
    ourMean = r[col('Mean')];
    const m = ourMean.match(/([\d.,]+)\s*(ns|μs|us|ms|s)/);
    const scale = { ns: 1e-9, 'μs': 1e-6, us: 1e-6, ms: 1e-3, s: 1 }[m[2]];
    ourMBs = megabytes / (parseFloat(m[1].replace(/,/g, '')) * scale);
  }
}

const pct = n => `${n}/${rows.length} (${(100 * n / rows.length).toFixed(0)}%)`;
console.log(`chrono-node ${JSON.parse(readFileSync(join(root, 'benchmarks/peers/chrono/node_modules/chrono-node/package.json'), 'utf8')).version} vs KoreaEvents.Core temporal tagger`);
console.log('');
console.log('accuracy on the 37 acceptance expressions (exact interval)');
console.log(`  chrono-node            ${pct(chronoHits)}`);
console.log(`  KoreaEvents.Core       ${cli ? pct(ourHits) : '(CLI not built)'}${cli ? `   year-stated flag also right: ${ourYearFlags}/${rows.length}` : ''}`);
console.log('');
console.log(`throughput on the seed corpus (${corpus.length} characters, anchored on 2020-06-16)`);
console.log(`  chrono-node            ${chronoMBs.toFixed(2)} MB/s  (${(seconds * 1000).toFixed(2)} ms per pass, ${found} results)`);
console.log(`  KoreaEvents.Core       ${ourMBs ? `${ourMBs.toFixed(2)} MB/s  (BenchmarkDotNet mean ${ourMean})` : '(run the TemporalTagger benchmark first)'}`);
console.log('');
console.log('rows missed by either:');
for (const m of misses) console.log('  ' + m);
