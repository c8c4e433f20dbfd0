// Delivery (issue 6): offline after the first load, updates that never mix two versions, any
// sub-path, embedding in a host page, and the single file from file://. Every test also checks
// that no request left the origin and that the strict CSP reported no violation (guard.check()).
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, DIST, serve, launch, guardedPage, openApp, screenshot, frameCspViolations, waitForServiceWorker } from './support.mjs';

let browser;
const temps = [];
let open = []; // contexts and servers of the running test, closed even when it fails
before(async () => { browser = await launch(); });
afterEach(async () => {
  for (const o of open.reverse()) await o.close().catch(() => {});
  open = [];
});
after(async () => {
  await browser?.close();
  for (const t of temps) fs.rmSync(t, { recursive: true, force: true });
});

const results = (scope) => scope.locator('[aria-label="Search results"] > li');
const versionOf = (dir) => fs.readFileSync(path.join(dir, 'sw.js'), 'utf8').match(/^const VERSION = '([0-9a-f]+)';$/m)[1];
const tempDir = (name) => { const d = fs.mkdtempSync(path.join(os.tmpdir(), `belarus-reader-${name}-`)); temps.push(d); return d; };

/** A server for `dir` at `prefix` and a guarded page in a fresh context, closed after the test. */
async function start(dir = DIST, prefix = '/', options = {}) {
  const server = await serve(dir, prefix, options);
  open.push(server);
  const context = await browser.newContext({ viewport: options.viewport || { width: 1400, height: 900 } });
  open.push(context);
  const { page, guard } = await guardedPage(context, server.origin);
  return { server, context, page, guard };
}

/** Polls `cond` for up to 10 s. */
async function expectEventually(cond, context) {
  for (let i = 0; i < 100 && !cond(); i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok(cond(), JSON.stringify(context));
}

async function search(scope, query = 'Lukash') {
  const box = scope.getByRole('searchbox', { name: /Search/ });
  await box.fill('');
  await box.pressSequentially(query);
  await results(scope).first().waitFor();
  return results(scope).count();
}

test('after one visit the reader starts and searches offline', async () => {
  const { server, context, page, guard } = await start();
  await openApp(page, server.url);
  const scope = await waitForServiceWorker(page);
  assert.equal(scope, server.url);
  const keys = await page.evaluate(() => caches.keys());
  assert.deepEqual(keys, [`belarus-reader:/:${versionOf(DIST)}`]);

  // No network at all: the browser is offline and the server has nothing left to give.
  await context.setOffline(true);
  server.setDir(tempDir('empty'));
  const wasmFrom = [];
  page.on('response', (r) => { if (r.url().endsWith('.wasm')) wasmFrom.push(r.fromServiceWorker()); });
  await page.reload();
  await page.waitForSelector('article[data-doc="rferl"]');
  await page.waitForSelector('article[data-doc="heritage"]');
  assert.deepEqual(wasmFrom, [true], 'the WASM came from the service worker');
  assert.ok(await search(page) > 1);
  assert.equal(await page.locator('.update-banner').innerText(), '', 'no update announced');
  await guard.check();
});

test('without a working service worker the reader still starts and searches, quietly', async () => {
  const broken = tempDir('no-sw');
  fs.cpSync(DIST, broken, { recursive: true });
  fs.rmSync(path.join(broken, 'sw.js')); // registration fails with a 404
  const { server, page, guard } = await start(broken);
  const logs = [];
  page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
  await openApp(page, server.url);
  assert.ok(await search(page) > 1);
  await expectEventually(() => logs.some((l) => /^info: Belarus Reader: offline use is off here/.test(l)), logs);
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null);
  assert.equal(await page.locator('.update-banner').innerText(), '');
  await guard.check();
});

test('a precache that gets other bytes than the build has does not install', async () => {
  // A server whose validators do not follow the bytes could answer the precache's revalidation
  // of index.html with "304 Not Modified" for a stale copy: the integrity in the precache list
  // refuses it. Simulated by a list that expects other bytes for index.html.
  const stale = tempDir('stale');
  fs.cpSync(DIST, stale, { recursive: true });
  const swPath = path.join(stale, 'sw.js');
  const sw = fs.readFileSync(swPath, 'utf8');
  const wrong = sw.replace(/\["\.\/index\.html","sha256-[^"]+"\]/, '["./index.html","sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="]');
  assert.notEqual(wrong, sw, 'the precache list checks index.html');
  fs.writeFileSync(swPath, wrong);
  const { page, server, guard } = await start(stale);
  await openApp(page, server.url);
  assert.ok(await search(page) > 1, 'the reader works without its offline copy');
  const installed = await page.evaluate(async () => {
    for (let i = 0; i < 50; i += 1) {
      const r = await navigator.serviceWorker.getRegistration();
      if (r && r.active) return true;
      if (!r || (!r.installing && !r.waiting)) return false;
      await new Promise((resolve) => { setTimeout(resolve, 100); });
    }
    return null;
  });
  assert.equal(installed, false, 'a precache with the wrong bytes is not installed');
  await guard.check();
});

test('a new deployment is announced and, after Reload, runs alone with its own cache', async () => {
  // v2: the same build with a visible marker, its precache list and version regenerated by the hook.
  const v2 = tempDir('v2');
  fs.cpSync(DIST, v2, { recursive: true });
  const index = path.join(v2, 'index.html');
  fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('<html lang="en">', '<html lang="en" data-build="v2">'));
  execFileSync('node', [path.join(ROOT, 'scripts', 'post-build.mjs'), v2]);
  const [old, next] = [versionOf(DIST), versionOf(v2)];
  assert.notEqual(old, next, 'the version follows the files');

  const { server, page, guard } = await start();
  await openApp(page, server.url);
  await waitForServiceWorker(page);

  server.setDir(v2); // deploy
  await page.reload();
  await page.waitForSelector('article[data-doc]');
  const banner = page.locator('.update-banner[role="status"]');
  await banner.getByText('A new version of Belarus Reader is available.').waitFor({ timeout: 20000 });
  // Until the reader asks, the old version runs, whole: its page and its cache.
  assert.equal(await page.evaluate(() => document.documentElement.dataset.build), undefined);
  assert.ok((await page.evaluate(() => caches.keys())).includes(`belarus-reader:/:${old}`));
  await screenshot(page, 'update-banner');

  await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Reload' }).click()]);
  await page.waitForSelector('article[data-doc="heritage"]');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.build), 'v2', 'the new version runs');
  assert.deepEqual(await page.evaluate(() => caches.keys()), [`belarus-reader:/:${next}`], 'the old cache is gone');
  assert.ok(await search(page) > 1);
  await guard.check();
});

test('under a deep sub-path it loads, searches, follows its links and scopes its worker there', async () => {
  const { server, page, guard } = await start(DIST, '/intranet/tools/belarus-reader/');
  const outside = [];
  page.on('request', (r) => { if (!r.url().startsWith(server.url)) outside.push(r.url()); });
  await openApp(page, server.url);
  assert.equal(await waitForServiceWorker(page), server.url);

  assert.ok(await search(page) > 1);
  // A search result opens its passage, at the same path.
  const link = results(page).first().locator('a[href^="#"]').first();
  const href = await link.getAttribute('href');
  await link.click();
  const block = decodeURIComponent(href).match(/^#\/([^?]+)/)[1];
  await page.waitForFunction((id) => location.hash.startsWith(`#/${id}`), block);
  assert.ok(page.url().startsWith(server.url));
  await page.locator(`[id="${block}"]`).waitFor();

  // A passage permalink, opened as a fresh visit.
  const permalink = await page.locator('article[data-doc] a.permalink').nth(2).getAttribute('href');
  assert.match(permalink, /^#\//);
  await page.goto(`${server.url}${permalink}`);
  await page.reload();
  const target = permalink.slice(2);
  await page.locator(`[id="${target}"]`).waitFor();
  await page.waitForFunction((id) => { const r = document.getElementById(id).getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight; }, target);
  assert.equal(new URL(page.url()).pathname, '/intranet/tools/belarus-reader/');

  assert.deepEqual(outside, [], 'every request stayed under the sub-path');
  await guard.check();
});

const HOST = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Intranet portal</title></head>
<body>
<h1>Intranet portal</h1>
<label>Notes <input id="host-input"></label>
<iframe id="reader" title="Belarus Reader" src="/reader/index.html#/?embed" width="900" height="500"></iframe>
<script>
  window.heights = [];
  addEventListener('message', (e) => { if (e.data && e.data.type === 'belarus-reader:height') window.heights.push(e.data.height); });
</script>
</body></html>`;

test('embedded in a host page it renders, searches, reports its height and leaves the host its keys', async () => {
  const { server, page, guard } = await start(DIST, '/reader/', { pages: { '/host/': HOST }, viewport: { width: 1200, height: 800 } });
  await page.goto(`${server.origin}/host/`);
  const frame = page.frameLocator('#reader');
  await frame.locator('article[data-doc="rferl"]').waitFor();
  await frame.locator('.app[data-embed]').waitFor();

  // The host learns the content height (taller than the 500 px frame: the documents are long).
  await page.waitForFunction(() => window.heights.length > 0 && window.heights.at(-1) > 500);

  // Keys typed in the host page stay there, "/" included (the reader's search shortcut).
  await page.locator('#host-input').click();
  await page.keyboard.type('/abc');
  assert.equal(await page.locator('#host-input').inputValue(), '/abc');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'host-input');
  const readerFrame = page.frame({ url: /\/reader\/index\.html/ });
  assert.equal(await readerFrame.evaluate(() => document.hasFocus()), false);
  assert.equal(await frame.getByRole('searchbox', { name: /Search/ }).inputValue(), '');

  // Search inside the frame.
  assert.ok(await search(frame) > 1);
  assert.equal(await page.locator('#host-input').inputValue(), '/abc');
  await screenshot(page, 'embedded');

  assert.ok(await readerFrame.evaluate(() => Array.isArray(window.__csp)), 'the CSP listener runs in the frame');
  assert.deepEqual(await frameCspViolations(readerFrame), [], 'no CSP violation in the frame');
  await guard.check();
});

test('the single file runs from file:// with both documents and search', async () => {
  const single = path.join(ROOT, 'dist-single', 'belarus-reader.html');
  if (!fs.existsSync(single) || fs.statSync(single).mtimeMs < fs.statSync(path.join(DIST, 'index.html')).mtimeMs) {
    execFileSync('node', [path.join(ROOT, 'scripts', 'single-file.mjs'), DIST, single]);
  }
  const html = fs.readFileSync(single, 'utf8');
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^']+' 'wasm-unsafe-eval'; style-src 'sha256-[^']+';/);
  assert.doesNotMatch(html, /unsafe-inline|'unsafe-eval'|<script[^>]+src=|<link[^>]+rel="stylesheet"/);

  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  open.push(context);
  const { page, guard } = await guardedPage(context, 'file://');
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await openApp(page, pathToFileURL(single).href);
  assert.equal(await page.locator('article[data-doc="rferl"]').count(), 1);
  assert.equal(await page.locator('article[data-doc="heritage"]').count(), 1);
  const docs = await (async () => { await search(page); return results(page).evaluateAll((lis) => lis.map((li) => li.dataset.doc)); })();
  assert.ok(docs.includes('rferl') && docs.includes('heritage'), docs.join(','));
  assert.deepEqual(requests.filter((u) => !u.startsWith('data:')), [pathToFileURL(single).href], 'one file, nothing else');
  await screenshot(page, 'single-file');
  await guard.check();
});
