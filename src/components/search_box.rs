//! The search box: searches as you type, Esc clears, ArrowDown moves into the results.

use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::components::results_list::focus_result;
use crate::state::{Action, Dispatch, MAX_QUERY_INPUT};

/// Element id of the search input (the `/` shortcut focuses it).
pub const SEARCH_INPUT_ID: &str = "search-input";

/// `<input type="search">` labelled "Search both documents", showing `query`. A view function,
/// rendered by the toolbar; what is typed reaches the state through [`on_input`].
pub fn search_box(send: &Dispatch, query: &str) -> Html {
    let send = send.clone();
    let onkeydown = Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
        "Escape" => {
            e.prevent_default();
            send.dispatch(Action::SetQuery(String::new()));
        }
        // Into the results, when there are any (focusing the first is the guard).
        "ArrowDown" if focus_result(0) => e.prevent_default(),
        _ => {}
    });
    html! {
        <div class="search" role="search">
            <label for={SEARCH_INPUT_ID} class="visually-hidden">{"Search both documents"}</label>
            <input id={SEARCH_INPUT_ID} type="search" value={query.to_string()}
                placeholder="Search both documents  ( / )" autocomplete="off" spellcheck="false"
                aria-keyshortcuts="/" {onkeydown} />
        </div>
    }
}

/// The page's `input` listener (the app installs it on the document): the search box's new text
/// becomes the query. Not Yew's `oninput`: Yew finds a delegated handler by reading properties
/// of each element on the event's path through JavaScript, about 0.03 ms of every keystroke
/// more than a listener of our own (measured with `performance.now()` marks, issue 9).
pub fn on_input(send: &Dispatch, e: &web_sys::Event) {
    let Some(mut value) = search_text(e, SEARCH_INPUT_ID) else {
        return;
    };
    if value.len() > MAX_QUERY_INPUT * 4 {
        // A huge paste: keep the box responsive; the state cuts and explains.
        value = value.chars().take(MAX_QUERY_INPUT + 1).collect();
    }
    send.dispatch(Action::SetQuery(value));
}

#[wasm_bindgen(inline_js = r#"
export function search_text(e, id) {
  const t = e.target;
  return t && t.id === id && typeof t.value === 'string' ? t.value : undefined;
}
"#)]
extern "C" {
    /// The text of the element the `input` event `e` came from, if its id is `id`: one call
    /// into JavaScript per keystroke, where reading the target, its type, its id and its value
    /// through web-sys made four (issue 9).
    fn search_text(e: &web_sys::Event, id: &str) -> Option<String>;
}
