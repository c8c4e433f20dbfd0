// Shared helpers for the end-to-end tests: a static server for the release build on 127.0.0.1,
// Debian's Chromium through playwright-core (never a downloaded browser), and guards that every
// test applies: no request leaves the origin, no CSP violation, no uncaught page error.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = process.env.DIST_DIR || path.join(ROOT, 'dist');
export const ARTIFACTS = path.join(ROOT, 'tests', 'e2e', 'artifacts');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png',
};

/** An ETag for `file` from its size and modification time (as common static servers make). */
function etagOf(file) {
  const s = fs.statSync(file);
  return `"${s.size.toString(16)}-${Math.floor(s.mtimeMs).toString(16)}"`;
}

/**
 * The file of `dir` that `rel` names (a URL path below the served directory, still encoded;
 * empty or ending in '/' means its index.html) and `rel` decoded; `file` is null when there is no
 * such file (or `rel` leaves `dir`).
 */
export function fileFor(dir, rel) {
  let name = decodeURIComponent(rel) || 'index.html';
  if (name.endsWith('/')) name += 'index.html';
  const file = path.join(dir, name);
  const ok = file.startsWith(dir) && fs.existsSync(file) && !fs.statSync(file).isDirectory();
  return { file: ok ? file : null, rel: name };
}

/**
 * Answers `req` with `file` as common static servers do: an ETag, and 304 Not Modified without
 * a body when the request already has it (the service worker's precache revalidates); `extra`
 * headers are added to a 200. Returns whether the body was sent.
 */
export function sendFile(req, res, file, extra = {}) {
  const etag = etagOf(file);
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, { etag, 'cache-control': 'no-cache' }).end();
    return false;
  }
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache', etag, ...extra });
  fs.createReadStream(file).pipe(res);
  return true;
}

/**
 * Serves `dir` at `prefix` (e.g. "/" or "/intranet/tools/belarus-reader/") on a free port.
 * `options.pages` maps exact paths outside the build (e.g. a host page) to HTML text.
 * The returned `setDir(dir)` switches the served build (a new deployment at the same URL).
 */
export async function serve(dir = DIST, prefix = '/', options = {}) {
  const pages = options.pages || {};
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (Object.hasOwn(pages, url.pathname)) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-cache' }).end(pages[url.pathname]);
      return;
    }
    if (!url.pathname.startsWith(prefix)) { res.writeHead(404).end('not found'); return; }
    const { file } = fileFor(dir, url.pathname.slice(prefix.length));
    if (!file) { res.writeHead(404).end('not found'); return; }
    sendFile(req, res, file);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}${prefix}`,
    setDir: (d) => { dir = d; },
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'];

/** Launches Debian's Chromium, headless. */
export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * A new page with guards. `guard.check()` asserts: no request outside `origin` (or file://),
 * no CSP violation, no uncaught error.
 */
export async function guardedPage(context, origin) {
  const page = await context.newPage();
  const guard = { foreign: [], errors: [], csp: [] };
  page.on('request', (r) => {
    const u = r.url();
    if (!(u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:') || (origin === 'file://' && u.startsWith('file://')))) {
      guard.foreign.push(u);
    }
  });
  page.on('pageerror', (e) => guard.errors.push(String(e)));
  // Violations are also reported to Node as they happen, so none is lost to a reload.
  await page.exposeFunction('__reportCsp', (v) => { guard.csp.push(v); });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      const v = `${e.violatedDirective} ${e.blockedURI}`;
      window.__csp.push(v);
      if (typeof window.__reportCsp === 'function') window.__reportCsp(v);
    });
  });
  guard.check = async () => {
    assert.deepEqual(guard.foreign, [], 'requests left the origin');
    assert.deepEqual(guard.errors, [], 'uncaught errors in the page');
    const csp = await page.evaluate(() => window.__csp || []);
    assert.deepEqual([...guard.csp, ...csp.filter((v) => !guard.csp.includes(v))], [], 'Content-Security-Policy violations');
  };
  return { page, guard };
}

/** Opens the app and waits until it has rendered. */
export async function openApp(page, url) {
  await page.goto(url);
  await page.waitForSelector('input[type=search]');
  await page.waitForSelector('article[data-doc]', { state: 'attached' });
}

/**
 * A new browser context with a guarded page; opens the app at `url` unless `url` is null.
 * Returns `{ context, page, guard }`.
 */
export async function freshPage(browser, server, url = server.url, viewport = { width: 1400, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const { page, guard } = await guardedPage(context, server.origin);
  if (url !== null) await openApp(page, url);
  return { context, page, guard };
}

/** Runs axe-core in the page; returns violations (id: nodes). */
export async function axe(page) {
  // Evaluated through DevTools rather than a <script> tag, so the page's CSP stays strict.
  await page.evaluate(fs.readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return result;
}

/** Asserts that axe-core finds no accessibility violations in the page as it is now. */
export async function assertAccessible(page) {
  const violations = await axe(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
}

/** Saves a screenshot for review into tests/e2e/artifacts (ignored by git). */
export async function screenshot(page, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** CSP violations recorded in a frame (the guard's `check()` reads the main frame only). */
export async function frameCspViolations(frame) {
  return frame.evaluate(() => window.__csp || []).catch(() => []);
}

/** Waits until a service worker controls the page; returns its registration's scope. */
export async function waitForServiceWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  return page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
}
