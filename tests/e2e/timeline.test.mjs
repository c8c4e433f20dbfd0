// The timeline pane (issue 22): both sources on one axis, each event a link to its passage
// (opened in the other pane), joined events with both figures, keyboard, axe, print, phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, assertAccessible, freshPage } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const open = (viewport) => freshPage(browser, server, `${server.url}#/?view=timeline`, viewport);
const events = (page) => page.locator('.timeline li[data-year]');

test('the timeline lists every event by year, in one lane per source, with precision and inference shown', async () => {
  const { context, page, guard } = await open();
  const all = await events(page).evaluateAll((lis) => lis.map((li) => ({
    year: Number(li.dataset.year),
    source: li.dataset.source,
    links: [...li.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    text: li.textContent,
  })));
  assert.ok(all.length >= 40, `${all.length} events`);
  assert.deepEqual([...new Set(all.map((e) => e.source))].sort(), ['heritage', 'rferl', 'rferl heritage']);
  for (const e of all) {
    assert.ok(e.links.length >= 1 && e.links.every((h) => h.startsWith('#/')), e.text);
    assert.equal(e.links.length, e.source.split(' ').length, 'one passage link per source');
  }
  assert.deepEqual(all.map((e) => e.year), [...all.map((e) => e.year)].sort((a, b) => a - b), 'in time order');
  assert.equal(all[0].year, 1991);
  const years = await page.locator('.timeline h3').allInnerTexts();
  assert.deepEqual(years, [...new Set(all.map((e) => String(e.year)))], 'a heading per year');
  const lastDecember = all.find((e) => e.text.includes('Last December, the CSTO'));
  assert.match(lastDecember.text, /December 2018 · month · inferred/);
  assert.match(lastDecember.text, /the December before, December 2018/, 'the reasoning is shown');
  const stated = all.find((e) => e.text.includes('independence from the Soviet Union'));
  assert.match(stated.text, /1991 · year/);
  assert.doesNotMatch(stated.text, /inferred/);
  await assertAccessible(page);
  await guard.check();
  await context.close();
});

test("an event's link opens its passage in the other pane and keeps the timeline", async () => {
  const { context, page, guard } = await open();
  const li = events(page).filter({ hasText: 'in power in Belarus since 1994' });
  const href = await li.locator('a').getAttribute('href');
  await li.locator('a').click();
  const id = href.slice(2);
  await page.waitForFunction((i) => {
    const el = document.getElementById(i);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < innerHeight && r.height > 0;
  }, id);
  assert.equal(await page.locator(`article[data-doc="rferl"] [id="${id}"]`).count(), 1);
  assert.ok(await page.locator('.timeline').isVisible(), 'the timeline stays in its pane');
  assert.match(page.url(), /view=timeline/);
  await guard.check();
  await context.close();
});

test('a joined event shows both statements and both figures side by side', async () => {
  const { context, page, guard } = await open();
  const y2006 = page.locator('li[data-year="2006"][data-source="rferl heritage"]');
  assert.equal(await y2006.count(), 1);
  const pairs = await y2006.locator('.figure-pair').allInnerTexts();
  assert.deepEqual(pairs.length, 2, pairs.join(' | '));
  assert.match(pairs[0], /RFE\/RL: “nine” · Heritage: “several” · Differ, compatible\./);
  assert.match(pairs[1], /RFE\/RL: “16” · Heritage: “16” · Agree\./);
  assert.match(await y2006.innerText(), /Dates: Differ, compatible\. March 2006 lies within 2006/);
  const y2008 = page.locator('li[data-year="2008"][data-source="rferl heritage"]');
  assert.match(await y2008.innerText(), /“30 other U\.S\. diplomats, out of 35” · Heritage: “five” · Differ, compatible\. .*35 − 30 = 5/);
  await guard.check();
  await context.close();
});

test('arrow keys, Home and End move from event to event', async () => {
  const { context, page, guard } = await open();
  const focusedEvent = () => page.evaluate(() => {
    const li = document.activeElement.closest('li[data-year]');
    return [...document.querySelectorAll('.timeline li[data-year]')].indexOf(li);
  });
  await events(page).first().locator('a').first().focus();
  assert.equal(await focusedEvent(), 0);
  await page.keyboard.press('ArrowDown');
  assert.equal(await focusedEvent(), 1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  assert.equal(await focusedEvent(), 1);
  await page.keyboard.press('End');
  assert.equal(await focusedEvent(), (await events(page).count()) - 1);
  await page.keyboard.press('Home');
  assert.equal(await focusedEvent(), 0);
  await guard.check();
  await context.close();
});

test('the timeline prints as a list under its year headings', async () => {
  const { context, page, guard } = await open();
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('.timeline h3').first().isVisible(), 'year headings print');
  assert.ok(await events(page).first().isVisible(), 'events print');
  const display = await page.locator('.timeline-events').first().evaluate((e) => getComputedStyle(e).display);
  assert.equal(display, 'block', 'one column in print');
  await guard.check();
  await context.close();
});

test('on a phone the lanes become one column', async () => {
  const { context, page, guard } = await open({ width: 390, height: 800 });
  await page.getByRole('tab', { name: 'Timeline' }).click();
  const lefts = await events(page).evaluateAll((lis) => lis.slice(0, 6).map((li) => Math.round(li.getBoundingClientRect().left)));
  assert.equal(new Set(lefts).size, 1, `one column: ${lefts}`);
  await assertAccessible(page);
  await guard.check();
  await context.close();
});

test('a search narrows the timeline to the events of matching passages, and it can show them all', async () => {
  const { context, page, guard } = await open();
  const total = await events(page).count();
  const visible = () => events(page).evaluateAll((lis) => lis.filter((li) => li.checkVisibility()).length);
  const waitVisible = (test) => page.waitForFunction(test, total);
  const status = page.locator('.timeline-filter [role="status"]');
  assert.equal(await status.textContent(), '', 'no search, nothing said');
  await page.getByRole('searchbox', { name: /Search/ }).pressSequentially('sanctions', { delay: 30 });
  await waitVisible((n) => [...document.querySelectorAll('.timeline li[data-year]')].filter((li) => li.checkVisibility()).length < n);
  assert.ok(await page.locator('.timeline').isVisible(), 'the timeline stays on screen beside the results');
  assert.ok(await page.locator('section.results').isVisible(), 'the results too');
  const shown = await visible();
  assert.ok(shown > 0 && shown < total, `${shown} of ${total}`);
  assert.match(await status.textContent(), new RegExp(`Showing ${shown} of ${total} events: those in passages matching “sanctions”`));
  // Every event left is in a passage that mentions sanctions (its link names the passage).
  const blocks = await events(page).evaluateAll((lis) => lis.filter((li) => li.checkVisibility())
    .flatMap((li) => [...li.querySelectorAll('a.event-text')].map((a) => a.getAttribute('href').slice(2))));
  const texts = await page.evaluate((ids) => ids.map((id) => document.getElementById(id)?.textContent ?? ''), blocks);
  assert.ok(texts.some((t) => /sanction/i.test(t)), 'the passages are in the page');
  for (const [i, t] of texts.entries()) if (t) assert.match(t, /sanction/i, blocks[i]);
  const years = await page.locator('.timeline h3').evaluateAll((hs) => hs.filter((h) => h.checkVisibility()).length);
  assert.ok(years < await page.locator('.timeline h3').count(), 'years without a matching event are hidden');
  const showAll = page.getByRole('checkbox', { name: 'Show all events' });
  await showAll.check();
  assert.equal(await visible(), total);
  await showAll.uncheck();
  assert.equal(await visible(), shown);
  await assertAccessible(page);
  // Opening an event's passage keeps the narrowed timeline beside it.
  await events(page).filter({ visible: true }).first().locator('a.event-text').first().click();
  assert.ok(await page.locator('.timeline').isVisible());
  assert.equal(await visible(), shown);
  // A search no event matches says so; clearing the search shows every event again.
  const box = page.getByRole('searchbox', { name: /Search/ });
  await box.fill('Stratfor');
  await page.waitForFunction(() => /No dated statement/.test(document.querySelector('.timeline-filter [role="status"]')?.textContent ?? ''));
  assert.equal(await visible(), 0);
  await box.fill('');
  await waitVisible((n) => [...document.querySelectorAll('.timeline li[data-year]')].filter((li) => li.checkVisibility()).length === n);
  assert.equal(await status.textContent(), '');
  await guard.check();
  await context.close();
});
