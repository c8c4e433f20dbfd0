// Navigation edge cases: shared links that carry both a passage and a search, results across
// documents in the single view and on a phone, switching views during a search, "n of m" memory,
// in-page links that keep the search, Back after opening a passage, the same link twice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, guardedPage, openApp, freshPage } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const fresh = (url, viewport) => freshPage(browser, server, url, viewport);

/** Waits until the element is on screen: a real box, inside the viewport, not in a hidden part. */
const visibleInView = (page, id) => page.waitForFunction((i) => {
  const el = document.getElementById(i);
  if (!el || el.closest('[hidden]')) return false;
  const r = el.getBoundingClientRect();
  return r.height > 0 && r.top >= 0 && r.top < innerHeight;
}, id);

const results = (page) => page.locator('[aria-label="Search results"] > li');

test('a shared link with a passage and a search shows both', async () => {
  const id = 'rferl-putin-with-lukashenka-at-the';
  const { context, page, guard } = await fresh(`${server.url}#/${id}?q=Minsk`);
  await results(page).first().waitFor();
  await visibleInView(page, id);
  assert.equal(await page.getByRole('searchbox').inputValue(), 'Minsk');
  await guard.check();
  await context.close();
});

test('single view: a result from the other document opens that document (desktop and phone)', async () => {
  for (const viewport of [{ width: 1400, height: 900 }, { width: 390, height: 844 }]) {
    const { context, page, guard } = await fresh(`${server.url}#/?q=Minsk&view=heritage`, viewport);
    const rferl = page.locator('[aria-label="Search results"] > li[data-doc="rferl"] a').first();
    if (viewport.width < 500) await page.getByRole('tab', { name: 'Search results' }).click();
    const href = await rferl.getAttribute('href');
    await rferl.click();
    const id = decodeURIComponent(href.slice(2).split('?')[0]);
    await visibleInView(page, id);
    assert.equal(await page.locator('article[data-doc="rferl"]').count(), 1);
    await guard.check();
    await context.close();
  }
});

test('switching from one document to side by side during a search keeps the results', async () => {
  const { context, page, guard } = await fresh(`${server.url}#/?view=rferl`);
  await page.getByRole('searchbox').fill('Minsk');
  await results(page).first().waitFor();
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Side by side' }).click();
  await page.waitForFunction(() => document.querySelectorAll('article[data-doc]').length === 1
    && document.querySelector('[aria-label="Search results"] > li'));
  assert.ok(await results(page).first().isVisible());
  await guard.check();
  await context.close();
});

test('"n of m" remembers the opened result while another document steps through its matches', async () => {
  const { context, page, guard } = await fresh(`${server.url}#/?q=sanctions`);
  await results(page).first().waitFor();
  await page.getByLabel('Right pane').selectOption('rferl');
  const rferlResults = page.locator('[aria-label="Search results"] > li[data-doc="rferl"] a');
  await rferlResults.nth(2).click();
  const nav = page.locator('article[data-doc="rferl"] .match-nav .match-count');
  await page.waitForFunction(() => /^\d+ of \d+$/.test(document.querySelector('article[data-doc="rferl"] .match-nav .match-count')?.textContent || ''));
  const before = await nav.innerText();
  await page.getByLabel('Left pane').selectOption('heritage');
  await page.locator('article[data-doc="heritage"] .match-nav').getByRole('button', { name: 'Next match' }).click();
  await page.waitForFunction(() => /^1 of \d+$/.test(document.querySelector('article[data-doc="heritage"] .match-nav .match-count').textContent));
  assert.equal(await nav.innerText(), before, 'the RFE/RL position is kept');
  await guard.check();
  await context.close();
});

test('in-page links keep the search, move focus to the passage, and Back undoes them', async () => {
  const { context, page, guard } = await fresh(`${server.url}#/?q=Minsk`);
  await results(page).first().waitFor();
  const block = page.locator('article[data-doc="heritage"] .block').nth(3);
  const id = await block.getAttribute('id');
  await block.locator('a.permalink').focus();
  await page.keyboard.press('Enter');
  await visibleInView(page, id);
  assert.equal(await page.evaluate(() => document.activeElement.id), id, 'focus moved to the passage');
  assert.equal(await page.getByRole('searchbox').inputValue(), 'Minsk', 'the search is kept');
  assert.ok(await results(page).count() > 0);
  await page.waitForFunction((i) => location.hash === `#/${i}?q=Minsk`, id);
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#/?q=Minsk');
  await guard.check();
  await context.close();
});

test('following the same result link twice scrolls to it again', async () => {
  const { context, page, guard } = await fresh(`${server.url}#/?q=Astravets`);
  const link = results(page).first().locator('a');
  const href = await link.getAttribute('href');
  const id = decodeURIComponent(href.slice(2).split('?')[0]);
  await link.click();
  await visibleInView(page, id);
  await page.evaluate(() => { document.getElementById('pane-1').scrollTop = 0; });
  await page.waitForFunction((i) => document.getElementById(i).getBoundingClientRect().top > innerHeight, id);
  await link.click();
  await visibleInView(page, id);
  await guard.check();
  await context.close();
});
