//! Says that a new version of the reader was deployed and offers to load it. Always present as
//! a `role="status"` live region (empty until an update is ready), so the news is announced.

use yew::prelude::*;

use crate::offline;

/// The update banner; `ready` when a new version waits (the app follows
/// [`offline::subscribe`]). A view function, rendered by the app.
pub fn update_banner(ready: bool) -> Html {
    let onclick = Callback::from(|_: MouseEvent| offline::apply_update());
    html! {
        <div class="update-banner" role="status">
            if ready {
                <p>{"A new version of Belarus Reader is available."}</p>
                <button type="button" {onclick}>{"Reload"}</button>
            }
        </div>
    }
}
