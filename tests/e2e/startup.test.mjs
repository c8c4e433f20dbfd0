// Start-up (issue 18): nothing typed in the first moments is lost. Cold loads in fresh browser
// contexts, typing the moment the search box is visible; keys and a paste while the WASM is held
// back (request interception makes "before the app runs" deterministic); Back to a filled box.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, guardedPage, assertAccessible } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const QUERY = 'Belarus';
const results = (page) => page.locator('[aria-label="Search results"] > li');

/**
 * Installed before any page script: the moment the search box is in the DOM and visible (checked
 * on every DOM change and every frame), focuses it and enters `query`: with `paste`, in one
 * `input` event (as a paste, a drop or autofill does), else one character every `every` ms (each
 * appended to the box's current text, as a keystroke does). `window.__typed` says when it began.
 */
function typeAtFirstSight({ query, every, paste }) {
  window.__typed = null;
  const visible = () => {
    const el = document.getElementById('search-input');
    return el && el.checkVisibility() && el.getBoundingClientRect().width > 0 ? el : null;
  };
  const key = (i) => {
    const el = document.getElementById('search-input');
    const data = paste ? query : query[i];
    el.value += data;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: paste ? 'insertFromPaste' : 'insertText', data }));
    if (!paste && i + 1 < query.length) setTimeout(() => key(i + 1), every);
  };
  const check = () => {
    if (window.__typed !== null) return;
    const el = visible();
    if (!el) { requestAnimationFrame(check); return; }
    window.__typed = performance.now();
    el.focus();
    key(0);
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  requestAnimationFrame(check);
}

/**
 * Waits (up to 20 s) until the box holds `query` and every result links to a search for exactly
 * it; returns what the box holds and the queries the results answer.
 */
async function searchedFor(page, query) {
  // Results settle once typing stops; their links carry the query they answer.
  await page.waitForFunction((q) => {
    const links = [...document.querySelectorAll('[aria-label="Search results"] > li a[href^="#/"]')];
    return links.length > 0 && links.every((a) => new URLSearchParams(a.getAttribute('href').split('?')[1]).get('q') === q);
  }, query, { timeout: 20000 }).catch(() => {});
  return page.evaluate(() => ({
    box: document.getElementById('search-input')?.value,
    queries: [...new Set([...document.querySelectorAll('[aria-label="Search results"] > li a[href^="#/"]')]
      .map((a) => new URLSearchParams(a.getAttribute('href').split('?')[1]).get('q')))],
  }));
}

/** Asserts that the box holds `query` and that there are results, all for exactly it. */
async function assertSearched(page, query, note) {
  const state = await searchedFor(page, query);
  assert.equal(state.box, query, `${note}: the box holds the whole query`);
  assert.deepEqual(state.queries, [query], `${note}: the results are for what the box holds`);
}

/** Opens the app in a fresh context with the .wasm held back until `release()` is called. */
async function withWasmHeld(url = server.url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const { page, guard } = await guardedPage(context, server.origin);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  let asked = false;
  await page.route('**/*.wasm', async (route) => { asked = true; await held; await route.continue(); });
  await page.goto(url);
  // The loader has run (it asked for the WASM) and the app has not: the page has no box yet.
  await page.waitForFunction(() => document.readyState === 'complete');
  await assert.doesNotReject(async () => { for (let i = 0; i < 100 && !asked; i += 1) await page.waitForTimeout(50); });
  assert.ok(asked, 'the loader asked for the WASM');
  assert.equal(await page.locator('#search-input').count(), 0, 'no search box before the app runs');
  return { context, page, guard, release };
}

test('typing at first sight of the box: 20 cold loads keep every character and search the whole word', async () => {
  const lost = [];
  for (let i = 0; i < 20; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const { page, guard } = await guardedPage(context, server.origin);
    await page.addInitScript(typeAtFirstSight, { query: QUERY, every: 30, paste: false });
    await page.goto(server.url);
    await page.waitForFunction(() => window.__typed !== null, null, { timeout: 20000 });
    const { box, queries } = await searchedFor(page, QUERY);
    if (box !== QUERY || queries.join() !== QUERY) lost.push(`load ${i + 1}: box "${box}", results for ${JSON.stringify(queries)}`);
    await guard.check();
    await context.close();
  }
  assert.deepEqual(lost, [], `${lost.length} of 20 cold loads lost what was typed`);
});

test('a whole word entered at first sight of the box (paste, autofill) is kept and searched', async () => {
  for (let i = 0; i < 5; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const { page, guard } = await guardedPage(context, server.origin);
    await page.addInitScript(typeAtFirstSight, { query: QUERY, every: 30, paste: true });
    await page.goto(server.url);
    await assertSearched(page, QUERY, `paste, cold load ${i + 1}`);
    await guard.check();
    await context.close();
  }
});

test('"/" then typing before the WASM arrives: the keys land in the box and are searched', async () => {
  const { context, page, guard, release } = await withWasmHeld();
  await page.keyboard.press('/');
  await page.keyboard.type(QUERY, { delay: 30 });
  release();
  await page.waitForSelector('#search-input');
  await assertSearched(page, QUERY, 'keys before the app');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-input', 'the box has the focus "/" asked for');
  // Typing on goes on into the box.
  await page.keyboard.type(' Russia', { delay: 30 });
  await assertSearched(page, `${QUERY} Russia`, 'typing after the app started');
  await assertAccessible(page);
  await guard.check();
  await context.close();
});

test('"/" then a paste before the WASM arrives is searched; keys without "/" are the page\'s', async () => {
  const { context, page, guard, release } = await withWasmHeld();
  // Letters typed before "/" go nowhere (no box has the focus), as in the running app.
  await page.keyboard.type('xy');
  await page.keyboard.press('/');
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    (document.activeElement || document.body).dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, QUERY);
  release();
  await page.waitForSelector('#search-input');
  await assertSearched(page, QUERY, 'paste before the app');
  await guard.check();
  await context.close();
});

test('Back to the reader with a filled box searches what it holds', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const { page, guard } = await guardedPage(context, server.origin);
  await page.goto(server.url);
  const box = page.getByRole('searchbox', { name: /Search/ });
  await box.pressSequentially(QUERY, { delay: 30 });
  // Leave at once, before the address bar has followed the typing.
  await page.goto(`${server.url}manifest.webmanifest`);
  await page.goBack();
  await page.waitForSelector('#search-input');
  await assertSearched(page, QUERY, 'after Back');
  await guard.check();
  await context.close();
});
