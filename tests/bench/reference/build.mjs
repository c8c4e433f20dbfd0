// The reference page of the start-up bench (issue 18): both curated documents of content/ as
// plain HTML, readable with HTML and CSS alone, with a small client-side search (minisearch)
// over their passages that shows results as you type. It is what a static page of the same
// text would cost, to compare the reader with; built by the bench, never committed or shipped.
//
//   node tests/bench/reference/build.mjs [OUT_DIR]   (default target/bench/reference/)
//
// Writes index.html (both texts), page.css and search.js (minisearch's UMD build and
// search.src.js, minified with terser). The Markdown is rendered with markdown-it: the front
// matter is dropped (title, author, publisher and date make the byline), `[^N]` endnote
// references become superscript numbers, and a `<!-- caption -->` style marker before a block
// becomes that block's class.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { minify } from 'terser';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..', '..');
export const REFERENCE_DIR = path.join(ROOT, 'target', 'bench', 'reference');
const DOCS = ['rferl', 'heritage'];

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Splits `---` front matter (one `key: value` a line; keys may repeat) from the body. */
export function frontMatter(text) {
  const m = text.match(/^---\n([\s\S]*?)\n---\n/);
  if (!m) return { meta: {}, body: text };
  const meta = {};
  for (const line of m[1].split('\n')) {
    const i = line.indexOf(':');
    if (i > 0) (meta[line.slice(0, i).trim()] ??= []).push(line.slice(i + 1).trim());
  }
  return { meta, body: text.slice(m[0].length) };
}

const md = new MarkdownIt({ html: true, typographer: false });

/** One document as an <article>: heading, byline, and its blocks, each a passage with an id. */
export function renderDoc(id, text) {
  const { meta, body } = frontMatter(text);
  const one = (k) => (meta[k] ? meta[k][0] : '');
  // Endnote references: the notes' texts are not part of the documents, so the number alone.
  const withRefs = body.replace(/\[\^(\d+)\]/g, '<sup class="ref" title="Endnote $1">$1</sup>');
  let html = md.render(withRefs)
    // A style marker (<!-- caption -->) before a block gives that block its class.
    .replace(/<!-- ([a-z-]+) -->\n<(p|ul|ol|blockquote)>/g, '<$2 class="$1">')
    .replace(/<h2>/g, '<h3>').replace(/<\/h2>/g, '</h3>');
  let n = 0;
  html = html.replace(/<(p|li|h3)( class="[^"]*")?>/g, (_, tag, cls = '') => {
    n += 1;
    return `<${tag}${cls} id="${id}-${n}" data-p>`;
  });
  const byline = [one('author'), one('publisher'), one('date')].filter(Boolean).map(esc).join(' · ');
  return `<article id="${id}" aria-labelledby="${id}-title">
<h2 id="${id}-title">${esc(one('title'))}</h2>
<p class="byline">${byline}</p>
${html}</article>`;
}

/** The whole page. */
export function renderPage(docs) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Read and search two documents on U.S.–Belarus–Russia relations (the start-up bench's reference page).">
<title>Belarus Reader (reference page)</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="page.css">
<script src="search.js" defer></script>
</head>
<body>
<header>
<h1>Belarus Reader <span class="muted">(reference page)</span></h1>
<form role="search" class="search">
<label for="q">Search both documents</label>
<input id="q" type="search" autocomplete="off" spellcheck="false" placeholder="e.g. Lukashenko">
</form>
<p id="status" class="muted" role="status"></p>
<ol aria-label="Search results" class="results"></ol>
</header>
<main>
${docs.join('\n')}
</main>
</body>
</html>
`;
}

const CSS = `:root { color-scheme: light dark; --fg: light-dark(#1d1d1b, #e6e3dc); --bg: light-dark(#fbfaf7, #16181b);
  --muted: light-dark(#595650, #aaa59b); --accent: light-dark(#1c4f8a, #8cb8f0); --line: light-dark(#d9d5cc, #3a3d42); }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 40rem; padding: 1rem; font: 1.0625rem/1.55 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 1.3rem; margin: 0 0 .75rem; }
h2 { font-size: 1.25rem; line-height: 1.3; margin: 2rem 0 .25rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
.muted, .byline, .caption, .author-note, .publisher-notice { color: var(--muted); }
.caption, .author-note, .publisher-notice { font-size: .9rem; }
.search label { display: block; font-weight: 600; margin-bottom: .25rem; }
.search input { width: 100%; font: inherit; padding: .5rem .6rem; border: 1px solid var(--line); border-radius: 4px; }
.results { padding-left: 1.25rem; margin: .25rem 0 0; }
.results li { margin: .4rem 0; font-size: .95rem; }
.results a { color: var(--accent); }
sup.ref { font-size: .7em; color: var(--muted); }
article { border-top: 1px solid var(--line); margin-top: 1.5rem; }
`;

/** Builds the page into `out` (default target/bench/reference/); returns the directory. */
export async function buildReference(out = REFERENCE_DIR) {
  fs.mkdirSync(out, { recursive: true });
  const docs = DOCS.map((id) => renderDoc(id, fs.readFileSync(path.join(ROOT, 'content', `${id}.md`), 'utf8')));
  fs.writeFileSync(path.join(out, 'index.html'), renderPage(docs));
  fs.writeFileSync(path.join(out, 'page.css'), CSS);
  const umd = fs.readFileSync(path.join(ROOT, 'node_modules', 'minisearch', 'dist', 'umd', 'index.js'), 'utf8');
  const app = fs.readFileSync(path.join(HERE, 'search.src.js'), 'utf8');
  const js = await minify(`${umd}\n${app}`, { compress: true, mangle: true, format: { comments: false } });
  fs.writeFileSync(path.join(out, 'search.js'), js.code);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = await buildReference(process.argv[2] ? path.resolve(process.argv[2]) : REFERENCE_DIR);
  console.log(`reference page written to ${path.relative(process.cwd(), out) || '.'}`);
}
