//! A pane of the reader: a document or the search results, with a chooser in side-by-side view.

use std::rc::Rc;

use reader_route::Route;
use reader_search::SearchResults;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::document_body::DocumentBodyProps;
use crate::components::document_view::{document_view, title_id, DocumentViewProps};
use crate::components::index_pane::index_pane;
use crate::components::overview::overview;
use crate::components::results_list::{results_list, ResultsListProps};
use crate::components::timeline::timeline;
use crate::data::Data;
use crate::state::{
    Action, CurrentMatch, Dispatch, Highlights, Names, PaneContent, RelatedFocus, TimelineFilter,
};

/// What a pane shows and how (plain data, built by the app for each pane).
pub struct PaneProps {
    /// Pane number (0 left, 1 right).
    pub index: usize,
    /// What it shows.
    pub content: PaneContent,
    /// Whether the reader can choose what it shows (side-by-side view).
    pub choosable: bool,
    /// Visible as the active tab on narrow screens.
    pub active: bool,
    /// The panes are tabs (narrow screens): role `tabpanel`; otherwise a labelled region.
    pub tabbed: bool,
    /// Accessible name of the pane as a region (what it shows).
    pub label: AttrValue,
    /// The documents.
    pub data: Rc<Data>,
    /// Current results.
    pub results: Rc<SearchResults>,
    /// How many results the list shows.
    pub results_limit: usize,
    /// Current route.
    pub route: Rc<Route>,
    /// Search matches per document id.
    pub highlights: Rc<Vec<(String, Highlights)>>,
    /// The related pair being compared.
    pub related: Option<RelatedFocus>,
    /// The document this pane showed before the search results took it over (kept mounted,
    /// hidden).
    pub kept: Option<String>,
    /// Linked scrolling is on.
    pub linked_scroll: bool,
    /// Current match per document id.
    pub current: Rc<Vec<(String, CurrentMatch)>>,
    /// Keep the (empty) results list mounted here, hidden: this is where the first keystroke
    /// will put the results.
    pub premount_results: bool,
    /// The `ref` of the results list's `<ol>`, whose items the page effects keep
    /// ([`crate::result_nodes`]).
    pub results_list: NodeRef,
    /// What narrows the timeline, if this pane shows it.
    pub timeline_filter: Option<TimelineFilter>,
    /// The index of names.
    pub names: Rc<Names>,
    /// The entry of the index the query names (offered above the results).
    pub query_entry: Option<usize>,
}

/// Id of pane `i`'s element (tabs point at it).
pub fn pane_id(i: usize) -> String {
    format!("pane-{i}")
}

/// One scrollable pane, keyed by its index. A view function: while the reader types both panes
/// change anyway (the results, the current match), and the documents inside are components
/// that re-render only when their own props change.
pub fn pane(send: &Dispatch, props: &PaneProps) -> Html {
    let index = props.index;
    let onchange = {
        let send = send.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let value = select.value();
            let content = match value.as_str() {
                "results" => PaneContent::Results,
                "overview" => PaneContent::Overview,
                "timeline" => PaneContent::Timeline,
                "index" => PaneContent::Index,
                _ => PaneContent::Doc(value),
            };
            send.dispatch(Action::SetPane(index, content));
        })
    };
    let toggle_linked = {
        let send = send.clone();
        Callback::from(move |_: MouseEvent| send.dispatch(Action::ToggleLinkedScroll))
    };
    let selected = match &props.content {
        PaneContent::Results => "results".to_string(),
        PaneContent::Overview => "overview".to_string(),
        PaneContent::Timeline => "timeline".to_string(),
        PaneContent::Index => "index".to_string(),
        PaneContent::Doc(d) => d.clone(),
    };
    let chooser_id = format!("pane-{index}-chooser");
    // The document this pane shows, or keeps mounted but hidden while the search results have
    // taken the pane over: the first keystroke then mounts only the results, and clearing the
    // search shows the document again without rebuilding it. The pane hides the document's
    // `article`, which then carries no `data-doc` (`article[data-doc]` always means a document
    // on screen). The document's view keeps its props when hidden, and a hidden one gets no
    // highlights and no current match, so neither hiding it nor typing re-renders it (a
    // re-render the first keystroke would pay for).
    let (doc_id, doc_visible) = match (&props.content, &props.kept) {
        (PaneContent::Doc(id), _) => (Some(id.as_str()), true),
        (PaneContent::Results, Some(id)) => (Some(id.as_str()), false),
        _ => (None, false),
    };
    let doc_view = doc_id.map(|id| match props.data.library.documents.iter().position(|d| d.id == id) {
        Some(doc) => {
            let (current, highlights) = if doc_visible {
                (
                    props.current.iter().find(|(d, _)| d == id).map(|(_, c)| c.clone()),
                    props.highlights.iter().find(|(d, _)| d == id).map(|(_, h)| h.clone()),
                )
            } else {
                (None, None)
            };
            let current_block = current.as_ref().map(|c: &CurrentMatch| c.block.clone());
            html! {
                <article class="document" data-doc={doc_visible.then(|| id.to_string())} hidden={!doc_visible}
                         aria-labelledby={title_id(id)}>
                    { document_view(DocumentViewProps { current, body: DocumentBodyProps {
                        dispatch: send.clone(),
                        data: props.data.clone(),
                        doc,
                        highlights,
                        current_block: current_block.map(AttrValue::from),
                        side_by_side: props.choosable,
                        related: props.related.clone(),
                    }}) }
                </article>
            }
        }
        None => html! { <p class="notice">{"This document is not available."}</p> },
    });
    let premount_results = props.premount_results && matches!(props.content, PaneContent::Doc(_));
    let body = html! {
        <>
            if let Some(view) = doc_view {
                <div class="pane-doc">{view}</div>
            }
            if props.content == PaneContent::Results || premount_results {
                { results_list(send, &ResultsListProps {
                    data: props.data.clone(), results: props.results.clone(), route: props.route.clone(),
                    limit: props.results_limit, hidden: premount_results, list: props.results_list.clone(),
                    entry: props.query_entry.and_then(|i| props.names.index.entities.get(i)).map(|e| (e.id.clone(), e.name.clone())),
                }) }
            }
            if props.content == PaneContent::Overview {
                { overview(send, &props.data) }
            }
            if props.content == PaneContent::Timeline {
                { timeline(&props.data, props.timeline_filter.as_ref()) }
            }
            if props.content == PaneContent::Index {
                { index_pane(&props.names) }
            }
        </>
    };
    html! {
        <section key={index} id={pane_id(index)} class="pane" data-active={props.active.then_some("")}
                 role={if props.tabbed { "tabpanel" } else { "region" }}
                 aria-labelledby={props.tabbed.then(|| format!("tab-{index}"))}
                 aria-label={(!props.tabbed).then(|| format!("{} pane", props.label))}
                 data-pane={index.to_string()}>
            if props.choosable {
                <div class="pane-chooser">
                    <label for={chooser_id.clone()}>{ if index == 0 { "Left pane" } else { "Right pane" } }</label>
                    <select id={chooser_id} {onchange}>
                        { for props.data.library.documents.iter().map(|d| html!{
                            <option value={d.id.clone()} selected={selected == d.id}>{&d.short_name}</option>
                        }) }
                        <option value="results" selected={selected == "results"}>{"Search results"}</option>
                        <option value="overview" selected={selected == "overview"}>{"Where the sources meet"}</option>
                        <option value="timeline" selected={selected == "timeline"}>{"Timeline"}</option>
                        <option value="index" selected={selected == "index"}>{"Index of names"}</option>
                    </select>
                    if index == 1 {
                        <button type="button" class="linked-toggle" aria-pressed={props.linked_scroll.to_string()}
                            title="Keep the counterpart of the passage you read level in the other pane"
                            onclick={toggle_linked}>{"Linked scrolling"}</button>
                    }
                </div>
            }
            { body }
        </section>
    }
}
