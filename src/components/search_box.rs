//! The search box: searches as you type, Esc clears, ArrowDown moves into the results.

use yew::prelude::*;

use crate::state::{Action, Dispatch};
use crate::view_helpers::ids::{focus_result, SEARCH_INPUT_ID};

/// `<input type="search">` labelled "Search both documents", showing `query`. A view function,
/// rendered by the toolbar; what is typed reaches the state through the page's `input`
/// listener ([`crate::hooks::listeners`]), not through Yew.
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
