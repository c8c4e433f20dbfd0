// The size pass of the post-build hook (scripts/post-build.mjs), on a Trunk release build:
// 1. Import and export names. wasm-bindgen names each import after its Rust path plus a
//    16-hex-digit hash (`__wbg_activeElement_6c30fe7fda33ef51`), and both the .wasm and its JS
//    glue carry every name: about 10 KB of text that gzip cannot shrink much. binaryen's
//    `--minify-imports-and-exports-and-modules` renames them in the .wasm ("a", "b", …); the
//    glue is rewritten to match, from the old -> new list binaryen prints (checked against the
//    imports and exports read back with WebAssembly.Module: same order, same kinds).
// 2. The glue, with wasm-bindgen's snippets (`inline_js`) inlined into it, minified by terser
//    (mangled locals, compressed), and the stylesheets stripped of comments and spaces (outside
//    quoted strings).
// 3. Each rewritten file renamed after a hash of its new bytes (so no cache can pair new HTML
//    with old bytes under the old name), and every `integrity` attribute in index.html
//    recomputed for the files it names.
// Runs once per build, on release builds only (a debug build keeps its names for stack traces):
// a glue without wasm-bindgen's `__wbg_init` has been shrunk already.
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { minify } from 'terser';

const WASM_FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue'];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const word = (name) => `(?<![\\w$])${escape(name)}(?![\\w$])`;

/**
 * Renames imports and exports of the .wasm at `wasmPath` into `tmp` and returns the glue
 * rewritten to match (the caller writes both).
 */
function minifyNames(wasmPath, tmp, glue) {
  const before = new WebAssembly.Module(fs.readFileSync(wasmPath));
  const printed = execFileSync('wasm-opt', [...WASM_FEATURES, '--minify-imports-and-exports-and-modules', wasmPath, '-o', tmp],
    { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 << 20 });
  const map = JSON.parse(printed.slice(printed.indexOf('{')));
  const after = new WebAssembly.Module(fs.readFileSync(tmp));
  const [oldImports, newImports] = [WebAssembly.Module.imports(before), WebAssembly.Module.imports(after)];
  const [oldExports, newExports] = [WebAssembly.Module.exports(before), WebAssembly.Module.exports(after)];
  // binaryen's list must say what the two modules say: same order, same kinds, same names.
  const importTo = new Map(map.imports.map(([, from, to]) => [from, to]));
  const exportTo = new Map(map.exports.map(([from, to]) => [from, to]));
  const agrees = oldImports.length === newImports.length && oldExports.length === newExports.length
    && oldImports.every((o, i) => o.kind === newImports[i].kind && importTo.get(o.name) === newImports[i].name)
    && oldExports.every((o, i) => o.kind === newExports[i].kind && exportTo.get(o.name) === newExports[i].name);
  if (!agrees) throw new Error('shrink: binaryen\'s name list does not match the renamed module');
  const modules = new Map(oldImports.map((o, i) => [o.module, newImports[i].module]));
  if (modules.size !== 1) throw new Error(`shrink: ${modules.size} import modules (wasm-bindgen snippets?); only one is supported`);
  let out = glue;
  // The module name: "./belarus-reader_bg.js": import0 -> "a": import0.
  for (const [from, to] of modules) {
    const quoted = new RegExp(`(["'])${escape(from)}\\1(?=\\s*:)`, 'g');
    if (!quoted.test(out)) throw new Error(`shrink: the glue does not name the import module ${from}`);
    out = out.replace(quoted, JSON.stringify(to));
  }
  // Import functions are keys of the import object: `__wbg_now_…: function(…)`.
  for (const [from, to] of importTo) {
    const key = new RegExp(`${word(from)}(?=\\s*:)`, 'g');
    if (!key.test(out)) throw new Error(`shrink: import ${from} not found in the glue`);
    out = out.replace(key, JSON.stringify(to));
  }
  // Exports are read as `wasm.NAME`.
  for (const [from, to] of exportTo) {
    out = out.replace(new RegExp(`(?<![\\w$])wasm\\.${escape(from)}(?![\\w$])`, 'g'), () => `wasm[${JSON.stringify(to)}]`);
  }
  // (The glue's own wrapper functions may share an export's name; terser renames those.)
  const leftover = oldImports.find((o) => new RegExp(`${word(o.name)}\\s*:`).test(out))
    || oldExports.find((o) => new RegExp(`(?<![\\w$])wasm\\.${escape(o.name)}(?![\\w$])`).test(out));
  if (leftover) throw new Error(`shrink: ${leftover.name} is still in the glue`);
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

/** The `integrity` value of `bytes`. */
export const sri = (bytes, alg = 'sha384') => `${alg}-${crypto.createHash(alg).update(bytes).digest('base64')}`;

/** `name` with Trunk's 16-hex-digit content hash replaced by `hash` (unchanged if it has none). */
const rehash = (name, hash) => name.replace(/-[0-9a-f]{8,20}(?=(_bg)?\.(js|wasm|css)$)/, `-${hash}`);
/** 16 hex digits of the SHA-256 of `parts`, for file names. */
export const digest = (...parts) => parts.reduce((h, p) => h.update(p), crypto.createHash('sha256')).digest('hex').slice(0, 16);

/** Whether this is a build the size pass applies to (release, or a directory given by hand). */
export const sizeBuild = () => !process.env.TRUNK_PROFILE || process.env.TRUNK_PROFILE === 'release';

/** `html` without comments and without the whitespace between tags (none of its text needs it). */
export function minifyHtml(html) {
  return html.replace(/<!--[\s\S]*?-->/g, '').replace(/>\s+</g, '><').trim();
}

/**
 * The glue with wasm-bindgen's snippets (`inline_js`) inlined: each
 * `import { a as b } from "./snippets/…"` becomes the snippet's code in a function scope, its
 * exports bound to the glue's names. `read(path)` gives a snippet's text. Returns the new glue
 * and the snippet paths it inlined.
 */
export function inlineSnippets(glue, read) {
  const inlined = [];
  const out = glue.replace(/import\s*\{([^}]*)\}\s*from\s*["'](\.\/snippets\/[^"']+\.js)["'];?/g, (_, names, file) => {
    const code = read(file).replace(/\r\n?/g, '\n');
    const exported = [...code.matchAll(/^\s*export\s+function\s+([\w$]+)/gm)].map((m) => m[1]);
    if (/^\s*(import\b|export\b(?!\s+function\s))/m.test(code)) throw new Error(`${file}: only \`export function\` snippets are supported`);
    const binds = names.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
      const [from, to = from] = s.split(/\s+as\s+/);
      if (!exported.includes(from)) throw new Error(`${file} does not export ${from}`);
      return `${from}: ${to}`;
    });
    inlined.push(file);
    return `const { ${binds.join(', ')} } = (() => {\n${code.replace(/^(\s*)export\s+(?=function\s)/gm, '$1')}\nreturn { ${exported.join(', ')} };\n})();\n`;
  });
  return { glue: out, inlined };
}

/** The loader's prelude, without the scripts' leading comments (they stay in the sources): the
 * crash panel (scripts/crash-handler.js), which must listen before the app starts, then the keys
 * kept before the app runs (scripts/early-input.js). It goes first in the loader and in the
 * single file. */
export const loaderPrelude = () => ['./crash-handler.js', './early-input.js']
  .map((f) => fs.readFileSync(new URL(f, import.meta.url), 'utf8').replace(/^(\/\/.*\n)+/, ''))
  .join('');

/** JavaScript minified by terser; `module` for an ES module (the service worker is not one). */
export async function minifyScript(code, module = false) {
  return (await minify(code, { module, compress: { passes: 2 }, mangle: true, format: { comments: false } })).code;
}

/** The size pass on the build in `root`; returns a line for the log. */
export async function shrink(root) {
  if (!sizeBuild()) return 'not shrunk (debug build)';
  const indexPath = path.join(root, 'index.html');
  let html = fs.readFileSync(indexPath, 'utf8');
  const wasmName = (html.match(/href="\.\/([^"]+_bg\.wasm)"/) || [])[1];
  const glueName = (html.match(/rel="modulepreload" href="\.\/([^"]+\.js)"/) || [])[1];
  if (!wasmName || !glueName) throw new Error('shrink: index.html does not preload the .wasm and its glue');
  const [wasmPath, gluePath] = [path.join(root, wasmName), path.join(root, glueName)];
  let glue = fs.readFileSync(gluePath, 'utf8');
  const sizes = [];
  const renames = [];
  if (/__wbg_init/.test(glue)) {
    if (!/["']\.\/[^"']+_bg\.js["']\s*:/.test(glue)) throw new Error('shrink: the glue has an unexpected shape (no "./…_bg.js": import object)');
    const [w0, g0] = [fs.statSync(wasmPath).size, glue.length];
    // wasm-bindgen's snippets go into the glue: one file, one request and one preload fewer.
    const snippets = inlineSnippets(glue, (f) => fs.readFileSync(path.join(root, f), 'utf8'));
    glue = snippets.glue;
    const tmp = `${wasmPath}.min`;
    try {
      glue = minifyNames(wasmPath, tmp, glue);
      glue = (await minify(glue, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } })).code;
      // Both written only once both are ready: never a renamed .wasm beside an old glue.
      fs.writeFileSync(gluePath, glue);
      fs.renameSync(tmp, wasmPath);
      for (const f of snippets.inlined) {
        fs.rmSync(path.join(root, f));
        html = html.replace(new RegExp(`<link rel="modulepreload" href="${escape(f)}"[^>]*>`), '');
      }
      fs.rmSync(path.join(root, 'snippets'), { recursive: true, force: true });
    } finally {
      fs.rmSync(tmp, { force: true });
    }
    sizes.push(`wasm ${w0} -> ${fs.statSync(wasmPath).size} B, glue ${g0} -> ${glue.length} B`);
    // The glue and its .wasm share one name hash: of both new files.
    const hash = digest(fs.readFileSync(gluePath), fs.readFileSync(wasmPath));
    renames.push([glueName, rehash(glueName, hash)], [wasmName, rehash(wasmName, hash)]);
  }
  for (const css of fs.readdirSync(root).filter((f) => f.endsWith('.css'))) {
    const p = path.join(root, css);
    const text = fs.readFileSync(p, 'utf8');
    const small = minifyCss(text);
    if (small !== text) {
      fs.writeFileSync(p, small);
      sizes.push(`${css} ${text.length} -> ${small.length} B`);
      renames.push([css, rehash(css, digest(small))]);
    }
  }
  for (const [from, to] of renames) {
    if (from === to) continue;
    fs.renameSync(path.join(root, from), path.join(root, to));
    html = html.split(from).join(to);
  }
  // integrity="…" of every local file index.html names.
  html = html.replace(/<(link|script)\b[^>]*>/g, (tag) => {
    const file = (tag.match(/(?:href|src)="\.\/([^"]+)"/) || [])[1];
    if (!file || !/\bintegrity="/.test(tag) || !fs.existsSync(path.join(root, file))) return tag;
    return tag.replace(/integrity="[^"]*"/, `integrity="${sri(fs.readFileSync(path.join(root, file)))}"`);
  });
  const small = minifyHtml(html);
  if (small !== html) sizes.push(`index.html ${html.length} -> ${small.length} B`);
  fs.writeFileSync(indexPath, small);
  return sizes.length ? `shrunk: ${sizes.join('; ')}` : 'already shrunk';
}
