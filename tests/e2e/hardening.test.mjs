// Bad input never blanks the page: injection payloads stay text, huge pastes are cut with a
// message, broken links explain themselves, and the page stays responsive.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, guardedPage, openApp } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  'javascript:window.__pwned=1',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '"><svg onload=window.__pwned=1>',
  '${window.__pwned=1}',
];

async function fresh(url = server.url) {
  const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
  const { page, guard } = await guardedPage(context, server.origin);
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await openApp(page, url);
  return { context, page, guard, dialogs };
}

async function assertInert(page, dialogs) {
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no injected script ran');
  assert.deepEqual(dialogs, []);
  assert.equal(await page.locator('main img, main svg, main script').count(), 0, 'no injected elements');
  // Snippet marks are the only elements inside result snippets.
  const tags = await page.locator('.snippet *').evaluateAll((els) => [...new Set(els.map((e) => e.tagName))]);
  assert.ok(tags.every((t) => t === 'MARK'), tags.join(','));
}

test('injection payloads typed into search render as text', async () => {
  const { context, page, guard, dialogs } = await fresh();
  const box = page.getByRole('searchbox');
  for (const p of PAYLOADS) {
    await box.fill(p);
    await page.locator('.results-status').waitFor();
    assert.equal(await box.inputValue(), p);
    await assertInert(page, dialogs);
  }
  // A payload mixed with a real word still finds it, and the payload is shown as text only.
  await box.fill('<b>Minsk</b>');
  await page.locator('[aria-label="Search results"] > li').first().waitFor();
  await assertInert(page, dialogs);
  await guard.check();
  await context.close();
});

test('injection payloads in the URL fragment render as text', async () => {
  for (const p of PAYLOADS) {
    const enc = encodeURIComponent(p);
    for (const fragment of [`#/?q=${enc}`, `#/${enc}`, `#/?in=${enc}&view=${enc}`]) {
      const { context, page, guard, dialogs } = await fresh(`${server.url}${fragment}`);
      await assertInert(page, dialogs);
      if (fragment.startsWith('#/?q=')) assert.equal(await page.getByRole('searchbox').inputValue(), p);
      else await page.locator('.notice').first().waitFor();
      await guard.check();
      await context.close();
    }
  }
});

test('a 1 MB paste into the search box is cut with a message and the page stays responsive', async () => {
  const { context, page, guard } = await fresh();
  const huge = 'Lukashenka '.repeat(100_000).slice(0, 1_000_000);
  const box = page.getByRole('searchbox');
  await box.fill(huge);
  await page.getByText(/too long/).first().waitFor();
  assert.ok((await box.inputValue()).length <= 256, 'the box holds the cut query');
  await page.locator('[aria-label="Search results"] > li').first().waitFor();
  // Still responsive: a new query answers.
  await box.fill('Astravets');
  await page.waitForFunction(() => document.querySelector('[aria-label="Search results"] > li')?.textContent.includes('Astravets'));
  await guard.check();
  await context.close();
});

test('odd queries (punctuation only, lone quotes and minus signs, emoji) give a calm answer', async () => {
  const { context, page, guard } = await fresh();
  const box = page.getByRole('searchbox');
  for (const q of ['"', '-', '""', '- - -', '!!!???', '🙂', '\u0000', '   ', '"Union', 'Minsk -']) {
    await box.fill(q);
    // A blank query closes the results; anything else answers with a status line.
    const blank = q.trim() === '' || q === '\u0000';
    if (!blank) await page.locator('.results-status').waitFor();
    assert.equal(await box.inputValue(), q);
    assert.ok(await page.locator('article[data-doc]').count() >= 1, `page intact after ${JSON.stringify(q)}`);
  }
  await guard.check();
  await context.close();
});

test('a crash inside the WASM shows the crash panel with Reload, and Reload brings the search back', async () => {
  // Release builds abort on a panic: the trap reaches JavaScript as an uncaught
  // WebAssembly.RuntimeError, which the loader's crash handler turns into the panel. The trap is
  // simulated here (the app has no way to make itself panic); the loader's handler is real.
  const { context, page, guard } = await fresh(`${server.url}#/?q=Minsk`);
  await page.locator('[aria-label="Search results"] > li').first().waitFor();
  await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable'); }, 0));
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Belarus Reader stopped[\s\S]*address bar/);
  assert.equal(await page.locator('main').count(), 0, 'the frozen app is gone');
  await page.getByRole('button', { name: 'Reload' }).click();
  await page.locator('[aria-label="Search results"] > li').first().waitFor();
  assert.equal(await page.getByRole('searchbox', { name: /Search/ }).inputValue(), 'Minsk');
  assert.deepEqual(guard.errors.splice(0), ['RuntimeError: unreachable'], 'only the simulated trap');
  await guard.check();
  await context.close();
});

test('an ordinary script error elsewhere on the page does not take the reader down', async () => {
  const { context, page, guard } = await fresh();
  await page.evaluate(() => setTimeout(() => { throw new TypeError('from a host script'); }, 0));
  await page.waitForTimeout(100);
  assert.equal(await page.getByRole('alert').count(), 0);
  assert.ok(await page.locator('article[data-doc]').count() >= 1);
  guard.errors.splice(0);
  await guard.check();
  await context.close();
});
