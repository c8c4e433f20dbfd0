// Keys pressed before the app runs (issue 18), put into the page's loader after the crash panel by
// scripts/post-build.mjs (and into the single file by scripts/single-file.mjs): the loader runs
// before the WASM has arrived, while the app's "/" shortcut and its search box are not there yet.
// "/" (outside a text field) starts keeping what follows: printable keys, Backspace, a paste; Esc
// forgets it. The app takes the kept text over when it starts (`take_early_input` in
// src/js/search_input.js: appended to the box, which gets the focus "/" asked for) and ends this.
(() => {
  const early = { text: '', focus: false };
  const inField = (t) => t instanceof Element && (t.matches('input, textarea, select') || t.isContentEditable);
  const onKey = (e) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing || inField(e.target)) return;
    if (!early.focus) {
      if (e.key !== '/') return;
      early.focus = true;
    } else if ([...e.key].length === 1) early.text += e.key;
    else if (e.key === 'Backspace') early.text = early.text.slice(0, -1);
    else if (e.key === 'Escape') Object.assign(early, { text: '', focus: false });
    else return;
    e.preventDefault();
  };
  const onPaste = (e) => {
    if (!early.focus || inField(e.target)) return;
    early.text += e.clipboardData?.getData('text/plain') ?? '';
    e.preventDefault();
  };
  addEventListener('keydown', onKey, true);
  addEventListener('paste', onPaste, true);
  early.stop = () => {
    removeEventListener('keydown', onKey, true);
    removeEventListener('paste', onPaste, true);
  };
  globalThis.__earlyInput = early;
})();
