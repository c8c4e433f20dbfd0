// The search box's text, read for the app (src/hooks/listeners.rs): in the page's `input`
// listener, and once as the app starts. Bound by `#[wasm_bindgen(module = "/src/js/search_input.js")]`;
// the release build inlines it into the glue (scripts/shrink.mjs), which takes only
// `export function` declarations.

// The text of the element the `input` event `e` came from, if its id is `id`, else undefined:
// one call into JavaScript per keystroke instead of one per property read through web-sys.
export function search_text(e, id) {
  const t = e.target;
  return t && t.id === id && typeof t.value === 'string' ? t.value : undefined;
}

// What the search box holds when the app starts listening, if anything: its own text (typed,
// pasted or restored by the browser before the app listened) with the keys kept by the loader's
// early script (scripts/early-input.js) appended, which this ends; the box gets the focus a "/"
// pressed before asked for. Undefined when there is no box with id `id`.
export function take_early_input(id) {
  const early = globalThis.__earlyInput;
  if (early) {
    early.stop();
    delete globalThis.__earlyInput;
  }
  const box = document.getElementById(id);
  if (!box) return undefined;
  if (early && early.focus) {
    box.value += early.text;
    box.focus();
  }
  return box.value;
}
