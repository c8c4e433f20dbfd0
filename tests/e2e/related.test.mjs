// Reading across sources: related-passage markers, footnote popovers that point at the other
// document, linked scrolling, and the overview of where the sources meet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, guardedPage, openApp, assertAccessible, freshPage } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const fresh = (url) => freshPage(browser, server, url);

const inView = (page, id) => page.waitForFunction((i) => {
  const el = document.getElementById(i);
  if (!el) return false;
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.top < innerHeight && r.height > 0;
}, id);

test('a related-passage marker leads to the counterpart, both highlighted with shared terms marked', async () => {
  const { context, page, guard } = await fresh();
  const markers = page.locator('article[data-doc="rferl"] a[data-related]');
  assert.ok(await markers.count() >= 5, 'several rferl passages have a counterpart');
  // Every marker's href is the counterpart's permalink, and the counterpart exists.
  const pairs = await markers.evaluateAll((as) => as.map((a) => [a.closest('.block').id, a.dataset.related, a.getAttribute('href')]));
  for (const [, to, href] of pairs) {
    assert.equal(href, `#/${to}`);
    assert.equal(await page.locator(`[id="${to}"]`).count(), 1, to);
  }
  const sanctions = pairs.find(([from]) => from.startsWith('rferl-lukashenka-was-declared-the-winner'));
  assert.ok(sanctions, 'the 2006 sanctions passage has a counterpart');
  const marker = page.locator(`[id="${sanctions[0]}"] a[data-related]`);
  await marker.scrollIntoViewIfNeeded();
  await marker.click();
  await inView(page, sanctions[1]);
  assert.match(page.url(), new RegExp(`#/${sanctions[1]}$`));
  for (const id of [sanctions[0], sanctions[1]]) {
    const el = page.locator(`[id="${id}"]`);
    assert.ok(await el.evaluate((e) => e.hasAttribute('data-related-focus')), `${id} highlighted`);
    assert.ok(await el.locator('mark').count() >= 1, `${id} has shared terms marked`);
  }
  await guard.check();
  await context.close();
});

test('footnote 3 shows the RFE/RL passage on the 2006 sanctions', async () => {
  const { context, page, guard } = await fresh();
  await page.locator('#heritage-noteref-3').click();
  const pop = page.getByRole('dialog', { name: 'Note 3' });
  await pop.waitFor();
  await pop.getByText(/Also in the RFE\/RL/).waitFor();
  const links = pop.locator('.also-in-list a');
  const texts = await links.allInnerTexts();
  assert.ok(texts.some((t) => /sanctions on nine state-owned entities and 16 Belarusian individuals/.test(t)
    || /March 2006/.test(t)), texts.join(' | '));
  await assertAccessible(page);
  const href = await links.first().getAttribute('href');
  await links.first().click();
  await inView(page, href.slice(2));
  await pop.waitFor({ state: 'detached' });
  await guard.check();
  await context.close();
});

test('linked scrolling keeps the counterpart level in the other pane', async () => {
  const { context, page, guard } = await fresh();
  await page.getByRole('button', { name: 'Linked scrolling' }).click();
  assert.equal(await page.getByRole('button', { name: 'Linked scrolling' }).getAttribute('aria-pressed'), 'true');
  // Scroll the left pane so a passage with a counterpart is at its top.
  const [from, to] = await page.evaluate(() => {
    const a = [...document.querySelectorAll('#pane-0 a[data-related]')].at(-3);
    return [a.closest('.block').id, a.dataset.related];
  });
  await page.evaluate((id) => {
    const pane = document.getElementById('pane-0');
    const el = document.getElementById(id);
    pane.scrollTop += el.getBoundingClientRect().top - pane.getBoundingClientRect().top - 40;
  }, from);
  await inView(page, to);
  const [a, b] = await page.evaluate(([f, t]) => [document.getElementById(f).getBoundingClientRect().top, document.getElementById(t).getBoundingClientRect().top], [from, to]);
  assert.ok(Math.abs(a - b) < 60, `counterparts level: ${a} vs ${b}`);
  await guard.check();
  await context.close();
});

test('the overview lists where the sources meet, with shared terms and links', async () => {
  const { context, page, guard } = await fresh();
  await page.getByLabel('Left pane').selectOption('overview');
  const list = page.getByRole('list', { name: 'Related passage pairs' });
  await list.waitFor();
  assert.ok(await list.locator('li').count() >= 12);
  assert.match(await page.locator('.overview-summary').innerText(), /related passage pairs/);
  assert.ok(await list.locator('.term').count() > 12);
  const first = list.locator('li').first().locator('a.pair-side').nth(1);
  const href = await first.getAttribute('href');
  await first.click();
  await inView(page, href.slice(2));
  assert.equal(await list.count(), 1, 'the overview stays open beside the passage');
  await assertAccessible(page);
  await guard.check();
  await context.close();
});
