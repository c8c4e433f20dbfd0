// Reading the search box's text in the page's `input` listener (src/hooks/listeners.rs). Bound
// by `#[wasm_bindgen(module = "/src/js/search_input.js")]`; the release build inlines it into
// the glue (scripts/shrink.mjs), which takes only `export function` declarations.

// The text of the element the `input` event `e` came from, if its id is `id`, else undefined:
// one call into JavaScript per keystroke instead of one per property read through web-sys.
export function search_text(e, id) {
  const t = e.target;
  return t && t.id === id && typeof t.value === 'string' ? t.value : undefined;
}
