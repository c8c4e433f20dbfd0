//! Small, failure-tolerant wrappers over browser APIs. Every function here does nothing
//! (rather than panicking) when an API is missing, e.g. storage in a sandboxed iframe.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// The window, if any.
pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The element with this id.
pub fn element(id: &str) -> Option<Element> {
    window()?.document()?.get_element_by_id(id)
}

/// The current fragment (`#…`), or empty.
pub fn current_fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Replaces the fragment without adding a history entry (typing a query).
pub fn replace_fragment(fragment: &str) {
    if let Some(h) = window().and_then(|w| w.history().ok()) {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
    }
}

/// Sets the fragment with a new history entry (opening a passage, changing the view).
pub fn push_fragment(fragment: &str) {
    if current_fragment() == fragment {
        return;
    }
    if let Some(h) = window().and_then(|w| w.history().ok()) {
        let _ = h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
    }
}

/// Scrolls the element into view (centred) and flashes it.
pub fn scroll_to_and_flash(id: &str, focus: bool) -> bool {
    let Some(el) = element(id) else { return false };
    // Scroll the pane that holds the passage, centring it; never the page itself, which in an
    // iframe would scroll the host page too.
    match el.closest(".pane").ok().flatten() {
        Some(pane) => {
            let (p, r) = (
                pane.get_bounding_client_rect(),
                el.get_bounding_client_rect(),
            );
            let offset = r.top() - p.top() - (p.height() - r.height().min(p.height())) / 2.0;
            pane.set_scroll_top(pane.scroll_top() + offset.round() as i32);
        }
        None => {
            let opts = web_sys::ScrollIntoViewOptions::new();
            opts.set_block(web_sys::ScrollLogicalPosition::Center);
            el.scroll_into_view_with_scroll_into_view_options(&opts);
        }
    }
    let cl = el.class_list();
    let _ = cl.remove_1("flash");
    // Force a reflow so the animation restarts when the same passage is opened twice.
    if let Some(h) = el.dyn_ref::<HtmlElement>() {
        let _ = h.offset_width();
    }
    let _ = cl.add_1("flash");
    if focus {
        if let Some(h) = el.dyn_ref::<HtmlElement>() {
            let opts = web_sys::FocusOptions::new();
            opts.set_prevent_scroll(true);
            let _ = h.focus_with_options(&opts);
        }
    }
    true
}

/// Moves keyboard focus to the element with this id.
pub fn focus(id: &str) {
    if let Some(el) = element(id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Reads a value from `localStorage`.
pub fn load(key: &str) -> Option<String> {
    window()?.local_storage().ok()??.get_item(key).ok()?
}

/// Writes a value to `localStorage` (ignored where storage is unavailable).
pub fn store(key: &str, value: &str) {
    if let Some(s) = window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = s.set_item(key, value);
    }
}

/// Runs `f` in the first task after the next animation frame, i.e. after the next paint (at
/// once if the page has no window).
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    let Some(w) = window() else {
        f();
        return;
    };
    let frame = wasm_bindgen::closure::Closure::once_into_js(move || {
        gloo_timers::callback::Timeout::new(0, f).forget();
    });
    let _ = w.request_animation_frame(frame.unchecked_ref());
}

/// `performance.now()`, in milliseconds, if the page has a clock.
pub fn now() -> Option<f64> {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
}

/// Sets an attribute on `<html>`.
pub fn set_root_attribute(name: &str, value: &str) {
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute(name, value);
    }
}

/// The media query under which the panes become tabs (keep in step with `static/style.css`).
pub const NARROW_MEDIA: &str = "(max-width: 56rem)";

/// The [`NARROW_MEDIA`] query list, to read and to watch.
pub fn narrow_media() -> Option<web_sys::MediaQueryList> {
    window()?.match_media(NARROW_MEDIA).ok().flatten()
}

/// True when the primary pointer can hover precisely (mouse, trackpad).
pub fn fine_pointer() -> bool {
    window()
        .and_then(|w| {
            w.match_media("(hover: hover) and (pointer: fine)")
                .ok()
                .flatten()
        })
        .map(|m| m.matches())
        .unwrap_or(false)
}

/// The viewport size in CSS pixels.
pub fn viewport() -> (f64, f64) {
    let w = window();
    let get = |v: Option<Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>>| {
        v.and_then(|r| r.ok())
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0)
    };
    (
        get(w.as_ref().map(|w| w.inner_width())),
        get(w.as_ref().map(|w| w.inner_height())),
    )
}

/// Listens to `event` on the document (the callback may call `preventDefault`); the listener is
/// removed when the returned value is dropped.
pub fn on_document(
    event: &'static str,
    f: impl FnMut(&web_sys::Event) + 'static,
) -> Option<gloo_events::EventListener> {
    let doc = window()?.document()?;
    Some(gloo_events::EventListener::new_with_options(
        &doc,
        event,
        gloo_events::EventListenerOptions::enable_prevent_default(),
        f,
    ))
}
