// The benchmark of issue 9 (run through scripts/bench.sh, which builds first). Prints:
//   1. every file of dist/ raw, gzip -9 and brotli, and the first-visit total;
//   2. navigation -> first result of `#/?q=Lukashenko`, cold loads (fresh browser each);
//   3. input -> results latency per query, and to the next paint;
//   4. the host criterion figures of reader-search (parsed from `cargo bench` output).
// Writes everything as JSON to target/bench/results.json. Options:
//   --dist DIR  --loads N (default 15)  --runs N (per query, default 30)  --quick (5 and 8)
//   --criterion FILE (cargo bench output to summarise)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, DIST } from '../e2e/support.mjs';
import { FIRST_VISIT_LIMIT_KB, sizeReport } from './sizes.mjs';
import { coldLoads, inputLatency, stats, typingLatency } from './browser.mjs';

const BUDGET = { firstVisitGzipKB: 150, testLimitKB: FIRST_VISIT_LIMIT_KB, firstResultMs: 250, medianMs: 1, p95Ms: 4 };

function args() {
  const a = process.argv.slice(2);
  const opt = { dist: DIST, loads: 15, runs: 30, typingRuns: 10, criterion: null };
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] === '--dist') opt.dist = path.resolve(a[(i += 1)]);
    else if (a[i] === '--loads') opt.loads = Number(a[(i += 1)]);
    else if (a[i] === '--runs') opt.runs = Number(a[(i += 1)]);
    else if (a[i] === '--typing-runs') opt.typingRuns = Number(a[(i += 1)]);
    else if (a[i] === '--criterion') opt.criterion = a[(i += 1)];
    else if (a[i] === '--quick') { opt.loads = 5; opt.runs = 8; opt.typingRuns = 3; }
    else throw new Error(`unknown option ${a[i]}`);
  }
  return opt;
}

const kb = (n) => (n / 1024).toFixed(1);
const ms = (n, d = 1) => (n === null || n === undefined ? '-' : n.toFixed(d));
const ok = (good) => (good ? 'ok' : 'OVER');

function table(head, rows) {
  const all = [head, ...rows].map((r) => r.map(String));
  const w = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join(' | ')} |`;
  return [line(all[0]), `| ${w.map((n, i) => (i === 0 ? '-'.repeat(n) : `${'-'.repeat(n - 1)}:`)).join(' | ')} |`, ...all.slice(1).map(line)].join('\n');
}

/** Criterion's "name  time: [low median high]" lines (the name may stand on the line before). */
export function parseCriterion(text) {
  const unit = { ps: 1e-6, ns: 1e-3, µs: 1, us: 1, ms: 1e3, s: 1e6 };
  const out = [];
  let prev = '';
  for (const line of text.split('\n')) {
    const m = line.match(/^(.*?)\s*time:\s+\[([^\]]+)\]/);
    if (m) {
      const name = m[1].trim() || prev;
      const v = m[2].trim().split(/\s+/);
      // v = [low, unit, median, unit, high, unit]
      out.push({ name, medianUs: Number(v[2]) * unit[v[3]] });
    } else if (line.trim() && !/^\s/.test(line) && !/^(Benchmarking|Found|Warning|Gnuplot|reader-search index)/.test(line)) {
      prev = line.trim();
    }
  }
  return out;
}

function criterionSummary(file) {
  if (!file || !fs.existsSync(file)) return null;
  const rows = parseCriterion(fs.readFileSync(file, 'utf8'));
  const queries = rows.filter((r) => r.name.startsWith('query/'));
  const med = [...queries].sort((a, b) => a.medianUs - b.medianUs);
  const pick = (n) => rows.find((r) => r.name === n);
  return {
    buildIndexUs: pick('build_index')?.medianUs,
    fromBytesUs: pick('from_bytes')?.medianUs,
    allQueriesUs: pick('all_relevance_queries')?.medianUs,
    queries: queries.length,
    queryMedianOfMediansUs: med.length ? med[Math.floor((med.length - 1) / 2)].medianUs : null,
    slowest: med.slice(-5).reverse(),
    rows,
  };
}

async function main() {
  const opt = args();
  const log = (s) => console.error(s);
  const results = { date: new Date().toISOString().slice(0, 10), machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? '?'}`, node: process.version };

  log('measuring sizes and the first-visit download…');
  results.sizes = await sizeReport(opt.dist);
  log(`cold loads (${opt.loads}, fresh browser each)…`);
  results.cold = await coldLoads(opt.dist, opt.loads, log);
  log(`input latency (${opt.runs} runs per query)…`);
  results.input = await inputLatency(opt.dist, { runs: opt.runs, log });
  log(`typing latency (${opt.typingRuns} runs per query, every keystroke)…`);
  results.typing = await typingLatency(opt.dist, { runs: opt.typingRuns, log });
  results.criterion = criterionSummary(opt.criterion);

  const s = results.sizes;
  const out = [];
  out.push(`# Belarus Reader benchmark, ${results.date} (${results.machine}; headless ${path.basename(process.env.CHROMIUM || '/usr/bin/chromium')})`, '');
  out.push('## Files of the build (gzip: zlib level 9; brotli: quality 11)', '');
  out.push(table(['file', 'raw B', 'gzip B', 'brotli B', 'first visit'], [
    ...s.files.map((f) => [f.file, f.raw, f.gzip, f.brotli, f.firstVisit ? 'yes' : 'no']),
    [`first visit (${s.firstVisit.files} downloads)`, s.firstVisit.raw, s.firstVisit.gzip, s.firstVisit.brotli, ''],
  ]), '');
  out.push(`First visit: **${kb(s.firstVisit.gzip)} KB gzip** (${kb(s.firstVisit.brotli)} KB brotli); budget ${BUDGET.firstVisitGzipKB} KB: ${ok(s.firstVisit.gzip <= BUDGET.firstVisitGzipKB * 1024)}; test limit ${BUDGET.testLimitKB} KB: ${ok(s.firstVisit.gzip <= BUDGET.testLimitKB * 1024)}.`, '');

  const c = results.cold;
  out.push(`## Navigation to first result (\`#/?q=Lukashenko\`), ${c.dom.n} cold loads`, '');
  out.push(table(['ms from navigation', 'min', 'median', 'p95', 'max'], [
    ['.wasm fetched (responseEnd)', ms(c.wasmFetched.min), ms(c.wasmFetched.median), ms(c.wasmFetched.p95), ms(c.wasmFetched.max)],
    ['data decoded (data-load-us, duration)', ms(c.dataLoadMs.min, 2), ms(c.dataLoadMs.median, 2), ms(c.dataLoadMs.p95, 2), ms(c.dataLoadMs.max, 2)],
    ['index caches filled after first paint (data-prepare-us, duration)', ms(c.prepareMs.min, 2), ms(c.prepareMs.median, 2), ms(c.prepareMs.p95, 2), ms(c.prepareMs.max, 2)],
    ['first result in the DOM', ms(c.dom.min), ms(c.dom.median), ms(c.dom.p95), ms(c.dom.max)],
    ['first result painted', ms(c.paint.min), ms(c.paint.median), ms(c.paint.p95), ms(c.paint.max)],
  ]), '');
  out.push(`First result median ${ms(c.dom.median)} ms (painted ${ms(c.paint.median)} ms), spread ${ms(c.dom.max - c.dom.min)} ms; budget ${BUDGET.firstResultMs} ms: ${ok(c.paint.median < BUDGET.firstResultMs)}.`, '');

  const inp = results.input;
  out.push(`## Input to results, ${inp.runs} runs per query after ${inp.warmup} warm-up (cross-origin isolated timers: ${inp.isolated ? 'yes, 5 µs' : 'no, 100 µs'})`, '');
  out.push(table(['query', 'hits', 'to DOM median ms', 'p95', 'to paint median ms', 'p95', 'event handler ms', 'budget'], inp.queries.map((q) => [
    q.query, q.items, ms(q.results?.median, 2), ms(q.results?.p95, 2), ms(q.paint?.median, 2), ms(q.paint?.p95, 2), ms(q.sync.median, 2),
    q.results ? ok(q.results.median < BUDGET.medianMs && q.results.p95 < BUDGET.p95Ms) : 'no change',
  ])), '');
  const valueSet = (qs) => stats(qs.map((q) => q.valueSet.median));
  const vi = valueSet(inp.queries);
  out.push(`Timed from the \`input\` event: the box already holds the new text, as when the browser fires \`input\` after a keystroke. Setting that text beforehand (\`input.value = …\`, the browser's work, not timed above) took ${ms(vi.min, 2)}–${ms(vi.max, 2)} ms (medians per query).`, '');

  const ty = results.typing;
  out.push(`## Typing: every keystroke, each query typed ${ty.runs} times from an empty box after ${ty.warmup} warm-up`, '');
  out.push('Per keystroke, from the `input` event (dispatched once the box holds the new text) to the last change of the results (their section: status line, counts, list; or the end of the handler when none changed), and to the first task after it ("settled": all the keystroke\'s work, render included). "first" is the first keystroke alone.', '');
  out.push(table(['query', 'keystrokes', 'to DOM median ms', 'p95', 'settled median ms', 'p95', 'first keystroke median ms', 'budget'], ty.queries.map((q) => [
    q.query, q.measured, ms(q.toDom.median, 2), ms(q.toDom.p95, 2), ms(q.settled.median, 2), ms(q.settled.p95, 2), ms(q.first.median, 2),
    ok(q.toDom.median < BUDGET.medianMs && q.toDom.p95 < BUDGET.p95Ms && q.first.median < BUDGET.medianMs),
  ])), '');
  const vt = valueSet(ty.queries);
  out.push(`Setting the box's text before each \`input\` event (not timed above) took ${ms(vt.min, 2)}–${ms(vt.max, 2)} ms (medians per query).`, '');

  const cr = results.criterion;
  if (cr) {
    out.push('## Host (criterion, `cargo bench -p reader-search`, medians)', '');
    out.push(table(['benchmark', 'median µs'], [
      ['build_index', ms(cr.buildIndexUs)], ['from_bytes', ms(cr.fromBytesUs)],
      [`all ${cr.queries} relevance queries`, ms(cr.allQueriesUs)],
      ['median query (median of medians)', ms(cr.queryMedianOfMediansUs)],
      ...cr.slowest.map((r) => [`slowest: ${r.name}`, ms(r.medianUs)]),
    ]), '');
  }
  console.log(out.join('\n'));
  const dir = path.join(ROOT, 'target', 'bench');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'results.json'), JSON.stringify(results, null, 1));
  fs.writeFileSync(path.join(dir, 'results.md'), `${out.join('\n')}\n`);
  log(`written: target/bench/results.json, target/bench/results.md`);
}

await main();
