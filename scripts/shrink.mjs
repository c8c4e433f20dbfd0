// The size pass of the post-build hook (scripts/post-build.mjs), on a Trunk release build:
// 1. Import and export names. wasm-bindgen names each import after its Rust path plus a
//    16-hex-digit hash (`__wbg_activeElement_6c30fe7fda33ef51`), and both the .wasm and its JS
//    glue carry every name: about 10 KB of text that gzip cannot shrink much. binaryen's
//    `--minify-imports-and-exports-and-modules` renames them in the .wasm ("a", "b", …); the
//    glue is rewritten to match. binaryen keeps the order of imports and exports, so the old
//    and new names are paired by position (read back with WebAssembly.Module, and checked).
// 2. The glue, minified by terser (mangled locals, compressed), and the stylesheets stripped of
//    comments and spaces (outside quoted strings).
// 3. Every `integrity` attribute in index.html recomputed for the files it names.
// Runs once per build: a glue whose module name is already minified is left alone.
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { minify } from 'terser';

const WASM_FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue'];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const word = (name) => `(?<![\\w$])${escape(name)}(?![\\w$])`;

/** Renames imports and exports in `wasmPath` and rewrites `glue` to match; returns the glue. */
function minifyNames(wasmPath, glue) {
  const before = new WebAssembly.Module(fs.readFileSync(wasmPath));
  const tmp = `${wasmPath}.min`;
  execFileSync('wasm-opt', [...WASM_FEATURES, '--minify-imports-and-exports-and-modules', wasmPath, '-o', tmp], { stdio: ['ignore', 'ignore', 'inherit'] });
  const after = new WebAssembly.Module(fs.readFileSync(tmp));
  const [oldImports, newImports] = [WebAssembly.Module.imports(before), WebAssembly.Module.imports(after)];
  const [oldExports, newExports] = [WebAssembly.Module.exports(before), WebAssembly.Module.exports(after)];
  if (oldImports.length !== newImports.length || oldExports.length !== newExports.length
    || oldImports.some((o, i) => o.kind !== newImports[i].kind) || oldExports.some((o, i) => o.kind !== newExports[i].kind)) {
    throw new Error('shrink: wasm-opt changed the imports or exports, not only their names');
  }
  let out = glue;
  // Module names: "./belarus-reader_bg.js": import0 -> "a": import0.
  const modules = new Map(oldImports.map((o, i) => [o.module, newImports[i].module]));
  for (const [from, to] of modules) {
    const quoted = new RegExp(`(["'])${escape(from)}\\1(?=\\s*:)`, 'g');
    if (!quoted.test(out)) throw new Error(`shrink: the glue does not name the import module ${from}`);
    out = out.replace(quoted, JSON.stringify(to));
  }
  // Import functions are keys of the import objects: `__wbg_now_…: function(…)`.
  const names = new Map();
  oldImports.forEach((o, i) => {
    const to = newImports[i].name;
    if (names.has(o.name) && names.get(o.name) !== to) throw new Error(`shrink: import ${o.name} renamed twice`);
    names.set(o.name, to);
  });
  for (const [from, to] of names) {
    const key = new RegExp(`${word(from)}(?=\\s*:)`, 'g');
    if (!key.test(out)) throw new Error(`shrink: import ${from} not found in the glue`);
    out = out.replace(key, JSON.stringify(to));
  }
  // Exports are read as `wasm.NAME`.
  oldExports.forEach((o, i) => {
    out = out.replace(new RegExp(`(?<![\\w$])wasm\\.${escape(o.name)}(?![\\w$])`, 'g'), () => `wasm[${JSON.stringify(newExports[i].name)}]`);
  });
  // (The glue's own wrapper functions may share an export's name; terser renames those.)
  const leftover = oldImports.find((o) => new RegExp(`${word(o.name)}\\s*:`).test(out))
    || oldExports.find((o) => new RegExp(`(?<![\\w$])wasm\\.${escape(o.name)}(?![\\w$])`).test(out));
  if (leftover) throw new Error(`shrink: ${leftover.name} is still in the glue`);
  fs.renameSync(tmp, wasmPath);
  return out;
}

/** Strips comments and spaces from CSS, leaving quoted strings as they are. */
export function minifyCss(css) {
  return css.replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
    .map((part, i) => (i % 2 ? part : part.replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').replace(/;}/g, '}')))
    .join('')
    .trim();
}

const sri = (bytes) => `sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`;

/** The size pass on the build in `root`; returns a line for the log. */
export async function shrink(root) {
  const indexPath = path.join(root, 'index.html');
  let html = fs.readFileSync(indexPath, 'utf8');
  const wasmName = (html.match(/href="\.\/([^"]+_bg\.wasm)"/) || [])[1];
  const glueName = (html.match(/rel="modulepreload" href="\.\/([^"]+\.js)"/) || [])[1];
  if (!wasmName || !glueName) throw new Error('shrink: index.html does not preload the .wasm and its glue');
  const gluePath = path.join(root, glueName);
  let glue = fs.readFileSync(gluePath, 'utf8');
  const sizes = [];
  if (/__wbg_init/.test(glue) && /["']\.\/[^"']+_bg\.js["']\s*:/.test(glue)) {
    const [w0, g0] = [fs.statSync(path.join(root, wasmName)).size, glue.length];
    glue = minifyNames(path.join(root, wasmName), glue);
    const min = await minify(glue, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
    glue = min.code;
    fs.writeFileSync(gluePath, glue);
    sizes.push(`wasm ${w0} -> ${fs.statSync(path.join(root, wasmName)).size} B, glue ${g0} -> ${glue.length} B`);
  }
  for (const css of fs.readdirSync(root).filter((f) => f.endsWith('.css'))) {
    const p = path.join(root, css);
    const text = fs.readFileSync(p, 'utf8');
    const small = minifyCss(text);
    if (small !== text) {
      fs.writeFileSync(p, small);
      sizes.push(`${css} ${text.length} -> ${small.length} B`);
    }
  }
  // integrity="…" of every local file index.html names.
  html = html.replace(/<(link|script)\b[^>]*>/g, (tag) => {
    const file = (tag.match(/(?:href|src)="\.\/([^"]+)"/) || [])[1];
    if (!file || !/\bintegrity="/.test(tag) || !fs.existsSync(path.join(root, file))) return tag;
    return tag.replace(/integrity="[^"]*"/, `integrity="${sri(fs.readFileSync(path.join(root, file)))}"`);
  });
  fs.writeFileSync(indexPath, html);
  return sizes.length ? `shrunk: ${sizes.join('; ')}` : 'already shrunk';
}
