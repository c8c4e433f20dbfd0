//! The marker of a passage's counterpart in the other document (`a[data-related]`): a link to
//! the counterpart's permalink that also asks to compare the two passages.

use yew::prelude::*;

use crate::state::{Action, Dispatch};

/// `⇄` in passage `from`, a link to its counterpart `to`; `label` is its accessible name, e.g.
/// "Related passage in Heritage (shared: 2006, sanctions)". A view function, rendered by the
/// document's body.
pub fn related_marker(send: &Dispatch, from: &str, to: &str, label: &str) -> Html {
    let onclick = {
        let (send, from, to) = (send.clone(), from.to_string(), to.to_string());
        Callback::from(move |_: MouseEvent| {
            send.dispatch(Action::FocusRelated(from.clone(), to.clone()));
        })
    };
    let label = AttrValue::from(label.to_string());
    html! {
        <a class="related-marker" data-related={to.to_string()} href={format!("#/{to}")}
           aria-label={label.clone()} title={label} {onclick}>{"⇄"}</a>
    }
}
