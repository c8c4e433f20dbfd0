// The footnote popover (src/note_popover.rs says why it is built here and what it is given):
// its DOM, its place next to its marker, focus in and out, and what closes it. Bound by
// `#[wasm_bindgen(module = "/src/js/popover.js")]`; the release build inlines it into the glue
// (scripts/shrink.mjs), which takes only `export function` declarations.
//
// Every text reaches the page as a text node (`textContent`, `append` of a string), never as
// HTML. The app's state says which note is open; this module never closes a popover on its own:
// what would close one (Esc, Tab out of it, focus or a pointer going elsewhere) clicks its
// close button, whose click the app's page listener turns into the state's "close".

// The open popover: { pop, marker, back (return focus to the marker on close), off (its
// listeners' removal) }, or null.
let open = null;

// Shows the popover packed in `packed` (src/note_popover.rs, `pack`) for the marker with id
// `marker`, replacing the one shown; a preview (hover) does not take focus. An empty `packed`
// only removes the popover shown: focus returns to its marker unless the popover was a preview
// or focus had left it for somewhere else. Fields by U+0001:
// title, notes-section href, the supported sentence and the note's text (both empty: the note is
// not in the document), the "Also in" heading (empty: none); then, after U+0000, the related
// passages, separated by U+0000, each its block id and U+0001 and its text's pieces,
// unmarked and marked in turn, separated by U+0002.
//   <div#note-popover.popover role=dialog [data-preview]>
//     <div.popover-body role=doc-footnote><h2#note-popover-title.popover-title/>
//       <p.supports><span.label/><q/></p><p.honest-note/> | <p/>
//       [<h3.also-in/><ul.also-in-list><li><a href data-related-note>…</a></li>…</ul>]
//       <p.popover-links><a href/></p></div>
//     <button.popover-close/></div>
export function set_note(packed, marker, preview) {
  if (open) {
    const { pop, back, off } = open;
    off();
    pop.remove();
    if (back) document.getElementById(open.marker)?.focus();
    open = null;
  }
  if (!packed) return;
  const el = (tag, attrs, ...kids) => {
    const e = document.createElement(tag);
    for (const k in attrs) e.setAttribute(k, attrs[k]);
    e.append(...kids);
    return e;
  };
  const [main, ...related] = packed.split('\u0000');
  const [title, notes, sentence, text, alsoIn] = main.split('\u0001');
  const body = el('div', { role: 'doc-footnote', class: 'popover-body' },
    el('h2', { id: 'note-popover-title', class: 'popover-title' }, title));
  if (sentence || text) {
    body.append(el('p', { class: 'supports' }, el('span', { class: 'label' }, 'Supports: '), el('q', {}, sentence)),
      el('p', { class: 'honest-note' }, text));
  } else {
    body.append(el('p', {}, 'This note is not in the document.'));
  }
  if (alsoIn) {
    body.append(el('h3', { class: 'also-in' }, alsoIn), el('ul', { class: 'also-in-list' }, ...related.map((r) => {
      const [block, pieces] = r.split('\u0001');
      const a = el('a', { href: `#/${block}`, 'data-related-note': block });
      pieces.split('\u0002').forEach((t, j) => {
        if (j % 2) a.append(el('mark', {}, t));
        else if (t) a.append(t);
      });
      return el('li', {}, a);
    })));
  }
  body.append(el('p', { class: 'popover-links' }, el('a', { href: notes }, 'Go to the notes section')));
  const close = el('button', { type: 'button', class: 'popover-close', 'aria-label': 'Close note' }, '×');
  const pop = el('div', { id: 'note-popover', class: 'popover', role: 'dialog', 'aria-labelledby': 'note-popover-title', tabindex: '-1' },
    body, close);
  if (preview) pop.setAttribute('data-preview', '');
  (document.querySelector('.app') || document.body).append(pop);

  const now = { pop, marker, back: !preview };
  const shut = () => close.click();
  const outside = (node) => !pop.contains(node) && !document.getElementById(marker)?.contains(node);
  // Below the marker (above it if there is no room), inside the viewport; kept there when a
  // pane scrolls. Shown once placed.
  const place = () => {
    const m = document.getElementById(marker)?.getBoundingClientRect();
    if (!m) return;
    const [vw, vh, margin] = [innerWidth, innerHeight, 8];
    const [w, h] = [pop.offsetWidth, pop.offsetHeight];
    const left = Math.min(Math.max(m.left + m.width / 2 - w / 2, margin), Math.max(vw - w - margin, margin));
    const below = m.bottom + 6;
    const top = below + h + margin <= vh || m.top - h - 6 < margin
      ? Math.min(below, Math.max(vh - h - margin, margin))
      : m.top - h - 6;
    pop.style.left = `${Math.round(left)}px`;
    pop.style.top = `${Math.round(top)}px`;
    pop.style.visibility = 'visible';
    pop.setAttribute('data-placed', '');
  };
  // Focus going out of the popover and its marker closes it and stays where it went.
  const onFocusOut = (e) => {
    if (e.relatedTarget && outside(e.relatedTarget)) {
      now.back = false;
      shut();
    }
  };
  const onDown = (e) => {
    if (!e.target || outside(e.target)) shut();
  };
  // Esc closes. Tab past the last control, or Shift+Tab before the first, closes too and puts
  // focus back on the marker, so reading goes on from there (the popover is not in the text's
  // tab order, being at the end of the page).
  const onKey = (e) => {
    let leaving = false;
    if (e.key === 'Tab') {
      const controls = pop.querySelectorAll('a[href], button');
      const active = document.activeElement;
      const n = controls.length;
      leaving = e.shiftKey ? active === pop || active === controls[0] : n === 0 || active === controls[n - 1];
    }
    if (e.key === 'Escape' || leaving) {
      e.preventDefault();
      e.stopPropagation();
      shut();
    }
  };
  const capture = { capture: true, passive: true };
  document.addEventListener('scroll', place, capture);
  document.addEventListener('pointerdown', onDown);
  pop.addEventListener('focusout', onFocusOut);
  pop.addEventListener('keydown', onKey);
  now.off = () => {
    document.removeEventListener('scroll', place, capture);
    document.removeEventListener('pointerdown', onDown);
  };
  open = now;
  place();
  if (!preview) pop.focus();
}
