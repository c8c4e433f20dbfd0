//! The marker of a passage's counterpart in the other document (`a[data-related]`): a link to
//! the counterpart's permalink that also asks to compare the two passages.

use yew::prelude::*;

use crate::state::{use_send, Action};

/// Props: plain data, so a passage's marker never forces the passage to re-render.
#[derive(Properties, Clone, PartialEq)]
pub struct RelatedMarkerProps {
    /// The passage holding the marker.
    pub from: AttrValue,
    /// Its counterpart's block id.
    pub to: AttrValue,
    /// Accessible name, e.g. "Related passage in Heritage (shared: 2006, sanctions)".
    pub label: AttrValue,
}

/// `⇄`, a link to the counterpart.
#[function_component(RelatedMarker)]
pub fn related_marker(props: &RelatedMarkerProps) -> Html {
    let send = use_send();
    let onclick = {
        let (from, to) = (props.from.to_string(), props.to.to_string());
        Callback::from(move |_: MouseEvent| {
            send(Action::FocusRelated(from.clone(), to.clone()));
        })
    };
    html! {
        <a class="related-marker" data-related={props.to.clone()} href={format!("#/{}", props.to)}
           aria-label={props.label.clone()} title={props.label.clone()} {onclick}>{"⇄"}</a>
    }
}
