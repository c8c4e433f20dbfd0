//! The entry of the index of names whose mentions the documents mark, and the link that
//! clears the marks.

use reader_route::Route;
use yew::prelude::*;

use crate::state::Names;

/// The line above the panes while an entry is chosen (`route.entity`); nothing otherwise. A
/// view function, rendered by the app.
pub fn entity_bar(names: &Names, route: &Route) -> Html {
    let Some(e) = route.entity.as_deref().and_then(|id| names.index.get(id)) else {
        return html! {};
    };
    html! {
        <p class="entity-bar" role="status">
            {"Marking the mentions of "}<b>{&e.name}</b>{" in both documents. "}
            <a href={route.without_entity().to_fragment()}>{"Clear marks"}</a>
        </p>
    }
}
