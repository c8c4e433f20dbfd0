// Trunk post_build hook (see Trunk.toml), also runnable by hand on a built directory:
//   node scripts/post-build.mjs [DIR]        (DIR defaults to $TRUNK_STAGING_DIR)
// 0. The size pass (scripts/shrink.mjs): short import/export names, minified glue (with
//    wasm-bindgen's snippets inlined into it), CSS and index.html, and index.html's integrity
//    attributes recomputed. The loader and the service worker (below) are minified too
//    (release builds, or a directory given by hand).
// 1. Moves Trunk's inline module loader out of index.html into loader-HASH.js, so the page's
//    Content-Security-Policy needs no inline script (script-src 'self' 'wasm-unsafe-eval'),
//    with the crash panel of release builds (scripts/crash-handler.js) and the keeper of keys
//    pressed before the app runs (scripts/early-input.js) at its top.
// 2. Writes the service worker's precache list (every file of the build, by its hashed name, with
//    its integrity) and its version (a hash of every file's name and bytes) into sw.js.
// Idempotent: running it again on its own output only refreshes the list and the version.
import fs from 'node:fs';
import path from 'node:path';
import { loaderPrelude, digest, minifyScript, shrink, sizeBuild, sri } from './shrink.mjs';

const dir = path.resolve(process.argv[2] || process.env.TRUNK_STAGING_DIR || '');
if (!process.argv[2] && !process.env.TRUNK_STAGING_DIR) {
  console.error('usage: node scripts/post-build.mjs DIR (or run as a Trunk hook)');
  process.exit(2);
}
const SW = 'sw.js';
const PRELUDE = loaderPrelude();

/** Moves the inline `<script type="module">` loader Trunk writes into a file of its own. */
async function externalizeLoader(root) {
  const indexPath = path.join(root, 'index.html');
  let html = fs.readFileSync(indexPath, 'utf8');
  const re = /<script type="module"([^>]*)>([\s\S]*?)<\/script>/g;
  let count = 0;
  const loaders = [...html.matchAll(re)].filter(([, attrs, body]) => !/\bsrc=/.test(attrs) && /\bimport init\b/.test(body));
  // The crash panel and the early keys first: both must be listening before the app starts.
  const code = new Map();
  for (const [whole, , body] of loaders) {
    const text = `${PRELUDE}${body.trim()}\n`;
    code.set(whole, sizeBuild() ? `${await minifyScript(text, true)}\n` : text);
  }
  html = html.replace(re, (whole, attrs) => {
    if (!code.has(whole)) return whole;
    const text = code.get(whole);
    const name = `loader-${digest(text)}.js`;
    fs.writeFileSync(path.join(root, name), text);
    count += 1;
    const integrity = sri(text);
    return `<script type="module" src="./${name}" integrity="${integrity}" crossorigin="anonymous"${attrs}></script>`;
  });
  if (count > 1) throw new Error('more than one Trunk loader in index.html');
  const inline = html.match(/<script(?![^>]*\bsrc=)[^>]*>/g);
  if (inline) console.warn(`post-build: index.html still has inline scripts (blocked by its CSP): ${inline.join(' ')}`);
  fs.writeFileSync(indexPath, html);
  return count;
}

/** Every file under `root`, relative, sorted, with '/' separators. */
function listFiles(root, sub = '') {
  return fs.readdirSync(path.join(root, sub), { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) => (e.isDirectory() ? listFiles(root, path.posix.join(sub, e.name)) : [path.posix.join(sub, e.name)]))
    .sort();
}

/** Writes VERSION and FILES into sw.js (minified in a size build, its two lines kept first and
 * whole); returns the version. */
async function writePrecache(root) {
  const swPath = path.join(root, SW);
  if (!fs.existsSync(swPath)) throw new Error(`${swPath} is missing (index.html copies static/sw.js)`);
  const files = listFiles(root).filter((f) => f !== SW);
  const version = digest(...files.flatMap((f) => [f, '\0', fs.readFileSync(path.join(root, f)), '\0']));
  // './' is the address the app is usually opened at (the directory), served as index.html.
  // Each entry is [path, integrity]: the service worker's precache checks the bytes it gets of
  // the files whose names do not change with their bytes (index.html, the manifest, the icons).
  // A hashed name already pins its bytes ('' = no check; it keeps the list short).
  const hashedName = (f) => /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(f);
  const integrity = (f) => (hashedName(f) ? '' : sri(fs.readFileSync(path.join(root, f)), 'sha256'));
  const list = [['./', integrity('index.html')], ...files.map((f) => [`./${f}`, integrity(f)])];
  let sw = fs.readFileSync(swPath, 'utf8');
  const before = sw;
  sw = sw.replace(/^const VERSION = .*;$/m, `const VERSION = '${version}';`)
    .replace(/^const FILES = .*;$/m, `const FILES = ${JSON.stringify(list)};`);
  if (sw === before && !before.includes(`'${version}'`)) throw new Error('sw.js has no VERSION/FILES lines to fill');
  if (sizeBuild()) {
    const lines = /^(const VERSION = .*;\n)(const FILES = .*;\n)/m;
    const m = sw.match(lines);
    if (!m) throw new Error('sw.js: VERSION and FILES must be two consecutive lines');
    const body = sw.replace(lines, '');
    sw = `${m[1]}${m[2]}${await minifyScript(body)}\n`;
  }
  fs.writeFileSync(swPath, sw);
  return { version, files: list };
}

const shrunk = await shrink(dir);
const moved = await externalizeLoader(dir);
const { version, files } = await writePrecache(dir);
console.log(`post-build: ${shrunk}; ${moved ? 'loader moved to a file; ' : ''}precache ${files.length} entries, version ${version}`);
