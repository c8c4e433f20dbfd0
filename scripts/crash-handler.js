// Crash panel for release builds, put at the top of the page's loader by scripts/post-build.mjs
// (and of the single file by scripts/single-file.mjs). Release builds abort on a Rust panic
// (-Cpanic=immediate-abort, scripts/env.sh): no unwinding and no panic hook, the WebAssembly
// trap reaches JavaScript as a RuntimeError. Instead of a frozen or blank page, this shows the
// same panel as the panic hook of debug builds (src/panic_page.rs), with text nodes only.
(() => {
  let shown = false;
  const crash = (error) => {
    if (shown || !(error instanceof WebAssembly.RuntimeError)) return;
    shown = true;
    console.error('Belarus Reader crashed:', error);
    const el = (tag, text) => {
      const e = document.createElement(tag);
      e.textContent = text;
      return e;
    };
    const panel = document.createElement('div');
    panel.setAttribute('role', 'alert');
    panel.className = 'crash';
    const reload = el('button', 'Reload');
    reload.type = 'button';
    reload.addEventListener('click', () => location.reload());
    panel.append(
      el('h1', 'Belarus Reader stopped'),
      el('p', 'Something went wrong inside the reader.'),
      el('p', 'Your search and place are kept in the address bar; reloading brings them back.'),
      reload,
    );
    document.body.replaceChildren(panel);
  };
  addEventListener('error', (e) => crash(e.error));
  addEventListener('unhandledrejection', (e) => crash(e.reason));
})();
