//! The top bar: name, search box, view switch, theme toggle and text size.

use reader_model::Library;
use reader_route::View;
use yew::prelude::*;

use crate::components::search_box::search_box;
use crate::state::{Action, AppState, Dispatch, Theme};

/// The banner of the app: the query, view, theme and text size come from `state`; the view
/// switch names the documents of `library`; embedded, the chrome is compact. A view function,
/// rendered by the app.
pub fn toolbar(send: &Dispatch, library: &Library, state: &AppState) -> Html {
    let action = |a: Action| {
        let send = send.clone();
        Callback::from(move |_: MouseEvent| send.dispatch(a.clone()))
    };
    let view_button = |view: View, label: String| {
        let pressed = state.route.view == view;
        html! { <button type="button" aria-pressed={pressed.to_string()} onclick={action(Action::SetView(view))}>{label}</button> }
    };
    let theme_label = match state.prefs.theme {
        Theme::System => "Theme: system",
        Theme::Dark => "Theme: dark",
        Theme::Light => "Theme: light",
    };
    html! {
        <header class="toolbar">
            <h1 class="brand">{"Belarus Reader"}</h1>
            { search_box(send, &state.route.query) }
            <div class="controls">
                <div class="view-switch" role="group" aria-label="View">
                    { view_button(View::Both, "Side by side".into()) }
                    { for library.documents.iter().map(|d| view_button(View::Single(d.id.clone()), d.short_name.clone())) }
                </div>
                <button type="button" class="theme-toggle" onclick={action(Action::ToggleTheme)} title="Switch colour theme">{theme_label}</button>
                <div class="text-size" role="group" aria-label="Text size">
                    <button type="button" title="Smaller text" disabled={!state.prefs.can_shrink()}
                        onclick={action(Action::TextSize(-1))}>{"A−"}<span class="visually-hidden">{" smaller text"}</span></button>
                    <button type="button" title="Larger text" disabled={!state.prefs.can_grow()}
                        onclick={action(Action::TextSize(1))}>{"A+"}<span class="visually-hidden">{" larger text"}</span></button>
                </div>
            </div>
        </header>
    }
}
