// Browser measurements of the release build in headless Chromium on 127.0.0.1 (Debian's
// /usr/bin/chromium through playwright-core, as in the end-to-end tests):
// - coldLoads: navigation -> first result of `#/?q=Lukashenko` in the DOM, and painted; every
//   load in a freshly launched browser (new profile, empty caches, no service worker);
// - inputLatency: for each query, from the `input` event to the last DOM change of the results
//   (the results' section: status line, counts, list, "Show more"), and to the next paint after
//   it, measured inside the page;
// - typedFirstResult (the start-up bench, startup.mjs): a query typed the moment the search box is
//   visible, one key every 30 ms, navigation -> first result, for the reader and the reference page.
import { launch } from '../e2e/support.mjs';
import { recordingServer } from './sizes.mjs';

/** The queries of the input-latency table: both spellings, prefix, typo, phrase, year, acronym,
 * and a name in Russian Cyrillic and in Łacinka (issue 21). */
export const QUERIES = [
  'L', 'Lukashenko', 'Lukashenka', 'Lukash', 'Kravchenko', 'Krauchenka', 'Astravets', 'Ostrovets',
  'Лукашенко', 'Łukašenka',
  'sanctoins', '"Union State"', '2006', 'CSTO', 'Eurasian Economic Union', 'cease-fire',
  'Belarus Russia sanctions', '-Crimea seizure',
];

const RESULTS = '[aria-label="Search results"]';
/**
 * What the input measurements watch: the section holding the results list, its status line,
 * counts and "Show more". Not the list alone: the list may not change while the answer does
 * (a keystroke that finds nothing changes the status line; the stylesheet shows a pre-mounted
 * list by its section's attribute).
 */
const REGION = 'section.results';

export function stats(values) {
  const v = [...values].sort((a, b) => a - b);
  const q = (p) => v[Math.min(v.length - 1, Math.max(0, Math.ceil(p * v.length) - 1))];
  return { n: v.length, min: v[0], median: q(0.5), p95: q(0.95), max: v[v.length - 1] };
}

/**
 * Installed before any page script: records in `window.__bench` when the first item of the list
 * `list` is in the DOM (`dom`) and painted (`paint`, the first task after the next frame); `done`
 * once that is known. With `type` ({ box, query, every }), it also types `query` into the search
 * box `box` the moment the box is in the DOM and visible (`boxSeen`): the first character at once,
 * then one every `every` ms (`keys`: when each was typed; each appends to the box's current text
 * and dispatches `input`, as a keystroke does; the box is looked up again each time, in case it was
 * replaced). Then `done` waits until the results have not changed for `settleMs` after the last
 * key; `finalChange` is the last change of the list's text, `finalCount` its items, `finalValue`
 * the box's text at the end.
 */
function firstResultProbe({ list, type = null, settleMs = 600 }) {
  const b = { dom: null, paint: null, done: false, boxSeen: null, keys: [], finalChange: null, finalCount: null, finalValue: null };
  window.__bench = b;
  const item = `${list} > li`;
  let sig = null;
  const visibleBox = () => {
    const el = document.querySelector(type.box);
    return el && el.checkVisibility() && el.getBoundingClientRect().width > 0 ? el : null;
  };
  const settle = () => {
    const quietFor = performance.now() - Math.max(b.keys[b.keys.length - 1], b.finalChange ?? 0);
    if (quietFor < settleMs) { setTimeout(settle, settleMs - quietFor + 1); return; }
    const el = document.querySelector(type.box);
    b.finalValue = el ? el.value : null;
    b.finalCount = document.querySelectorAll(item).length;
    b.done = b.paint !== null;
    if (!b.done) setTimeout(settle, 50);
  };
  const key = (i) => {
    const el = document.querySelector(type.box);
    if (i === 0) el.focus();
    el.value += type.query[i];
    b.keys.push(performance.now());
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: type.query[i] }));
    if (i + 1 < type.query.length) setTimeout(() => key(i + 1), type.every);
    else setTimeout(settle, settleMs);
  };
  const check = () => {
    if (type && b.boxSeen === null && visibleBox()) {
      b.boxSeen = performance.now();
      key(0);
    }
    if (type && b.boxSeen !== null) {
      const l = document.querySelector(list);
      const now = l ? l.textContent : '';
      if (now !== sig) { sig = now; b.finalChange = performance.now(); }
    }
    if (b.dom !== null || !document.querySelector(item)) return;
    b.dom = performance.now();
    requestAnimationFrame(() => setTimeout(() => {
      b.paint = performance.now();
      if (!type) b.done = true;
    }, 0));
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  // The box may become visible by a style change that no mutation shows (a stylesheet loading).
  const poll = () => { check(); if (type && b.boxSeen === null) requestAnimationFrame(poll); };
  if (type) requestAnimationFrame(poll);
}

/**
 * Loads `url` in a new page of `context` with `firstResultProbe(probe)` installed and waits for
 * its `done`. `throttle` (Lighthouse's devtools throttling figures, see `startup.mjs`) is applied
 * to the page through DevTools before the navigation. Returns the page.
 */
export async function probedLoad(context, url, probe, { throttle = null, timeout = 60000 } = {}) {
  const page = await context.newPage();
  if (throttle) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: throttle.requestLatencyMs,
      downloadThroughput: (throttle.downloadThroughputKbps * 1024) / 8,
      uploadThroughput: (throttle.uploadThroughputKbps * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle.cpuSlowdownMultiplier });
  }
  await page.addInitScript(firstResultProbe, probe);
  await page.goto(url);
  await page.waitForFunction(() => window.__bench && window.__bench.done, null, { timeout });
  return page;
}

/** `runs` cold loads, each in a newly launched browser. */
export async function coldLoads(dir, runs = 10, log = () => {}) {
  const server = await recordingServer(dir);
  const loads = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const browser = await launch();
      try {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await probedLoad(context, `${server.url}#/?q=Lukashenko`, { list: RESULTS }, { timeout: 30000 });
        await page.waitForFunction(() => document.documentElement.hasAttribute('data-prepare-us'), null, { timeout: 5000 }).catch(() => {});
        const m = await loadTimes(page);
        loads.push(m);
        log(`  cold load ${i + 1}/${runs}: first result ${m.dom.toFixed(1)} ms, painted ${m.paint.toFixed(1)} ms`);
        await context.close();
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  const col = (k) => loads.map((l) => l[k]).filter((x) => Number.isFinite(x));
  return {
    runs: loads,
    dom: stats(col('dom')),
    paint: stats(col('paint')),
    wasmFetched: stats(col('wasmFetched')),
    dataLoadMs: stats(col('dataLoadMs')),
    prepareMs: stats(col('prepareMs')),
  };
}

/**
 * What a probed load recorded (`window.__bench`, see `firstResultProbe`), with the navigation's
 * DOMContentLoaded, first contentful paint and the end of the `.wasm` download (null where
 * none), the last largest-contentful-paint entry (its time and element), and the reader's own start-up marks (data-load-us, data-prepare-us; NaN/null elsewhere).
 */
export async function loadTimes(page) {
  return page.evaluate(async () => {
    const lcps = await new Promise((resolve) => {
      new PerformanceObserver((l) => resolve(l.getEntries())).observe({ type: 'largest-contentful-paint', buffered: true });
      setTimeout(() => resolve([]), 1000);
    });
    const describe = (el) => (el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${el.textContent.trim().slice(0, 40)}"` : '(removed)');
    const lcp = lcps.length ? lcps[lcps.length - 1] : null;
    const nav = performance.getEntriesByType('navigation')[0];
    const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const { done, ...bench } = window.__bench || {};
    return {
      ...bench,
      domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
      fcp: fcp ? fcp.startTime : null,
      lcp: lcp ? lcp.startTime : null,
      lcpElement: lcp ? describe(lcp.element) : null,
      wasmFetched: wasm ? wasm.responseEnd : null,
      dataLoadMs: Number(document.documentElement.getAttribute('data-load-us')) / 1000,
      prepareMs: document.documentElement.hasAttribute('data-prepare-us')
        ? Number(document.documentElement.getAttribute('data-prepare-us')) / 1000 : null,
    };
  });
}

/**
 * First result for a query typed at first sight of the box: for each of `pages` ({ name, url,
 * box, list }), `loads` cold loads, each in a new browser context of one browser (empty cache,
 * no service worker), the pages taking turns. `query` is typed the moment the box is visible, one
 * character every `every` ms (see `firstResultProbe`); `throttle` as for `probedLoad`. Per page:
 * every load's times, and their stats, from navigation start.
 */
export async function typedFirstResult(pages, { loads = 10, query = 'Lukashenko', every = 30, throttle = null, viewport, log = () => {} } = {}) {
  const browser = await launch();
  const out = Object.fromEntries(pages.map((p) => [p.name, []]));
  try {
    for (let i = 0; i < loads; i += 1) {
      for (const p of pages) {
        const context = await browser.newContext(viewport);
        const page = await probedLoad(context, p.url, { list: p.list, type: { box: p.box, query, every } }, { throttle });
        const m = await loadTimes(page);
        out[p.name].push(m);
        log(`  ${p.name} load ${i + 1}/${loads}: box ${m.boxSeen.toFixed(0)} ms, first result ${m.dom === null ? '-' : m.dom.toFixed(0)} ms, final ${m.finalChange.toFixed(0)} ms (${m.finalCount} items, box "${m.finalValue}")`);
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  const summary = {};
  for (const [name, rows] of Object.entries(out)) {
    const col = (f) => rows.map(f).filter((x) => Number.isFinite(x));
    summary[name] = {
      loads: rows,
      boxSeen: stats(col((r) => r.boxSeen)),
      lastKey: stats(col((r) => r.keys[r.keys.length - 1])),
      firstResult: stats(col((r) => r.dom)),
      firstResultPainted: stats(col((r) => r.paint)),
      finalResults: stats(col((r) => r.finalChange)),
      fcp: stats(col((r) => r.fcp)),
      lcp: stats(col((r) => r.lcp)),
      lcpElements: [...new Set(rows.map((r) => r.lcpElement))],
      queryIntact: rows.filter((r) => r.finalValue === query).length,
    };
  }
  return { query, every, throttle, summary };
}

/**
 * Installed in the measuring page once (see `withInputPage`): what both input measurements do
 * inside the page, as `window.__kit`.
 */
function installKit(region) {
  const input = document.querySelector('input[type=search]');
  const frame = () => new Promise((resolve) => { requestAnimationFrame(() => setTimeout(resolve, 0)); });
  const inRegion = (n) => {
    const el = n && (n.nodeType === 1 ? n : n.parentElement);
    return !!(el && el.closest && el.closest(region));
  };
  const holdsRegion = (n) => n.nodeType === 1 && (n.matches(region) || !!n.querySelector(region));
  window.__kit = {
    /** Sets the box and dispatches one `input` event. */
    set(v) {
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    /**
     * As `set`, timed as a keystroke is: the box gets its new text first (as the browser does
     * before it fires `input`), then `t0`, then the `input` event. Returns `t0`, and how long
     * setting the text took (`valueMs`: the browser's own work, before the event, not the app's).
     */
    type(v) {
      const tv = performance.now();
      input.value = v;
      const t0 = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return { t0, valueMs: t0 - tv };
    },
    /** Lets the app settle: three frames. */
    async quiet() { for (let i = 0; i < 3; i += 1) await frame(); },
    /** Whether MutationObserver records touch the results (their section, or add or remove it). */
    touchesResults: (records) => records.some((r) => inRegion(r.target) || [...r.addedNodes, ...r.removedNodes].some(holdsRegion)),
    /** Observes every change under <body>. */
    observe(mo) { mo.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true }); },
  };
}

/**
 * Opens the app in one cross-origin isolated page (the bench server sends COOP/COEP, so
 * `performance.now()` has 5 µs resolution), installs the kit, runs `fn(page)` and closes it all.
 */
async function withInputPage(dir, fn) {
  const server = await recordingServer(dir, { isolate: true });
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}#/`);
    await page.waitForSelector('input[type=search]');
    await page.waitForSelector('article[data-doc]');
    await page.evaluate(installKit, REGION);
    const result = await fn(page);
    await context.close();
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * In the page: sets the search box to `''`, lets the app settle, then sets it to `query` and
 * dispatches one `input` event. Returns the time from just before the dispatch to the last
 * mutation of the results (MutationObserver callback time: an upper bound), and to the
 * first task after the next frame following that mutation (rAF + setTimeout 0: painted).
 */
async function measureOnce(page, query) {
  return page.evaluate(async ({ q, sel }) => {
    const kit = window.__kit;
    kit.set('');
    await kit.quiet();
    let first = null;
    let last = null;
    let paint = null;
    let mutations = 0;
    let batches = 0;
    const mo = new MutationObserver((records) => {
      const t = performance.now();
      if (!kit.touchesResults(records)) return;
      mutations += records.length;
      batches += 1;
      if (first === null) first = t;
      last = t;
      requestAnimationFrame(() => setTimeout(() => { if (last === t) paint = performance.now(); }, 0));
    });
    kit.observe(mo);
    const { t0, valueMs } = kit.type(q);
    const sync = performance.now() - t0;
    // Settle: at least 3 frames, then until 50 ms pass without a change of the results.
    await kit.quiet();
    let seen = last;
    for (;;) {
      await new Promise((resolve) => { setTimeout(resolve, 50); });
      if (last === seen && (last === null || paint !== null)) break;
      seen = last;
    }
    mo.disconnect();
    const items = document.querySelectorAll(`${sel} > li`).length;
    return {
      results: last === null ? null : last - t0,
      first: first === null ? null : first - t0,
      paint: paint === null ? null : paint - t0,
      sync, valueMs, items, mutations, batches,
    };
  }, { q: query, sel: RESULTS });
}

/** `runs` measurements per query (after `warmup` unrecorded ones) in one page. */
export async function inputLatency(dir, { queries = QUERIES, runs = 20, warmup = 2, log = () => {} } = {}) {
  return withInputPage(dir, async (page) => {
    const isolated = await page.evaluate(() => globalThis.crossOriginIsolated === true);
    const out = [];
    for (const q of queries) {
      const samples = [];
      for (let i = 0; i < warmup + runs; i += 1) {
        const m = await measureOnce(page, q);
        if (i >= warmup) samples.push(m);
      }
      const ok = samples.filter((s) => s.results !== null);
      const row = {
        query: q,
        items: samples[0].items,
        measured: ok.length,
        results: ok.length ? stats(ok.map((s) => s.results)) : null,
        paint: ok.length ? stats(ok.filter((s) => s.paint !== null).map((s) => s.paint)) : null,
        first: ok.length ? stats(ok.map((s) => s.first)) : null,
        sync: stats(samples.map((s) => s.sync)),
        valueSet: stats(samples.map((s) => s.valueMs)),
        batches: stats(samples.map((s) => s.batches)),
      };
      out.push(row);
      log(`  ${q.padEnd(26)} ${row.items} results; to results median ${row.results ? row.results.median.toFixed(3) : '-'} ms`);
    }
    return { isolated, runs, warmup, queries: out };
  });
}

/**
 * In the page: clears the box, lets the app settle, then types `query` one character at a time
 * (value + one `input` event per character, with the app settling in between, as between a
 * person's keystrokes). Per keystroke: `toDom`, the time from just before the dispatch (the box
 * already holding its new text, as when the browser fires `input`; `valueMs` is how long setting
 * it took) to the
 * last mutation of the results, or, when they did not change, to the end of the
 * handler; and `settled`, to the first task after it (a MessageChannel message: all the
 * keystroke's synchronous work and microtasks, the render among them, are done).
 */
async function typeOnce(page, query) {
  return page.evaluate(async (q) => {
    const kit = window.__kit;
    kit.set('');
    await kit.quiet();
    const keys = [];
    const chars = [...q];
    for (let i = 1; i <= chars.length; i += 1) {
      let last = null;
      const mo = new MutationObserver((records) => {
        const t = performance.now();
        if (kit.touchesResults(records)) last = t;
      });
      kit.observe(mo);
      const channel = new MessageChannel();
      const settled = new Promise((resolve) => { channel.port1.onmessage = () => resolve(performance.now()); });
      const { t0, valueMs } = kit.type(chars.slice(0, i).join(''));
      const sync = performance.now() - t0;
      channel.port2.postMessage(0);
      const tSettled = await settled;
      await kit.quiet();
      mo.disconnect();
      keys.push({ toDom: last === null ? sync : last - t0, settled: tSettled - t0, changed: last !== null, valueMs });
    }
    return keys;
  }, query);
}

/** Typing each query `runs` times (after `warmup` unrecorded ones): every keystroke measured. */
export async function typingLatency(dir, { queries = QUERIES, runs = 10, warmup = 1, log = () => {} } = {}) {
  return withInputPage(dir, async (page) => {
    const out = [];
    for (const q of queries) {
      const keys = [];
      for (let i = 0; i < warmup + runs; i += 1) {
        const k = await typeOnce(page, q);
        if (i >= warmup) keys.push(...k);
      }
      const row = {
        query: q,
        keystrokes: [...q].length,
        measured: keys.length,
        toDom: stats(keys.map((k) => k.toDom)),
        settled: stats(keys.map((k) => k.settled)),
        first: stats(keys.filter((_, i) => i % [...q].length === 0).map((k) => k.toDom)),
        valueSet: stats(keys.map((k) => k.valueMs)),
      };
      out.push(row);
      log(`  typing ${q.padEnd(26)} ${row.measured} keystrokes; median ${row.toDom.median.toFixed(3)} ms, p95 ${row.toDom.p95.toFixed(3)} ms`);
    }
    return { runs, warmup, queries: out };
  });
}
