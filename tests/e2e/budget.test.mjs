// The size budget: everything a first visit downloads (observed on the server while a fresh
// Chromium loads the app and its service worker precaches the build; every body sent counts, so
// a file downloaded twice counts twice) must stay within the budget, in gzip bytes. The budget
// (FIRST_VISIT_LIMIT_KB in tests/bench/sizes.mjs) is 150 KB for the reader as it is; each
// feature of this round that lands adds its measured allowance there, and the round's total
// may not pass 175 KB. Gzip sizes of one build are exact, so the limit needs no margin for
// noise. The service worker's precache must not download the .wasm a second time (it
// revalidates: 304 Not Modified).
// Run: scripts/build.sh && node --test tests/e2e/budget.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FIRST_VISIT_LIMIT_KB as LIMIT_KB, firstVisitFiles, sizeOf } from '../bench/sizes.mjs';

test(`first visit downloads at most ${LIMIT_KB} KB gzip`, async () => {
  const files = await firstVisitFiles();
  assert.ok(files.includes('index.html'), `index.html not fetched: ${files.join(', ')}`);
  assert.equal(files.filter((f) => f.endsWith('.wasm')).length, 1, `the .wasm is downloaded once: ${files.join(', ')}`);
  const sizes = files.map((f) => sizeOf(f));
  const total = sizes.reduce((s, f) => s + f.gzip, 0);
  const detail = sizes.map((f) => `${f.file} ${(f.gzip / 1024).toFixed(1)} KB`).join(', ');
  console.log(`# first visit: ${(total / 1024).toFixed(1)} KB gzip over ${files.length} downloads`);
  assert.ok(total <= LIMIT_KB * 1024, `first visit is ${(total / 1024).toFixed(1)} KB gzip (limit ${LIMIT_KB} KB): ${detail}`);
});
