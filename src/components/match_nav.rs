//! "n of m" with previous/next controls for the search matches in one document.

use yew::prelude::*;

use crate::state::{use_send, Action};

/// Props.
#[derive(Properties, Clone, PartialEq)]
pub struct MatchNavProps {
    /// Document id.
    pub doc: AttrValue,
    /// Document short name, for labels.
    pub short_name: AttrValue,
    /// Current match, 0-based; `total` when none is selected yet.
    pub position: usize,
    /// Number of matching passages in the document.
    pub total: usize,
}

/// Previous/next buttons and the position among the document's matching passages.
#[function_component(MatchNav)]
pub fn match_nav(props: &MatchNavProps) -> Html {
    let send = use_send();
    let step = |by: i32| {
        let send = send.clone();
        let doc = props.doc.to_string();
        Callback::from(move |_: MouseEvent| {
            send(Action::StepMatch(doc.clone(), by));
        })
    };
    let label = if props.position < props.total {
        format!("{} of {}", props.position + 1, props.total)
    } else {
        format!("{} matching passages", props.total)
    };
    html! {
        <div class="match-nav" role="group" aria-label={format!("Matches in {}", props.short_name)}>
            <button type="button" onclick={step(-1)} aria-label="Previous match" title="Previous match">{"‹"}</button>
            <span class="match-count">{label}</span>
            <button type="button" onclick={step(1)} aria-label="Next match" title="Next match">{"›"}</button>
        </div>
    }
}
