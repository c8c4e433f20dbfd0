//! The entry of the index of names whose mentions the documents mark: its name, how many
//! passages of each document mention it, a link to its entry and a button that clears it.

use reader_route::Route;
use yew::prelude::*;

use crate::data::Data;
use crate::state::{Action, Dispatch, Names};

/// The bar above the panes while an entry is chosen (`route.entity`); nothing otherwise. A
/// view function, rendered by the app.
pub fn entity_bar(send: &Dispatch, data: &Data, names: &Names, route: &Route) -> Html {
    let Some(e) = route.entity.as_deref().and_then(|id| names.index.get(id)) else {
        return html! {};
    };
    let counts: Vec<String> = data
        .library
        .documents
        .iter()
        .enumerate()
        .map(|(d, doc)| {
            let mut blocks: Vec<u32> = e
                .mentions
                .iter()
                .filter(|m| m.doc as usize == d)
                .map(|m| m.block)
                .collect();
            blocks.dedup();
            format!("{} in {}", blocks.len(), doc.short_name)
        })
        .collect();
    let send = send.clone();
    let onclick = Callback::from(move |_: MouseEvent| send.dispatch(Action::ChooseEntity(None)));
    html! {
        <div class="entity-bar" role="status">
            <p>
                {"Marking the mentions of "}<b>{&e.name}</b>{format!(": passages {}. ", counts.join(", "))}
                <a href={route.entity_link(&e.id).to_fragment()}>{"Its entry in the index"}</a>
            </p>
            <button type="button" {onclick}>{"Clear marks"}</button>
        </div>
    }
}
