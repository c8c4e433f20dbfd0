// The entries of the index of names, kept outside Yew (see src/index_nodes.rs for why). Bound
// by `#[wasm_bindgen(module = "/src/js/name_index.js")]`; the release build inlines it into the
// glue (scripts/shrink.mjs), which takes only `export function` declarations.
//
// Every text reaches the page as a text node (`textContent`, `append` of a string), never as
// HTML.

// Makes `root` show the index `json` (src/index_nodes.rs, `index_json`): kinds
// [label, word, entries], each entry [id, name, also, mark href, says, mentions], says
// [document, href, quote], mentions [document id, summary, [[href, label], …]]. Each kind is
//   <section.index-kind><h3 id=index-WORD/><ul.index-entries>…</ul></section>
// and each entry
//   <li id=entity-ID data-entity=ID tabindex=-1><h4.entity-name/><p.entity-spellings/>
//     <a.entity-mark/><ul.entity-says><li>DOC: <a>“QUOTE”</a></li></ul>
//     <p.entity-mentions data-doc>SUMMARY <a aria-label>1</a> <a>2</a>…</p></li>
// Built once per `json`; then only the chosen entry changes: its `data-chosen`, and its mark
// link, which says "Clear marks" and leads to `clear` instead of marking. With a `passage`
// (block id), "Names in this passage" comes first:
//   <section#index-passage tabindex=-1><h3/><p><a href=#/BLOCK>LABEL</a></p>
//     <ul.passage-names><li><a href=MARK HREF>NAME</a></li>…</ul></section>
// listing, A–Z by kind, the entries with a mention link to the passage.
export function sync_index(root, json, chosen, clear, passage, label) {
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const link = (href, text) => {
    const a = el('a', '', text);
    a.setAttribute('href', href);
    return a;
  };
  if (root.__json !== json) {
    root.textContent = '';
    root.__kinds = JSON.parse(json);
    for (const [heading, word, entries] of root.__kinds) {
      const section = el('section', 'index-kind');
      section.setAttribute('aria-labelledby', `index-${word}`);
      const h = el('h3', '', heading);
      h.id = `index-${word}`;
      const ul = el('ul', 'index-entries');
      section.append(h, ul);
      for (const [id, name, also, href, says, mentions] of entries) {
        const li = el('li');
        li.id = `entity-${id}`;
        li.setAttribute('data-entity', id);
        li.tabIndex = -1;
        li.append(el('h4', 'entity-name', name));
        if (also) li.append(el('p', 'entity-spellings', also));
        const mark = el('a', 'entity-mark');
        mark.__href = href;
        mark.__name = name;
        li.append(mark);
        if (says.length) {
          const list = el('ul', 'entity-says');
          list.setAttribute('aria-label', `How the sources describe ${name}`);
          for (const [doc, to, quote] of says) {
            const item = el('li', '', `${doc}: `);
            item.append(link(to, `“${quote}”`));
            list.append(item);
          }
          li.append(list);
        }
        for (const [doc, summary, links] of mentions) {
          const p = el('p', 'entity-mentions', summary);
          p.setAttribute('data-doc', doc);
          links.forEach(([to, label], n) => {
            const a = link(to, String(n + 1));
            a.setAttribute('aria-label', label);
            p.append(' ', a);
          });
          li.append(p);
        }
        ul.append(li);
      }
      root.append(section);
    }
    root.__json = json;
    // Nothing chosen yet, not even none (`chosen` is undefined without an entry).
    root.__chosen = false;
    root.__passage = undefined;
  }
  if (root.__passage !== passage) {
    root.__passage = passage;
    root.querySelector('#index-passage')?.remove();
    if (passage) {
      const section = el('section', 'index-passage');
      section.id = 'index-passage';
      section.tabIndex = -1;
      section.setAttribute('aria-labelledby', 'index-passage-title');
      const h = el('h3', '', 'Names in this passage');
      h.id = 'index-passage-title';
      const p = el('p');
      p.append(link(`#/${passage}`, label));
      const ul = el('ul', 'passage-names');
      for (const [, , entries] of root.__kinds) {
        for (const [, name, , href, , mentions] of entries) {
          if (mentions.some(([, , links]) => links.some(([to]) => to === `#/${passage}`))) {
            const li = el('li');
            li.append(link(href, name));
            ul.append(li);
          }
        }
      }
      if (!ul.firstChild) ul.append(el('li', '', 'The index names no one in this passage.'));
      section.append(h, p, ul);
      root.prepend(section);
    }
  }
  if (root.__chosen === chosen) return;
  root.__chosen = chosen;
  for (const mark of root.querySelectorAll('a.entity-mark')) {
    const li = mark.parentNode;
    const on = li.getAttribute('data-entity') === chosen;
    li.toggleAttribute('data-chosen', on);
    mark.setAttribute('href', on ? clear : mark.__href);
    mark.textContent = on ? 'Clear marks' : 'Mark mentions';
    mark.append(el('span', 'visually-hidden', ` of ${mark.__name}`));
  }
}
