// Regression guard for the download size while the bundle is over its budget (issue 9): the
// first visit (observed on the server while a fresh Chromium loads the app and its service
// worker precaches the build) may not grow past today's size plus a small margin. The budget's
// own check (175 KB, tests/bench/budget.test.mjs) replaces this file once the bundle meets it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstVisitFiles, sizeOf } from '../bench/sizes.mjs';

// 2026-11-22: 224 KB gzip measured by scripts/bench.sh (ceiling was 235 KB); later that day,
// after the size work of the second session, 184.3 KB; ceiling = that + ~4 %.
const CEILING_KB = 192;

test(`first visit downloads at most ${CEILING_KB} KB gzip (regression ceiling; budget 150 KB)`, async () => {
  const files = await firstVisitFiles();
  assert.ok(files.some((f) => f.endsWith('.wasm')), `no .wasm fetched: ${files.join(', ')}`);
  const sizes = files.map((f) => sizeOf(f));
  const total = sizes.reduce((s, f) => s + f.gzip, 0);
  const detail = sizes.map((f) => `${f.file} ${(f.gzip / 1024).toFixed(1)} KB`).join(', ');
  console.log(`# first visit: ${(total / 1024).toFixed(1)} KB gzip over ${files.length} files`);
  assert.ok(total <= CEILING_KB * 1024, `first visit is ${(total / 1024).toFixed(1)} KB gzip (ceiling ${CEILING_KB} KB): ${detail}`);
});
