// The reference page's search (tests/bench/reference/build.mjs bundles it after minisearch's UMD
// build, which defines the global MiniSearch). Deferred: the text is readable before this runs.
// Indexes every passage of the page, then answers each `input` of the box, and at once whatever
// was typed before it ran.
(function () {
  'use strict';
  const box = document.getElementById('q');
  const list = document.querySelector('[aria-label="Search results"]');
  const status = document.getElementById('status');
  const passages = [...document.querySelectorAll('[data-p]')].map((el) => ({
    id: el.id,
    doc: el.closest('article').querySelector('h2').textContent,
    text: el.textContent,
  }));
  // eslint-disable-next-line no-undef
  const index = new MiniSearch({ fields: ['text'], storeFields: ['doc', 'text'] });
  index.addAll(passages);
  const SHOWN = 20;

  function snippet(text, terms) {
    const lower = text.toLowerCase();
    const at = terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? 0;
    const start = Math.max(0, at - 60);
    return (start > 0 ? '…' : '') + text.slice(start, start + 180) + (start + 180 < text.length ? '…' : '');
  }

  function run() {
    const q = box.value.trim();
    const hits = q ? index.search(q, { prefix: true, fuzzy: 0.2, combineWith: 'AND' }) : [];
    const items = hits.slice(0, SHOWN).map((h) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `#${h.id}`;
      a.textContent = h.doc;
      li.append(a, ` — ${snippet(h.text, h.terms)}`);
      return li;
    });
    list.replaceChildren(...items);
    status.textContent = q ? `${hits.length} passage${hits.length === 1 ? '' : 's'} found` : '';
  }

  box.addEventListener('input', run);
  if (box.value) run();
}());
