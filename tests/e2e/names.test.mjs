// Names in every script and the index of names (issue 21): Cyrillic queries (with a typo and a
// prefix) find both documents with whole marks; the Index pane (A–Z by kind, the contract
// selectors, verbatim descriptions); an entry's marks with "n of m" stepped by keyboard; an
// entry link in a fresh page, and a bad one; a name search offering its entry first; the
// passage key I; the timeline filtered by the chosen name; axe and print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, assertAccessible, freshPage } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const open = (hash = '', viewport) => freshPage(browser, server, `${server.url}${hash}`, viewport);
const results = (page) => page.locator('[aria-label="Search results"] > li');
const entries = (page) => page.locator('.name-index li[data-entity]');
const docMarks = (page, doc) => page.locator(`article[data-doc="${doc}"] .block mark`).allTextContents();
const count = (page, doc) => page.locator(`article[data-doc="${doc}"] .match-count`).innerText();

async function typeQuery(page, q) {
  const box = page.getByRole('searchbox', { name: /Search/ });
  await box.fill('');
  await box.pressSequentially(q);
  await page.waitForFunction((text) => {
    const li = document.querySelector('[aria-label="Search results"] > li');
    return li && decodeURIComponent(li.querySelector('a').getAttribute('href')).includes(`q=${text}`);
  }, q);
}

test('Cyrillic queries, with a typo and as a prefix, find Lukashenka and Lukashenko in both documents, whole words marked', async () => {
  const { context, page, guard } = await open();
  await openApp(page, server.url);
  for (const q of ['Лукашенко', 'Лукашэнка', 'Лукашенкп', 'Лукаш']) {
    await typeQuery(page, q);
    const docs = await results(page).evaluateAll((lis) => lis.map((li) => li.dataset.doc));
    assert.ok(docs.includes('rferl') && docs.includes('heritage'), `${q}: ${docs}`);
    const marks = await page.locator('[aria-label="Search results"] mark').allTextContents();
    assert.ok(marks.length > 0 && marks.every((m) => /^Lukashenk[ao]/.test(m)), `${q}: ${marks}`);
  }
  // Typing pauses: the document on screen marks the matches, each a whole name.
  await page.waitForFunction(() => document.querySelector('article[data-doc="heritage"] .block mark'));
  const marks = await docMarks(page, 'heritage');
  assert.ok(marks.every((m) => /^Lukashenko/.test(m)), marks.join(','));
  await guard.check();
  await context.close();
});

test('the Index pane lists every entry A–Z by kind, with spellings, quoted descriptions and mention links', async () => {
  const { context, page, guard } = await open('#/?view=index');
  await entries(page).first().waitFor();
  const kinds = await page.locator('.name-index .index-kind > h3').allInnerTexts();
  assert.deepEqual(kinds.slice(0, 3), ['People', 'Organisations', 'Places']);
  const all = await entries(page).evaluateAll((lis) => lis.map((li) => ({
    id: li.dataset.entity,
    kind: li.closest('.index-kind').querySelector('h3').textContent,
    name: li.querySelector('.entity-name').textContent,
    links: [...li.querySelectorAll('.entity-mentions a[href^="#/"]')].map((a) => a.getAttribute('href').slice(2)),
    text: li.textContent,
  })));
  assert.ok(all.length >= 30, `${all.length} entries`);
  for (const e of all) assert.ok(e.links.length > 0, `${e.id} has mention links`);
  // Every mention link's fragment is a block id of its document, in document order: checked
  // in each document, shown in turn in the right pane.
  for (const doc of ['heritage', 'rferl']) {
    await page.locator('#pane-1-chooser').selectOption(doc);
    await page.locator(`article[data-doc="${doc}"]`).waitFor();
    for (const e of all) {
      const ids = e.links.filter((id) => id.startsWith(`${doc}-`));
      const at = await page.evaluate(([d, list]) => {
        const blocks = [...document.querySelectorAll(`article[data-doc="${d}"] .block[id]`)];
        return list.map((id) => blocks.indexOf(document.getElementById(id)));
      }, [doc, ids]);
      assert.ok(at.every((i, k) => i >= 0 && (k === 0 || i > at[k - 1])), `${e.id} in ${doc}: ${ids}`);
    }
  }
  assert.ok(all.every((e) => e.links.every((id) => /^(rferl|heritage)-/.test(id))));
  const places = all.filter((e) => e.kind === 'Places').map((e) => e.name);
  assert.deepEqual(places, [...places].sort((a, b) => a.localeCompare(b, 'en')), 'places A–Z');
  const people = all.filter((e) => e.kind === 'People').map((e) => e.id);
  assert.ok(people.indexOf('bolton') < people.indexOf('lukashenka'), 'people by last name');
  const lukashenka = all.find((e) => e.id === 'lukashenka');
  assert.match(lukashenka.text, /Also written Alexander Lukashenko, Lukashenka, Lukashenko/);
  assert.match(lukashenka.text, /RFE\/RL: \d+ mentions in \d+ passages/);
  assert.match(lukashenka.text, /Heritage: \d+ mentions? in \d+ passages?/);
  // A description is quoted verbatim and links the passage that says it.
  const quote = page.locator('li[data-entity="chausovsky"] .entity-says a');
  assert.equal(await quote.innerText(), '“a Eurasia analyst at intelligence firm Stratfor”');
  const block = (await quote.getAttribute('href')).slice(2);
  const passage = await page.evaluate((id) => document.getElementById(id)?.textContent ?? '', block);
  assert.ok(passage.includes('a Eurasia analyst at intelligence firm Stratfor'), passage);
  await assertAccessible(page);
  await guard.check();
  await context.close();
});

test("choosing an entry marks its mentions; the keyboard steps through them n of m; the address shares it", async () => {
  const { context, page, guard } = await open('#/?view=index');
  const entry = page.locator('li[data-entity="lukashenka"]');
  await entry.getByRole('link', { name: 'Mark mentions of Alyaksandr Lukashenka' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('li[data-entity="lukashenka"][data-chosen]').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.dataset.entity), 'lukashenka', 'focus on the entry');
  await page.waitForFunction(() => document.querySelector('article[data-doc="heritage"] .block mark'));
  const marks = await docMarks(page, 'heritage');
  assert.ok(marks.length >= 1 && marks.every((m) => /^(Alexander )?Lukashenko/.test(m)), marks.join(','));
  const total = Number((await count(page, 'heritage')).match(/^(\d+) matching passages$/)[1]);
  assert.ok(total >= 1);
  const next = page.locator('article[data-doc="heritage"]').getByRole('button', { name: 'Next match' });
  await next.focus();
  await page.keyboard.press('Enter');
  assert.equal(await count(page, 'heritage'), `1 of ${total}`);
  await page.keyboard.press('Space');
  assert.equal(await count(page, 'heritage'), `${Math.min(2, total)} of ${total}`);
  const current = page.locator('article[data-doc="heritage"] [data-current-match]');
  assert.ok((await current.locator('mark').count()) >= 1, 'the current passage has its mention marked');
  assert.match(new URL(page.url()).hash, /^#\/[a-z0-9-]*\?view=index&entity=lukashenka$/);
  // Its mark link now clears the marks.
  await entry.getByRole('link', { name: 'Clear marks of Alyaksandr Lukashenka' }).click();
  await page.waitForFunction(() => !document.querySelector('article[data-doc] .block mark'));
  await page.waitForFunction(() => !location.hash.includes('entity='));
  await guard.check();
  await context.close();
});

test('an entry link opens in a fresh page with both documents marked; Clear unmarks; an unknown entry is a notice', async () => {
  const { context, page, guard } = await open('#/?entity=lukashenka');
  await page.waitForFunction(() => document.querySelectorAll('article[data-doc] .match-nav').length === 2);
  assert.ok((await docMarks(page, 'rferl')).every((m) => /^(Alyaksandr )?Lukashenka/.test(m)));
  assert.ok((await docMarks(page, 'heritage')).length > 0);
  const bar = page.locator('.entity-bar');
  assert.match(await bar.innerText(), /Marking the mentions of Alyaksandr Lukashenka in both documents/);
  await bar.getByRole('link', { name: 'Clear marks' }).click();
  await page.waitForFunction(() => !document.querySelector('article[data-doc] .block mark') && !document.querySelector('.entity-bar'));
  await guard.check();
  await context.close();

  const bad = await open('#/?entity=nobody&view=index');
  await bad.page.locator('.notice', { hasText: 'The index of names has no entry “nobody”' }).waitFor();
  assert.ok((await entries(bad.page).count()) > 0, 'the index is still shown');
  assert.equal(await bad.page.locator('article[data-doc] .block mark').count(), 0);
  await bad.guard.check();
  await bad.context.close();
});

test('searching a name in any script offers its entry first, which opens the index with the name marked', async () => {
  const { context, page, guard } = await open();
  await openApp(page, server.url);
  await typeQuery(page, 'Łukašenka');
  const offer = page.locator('.results .entry-offer a');
  assert.match(await offer.innerText(), /Index of names: Alyaksandr Lukashenka/);
  const first = await page.evaluate(() => {
    const o = document.querySelector('.entry-offer');
    const list = document.querySelector('[aria-label="Search results"]');
    return !!(o.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(first, 'the entry comes before the results');
  await typeQuery(page, 'sanctions');
  assert.equal(await offer.count(), 0, 'no entry for a word that is no name');
  await typeQuery(page, 'Кравченко');
  assert.match(await offer.innerText(), /Aleh Krauchenka/);
  await offer.click();
  await page.locator('li[data-entity="krauchenka"][data-chosen]').waitFor();
  // Only RFE/RL names him: it comes on screen beside the index, his mentions marked.
  await page.waitForFunction(() => document.querySelector('article[data-doc="rferl"] .block mark'));
  assert.match(page.url(), /view=index&entity=krauchenka/);
  await guard.check();
  await context.close();
});

test('I on a passage lists its names in the index; each leads to its entry, marked', async () => {
  const { context, page, guard } = await open('#/rferl-belarusian-president-alyaksandr-lukashenka-left');
  await page.waitForFunction(() => document.activeElement?.id === 'rferl-belarusian-president-alyaksandr-lukashenka-left');
  await page.keyboard.press('i');
  await page.waitForFunction(() => document.activeElement?.id === 'index-passage');
  const names = await page.locator('#index-passage .passage-names a').allInnerTexts();
  assert.ok(names.includes('Alyaksandr Lukashenka') && names.includes('David Hale'), names.join(', '));
  assert.ok(await page.locator('article[data-doc="rferl"]').isVisible(), 'the passage stays on screen');
  await page.locator('#index-passage').getByRole('link', { name: 'David Hale' }).click();
  await page.waitForFunction(() => document.activeElement?.dataset?.entity === 'hale');
  assert.equal(await page.locator('li[data-entity="hale"]').getAttribute('data-chosen'), '');
  await page.waitForFunction(() => [...document.querySelectorAll('article[data-doc="rferl"] .block mark')].some((m) => /Hale/.test(m.textContent)));
  await assertAccessible(page);
  await guard.check();
  await context.close();
});

test('a chosen name filters the timeline, with a control that shows all again', async () => {
  const { context, page, guard } = await open('#/?view=timeline&entity=lukashenka');
  const events = page.locator('.timeline li[data-year]');
  const visible = () => events.evaluateAll((lis) => lis.filter((li) => li.checkVisibility()).length);
  const line = page.locator('.timeline-filter [role="status"]');
  await line.filter({ hasText: 'Showing' }).waitFor();
  const m = (await line.innerText()).match(/^Showing (\d+) of (\d+) events: those in passages that mention “Alyaksandr Lukashenka”\.$/);
  assert.ok(m, await line.innerText());
  // The passages that mention him, as his entry in the index lists them.
  const index = await open('#/?view=index');
  const passages = await index.page.locator('li[data-entity="lukashenka"] .entity-mentions a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href').slice(2)));
  await index.context.close();
  const shown = await events.evaluateAll((lis, ids) => lis.filter((li) => li.checkVisibility())
    .map((li) => [...li.querySelectorAll('a')].some((a) => ids.includes(a.getAttribute('href').slice(2)))), passages);
  assert.ok(shown.length > 0 && shown.every(Boolean), `${shown.length} events, each in a passage that names him`);
  assert.equal(shown.length, Number(m[1]), 'the line counts the events shown');
  const total = await events.count();
  assert.ok(total > shown.length, `${total} events in all`);
  await assertAccessible(page);
  const showAll = page.getByRole('checkbox', { name: 'Show all events' });
  await showAll.check();
  assert.equal(await visible(), total);
  await showAll.uncheck();
  assert.equal(await visible(), shown.length);
  // Another entry starts narrowed: the tick given to the last one does not carry over.
  await showAll.check();
  await page.evaluate(() => { location.hash = '#/?view=timeline&entity=hale'; });
  await line.filter({ hasText: 'Hale' }).waitFor();
  assert.equal(await showAll.isChecked(), false);
  assert.ok(await visible() < total, 'narrowed again');
  await page.evaluate(() => { location.hash = '#/?view=timeline&entity=lukashenka'; });
  await line.filter({ hasText: 'Lukashenka' }).waitFor();
  // Clearing the entry (the bar above the panes) shows the whole timeline again.
  await page.getByRole('link', { name: 'Clear marks' }).click();
  await page.waitForFunction(() => !document.querySelector('.timeline-filter[data-narrowed]'));
  assert.equal(await visible(), total);
  await guard.check();
  await context.close();
});

test('the index prints as a list under its kind headings, without its buttons', async () => {
  const { context, page, guard } = await open('#/?view=index&entity=hale');
  await entries(page).first().waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('.name-index .index-kind > h3').first().isVisible(), 'kind headings print');
  assert.ok(await entries(page).first().isVisible(), 'entries print');
  assert.ok(await page.locator('li[data-entity="hale"] .entity-says').isVisible(), 'descriptions print');
  assert.equal(await page.locator('.entity-mark').first().isVisible(), false, 'no buttons in print');
  await guard.check();
  await context.close();
});
