//! Messages for the reader (bad links, cut queries), each dismissible.

use yew::prelude::*;

use crate::state::{Action, Dispatch};

/// A live region listing `notices`, oldest first. The app passes none until it has mounted:
/// the live region is in the page before its first message, so messages present at start-up
/// (a bad link) are announced. A view function, rendered by the app.
pub fn notices(send: &Dispatch, notices: &[String]) -> Html {
    html! {
        <div class="notices" role="status" aria-live="polite">
            { for notices.iter().enumerate().map(|(i, n)| {
                let send = send.clone();
                let onclick = Callback::from(move |_: MouseEvent| {
                    send.dispatch(Action::DismissNotice(i));
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
