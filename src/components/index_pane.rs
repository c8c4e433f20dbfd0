//! The index of names: every person, organisation, place, event and work named in either
//! source. Its heading is Yew's; the entries (grouped by kind, A–Z, each with its spellings,
//! how the sources describe it and its mentions per source) and, after the passage key `I`,
//! "Names in this passage" are built outside Yew, in the element this pane leaves empty
//! ([`crate::index_nodes`]).

use yew::prelude::*;

use crate::index_nodes::INDEX_ENTRIES_ID;
use crate::state::Names;

/// The index pane's content. A view function, rendered by its pane.
pub fn index_pane(names: &Names) -> Html {
    html! {
        <section class="name-index" aria-labelledby="index-title">
            <h2 id="index-title" class="pane-title">{"Index of names"}</h2>
            <p class="index-summary">
                {format!("{} people, organisations, places, events and works named in the sources, by kind and A–Z, each with how the sources describe it and its mentions. “Mark mentions” marks them in the documents; I on a passage lists its names here.", names.index.entities.len())}
            </p>
            // Its children are built by `crate::index_nodes`, not by Yew.
            <div id={INDEX_ENTRIES_ID}></div>
        </section>
    }
}
