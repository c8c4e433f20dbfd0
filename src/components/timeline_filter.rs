//! The timeline filtered by a chosen name (issue 22: "a chosen name from the index filters
//! the timeline"): which passages count, and the line that says so with "Show all".

use yew::prelude::*;

use crate::data::Data;
use crate::state::{Action, Dispatch, Names};

/// The block ids of the passages that mention the chosen entry `entity`, sorted (the
/// timeline shows only the events of these passages); `None` without a chosen entry.
pub fn timeline_only(data: &Data, names: &Names, entity: Option<&str>) -> Option<Vec<String>> {
    let e = names.index.get(entity?)?;
    let mut ids: Vec<String> = e
        .mentions
        .iter()
        .filter_map(|m| {
            let doc = data.library.documents.get(m.doc as usize)?;
            Some(doc.blocks.get(m.block as usize)?.id.clone())
        })
        .collect();
    reader_search::sort::sort_by(&mut ids, |a, b| a < b);
    ids.dedup();
    Some(ids)
}

/// "Showing the N events mentioning X. Show all": above the timeline while an entry is
/// chosen; "Show all" clears the entry (and its marks).
pub fn timeline_filter(
    send: &Dispatch,
    data: &Data,
    names: &Names,
    entity: Option<&str>,
    only: &[String],
) -> Html {
    let Some(e) = entity.and_then(|id| names.index.get(id)) else {
        return html! {};
    };
    let shown = data
        .timeline
        .events
        .iter()
        .filter(|ev| only.binary_search(&ev.block).is_ok())
        .count();
    let send = send.clone();
    let onclick = Callback::from(move |_: MouseEvent| send.dispatch(Action::ChooseEntity(None)));
    html! {
        <p class="timeline-filter">
            {format!("Showing the {shown} of {} events whose passage mentions ", data.timeline.events.len())}
            <b>{&e.name}</b>{". "}
            <button type="button" {onclick}>{"Show all events"}</button>
        </p>
    }
}
