//! Messages for the reader (bad links, cut queries), each dismissible.

use yew::prelude::*;

use crate::state::{Action, Dispatch};

/// Props.
#[derive(Properties, Clone, PartialEq)]
pub struct NoticesProps {
    /// The messages, oldest first.
    pub notices: Vec<String>,
}

/// A live region listing the notices.
#[function_component(Notices)]
pub fn notices(props: &NoticesProps) -> Html {
    let dispatch = use_context::<Dispatch>();
    html! {
        <div class="notices" role="status" aria-live="polite">
            { for props.notices.iter().enumerate().map(|(i, n)| {
                let dispatch = dispatch.clone();
                let onclick = Callback::from(move |_: MouseEvent| {
                    if let Some(d) = &dispatch { d.dispatch(Action::DismissNotice(i)); }
                });
                html! {
                    <p class="notice" key={format!("{i}-{n}")}>
                        <span>{n}</span>
                        <button type="button" class="notice-close" aria-label="Dismiss message" {onclick}>{"×"}</button>
                    </p>
                }
            }) }
        </div>
    }
}
