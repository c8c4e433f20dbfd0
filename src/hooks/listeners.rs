//! The page's event listeners, for the app's lifetime: in-page links, keyboard shortcuts, the
//! search box's input, the address bar (URL -> state), the narrow-screen media query and the
//! service worker's update notice.

use gloo_events::EventListener;
use reader_route::{Route, View};
use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::dom;
use crate::offline;
use crate::state::{Action, Dispatch};
use crate::view_helpers::ids::SEARCH_INPUT_ID;

/// Installs the listeners when the app mounts and removes them when it unmounts; then says
/// that the app is on the page ([`Action::Mounted`]).
#[hook]
pub fn use_page_listeners(dispatch: &Dispatch) {
    let dispatch = dispatch.clone();
    use_effect_with((), move |_| {
        let on = |event: &'static str, f: fn(&Dispatch, &web_sys::Event)| {
            let dispatch = dispatch.clone();
            dom::on_document(event, move |e: &web_sys::Event| f(&dispatch, e))
        };
        let document = [
            on("click", on_page_click),
            on("input", on_search_input),
            on("keydown", on_page_key),
        ];
        // URL -> state: links, Back/Forward, edited addresses.
        let hash = dom::window().map(|w| {
            let dispatch = dispatch.clone();
            EventListener::new(&w, "hashchange", move |_| {
                dispatch.dispatch(Action::Navigate(Route::parse(&dom::current_fragment())));
            })
        });
        // Narrow screens show the panes as tabs: the tab roles exist only while the tabs do.
        let media = dom::narrow_media().map(|m| {
            let (mq, dispatch) = (m.clone(), dispatch.clone());
            EventListener::new(&m, "change", move |_| {
                dispatch.dispatch(Action::SetNarrow(mq.matches()))
            })
        });
        let update = offline::subscribe({
            let dispatch = dispatch.clone();
            Callback::from(move |()| dispatch.dispatch(Action::UpdateReady))
        });
        // It may have become ready between the first render and this effect.
        if offline::update_ready() {
            dispatch.dispatch(Action::UpdateReady);
        }
        dispatch.dispatch(Action::Mounted);
        move || {
            drop((document, hash, media));
            offline::unsubscribe(update);
        }
    });
}

/// In-page links to a passage (¶, ⇄, notes, back-links, overview) keep the current search
/// and view: a plain click opens the passage through the reducer instead of replacing the
/// whole route with the link's. A link to the address already shown scrolls again.
fn on_page_click(dispatch: &Dispatch, e: &web_sys::Event) {
    let Some(m) = e.dyn_ref::<web_sys::MouseEvent>() else {
        return;
    };
    if m.default_prevented()
        || m.button() != 0
        || m.ctrl_key()
        || m.meta_key()
        || m.shift_key()
        || m.alt_key()
    {
        return;
    }
    let Some(link) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href^='#/']").ok().flatten())
    else {
        return;
    };
    let href = link.get_attribute("href").unwrap_or_default();
    let route = Route::parse(&href);
    let bare = route.query.is_empty()
        && route.filter.is_none()
        && route.view == View::Both
        && !route.embed;
    match route.block {
        Some(block) if bare && route.problems.is_empty() => {
            e.prevent_default();
            dispatch.dispatch(Action::OpenPassage(block));
        }
        _ if href == dom::current_fragment() => {
            e.prevent_default();
            dispatch.dispatch(Action::Navigate(route));
        }
        _ => {}
    }
}

/// Keyboard shortcuts: "/" focuses the search from anywhere; Esc closes a popover.
fn on_page_key(dispatch: &Dispatch, e: &web_sys::Event) {
    let Some(k) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
        return;
    };
    if k.default_prevented() || k.ctrl_key() || k.meta_key() || k.alt_key() {
        return;
    }
    let typing = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.has_attribute("contenteditable")
        })
        .unwrap_or(false);
    match k.key().as_str() {
        "/" if !typing => {
            e.prevent_default();
            dom::focus(SEARCH_INPUT_ID);
        }
        "Escape" => dispatch.dispatch(Action::CloseNote),
        _ => {}
    }
}

/// The search box's new text becomes the query (the reducer cuts a long one and says so).
/// A listener of the page's own rather than Yew's `oninput`: Yew finds a delegated handler by
/// reading properties of each element on the event's path through JavaScript, which costs
/// every keystroke more than this one call.
fn on_search_input(dispatch: &Dispatch, e: &web_sys::Event) {
    if let Some(value) = search_text(e, SEARCH_INPUT_ID) {
        dispatch.dispatch(Action::SetQuery(value));
    }
}

#[wasm_bindgen(module = "/src/js/search_input.js")]
extern "C" {
    /// The text of the element the `input` event `e` came from, if its id is `id`.
    fn search_text(e: &web_sys::Event, id: &str) -> Option<String>;
}
