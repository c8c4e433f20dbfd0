// The page loads as a person sees it: title, both documents, an empty search box; no a11y violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, guardedPage, openApp, assertAccessible, screenshot } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the page shows its title, both documents and an empty search box', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const { page, guard } = await guardedPage(context, server.origin);
  await openApp(page, server.url);
  assert.equal(await page.title(), 'Belarus Reader');
  await page.getByRole('heading', { level: 1, name: 'Belarus Reader' }).waitFor();
  const search = page.getByRole('searchbox', { name: /Search/ });
  assert.equal(await search.inputValue(), '');
  assert.equal(await page.locator('article[data-doc="rferl"]').count(), 1);
  assert.equal(await page.locator('article[data-doc="heritage"]').count(), 1);
  const titles = await page.locator('article h2').allTextContents();
  assert.ok(titles.some((t) => t.includes("How Russia's Interference In Ukraine Has Altered U.S. Policy Toward Belarus")), titles.join(' | '));
  assert.ok(titles.some((t) => t.includes('Belarus, Russia, and the United States') && t.includes('editorial title')), titles.join(' | '));
  // Both panes are on screen side by side.
  const [a, b] = await Promise.all([page.locator('[data-pane="0"]').boundingBox(), page.locator('[data-pane="1"]').boundingBox()]);
  assert.ok(a.x + a.width <= b.x + 1 && a.width > 400 && b.width > 400, 'two panes side by side');
  await screenshot(page, 'desktop-both');
  await assertAccessible(page);
  await guard.check();
  await context.close();
});

test('decoding the embedded documents and index at start-up is reported', async () => {
  const context = await browser.newContext();
  const { page, guard } = await guardedPage(context, server.origin);
  await openApp(page, server.url);
  const ms = Number(await page.evaluate(() => document.documentElement.dataset.loadUs)) / 1000;
  assert.ok(Number.isFinite(ms) && ms >= 0, `data-load-us=${ms * 1000}`);
  console.log(`# start-up decode of embedded documents + index: ${ms.toFixed(3)} ms (release build, headless Chromium)`);
  await guard.check();
  await context.close();
});

test('the page guard catches a CSP violation and a request leaving the origin', async () => {
  const context = await browser.newContext();
  const { page, guard } = await guardedPage(context, server.origin);
  await openApp(page, server.url);
  // An inline script, as an injection would add it: the policy blocks it and the guard sees it.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__ran = 1';
    document.body.appendChild(s);
  });
  await page.waitForFunction(() => window.__csp.length > 0);
  assert.equal(await page.evaluate(() => window.__ran), undefined, 'the inline script did not run');
  await assert.rejects(guard.check(), /Content-Security-Policy/);
  await context.close();

  const second = await browser.newContext();
  const { page: p2, guard: g2 } = await guardedPage(second, server.origin);
  await openApp(p2, server.url);
  await p2.evaluate(() => fetch('http://127.0.0.2:9/').catch(() => {}));
  await p2.waitForTimeout(200);
  await assert.rejects(g2.check(), /left the origin|Content-Security-Policy/);
  await second.close();
});
