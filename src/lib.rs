//! Belarus Reader: the Yew app.
use yew::prelude::*;

/// The root component.
#[function_component(App)]
pub fn app() -> Html {
    html! { <main><h1>{"Belarus Reader"}</h1></main> }
}

/// Mounts the app on the page body.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
