// The search results' list items, kept outside Yew (see src/result_nodes.rs for why). Bound by
// `#[wasm_bindgen(module = "/src/js/results.js")]`; the release build inlines it into the glue
// (scripts/shrink.mjs), which takes only `export function` declarations.
//
// Every text reaches the page as a text node (`textContent`, `append` of a string), never as
// HTML.

// Makes `ol` show the items packed in `packed` (src/result_nodes.rs, `pack`), in order: items
// separated by U+0000; the fields key, doc, href, name, heading and snippet by U+0001; the
// snippet's pieces, unmarked and marked in turn (the first unmarked, maybe empty), by U+0002.
// Each item is
//   <li data-doc><a href><span.result-doc/> <span.result-heading/> <span.snippet/></a></li>
// (no heading: neither it nor its space), the snippet's marked pieces in <mark>. Items are keyed
// by passage (remembered on `ol`): one already shown keeps its element, and its link and snippet
// are set only if they changed; elements already in order are not moved; the rest are removed.
export function sync_results(ol, packed) {
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const items = packed ? packed.split('\u0000').map((s) => s.split('\u0001')) : [];
  const old = ol.__results || new Map();
  const keys = new Set(items.map((f) => f[0]));
  for (const [key, r] of old) if (!keys.has(key)) { r.li.remove(); old.delete(key); }
  const now = new Map();
  let next = null;
  for (let i = items.length - 1; i >= 0; i--) {
    const [key, doc, href, name, heading, snippet] = items[i];
    let r = old.get(key);
    if (!r) {
      const li = el('li');
      li.setAttribute('data-doc', doc);
      const a = el('a');
      a.append(el('span', 'result-doc', name));
      if (heading) a.append(' ', el('span', 'result-heading', heading));
      const s = el('span', 'snippet');
      a.append(' ', s);
      li.append(a);
      r = { li, a, s };
    }
    if (r.href !== href) r.a.setAttribute('href', (r.href = href));
    if (r.snippet !== snippet) {
      r.s.textContent = '';
      snippet.split('\u0002').forEach((t, j) => {
        if (j % 2) r.s.append(el('mark', '', t));
        else if (t) r.s.append(t);
      });
      r.snippet = snippet;
    }
    if (r.li.parentNode !== ol || r.li.nextSibling !== next) ol.insertBefore(r.li, next);
    next = r.li;
    now.set(key, r);
  }
  ol.__results = now;
}
