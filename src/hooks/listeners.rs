//! The page's event listeners, for the app's lifetime: in-page links, keyboard shortcuts, the
//! search box's input, the address bar (URL -> state), leaving the page (query -> URL), the
//! narrow-screen media query and the service worker's update notice.

use gloo_events::EventListener;
use reader_route::{Route, View};
use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::dom;
use crate::note_popover::CLOSE_BUTTON;
use crate::offline;
use crate::state::{Action, Dispatch};
use crate::view_helpers::ids::{PASSAGE_NAMES_ID, SEARCH_INPUT_ID};

/// Installs the listeners when the app mounts and removes them when it unmounts; then searches
/// whatever the box holds by then ([`adopt_early_input`]) and says that the app is on the page
/// ([`Action::Mounted`]).
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
        // Leaving the page writes the query typed last into the address at once (it follows
        // typing only once typing pauses), so that Back brings the search back.
        let leave = dom::window().map(|w| EventListener::new(&w, "pagehide", |_| keep_query()));
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
        adopt_early_input(&dispatch);
        dispatch.dispatch(Action::Mounted);
        move || {
            drop((document, hash, leave, media));
            offline::unsubscribe(update);
        }
    });
}

/// In-page links to a passage (¶, ⇄, notes, back-links, overview) keep the current search
/// and view: a plain click opens the passage through the reducer instead of replacing the
/// whole route with the link's. A link to the address already shown scrolls again. A click on
/// the footnote popover's close button closes it.
fn on_page_click(dispatch: &Dispatch, e: &web_sys::Event) {
    let Some(m) = e.dyn_ref::<web_sys::MouseEvent>() else {
        return;
    };
    let target = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    // The footnote popover's close button: whatever closes the popover clicks it
    // (src/js/popover.js), and the state says what is open.
    if target
        .as_ref()
        .is_some_and(|t| t.closest(CLOSE_BUTTON).ok().flatten().is_some())
    {
        dispatch.dispatch(Action::CloseNote);
        return;
    }
    if m.default_prevented()
        || m.button() != 0
        || m.ctrl_key()
        || m.meta_key()
        || m.shift_key()
        || m.alt_key()
    {
        return;
    }
    let Some(link) = target.and_then(|el| el.closest("a[href^='#/']").ok().flatten()) else {
        return;
    };
    let href = link.get_attribute("href").unwrap_or_default();
    let route = Route::parse(&href);
    let bare = route.query.is_empty()
        && route.filter.is_none()
        && route.entity.is_none()
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

/// Keyboard shortcuts: "/" focuses the search from anywhere; Esc closes a popover; `I` on a
/// passage (focused, as after following a link or clicking it) opens the index of names with
/// the names of that passage first, and moves focus there: names lead to their entries without
/// a tab stop of their own.
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
        "i" | "I" if !typing => {
            let passage = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("article[data-doc] .block[id]").ok().flatten());
            if let Some(p) = passage {
                e.prevent_default();
                dispatch.dispatch(Action::NamesOf(p.id()));
                dom::after_next_paint(|| dom::focus(PASSAGE_NAMES_ID));
            }
        }
        _ => {}
    }
}

/// Yew yields to the browser between its first render and this hook's effect, so the box can
/// take input (a key, a paste, autofill, Back restoring it) before the `input` listener is on
/// the page; and keys pressed before the WASM arrived wait in the loader's early script. The
/// box's text at this point becomes the query when it differs from the address's: before the
/// next render, which would otherwise put the address's query back into the box.
fn adopt_early_input(dispatch: &Dispatch) {
    if let Some(text) = take_early_input(SEARCH_INPUT_ID) {
        if text != Route::parse(&dom::current_fragment()).query {
            dispatch.dispatch(Action::SetQuery(text));
        }
    }
}

/// Puts the search box's text into the address as its query, when they differ.
fn keep_query() {
    let Some(text) = dom::element(SEARCH_INPUT_ID)
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| input.value())
    else {
        return;
    };
    let mut route = Route::parse(&dom::current_fragment());
    if route.query != text {
        route.query = text;
        route.block = None;
        dom::replace_fragment(&route.to_fragment());
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
    /// The box's text as the app starts, with the keys kept before it ran (see the module).
    fn take_early_input(id: &str) -> Option<String>;
}
