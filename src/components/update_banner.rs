//! Says that a new version of the reader was deployed and offers to load it. Always present as
//! a `role="status"` live region (empty until an update is ready), so the news is announced.

use yew::prelude::*;

use crate::offline;

/// The update banner.
#[function_component(UpdateBanner)]
pub fn update_banner() -> Html {
    let ready = use_state(offline::update_ready);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let id = offline::subscribe({
                let ready = ready.clone();
                Callback::from(move |()| ready.set(true))
            });
            // It may have become ready between the first render and this effect.
            if offline::update_ready() {
                ready.set(true);
            }
            move || offline::unsubscribe(id)
        });
    }
    let onclick = Callback::from(|_: MouseEvent| offline::apply_update());
    html! {
        <div class="update-banner" role="status">
            if *ready {
                <p>{"A new version of Belarus Reader is available."}</p>
                <button type="button" {onclick}>{"Reload"}</button>
            }
        </div>
    }
}
