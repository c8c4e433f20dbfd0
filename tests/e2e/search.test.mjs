// Searching as a person does: type, read results, use the keyboard, filter, share the search.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, guardedPage, openApp, assertAccessible, screenshot, freshPage } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const fresh = (viewport) => freshPage(browser, server, null, viewport);

const results = (page) => page.locator('[aria-label="Search results"] > li');

async function docsOfResults(page) {
  return results(page).evaluateAll((lis) => lis.map((li) => li.dataset.doc));
}

test('typing searches at once; results link to passages and mark the matches', async () => {
  const { context, page, guard } = await fresh();
  await openApp(page, server.url);
  const box = page.getByRole('searchbox', { name: /Search/ });
  await box.pressSequentially('Lukash');
  await results(page).first().waitFor();
  const docs = await docsOfResults(page);
  assert.ok(docs.includes('rferl') && docs.includes('heritage'), `prefix finds both spellings: ${docs}`);
  const marks = await page.locator('[aria-label="Search results"] mark').allTextContents();
  assert.ok(marks.some((m) => /^Lukashenka/.test(m)) && marks.some((m) => /^Lukashenko/.test(m)), marks.join(','));
  // Every result links to its passage by block id (of its own document).
  const links = await results(page).evaluateAll((lis) => lis.map((li) => [li.dataset.doc, li.querySelector('a[href^="#"]').getAttribute('href')]));
  for (const [doc, href] of links) {
    assert.match(decodeURIComponent(href), new RegExp(`^#/${doc}-[a-z0-9-]+\\?q=Lukash$`), href);
  }
  // The query is in the URL, so the search can be shared.
  await page.waitForFunction(() => location.hash === '#/?q=Lukash');
  // Each result names its document and heading.
  const first = await results(page).first().innerText();
  assert.match(first, /RFE\/RL|Heritage/);
  await screenshot(page, 'desktop-search');
  await assertAccessible(page);
  await guard.check();
  await context.close();
});

test('both spellings of each transliterated name find both spellings', async () => {
  const { context, page, guard } = await fresh();
  await openApp(page, server.url);
  const box = page.getByRole('searchbox', { name: /Search/ });
  for (const [query, want] of [['Lukashenko', ['rferl', 'heritage']], ['Lukashenka', ['rferl', 'heritage']],
    ['Krauchenka', ['rferl']], ['Kravchenko', ['rferl']], ['Astravets', ['heritage']], ['Ostrovets', ['heritage']]]) {
    await box.fill(query);
    await results(page).first().waitFor();
    const docs = await docsOfResults(page);
    for (const d of want) assert.ok(docs.includes(d), `${query} finds ${d}: ${docs}`);
  }
  await box.fill('Kravchenko');
  await results(page).first().waitFor();
  const marks = (await page.locator('[aria-label="Search results"] mark').allTextContents()).join(' ');
  assert.match(marks, /Krauchenka/);
  assert.match(marks, /Kravchenko/);
  await guard.check();
  await context.close();
});

test('keyboard only: / focuses, arrows move, Enter opens the passage, Esc clears', async () => {
  const { context, page, guard } = await fresh();
  await openApp(page, server.url);
  await page.locator('body').press('/');
  assert.equal(await page.evaluate(() => document.activeElement.type), 'search');
  await page.keyboard.type('sanctoins');
  await results(page).first().waitFor();
  assert.ok(await results(page).count() >= 2);
  await page.keyboard.press('ArrowDown');
  const firstHref = await page.evaluate(() => document.activeElement.getAttribute('href'));
  assert.match(firstHref, /^#\//);
  await page.keyboard.press('ArrowDown');
  const secondHref = await page.evaluate(() => document.activeElement.getAttribute('href'));
  assert.notEqual(secondHref, firstHref);
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), firstHref);
  await page.keyboard.press('Enter');
  const id = decodeURIComponent(firstHref.slice(2).split('?')[0]);
  const passage = page.locator(`[id="${id}"]`);
  await passage.waitFor();
  await page.waitForFunction((i) => {
    const el = document.getElementById(i);
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight && el.querySelector('mark');
  }, id);
  assert.ok(await passage.evaluate((el) => el.classList.contains('flash')), 'opened passage is highlighted');
  // "n of m" in the document, with next/previous.
  const nav = page.locator('.match-nav').first();
  await nav.waitFor();
  const label = await nav.locator('.match-count').innerText();
  assert.match(label, /^\d+ of \d+$/);
  await nav.getByRole('button', { name: 'Next match' }).click();
  await page.waitForFunction((l) => document.querySelector('.match-nav .match-count').innerText !== l, label);
  // Esc in the search box clears it.
  await page.locator('body').press('/');
  await page.keyboard.press('Escape');
  assert.equal(await page.getByRole('searchbox').inputValue(), '');
  // The results are gone (the left pane keeps an empty list mounted, hidden, for the next search).
  assert.equal(await page.locator('[aria-label="Search results"]:visible').count(), 0);
  assert.equal(await results(page).count(), 0);
  await guard.check();
  await context.close();
});

test('counts per document and a filter to one document', async () => {
  const { context, page, guard } = await fresh();
  await openApp(page, server.url);
  await page.getByRole('searchbox').fill('sanctions');
  await results(page).first().waitFor();
  const filters = page.getByRole('group', { name: 'Show results from' });
  const all = Number(await filters.getByRole('button', { name: /^All/ }).locator('.count').innerText());
  const rferl = Number(await filters.getByRole('button', { name: /^RFE\/RL/ }).locator('.count').innerText());
  const heritage = Number(await filters.getByRole('button', { name: /^Heritage/ }).locator('.count').innerText());
  assert.equal(all, rferl + heritage);
  assert.ok(rferl > 0 && heritage > 0);
  await filters.getByRole('button', { name: /^Heritage/ }).click();
  await page.waitForFunction((n) => document.querySelectorAll('[aria-label="Search results"] > li').length === n, heritage);
  assert.deepEqual([...new Set(await docsOfResults(page))], ['heritage']);
  await page.waitForFunction(() => location.hash.includes('in=heritage'));
  await guard.check();
  await context.close();
});

test('no results says so and offers the nearest terms', async () => {
  const { context, page, guard } = await fresh();
  await openApp(page, server.url);
  await page.getByRole('searchbox').fill('Pyttn');
  await page.getByText(/No results for “Pyttn”/).waitFor();
  const suggestion = page.locator('.suggestion').first();
  await suggestion.waitFor();
  const word = await suggestion.innerText();
  assert.equal(word, 'putin');
  await suggestion.click();
  assert.equal(await page.getByRole('searchbox').inputValue(), word);
  await results(page).first().waitFor();
  await guard.check();
  await context.close();
});

test('a first letter alone is the start of a word: no results, and no "did you mean"', async () => {
  const { context, page, guard } = await fresh();
  await openApp(page, server.url);
  const box = page.getByRole('searchbox', { name: /Search/ });
  await box.pressSequentially('L');
  await page.getByText(/No results for “L”/).waitFor();
  // One edit from a single letter is every one- or two-letter word ("a", "rl", "i"): none offered.
  assert.equal(await page.locator('.suggestions').count(), 0);
  await box.pressSequentially('u');
  await results(page).first().waitFor();
  assert.ok(await results(page).count() > 0);
  await guard.check();
  await context.close();
});

test('a shared search link paints its results in the same frame as the documents', async () => {
  const { context, page, guard } = await fresh();
  // Every animation frame until the documents are there: whether the results were too.
  await page.addInitScript(() => {
    window.__frames = [];
    const tick = () => {
      const docs = !!document.querySelector('article[data-doc]');
      window.__frames.push({ docs, results: !!document.querySelector('[aria-label="Search results"] > li') });
      if (!docs) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await openApp(page, `${server.url}#/?q=Lukashenko`);
  await page.waitForFunction(() => window.__frames.some((f) => f.docs));
  const first = await page.evaluate(() => window.__frames.find((f) => f.docs));
  assert.deepEqual(first, { docs: true, results: true }, 'no frame shows the documents without the results');
  await guard.check();
  await context.close();
});

test('a shared search link opens with its results; Back and Forward work', async () => {
  const { context, page, guard } = await fresh();
  await openApp(page, `${server.url}#/?q=%22Union%20State%22`);
  assert.equal(await page.getByRole('searchbox').inputValue(), '"Union State"');
  await results(page).first().waitFor();
  const marks = await page.locator('[aria-label="Search results"] mark').allTextContents();
  assert.ok(marks.length > 0 && marks.every((m) => /^(Union|State|union|state)$/.test(m)), marks.join(','));
  // Open a result (a new history entry), go back to the results, forward to the passage.
  const href = await results(page).first().locator('a').getAttribute('href');
  await results(page).first().locator('a').click();
  await page.waitForFunction((h) => location.hash === h, href);
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#/?q=%22Union%20State%22');
  await results(page).first().waitFor();
  await page.goForward();
  await page.waitForFunction((h) => location.hash === h, href);
  // The app followed: the passage is on screen again (not just the address bar).
  const id = decodeURIComponent(href.slice(2).split('?')[0]);
  await page.waitForFunction((i) => {
    const el = document.getElementById(i);
    const r = el && !el.closest('[hidden]') ? el.getBoundingClientRect() : null;
    return r && r.height > 0 && r.top >= 0 && r.top < innerHeight;
  }, id);
  await guard.check();
  await context.close();
});

test("the first keystroke's result count is announced: the status region exists before it", async () => {
  const { context, page, guard } = await fresh();
  await openApp(page, server.url);
  // Before any search: the results' status line is in the accessibility tree (visually hidden).
  const status = page.getByRole('status').filter({ hasText: /Type to search|passages? found|No results/ });
  await status.waitFor({ state: 'attached' });
  assert.equal(await status.count(), 1);
  assert.equal(await page.locator('[aria-label="Search results"]:visible').count(), 0, 'no visible list yet');
  const box = page.getByRole('searchbox', { name: /Search/ });
  await box.pressSequentially('Kr');
  await page.waitForFunction(() => /passages? found/.test(document.querySelector('.results-status')?.textContent || ''));
  assert.equal(await status.count(), 1, 'the same live region, now with the count');
  await assertAccessible(page);
  await guard.check();
  await context.close();
});

test('long result lists show ten at a time; "Show more" adds ten and moves focus to the first new one', async () => {
  const { context, page, guard } = await fresh();
  await openApp(page, server.url);
  const box = page.getByRole('searchbox', { name: /Search/ });
  await box.fill('Belarus Russia sanctions');
  await results(page).first().waitFor();
  const status = await page.locator('.results-status').innerText();
  const total = Number(status.match(/^(\d+) passages found/)[1]);
  assert.ok(total > 20, status);
  assert.equal(await results(page).count(), 10);
  const more = page.getByRole('button', { name: /^Show 10 more/ });
  assert.match(await more.innerText(), new RegExp(`\\(${total - 10} not shown\\)`));
  // Keyboard: Tab reaches the button after the results; Enter shows ten more.
  await more.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('[aria-label="Search results"] > li').length === 20);
  const focused = await page.evaluate(() => {
    const links = [...document.querySelectorAll('[aria-label="Search results"] > li > a')];
    return links.indexOf(document.activeElement);
  });
  assert.equal(focused, 10, 'focus on the 11th result');
  // A new query starts again at ten.
  await box.fill('Belarus Russia');
  await page.waitForFunction(() => document.querySelectorAll('[aria-label="Search results"] > li').length === 10);
  await assertAccessible(page);
  await guard.check();
  await context.close();
});

test('typing on keeps the results it still finds; the list moves with the results between panes', async () => {
  const { context, page, guard } = await fresh();
  await openApp(page, server.url);
  // Before a search the filters and "Show more" are not shown (they wait, hidden, in the page).
  assert.equal(await page.getByRole('group', { name: 'Show results from' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: /^Show \d+ more/ }).count(), 0);
  const box = page.getByRole('searchbox', { name: /Search/ });
  await box.pressSequentially('Lukashenk');
  await results(page).first().waitFor();
  await page.evaluate(() => {
    window.__kept = [...document.querySelectorAll('[aria-label="Search results"] > li')];
  });
  await box.press('o');
  await page.waitForFunction(() => /q=Lukashenko$/.test(decodeURIComponent(document.querySelector('[aria-label="Search results"] > li > a').getAttribute('href'))));
  const kept = await page.evaluate(() => {
    const now = [...document.querySelectorAll('[aria-label="Search results"] > li')];
    return {
      same: now.filter((li) => window.__kept.includes(li)).length,
      count: now.length,
      hrefs: now.map((li) => decodeURIComponent(li.querySelector('a').getAttribute('href'))),
      marks: [...document.querySelectorAll('[aria-label="Search results"] mark')].map((m) => m.textContent),
    };
  });
  assert.equal(kept.count, 10);
  assert.ok(kept.same > 0, 'results found by both queries keep their elements');
  for (const href of kept.hrefs) assert.match(href, /\?q=Lukashenko$/, 'kept results link to the new search');
  assert.ok(kept.marks.every((m) => /^Lukashenk/i.test(m)), kept.marks.join(','));
  await page.getByRole('group', { name: 'Show results from' }).waitFor();
  // The right pane takes the results (the panes swap): the list there is filled at once.
  const before = await results(page).evaluateAll((lis) => lis.map((li) => li.querySelector('a').getAttribute('href')));
  await page.locator('#pane-1-chooser').selectOption('results');
  await page.locator('#pane-1 [aria-label="Search results"] > li').first().waitFor();
  const after = await page.locator('#pane-1 [aria-label="Search results"] > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(after, before);
  assert.equal(await page.locator('#pane-0 [aria-label="Search results"]').count(), 0);
  await assertAccessible(page);
  await guard.check();
  await context.close();
});

test('the document on screen marks the matches once typing pauses', async () => {
  const { context, page, guard } = await fresh();
  await openApp(page, server.url);
  const box = page.getByRole('searchbox', { name: /Search/ });
  await box.pressSequentially('Lukashenka', { delay: 30 });
  await results(page).first().waitFor();
  // The results took the left pane; the report on the right marks every match, in its spelling.
  await page.waitForFunction(() => [...document.querySelectorAll('article[data-doc="heritage"] mark')].some((m) => m.textContent.startsWith('Lukashenko')));
  const inHeritage = Number((await page.locator('.filters .filter', { hasText: 'Heritage' }).locator('.count').innerText()));
  const nav = page.locator('article[data-doc="heritage"] .match-nav .match-count');
  assert.equal(await nav.innerText(), `${inHeritage} matching passages`);
  // Clearing the search clears the marks.
  await box.fill('');
  await page.waitForFunction(() => document.querySelectorAll('article[data-doc] mark').length === 0);
  await guard.check();
  await context.close();
});
