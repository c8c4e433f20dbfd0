//! Embed mode (`#/?embed` inside an `<iframe>`): tells the host page how tall the reader's
//! content is, so it can size the frame. The message, posted to `window.parent` on start and
//! whenever the height changes, is `{type: "belarus-reader:height", height}` (CSS pixels): the
//! frame height at which nothing inside the reader would need to scroll. The reader listens to
//! keys only inside its own document, so the host page's key presses stay the host's.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Window};

use crate::dom;

/// The message type hosts listen for.
pub const HEIGHT_MESSAGE: &str = "belarus-reader:height";
/// Changes are coalesced over this many milliseconds.
const SETTLE_MS: u32 = 50;

/// The parent window when this page is framed, else `None`.
fn parent_frame(window: &Window) -> Option<Window> {
    let parent = window.parent().ok().flatten()?;
    let own: &wasm_bindgen::JsValue = window.as_ref();
    (!js_sys::Object::is(parent.as_ref(), own)).then_some(parent)
}

/// The height the frame needs so that nothing inside scrolls: the page's height plus what its
/// scrolling panes hide.
pub fn content_height(window: &Window) -> i32 {
    let Some(doc) = window.document() else {
        return 0;
    };
    let Some(root) = doc.document_element() else {
        return 0;
    };
    let mut hidden = 0;
    if let Ok(panes) = doc.query_selector_all("[data-pane]") {
        for i in 0..panes.length() {
            if let Some(el) = panes.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                hidden = hidden.max(el.scroll_height() - el.client_height());
            }
        }
    }
    root.scroll_height() + hidden.max(0)
}

/// Starts posting the content height when the page is an embedded reader in a frame.
pub fn init() {
    let Some(window) = dom::window() else { return };
    if !reader_route::Route::parse(&dom::current_fragment()).embed {
        return;
    }
    let Some(parent) = parent_frame(&window) else {
        return;
    };
    let Some(doc) = window.document() else { return };

    let last = Rc::new(Cell::new(-1));
    let pending = Rc::new(Cell::new(false));
    let post = {
        let window = window.clone();
        move || {
            let height = content_height(&window);
            if height == last.get() {
                return;
            }
            last.set(height);
            let msg = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&msg, &"type".into(), &HEIGHT_MESSAGE.into());
            let _ = js_sys::Reflect::set(&msg, &"height".into(), &height.into());
            // The height is not secret, and the host's origin is not known: any origin may read it.
            let _ = parent.post_message(&msg, "*");
        }
    };
    let post = Rc::new(post);
    let schedule = {
        let post = post.clone();
        move || {
            if pending.replace(true) {
                return;
            }
            let post = post.clone();
            let pending = pending.clone();
            gloo_timers::callback::Timeout::new(SETTLE_MS, move || {
                pending.set(false);
                post();
            })
            .forget();
        }
    };
    let changed = Closure::<dyn Fn()>::new(schedule);
    let f: &js_sys::Function = changed.as_ref().unchecked_ref();

    // Size changes of the page, and every render (the panes' content changes inside them).
    if let (Ok(resize), Some(root)) = (web_sys::ResizeObserver::new(f), doc.document_element()) {
        resize.observe(&root);
    }
    if let (Ok(mutations), Some(body)) = (web_sys::MutationObserver::new(f), doc.body()) {
        let opts = web_sys::MutationObserverInit::new();
        opts.set_child_list(true);
        opts.set_subtree(true);
        opts.set_character_data(true);
        let _ = mutations.observe_with_options(&body, &opts);
    }
    let _ = window.add_event_listener_with_callback("load", f);
    changed.forget();
    post();
}
