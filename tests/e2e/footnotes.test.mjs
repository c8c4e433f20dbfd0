// Footnote markers and popovers, by mouse and by keyboard, and the visible notes section.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, guardedPage, openApp, assertAccessible, screenshot, freshPage } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const fresh = (viewport) => freshPage(browser, server, server.url, viewport);

const dialog = (page) => page.getByRole('dialog', { name: /^Note \d+$/ });

test('24 noterefs; a click opens a popover next to the marker, inside the viewport', async () => {
  const { context, page, guard } = await fresh();
  const refs = page.locator('[role="doc-noteref"]');
  assert.equal(await refs.count(), 24);
  const numbers = await refs.allInnerTexts();
  assert.deepEqual(numbers.map(Number), Array.from({ length: 24 }, (_, i) => i + 1));
  const marker = page.locator('#heritage-noteref-3');
  await marker.click();
  const pop = dialog(page);
  await pop.waitFor();
  assert.equal(await pop.getAttribute('aria-labelledby') !== null, true);
  assert.equal(await pop.locator('[role="doc-footnote"]').count(), 1);
  const text = await pop.innerText();
  assert.match(text, /Note 3/);
  assert.match(text, /undemocratic nature of the elections\./);
  assert.match(text, /not part of the source document/);
  // Focus moved into the popover; it sits next to the marker and inside the viewport.
  assert.ok(await pop.evaluate((el) => el.contains(document.activeElement)));
  await page.waitForFunction(() => document.getElementById('note-popover').hasAttribute('data-placed'));
  const [m, p] = [await marker.boundingBox(), await pop.boundingBox()];
  const vp = page.viewportSize();
  assert.ok(p.x >= 0 && p.y >= 0 && p.x + p.width <= vp.width && p.y + p.height <= vp.height, 'inside viewport');
  assert.ok(Math.abs(p.y - (m.y + m.height)) < 40 || Math.abs(p.y + p.height - m.y) < 40, 'next to the marker');
  await screenshot(page, 'desktop-footnote');
  await assertAccessible(page);
  // Esc closes and returns focus to the marker.
  await page.keyboard.press('Escape');
  await pop.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'heritage-noteref-3');
  await guard.check();
  await context.close();
});

test('Enter and Space open; the close button and a click outside close', async () => {
  const { context, page, guard } = await fresh();
  await page.locator('#heritage-noteref-13').focus();
  await page.keyboard.press('Enter');
  await dialog(page).waitFor();
  assert.match(await dialog(page).innerText(), /\$630 million loan from Russia\./);
  await dialog(page).getByRole('button', { name: 'Close note' }).click();
  await dialog(page).waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'heritage-noteref-13');
  await page.keyboard.press(' ');
  await dialog(page).waitFor();
  await page.mouse.click(5, 400);
  await dialog(page).waitFor({ state: 'detached' });
  assert.match(page.url(), /^[^#]*(#\/?)?$/, 'opening a note does not navigate');
  await guard.check();
  await context.close();
});

test('hover previews a note after a short delay on a fine pointer', async () => {
  const { context, page, guard } = await fresh();
  await page.locator('#heritage-noteref-24').scrollIntoViewIfNeeded();
  await page.locator('#heritage-noteref-24').hover();
  await dialog(page).waitFor({ timeout: 3000 });
  assert.match(await dialog(page).innerText(), /seismic-activity zone\./);
  await page.mouse.move(5, 5);
  await dialog(page).waitFor({ state: 'detached' });
  await guard.check();
  await context.close();
});

test('the report ends with a visible notes section with back-links to every marker', async () => {
  const { context, page, guard } = await fresh();
  const notes = page.locator('[role="doc-endnotes"]');
  assert.equal(await notes.count(), 1);
  assert.equal(await notes.locator('li').count(), 24);
  const back = notes.locator('a[role="doc-backlink"]');
  assert.equal(await back.count(), 24);
  await back.nth(0).click();
  await page.waitForFunction(() => location.hash === '#/heritage-noteref-1');
  await page.waitForFunction(() => {
    const r = document.getElementById('heritage-noteref-1').getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
  });
  await guard.check();
  await context.close();
});

test('tabbing out of the popover closes it and returns to the marker; a click elsewhere keeps focus there', async () => {
  const { context, page, guard } = await fresh();
  const marker = page.locator('#heritage-noteref-5');
  await marker.focus();
  await page.keyboard.press('Enter');
  await dialog(page).waitFor();
  await page.keyboard.press('Shift+Tab');
  await dialog(page).waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'heritage-noteref-5');
  // Forward: Tab through every control; past the last one the popover closes.
  await page.keyboard.press('Enter');
  await dialog(page).waitFor();
  const controls = await dialog(page).locator('a[href], button').count();
  for (let i = 0; i < controls; i += 1) await page.keyboard.press('Tab');
  assert.equal(await dialog(page).count(), 1, 'still open on its last control');
  await page.keyboard.press('Tab');
  await dialog(page).waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'heritage-noteref-5');
  await page.keyboard.press('Tab');
  assert.notEqual(await page.evaluate(() => document.activeElement.id), 'heritage-noteref-5', 'Tab goes on after the marker');
  // Focus moved elsewhere by other means (here: a search box focus) closes it without stealing focus back.
  await marker.click();
  await dialog(page).waitFor();
  await page.getByRole('searchbox').focus();
  await dialog(page).waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.type), 'search');
  await guard.check();
  await context.close();
});

test('the popover stays next to its marker when the pane scrolls', async () => {
  const { context, page, guard } = await fresh();
  await page.locator('#heritage-noteref-13').click();
  await dialog(page).waitFor();
  await page.evaluate(() => { document.getElementById('pane-1').scrollTop += 60; });
  await page.waitForFunction(() => {
    const m = document.getElementById('heritage-noteref-13').getBoundingClientRect();
    const p = document.getElementById('note-popover').getBoundingClientRect();
    return Math.abs(p.top - m.bottom) < 20 || Math.abs(p.bottom - m.top) < 20;
  });
  await guard.check();
  await context.close();
});
