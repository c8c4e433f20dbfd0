// Makes the single-file build from a finished build directory:
//   node scripts/single-file.mjs [DIST [OUT]]     (defaults: dist, dist-single/belarus-reader.html)
// One self-contained HTML file (CSS, the wasm-bindgen glue, the WASM with the documents and the
// search index, the icon) that runs from file:// with no server and no network. The glue
// (wasm-bindgen's --target web output, as Trunk emits it) loses its `export` line and runs in an
// inline <script type="module">, which starts the app with the WASM bytes decoded from base64
// (the async init; initSync is not used); wasm-bindgen snippets are inlined too. The file
// carries its own Content-Security-Policy: its one script and one style are allowed by their
// sha256 hashes, everything else is refused.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loaderPrelude, inlineSnippets } from './shrink.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(process.argv[2] || path.join(ROOT, 'dist'));
const out = path.resolve(process.argv[3] || path.join(ROOT, 'dist-single', 'belarus-reader.html'));
const read = (rel) => fs.readFileSync(path.join(dist, rel.replace(/^\.\//, '')));
const fail = (msg) => { console.error(`single-file: ${msg}`); process.exit(1); };
const hash = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

let html = read('index.html').toString('utf8');

// The loader (moved to a file by post-build.mjs, or still inline) names the glue and the WASM.
const loaderSrc = html.match(/<script type="module" src="([^"]+)"/);
const loader = loaderSrc ? read(loaderSrc[1]).toString('utf8') : (html.match(/<script type="module">([\s\S]*?)<\/script>/) || [])[1];
if (!loader) fail('no Trunk loader in index.html');
// (Either quote: the loader of a release build is minified.)
const glueName = (loader.match(/from\s*["']([^"']+\.js)["']/) || [])[1];
const wasmName = (loader.match(/["']([^"']+\.wasm)["']/) || [])[1];
if (!glueName || !wasmName) fail('the loader does not name the glue and the WASM');

let glue = read(glueName).toString('utf8').replace(/\r\n?/g, '\n');
// The glue ends with its exports (one line, or the end of terser's single line, see shrink.mjs).
const exportStatement = /export\s*\{([^}]*)\};?\s*$/;
const exported = glue.match(exportStatement);
if (!exported) fail('the glue does not end with `export { … }` (is it wasm-bindgen --target web output?)');
const initName = (exported[1].match(/([\w$]+)\s+as\s+default\b/) || [])[1];
if (!initName) fail('the glue exports no default (the init function)');
glue = glue.replace(exportStatement, '');
// wasm-bindgen snippets (a debug build's glue still imports them; the size pass inlines them).
try {
  glue = inlineSnippets(glue, (f) => read(f).toString('utf8')).glue;
} catch (e) {
  fail(e.message);
}
if (/^\s*(import|export)\b/m.test(glue)) fail('the glue still imports or exports');

const wasm = read(wasmName).toString('base64');
// The crash panel of release builds and the early keys first (scripts/crash-handler.js,
// scripts/early-input.js).
const script = `
${loaderPrelude()}
${glue}
// --- single-file start: the WASM, inlined as base64 ---
// (names chosen not to clash with the glue's top-level names)
const wasmBase64 = "${wasm}";
const wasmBytes = typeof Uint8Array.fromBase64 === 'function'
  ? Uint8Array.fromBase64(wasmBase64)
  : Uint8Array.from(atob(wasmBase64), (c) => c.charCodeAt(0));
const wasmExports = await ${initName}({ module_or_path: wasmBytes });
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm: wasmExports } }));
`;

const cssFiles = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"[^>]*>/g)].map((m) => m[1]);
if (cssFiles.length === 0) fail('no stylesheet in index.html');
const css = `\n${cssFiles.map((f) => read(f).toString('utf8').replace(/\r\n?/g, '\n')).join('\n')}\n`;
if (/url\(/.test(css)) fail('the CSS refers to files (url(…)); inline them first');
if (/<\/(script|style)/i.test(script + css)) fail('a closing tag inside the inlined code');

const icon = `data:image/svg+xml;base64,${read('icons/icon.svg').toString('base64')}`;
const csp = [
  "default-src 'none'", `script-src ${hash(script)} 'wasm-unsafe-eval'`, `style-src ${hash(css)}`,
  "img-src data:", "object-src 'none'", "base-uri 'none'", "form-action 'none'",
].join('; ');

html = html
  .replace(/<!--[\s\S]*?-->\s*/g, '')
  .replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`)
  .replace(/\s*<link rel="(stylesheet|manifest|apple-touch-icon|modulepreload|preload)"[^>]*>/g, '')
  .replace(/\s*<script type="module"[^>]*>[\s\S]*?<\/script>/g, '')
  .replace(/<link rel="icon" href="[^"]*"/, `<link rel="icon" href="${icon}"`)
  .replace(/\n\s*\n/g, '\n')
  // A function, so `$&`, `$'` and the like in the inlined code are never read as patterns.
  .replace('</head>', () => `<style>${css}</style>\n<script type="module">${script}</script>\n</head>`);
if (!html.includes("default-src 'none'")) fail('index.html has no Content-Security-Policy meta to replace');

fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, html);
console.log(`single-file: ${path.relative(process.cwd(), out)} (${(Buffer.byteLength(html) / 1024).toFixed(0)} KiB)`);
