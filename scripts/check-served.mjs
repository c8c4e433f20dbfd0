// Opens a served reader in Debian's Chromium as a person would and searches it: the page loads,
// typing "Lukashenko" shows results from both documents. Used by scripts/fresh-check.sh on the
// page that `scripts/serve.sh` serves. Usage: node scripts/check-served.mjs URL
import { launch } from '../tests/e2e/support.mjs';

const url = process.argv[2];
if (!url) {
  console.error('usage: node scripts/check-served.mjs URL');
  process.exit(2);
}
const browser = await launch();
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  const box = page.getByRole('searchbox', { name: /Search/ });
  await box.waitFor({ timeout: 30000 });
  await box.pressSequentially('Lukashenko');
  const items = page.locator('[aria-label="Search results"] > li');
  await items.first().waitFor({ timeout: 10000 });
  const docs = new Set(await items.evaluateAll((lis) => lis.map((li) => li.dataset.doc)));
  if (!docs.has('rferl') || !docs.has('heritage') || errors.length) {
    throw new Error(`expected results from both documents and no page errors; got ${[...docs]} ${errors}`);
  }
  console.log(`served page at ${url} searches: ${await items.count()} results for "Lukashenko" (${[...docs].join(', ')})`);
} finally {
  await browser.close();
}
