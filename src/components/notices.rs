//! Messages for the reader (bad links, cut queries), each dismissible.

use yew::prelude::*;

use crate::state::{use_send, Action};

/// Props.
#[derive(Properties, Clone, PartialEq)]
pub struct NoticesProps {
    /// The messages, oldest first.
    pub notices: Vec<String>,
}

/// A live region listing the notices.
#[function_component(Notices)]
pub fn notices(props: &NoticesProps) -> Html {
    let send = use_send();
    // The live region is in the page before its first message: messages present at start-up
    // (a bad link) are added after mounting, so screen readers announce them.
    let mounted = use_state(|| false);
    {
        let mounted = mounted.clone();
        use_effect_with((), move |_| mounted.set(true));
    }
    let shown: &[String] = if *mounted { &props.notices } else { &[] };
    html! {
        <div class="notices" role="status" aria-live="polite">
            { for shown.iter().enumerate().map(|(i, n)| {
                let send = send.clone();
                let onclick = Callback::from(move |_: MouseEvent| {
                    send(Action::DismissNotice(i));
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
