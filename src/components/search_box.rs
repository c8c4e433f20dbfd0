//! The search box: searches as you type, Esc clears, ArrowDown moves into the results.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::results_list::focus_result;
use crate::state::{Action, Dispatch, MAX_QUERY_INPUT};

/// Element id of the search input (the `/` shortcut focuses it).
pub const SEARCH_INPUT_ID: &str = "search-input";

/// `<input type="search">` labelled "Search both documents", showing `query`. A view function,
/// rendered by the toolbar.
pub fn search_box(send: &Dispatch, query: &str) -> Html {
    let oninput = {
        let send = send.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let mut value = input.value();
            if value.len() > MAX_QUERY_INPUT * 4 {
                // A huge paste: keep the box responsive; the state cuts and explains.
                value = value.chars().take(MAX_QUERY_INPUT + 1).collect();
            }
            send.dispatch(Action::SetQuery(value));
        })
    };
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
                aria-keyshortcuts="/" {oninput} {onkeydown} />
        </div>
    }
}
