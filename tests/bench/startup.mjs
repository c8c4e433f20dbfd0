// The start-up bench of issue 18 ("the text readable before the WASM arrives"): the reader
// (dist/) against a reference page of the same two texts as plain HTML with a small minisearch
// search (tests/bench/reference/), both served by one static server on 127.0.0.1 (the reader at
// /, the reference at /reference/; the same ETag/no-cache answers as tests/e2e/support.mjs). Run
// through `scripts/bench.sh --throttled` (which builds first) or directly. Measures, per page:
//   1. Lighthouse 12.2.3, mobile with its default simulated throttling (slow 4G, 4x CPU), the
//      four categories; median of several runs, each in a freshly launched Chromium;
//   2. the bytes of the first visit until the text is in the DOM (HTML plus CSS; and all files),
//      gzip -9;
//   3. navigation start -> first result in the DOM for a query typed the moment the search box is
//      visible, one key every 30 ms, over cold loads (a new browser context each), unthrottled and
//      with Lighthouse's DevTools throttling figures (562.5 ms request latency, 1.44 Mbit/s down,
//      4x CPU) applied through DevTools.
// Writes target/bench/startup.{json,md} and each Lighthouse report to target/bench/lighthouse/.
// Options: --dist DIR  --lh-runs N (default 5)  --loads N (default 10)  --quick (3 and 3)
//          --query Q (default Lukashenko)  --no-lighthouse  --no-typed
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { throttling, screenEmulationMetrics } from 'lighthouse/core/config/constants.js';
import { ROOT, DIST, CHROMIUM_ARGS, launch } from '../e2e/support.mjs';
import { recordingServer, sizeOf } from './sizes.mjs';
import { loadTimes, stats, typedFirstResult } from './browser.mjs';
import { buildReference, REFERENCE_DIR } from './reference/build.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const OUT = path.join(ROOT, 'target', 'bench');
/** The slow 4G and 4x CPU of Lighthouse's mobile default, as DevTools applies them. */
const THROTTLE = throttling.mobileSlow4G;
const MOBILE = screenEmulationMetrics.mobile;
/** A playwright context like Lighthouse's mobile form factor (screen, not user agent). */
const MOBILE_CONTEXT = {
  viewport: { width: MOBILE.width, height: MOBILE.height }, deviceScaleFactor: MOBILE.deviceScaleFactor, isMobile: true, hasTouch: true,
};

/** The two pages: where, the search box, the results list, and a selector of the text. */
const PAGES = [
  { name: 'reader', path: '', box: 'input[type=search]', list: '[aria-label="Search results"]', text: 'article[data-doc] p' },
  { name: 'reference', path: 'reference/', box: 'input[type=search]', list: '[aria-label="Search results"]', text: 'article p' },
];

function args() {
  const a = process.argv.slice(2);
  const opt = { dist: DIST, lhRuns: 5, loads: 10, query: 'Lukashenko', lighthouse: true, typed: true };
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] === '--dist') opt.dist = path.resolve(a[(i += 1)]);
    else if (a[i] === '--lh-runs') opt.lhRuns = Number(a[(i += 1)]);
    else if (a[i] === '--loads') opt.loads = Number(a[(i += 1)]);
    else if (a[i] === '--query') opt.query = a[(i += 1)];
    else if (a[i] === '--quick') { opt.lhRuns = 3; opt.loads = 3; }
    else if (a[i] === '--no-lighthouse') opt.lighthouse = false;
    else if (a[i] === '--no-typed') opt.typed = false;
    else throw new Error(`unknown option ${a[i]}`);
  }
  return opt;
}

/** One Lighthouse run of `url` in a newly launched Chromium; returns the report (LHR). */
async function lighthouseRun(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

/** The first DOM node a Lighthouse audit's details name (its snippet and selector). */
function firstNode(details) {
  if (!details || typeof details !== 'object') return null;
  if (details.type === 'node') return { selector: details.selector, snippet: details.snippet, label: details.nodeLabel };
  for (const v of Object.values(details)) {
    const n = Array.isArray(v) ? v.map(firstNode).find(Boolean) : firstNode(v);
    if (n) return n;
  }
  return null;
}

/** What the bench keeps of one Lighthouse report. */
export function summarize(lhr) {
  const a = lhr.audits;
  const num = (id) => a[id]?.numericValue ?? null;
  const items = (id) => a[id]?.details?.items ?? [];
  const phases = (a['largest-contentful-paint-element']?.details?.items ?? []).find((t) => t.headings?.some((h) => h.key === 'phase'));
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c].score === null ? null : Math.round(lhr.categories[c].score * 100)])),
    fcp: num('first-contentful-paint'),
    lcp: num('largest-contentful-paint'),
    tbt: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    si: num('speed-index'),
    tti: num('interactive'),
    observed: items('metrics')[0] ? Object.fromEntries(Object.entries(items('metrics')[0]).filter(([k]) => k.startsWith('observed'))) : null,
    lcpElement: firstNode(a['largest-contentful-paint-element']?.details),
    lcpPhases: phases ? phases.items.map((p) => ({ phase: p.phase, ms: p.timing })) : null,
    failing: Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c].auditRefs
      .filter((r) => r.weight > 0 && a[r.id].score !== null && a[r.id].score < 1).map((r) => `${r.id} (${a[r.id].score})`)])),
    mainThread: items('mainthread-work-breakdown').map((i) => ({ group: i.groupLabel ?? i.group, ms: i.duration })),
    bootup: items('bootup-time').map((i) => ({ url: i.url, total: i.total, scripting: i.scripting })),
    requests: items('network-requests').map((i) => ({ url: i.url, transferSize: i.transferSize, start: i.networkRequestTime, end: i.networkEndTime })),
    totalByteWeight: num('total-byte-weight'),
    renderBlocking: items('render-blocking-resources').map((i) => i.url),
    errored: Object.values(a).filter((x) => x.scoreDisplayMode === 'error').map((x) => x.id),
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    warnings: lhr.runWarnings ?? [],
  };
}

const median = (xs) => (xs.length ? stats(xs).median : null);
/** Per-metric medians (and min/max) over runs, not the one "median run". */
function medians(runs) {
  const m = (f) => { const v = runs.map(f).filter((x) => Number.isFinite(x)); return v.length ? stats(v) : null; };
  return {
    runs: runs.length,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, m((r) => r.scores[c])])),
    fcp: m((r) => r.fcp), lcp: m((r) => r.lcp), tbt: m((r) => r.tbt), cls: m((r) => r.cls), si: m((r) => r.si), tti: m((r) => r.tti),
    benchmarkIndex: m((r) => r.benchmarkIndex),
  };
}

/**
 * The bytes a first visit of `url` downloads until `text` is in the DOM and visible (a fresh
 * browser, unthrottled; the server records each body it sends): HTML plus CSS, and all files
 * requested by then, raw and gzip. Then, once loaded, the page's FCP and LCP and its LCP element.
 */
async function bytesUntilText(server, url, text, dirOf) {
  const browser = await launch();
  try {
    const context = await browser.newContext(MOBILE_CONTEXT);
    const page = await context.newPage();
    server.served.length = 0;
    await page.goto(url);
    await page.locator(text).first().waitFor({ state: 'visible', timeout: 30000 });
    const files = [...server.served].map((rel) => ({ ...sizeOf(...dirOf(rel)), rel }));
    // The page's own largest contentful paint, untouched by input: the element Lighthouse's
    // simulation starts from (its own LCP-element audit fails with this Chromium).
    await page.waitForLoadState('load');
    await page.waitForTimeout(1500);
    const { fcp, lcp, lcpElement } = await loadTimes(page);
    await context.close();
    const sum = (fs_, k) => fs_.reduce((n, f) => n + f[k], 0);
    const htmlCss = files.filter((f) => /\.(html|css)$/.test(f.rel));
    return {
      fcp, lcp, lcpElement,
      files: files.map(({ rel, raw, gzip }) => ({ file: rel, raw, gzip })),
      htmlCss: { files: htmlCss.length, raw: sum(htmlCss, 'raw'), gzip: sum(htmlCss, 'gzip') },
      all: { files: files.length, raw: sum(files, 'raw'), gzip: sum(files, 'gzip') },
    };
  } finally {
    await browser.close();
  }
}

function table(head, rows) {
  const all = [head, ...rows].map((r) => r.map(String));
  const w = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join(' | ')} |`;
  return [line(all[0]), `| ${w.map((n, i) => (i === 0 ? '-'.repeat(n) : `${'-'.repeat(n - 1)}:`)).join(' | ')} |`, ...all.slice(1).map(line)].join('\n');
}

const f0 = (x) => (x === null || x === undefined ? '-' : x.toFixed(0));
/** "median (min–max)" of a stats object, `d` decimals. */
const spread = (s, d = 0) => (s ? `${s.median.toFixed(d)} (${s.min.toFixed(d)}–${s.max.toFixed(d)})` : '-');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  const opt = args();
  const log = (s) => console.error(s);
  const results = {
    date: new Date().toISOString(), machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? '?'}`, loadavg: os.loadavg(),
    node: process.version, throttle: THROTTLE, query: opt.query,
  };
  log('building the reference page (target/bench/reference/)…');
  const refDir = await buildReference(REFERENCE_DIR);
  const server = await recordingServer(opt.dist, { mounts: { '/reference/': refDir } });
  const dirOf = (rel) => (rel.startsWith('reference/') ? [rel.slice('reference/'.length), refDir] : [rel, opt.dist]);
  const pages = PAGES.map((p) => ({ ...p, url: `${server.url}${p.path}` }));
  results.pages = {};
  try {
    for (const p of pages) {
      log(`bytes until the text is in the DOM: ${p.name}…`);
      results.pages[p.name] = { url: p.url, bytes: await bytesUntilText(server, p.url, p.text, dirOf) };
    }
    if (opt.typed) {
      for (const [key, throttle] of [['typed', null], ['typedThrottled', THROTTLE]]) {
        log(`query typed at first sight of the box, ${opt.loads} cold loads per page${throttle ? ', throttled' : ''}…`);
        const t = await typedFirstResult(pages, { loads: opt.loads, query: opt.query, throttle, viewport: MOBILE_CONTEXT, log });
        for (const p of pages) results.pages[p.name][key] = t.summary[p.name];
      }
    }
    if (opt.lighthouse) {
      fs.mkdirSync(path.join(OUT, 'lighthouse'), { recursive: true });
      const runs = Object.fromEntries(pages.map((p) => [p.name, []]));
      for (let i = 0; i < opt.lhRuns; i += 1) {
        for (const p of pages) {
          const lhr = await lighthouseRun(p.url);
          fs.writeFileSync(path.join(OUT, 'lighthouse', `${p.name}-${i + 1}.json`), JSON.stringify(lhr));
          const s = summarize(lhr);
          runs[p.name].push(s);
          log(`  lighthouse ${p.name} ${i + 1}/${opt.lhRuns}: ${CATEGORIES.map((c) => s.scores[c]).join('/')}, FCP ${f0(s.fcp)} LCP ${f0(s.lcp)} TBT ${f0(s.tbt)} CLS ${s.cls?.toFixed(3)} SI ${f0(s.si)} (benchmarkIndex ${f0(s.benchmarkIndex)})`);
        }
      }
      for (const p of pages) results.pages[p.name].lighthouse = { median: medians(runs[p.name]), runs: runs[p.name] };
    }
  } finally {
    await server.close();
  }

  const R = results.pages.reader;
  const F = results.pages.reference;
  const rows = [];
  const both = (label, f) => rows.push([label, f(R), f(F)]);
  if (opt.lighthouse) {
    const n = R.lighthouse.median.runs;
    for (const c of CATEGORIES) both(`Lighthouse ${c} (median of ${n}, min–max)`, (p) => spread(p.lighthouse.median.scores[c]));
    both('FCP ms (simulated)', (p) => spread(p.lighthouse.median.fcp));
    both('LCP ms (simulated)', (p) => spread(p.lighthouse.median.lcp));
    both('TBT ms (simulated)', (p) => spread(p.lighthouse.median.tbt));
    both('CLS', (p) => spread(p.lighthouse.median.cls, 3));
    both('Speed Index ms (simulated)', (p) => spread(p.lighthouse.median.si));
    both('TTI ms (simulated)', (p) => spread(p.lighthouse.median.tti));
  }
  both('HTML + CSS of the first visit, gzip', (p) => `${kb(p.bytes.htmlCss.gzip)} (${p.bytes.htmlCss.files} files)`);
  both('all bytes until the text is in the DOM, gzip', (p) => `${kb(p.bytes.all.gzip)} (${p.bytes.all.files} files)`);
  for (const [key, label] of [['typed', 'unthrottled'], ['typedThrottled', 'throttled']]) {
    if (!R[key]) continue;
    const n = R[key].firstResult.n;
    both(`typed, ${label}: search box visible, ms`, (p) => spread(p[key].boxSeen));
    both(`typed, ${label}: first result in the DOM, ms (${n} loads)`, (p) => spread(p[key].firstResult));
    both(`typed, ${label}: results of the whole query, ms`, (p) => spread(p[key].finalResults));
    both(`typed, ${label}: query intact in the box`, (p) => `${p[key].queryIntact}/${p[key].loads.length}`);
    both(`typed, ${label}: FCP in the browser, ms`, (p) => spread(p[key].fcp));
  }
  const out = [];
  out.push(`# Start-up (issue 18), ${results.date.slice(0, 16)}Z (${results.machine}; load average ${results.loadavg.map((x) => x.toFixed(1)).join(' ')})`, '');
  out.push(table(['', 'reader (dist/)', 'reference page'], rows), '');
  if (opt.lighthouse) {
    for (const p of pages) {
      const runs = results.pages[p.name].lighthouse.runs;
      out.push(`${p.name}, Lighthouse: failing audits (first run): ${Object.values(runs[0].failing).flat().join(', ') || 'none'}; `
        + `audits that errored: ${[...new Set(runs.flatMap((r) => r.errored))].join(', ') || 'none'}; `
        + `warnings: ${[...new Set(runs.flatMap((r) => r.warnings))].join(' / ') || 'none'}.`, '');
    }
  }
  for (const p of pages) {
    const b = results.pages[p.name].bytes;
    out.push(`${p.name}, one unthrottled load without input: FCP ${f0(b.fcp)} ms, LCP ${f0(b.lcp)} ms, LCP element \`${b.lcpElement}\`; files requested until the text was visible: ${b.files.map((f) => `${f.file} ${f.gzip} B`).join(', ')}.`, '');
  }
  console.log(out.join('\n'));
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'startup.json'), JSON.stringify(results, null, 1));
  fs.writeFileSync(path.join(OUT, 'startup.md'), `${out.join('\n')}\n`);
  log('written: target/bench/startup.json, target/bench/startup.md, target/bench/lighthouse/*.json');
}

await main();
