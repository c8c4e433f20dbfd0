//! The top bar: name, search box, view switch, theme toggle and text size.

use std::rc::Rc;

use reader_route::View;
use yew::prelude::*;

use crate::components::search_box::SearchBox;
use crate::data::Data;
use crate::state::{use_send, Action, Theme, TEXT_SIZES};

/// Props.
#[derive(Properties, Clone, PartialEq)]
pub struct ToolbarProps {
    /// The documents (names for the view switch).
    pub data: Rc<Data>,
    /// The query.
    pub query: AttrValue,
    /// The view.
    pub view: View,
    /// The theme.
    pub theme: Theme,
    /// The text size step.
    pub text_size: i8,
    /// Embedded: compact chrome.
    pub embed: bool,
}

/// The banner of the app.
#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let send = use_send();
    let action = |a: Action| {
        let send = send.clone();
        Callback::from(move |_: MouseEvent| send(a.clone()))
    };
    let view_button = |view: View, label: String| {
        let pressed = props.view == view;
        html! { <button type="button" aria-pressed={pressed.to_string()} onclick={action(Action::SetView(view))}>{label}</button> }
    };
    let theme_label = match props.theme {
        Theme::System => "Theme: system",
        Theme::Dark => "Theme: dark",
        Theme::Light => "Theme: light",
    };
    html! {
        <header class={classes!("toolbar", props.embed.then_some("compact"))}>
            <h1 class="brand">{"Belarus Reader"}</h1>
            <SearchBox query={props.query.clone()} />
            <div class="controls">
                <div class="view-switch" role="group" aria-label="View">
                    { view_button(View::Both, "Side by side".into()) }
                    { for props.data.library.documents.iter().map(|d| view_button(View::Single(d.id.clone()), d.short_name.clone())) }
                </div>
                <button type="button" class="theme-toggle" onclick={action(Action::ToggleTheme)} title="Switch colour theme">{theme_label}</button>
                <div class="text-size" role="group" aria-label="Text size">
                    <button type="button" title="Smaller text" disabled={props.text_size <= *TEXT_SIZES.start()}
                        onclick={action(Action::TextSize(-1))}>{"A−"}<span class="visually-hidden">{" smaller text"}</span></button>
                    <button type="button" title="Larger text" disabled={props.text_size >= *TEXT_SIZES.end()}
                        onclick={action(Action::TextSize(1))}>{"A+"}<span class="visually-hidden">{" larger text"}</span></button>
                </div>
            </div>
        </header>
    }
}
