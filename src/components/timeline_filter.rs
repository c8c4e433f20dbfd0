//! The timeline filtered by a chosen name (issue 22: "a chosen name from the index filters
//! the timeline"): which passages count, and the line that says so with "Show all events".

use reader_route::Route;
use yew::prelude::*;

use crate::data::Data;
use crate::state::Names;

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

/// "Showing the N of M events whose passage mentions X. Show all events": above the timeline
/// while an entry is chosen; the link clears the entry (and its marks).
pub fn timeline_filter(data: &Data, names: &Names, route: &Route, only: &[String]) -> Html {
    let Some(e) = route.entity.as_deref().and_then(|id| names.index.get(id)) else {
        return html! {};
    };
    let events = &data.timeline.events;
    let shown = events
        .iter()
        .filter(|ev| only.binary_search(&ev.block).is_ok())
        .count();
    html! {
        <p class="timeline-filter">
            {format!("Showing the {shown} of {} events whose passage mentions ", events.len())}<b>{&e.name}</b>{". "}
            <a href={route.without_entity().to_fragment()}>{"Show all events"}</a>
        </p>
    }
}
