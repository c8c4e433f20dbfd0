//! "n of m" with previous/next controls for the search matches in one document.

use yew::prelude::*;

use crate::state::{Action, Dispatch};

/// Previous/next buttons and the position among the document's matching passages: `position`
/// is 0-based, `total` when none is selected yet; `total` is the number of matching passages.
/// A view function, not a component: its parent re-renders it only when the match changes.
pub fn match_nav(
    send: &Dispatch,
    doc: &str,
    short_name: &str,
    position: usize,
    total: usize,
) -> Html {
    let step = |by: i32| {
        let send = send.clone();
        let doc = doc.to_string();
        Callback::from(move |_: MouseEvent| {
            send.dispatch(Action::StepMatch(doc.clone(), by));
        })
    };
    let label = if position < total {
        format!("{} of {}", position + 1, total)
    } else {
        format!("{total} matching passages")
    };
    html! {
        <div class="match-nav" role="group" aria-label={format!("Matches in {short_name}")}>
            <button type="button" onclick={step(-1)} aria-label="Previous match" title="Previous match">{"‹"}</button>
            <span class="match-count">{label}</span>
            <button type="button" onclick={step(1)} aria-label="Next match" title="Next match">{"›"}</button>
        </div>
    }
}
