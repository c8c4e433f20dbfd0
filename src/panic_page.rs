//! Instead of a blank page: a clear error with a reload control, and the error in the console.
//!
//! The page has a second crash panel, `scripts/crash-handler.js`, with the same markup and
//! words, and both are needed: that one runs before the WASM and catches a WebAssembly trap,
//! which is what a panic is in a release build (it aborts at once, with no hook and no Rust left
//! to run); this one shows the errors the Rust side handles itself (the embedded data failing
//! to load, [`show`]) and, in debug builds, the panic hook's message ([`install`]). The Rust
//! side cannot call the script's panel: component tests run without the page's loader.

use wasm_bindgen::JsCast;

/// Installs a panic hook that logs the panic and shows [`show`]'s message. Only in debug
/// builds: release builds abort on a panic without calling a hook, so it would be dead code.
pub fn install() {
    #[cfg(debug_assertions)]
    std::panic::set_hook(Box::new(|info| {
        let msg = info.to_string();
        web_sys::console::error_1(&format!("Belarus Reader crashed: {msg}").into());
        show("Something went wrong inside the reader.");
    }));
}

/// Replaces the page with an error message and a reload button. Built with DOM calls and text
/// nodes only (no HTML strings), so it works whatever the message contains.
pub fn show(message: &str) {
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        show_in(&body, message);
    }
}

/// Like [`show`], replacing the content of `root` instead of the whole page.
pub fn show_in(root: &web_sys::Element, message: &str) {
    let Some(doc) = root.owner_document() else {
        return;
    };
    let body = root;
    let Ok(panel) = doc.create_element("div") else {
        return;
    };
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("class", "crash");
    let add = |tag: &str, text: &str| {
        if let Ok(el) = doc.create_element(tag) {
            el.set_text_content(Some(text));
            let _ = panel.append_child(&el);
            Some(el)
        } else {
            None
        }
    };
    add("h1", "Belarus Reader stopped");
    add("p", message);
    add(
        "p",
        "Your search and place are kept in the address bar; reloading brings them back.",
    );
    if let Some(button) = add("button", "Reload") {
        let _ = button.set_attribute("type", "button");
        let reload = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        let _ = button.add_event_listener_with_callback("click", reload.as_ref().unchecked_ref());
        reload.forget();
    }
    body.set_text_content(None);
    let _ = body.append_child(&panel);
}
