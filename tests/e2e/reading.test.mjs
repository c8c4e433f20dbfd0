// Reading: side by side and single views, tabs on a phone, permalinks, themes, text size, bad links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, guardedPage, openApp, assertAccessible, screenshot, freshPage } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const fresh = (url, viewport) => freshPage(browser, server, url, viewport);

test('each document has metadata, a table of contents, headings and end matter', async () => {
  const { context, page, guard } = await fresh();
  const rferl = page.locator('article[data-doc="rferl"]');
  assert.match(await rferl.locator('.byline').innerText(), /Todd Prince/);
  const toc = await rferl.getByRole('navigation', { name: 'Contents of RFE/RL' }).locator('a').allInnerTexts();
  assert.deepEqual(toc, ['Strategic Nation', 'Deep Ties To Moscow', 'Strained Relations With Russia', 'U.S. Sanctions']);
  const heritage = page.locator('article[data-doc="heritage"]');
  const htoc = await heritage.getByRole('navigation').locator('a').allInnerTexts();
  assert.deepEqual(htoc, ['Strategic Implications', 'Recommendations for the U.S.', 'Conclusion', 'Notes']);
  assert.equal(await heritage.locator('ul.recommendations > li').count(), 5);
  assert.match(await heritage.locator('.end-matter').innerText(), /Alexis Mrachek is Research Assistant/);
  assert.match(await rferl.locator('.end-matter').innerText(), /undesirable organization/);
  // A TOC link scrolls that pane to the heading.
  await heritage.getByRole('navigation').getByRole('link', { name: 'Conclusion' }).click();
  await page.waitForFunction(() => {
    const h = [...document.querySelectorAll('article[data-doc="heritage"] h3')].find((e) => e.textContent.startsWith('Conclusion'));
    const r = h.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
  });
  // Editorial notes are there but folded away.
  assert.equal(await heritage.locator('details.editorial-notes').getAttribute('open'), null);
  await guard.check();
  await context.close();
});

test('every block has a permalink; opening one in a fresh page scrolls to it and highlights it', async () => {
  const { context, page, guard } = await fresh();
  const blocks = page.locator('article [id].block');
  const n = await blocks.count();
  assert.equal(await page.locator('article .block a.permalink').count(), n);
  const target = page.locator('article[data-doc="heritage"] .block').nth(12);
  const id = await target.getAttribute('id');
  await target.locator('a.permalink').focus();
  assert.equal(await target.locator('a.permalink').evaluate((a) => getComputedStyle(a).opacity), '1', 'visible on focus');
  const href = await target.locator('a.permalink').getAttribute('href');
  assert.equal(href, `#/${id}`);
  await guard.check();
  await context.close();

  const second = await fresh(`${server.url}${href}`);
  const el = second.page.locator(`[id="${id}"]`);
  await second.page.waitForFunction((i) => {
    const r = document.getElementById(i).getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
  }, id);
  assert.ok(await el.evaluate((e) => e.classList.contains('flash')));
  await second.guard.check();
  await second.context.close();
});

test('single-document view and choosing what each pane shows', async () => {
  const { context, page, guard } = await fresh();
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Heritage' }).click();
  await page.waitForFunction(() => document.querySelectorAll('article[data-doc]').length === 1);
  assert.equal(await page.locator('article[data-doc="heritage"]').count(), 1);
  await page.waitForFunction(() => location.hash.includes('view=heritage'));
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Side by side' }).click();
  await page.waitForFunction(() => document.querySelectorAll('article[data-doc]').length === 2);
  // Left pane can show the other document; the panes then swap (a document is never on screen
  // twice, so every element id stays unique).
  await page.getByLabel('Left pane').selectOption('heritage');
  await page.waitForFunction(() => document.querySelector('#pane-0 article[data-doc="heritage"]')
    && document.querySelector('#pane-1 article[data-doc="rferl"]'));
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
  assert.equal(new Set(ids).size, ids.length, 'element ids are unique');
  await page.getByLabel('Left pane').selectOption('results');
  await page.locator('.pane .results').waitFor();
  await guard.check();
  await context.close();
});

test('phone width: tabs switch between panes; axe finds nothing', async () => {
  const { context, page, guard } = await fresh(server.url, { width: 390, height: 844 });
  const tabs = page.getByRole('tab');
  assert.equal(await tabs.count(), 2);
  assert.equal(await page.locator('.pane:visible').count(), 1);
  assert.equal(await page.locator('article[data-doc="rferl"]').isVisible(), true);
  // Keyboard: arrows move between tabs (WAI-ARIA tabs pattern).
  await page.getByRole('tab', { name: 'RFE/RL' }).focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Heritage');
  assert.equal(await page.getByRole('tab', { name: 'Heritage' }).getAttribute('aria-selected'), 'true');
  assert.equal(await page.locator('article[data-doc="heritage"]').isVisible(), true);
  assert.equal(await page.locator('article[data-doc="rferl"]').isVisible(), false);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.locator('article[data-doc="rferl"]').isVisible(), true);
  await page.getByRole('tab', { name: 'Heritage' }).click();
  assert.equal(await page.locator('article[data-doc="heritage"]').isVisible(), true);
  await screenshot(page, 'phone-heritage');
  await page.getByRole('searchbox').fill('Minsk');
  await page.locator('[aria-label="Search results"] > li').first().waitFor();
  assert.equal(await page.getByRole('tab', { name: 'Search results' }).getAttribute('aria-selected'), 'true');
  await page.locator('[aria-label="Search results"] > li a').first().click();
  await page.waitForFunction(() => document.querySelectorAll('article[data-doc]:not([hidden])').length >= 1
    && [...document.querySelectorAll('.pane')].filter((p) => p.offsetParent !== null).every((p) => p.querySelector('article[data-doc]')));
  await screenshot(page, 'phone-search');
  await assertAccessible(page);
  await guard.check();
  await context.close();
});

test('themes follow the system and toggle; text size changes and is remembered', async () => {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, colorScheme: 'dark' });
  const { page, guard } = await guardedPage(context, server.origin);
  await openApp(page, server.url);
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dark = await bg();
  assert.equal(dark, 'rgb(22, 24, 27)', 'follows the system dark scheme');
  await page.getByRole('button', { name: /^Theme/ }).click(); // system -> dark
  await page.getByRole('button', { name: /^Theme/ }).click(); // dark -> light
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
  assert.equal(await bg(), 'rgb(251, 250, 247)');
  await screenshot(page, 'desktop-light-over-dark-system');
  const size = () => page.locator('article[data-doc="rferl"]').evaluate((a) => parseFloat(getComputedStyle(a).fontSize));
  const before = await size();
  await page.getByRole('button', { name: /larger text/i }).click();
  await page.getByRole('button', { name: /larger text/i }).click();
  assert.ok(await size() > before);
  await page.reload();
  await page.waitForSelector('article[data-doc]');
  assert.ok(await size() > before, 'text size remembered');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light', 'theme remembered');
  await assertAccessible(page);
  await guard.check();
  await context.close();
});

test('bad links give a clear message and keep the rest', async () => {
  for (const [fragment, message] of [
    ['#/rferl-no-such-passage?q=oil', /not in these documents/],
    ['#/?q=%E2%80', /badly encoded/],
    ['#/?zoom=3', /unknown part/],
    ['#section-2', /not a Belarus Reader address/],
    ['#/?view=nope', /no document/],
  ]) {
    const { context, page, guard } = await fresh(`${server.url}${fragment}`);
    await page.getByText(message).waitFor();
    assert.equal(await page.locator('article[data-doc]').count() >= 1, true);
    await guard.check();
    await context.close();
  }
});

test('the print stylesheet prints only the text', async () => {
  const { context, page, guard } = await fresh(`${server.url}#/?q=Minsk`);
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.toolbar', '.tabs', '.pane-chooser', '.toc', '.match-nav', '.pane .results']) {
    const visible = await page.locator(hidden).evaluateAll((els) => els.some((e) => e.offsetParent !== null));
    assert.equal(visible, false, `${hidden} is not printed`);
  }
  assert.equal(await page.locator('article[data-doc="heritage"]').isVisible(), true);
  assert.equal(await page.locator('[role="doc-endnotes"]').isVisible(), true, 'notes are printed');
  await guard.check();
  await context.close();
});

test('with no search, print has both documents (the empty results list kept in the left pane is not a results pane)', async () => {
  const { context, page, guard } = await fresh();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('article[data-doc="rferl"]').isVisible(), true);
  assert.equal(await page.locator('article[data-doc="heritage"]').isVisible(), true);
  await guard.check();
  await context.close();
});

test('resizing from desktop to phone width turns the panes into tabs and back', async () => {
  const { context, page, guard } = await fresh();
  assert.equal(await page.getByRole('tab').count(), 0, 'no tabs side by side');
  assert.equal(await page.getByRole('region', { name: 'RFE/RL pane' }).count(), 1);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('tab', { name: 'RFE/RL' }).waitFor();
  assert.equal(await page.locator('.pane:visible').count(), 1);
  assert.equal(await page.locator('[role="tabpanel"]').count(), 2, 'both panes are tab panels (one shown)');
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.waitForFunction(() => document.querySelectorAll('[role="tab"]').length === 0);
  assert.equal(await page.locator('.pane:visible').count(), 2);
  await guard.check();
  await context.close();
});
