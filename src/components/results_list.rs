//! The search results: counts and document filter, ranked passages with highlighted
//! snippets, arrow-key navigation, and suggestions when nothing matches.

use std::rc::Rc;

use reader_route::Route;
use reader_search::SearchResults;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::notices::query_notice_text;
use crate::data::Data;
use crate::state::search::{shown_hits, RESULTS_PAGE};
use crate::state::{Action, Dispatch};
use crate::view_helpers::ids::{RESULTS_LIST_ID, SEARCH_INPUT_ID};
use crate::view_helpers::words::replace_last_word;

/// What the results list shows (plain data, built by the pane).
pub struct ResultsListProps {
    /// The documents (for short names).
    pub data: Rc<Data>,
    /// The results of the current query.
    pub results: Rc<SearchResults>,
    /// The current route (query, filter, view), for result links.
    pub route: Rc<Route>,
    /// How many results to show (a "Show more" button offers the rest).
    pub limit: usize,
    /// Mounted but not shown (no search yet), so that the first keystroke only fills it; its
    /// status line stays in the accessibility tree (visually hidden).
    pub hidden: bool,
    /// The `ref` of the `<ol>`, whose items the page effects keep ([`crate::result_nodes`]).
    pub list: NodeRef,
    /// The entry of the index of names the query names (id, name): offered before the results.
    pub entry: Option<(String, String)>,
}

/// The results pane: status, document filter, the list (its items are kept by
/// [`crate::result_nodes`], not by Yew), and
/// "Show more". A view function, rendered by the pane that shows the results (never two: the
/// panes never show the same content).
pub fn results_list(send: &Dispatch, props: &ResultsListProps) -> Html {
    let route = &props.route;
    let results = &props.results;
    let docs = &props.data.library.documents;
    let total: usize = results.counts.iter().map(|(_, n)| n).sum();
    let filter = route.filter.clone();

    let filter_button = |target: Option<String>, label: String, count: usize| {
        let pressed = filter == target;
        let send = send.clone();
        let onclick =
            Callback::from(move |_: MouseEvent| send.dispatch(Action::SetFilter(target.clone())));
        html! {
            <button type="button" class="filter" aria-pressed={pressed.to_string()} {onclick}>
                {label}{" "}<span class="count">{count}</span>
            </button>
        }
    };
    let searching = !route.query.trim().is_empty();
    // Always in the page, hidden before a search: the first keystroke then only shows them and
    // sets their counts instead of creating them. Pre-mounted, the stylesheet hides them.
    let filters = html! {
        <div class="filters" role="group" aria-label="Show results from" hidden={!searching && !props.hidden}>
            { filter_button(None, "All".into(), total) }
            { for docs.iter().map(|d| {
                let n = results.counts.iter().find(|(id, _)| *id == d.id).map(|(_, n)| *n).unwrap_or(0);
                filter_button(Some(d.id.clone()), d.short_name.clone(), n)
            }) }
        </div>
    };

    let shown = shown_hits(results, route.filter.as_deref()).count();

    let onkeydown = Callback::from(|e: KeyboardEvent| {
        let key = e.key();
        if key != "ArrowDown" && key != "ArrowUp" && key != "Home" && key != "End" {
            return;
        }
        let Some(list) = e
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let Ok(links) = list.query_selector_all("li > a") else {
            return;
        };
        let n = links.length();
        if n == 0 {
            return;
        }
        let active = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element());
        let pos = (0..n).find(|i| {
            links
                .item(*i)
                .is_some_and(|l| active.as_ref().is_some_and(|a| a.is_same_node(Some(&l))))
        });
        let next = match (key.as_str(), pos) {
            ("ArrowDown", Some(p)) => (p + 1).min(n - 1),
            ("ArrowDown", None) | ("Home", _) => 0,
            ("ArrowUp", Some(0)) | ("ArrowUp", None) => {
                e.prevent_default();
                crate::dom::focus(SEARCH_INPUT_ID);
                return;
            }
            ("ArrowUp", Some(p)) => p - 1,
            _ => n - 1,
        };
        e.prevent_default();
        if let Some(el) = links
            .item(next)
            .and_then(|l| l.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });

    let limit = props.limit.max(1);
    let hidden = shown.saturating_sub(limit);
    // Always in the page (hidden when every result is shown), as the filters.
    let more = {
        let send = send.clone();
        let next = hidden.min(RESULTS_PAGE);
        // Keyboard focus then moves to the first newly shown result (the page effects).
        let onclick = Callback::from(move |_: MouseEvent| send.dispatch(Action::ShowMoreResults));
        html! {
            <button type="button" class="show-more" hidden={hidden == 0} {onclick}>
                { format!("Show {next} more ({hidden} not shown)") }
            </button>
        }
    };

    let status = if !searching {
        "Type to search both documents.".to_string()
    } else if shown == 0 {
        format!("No results for “{}”.", route.query.trim())
    } else if shown == 1 {
        "1 passage found.".to_string()
    } else {
        format!("{shown} passages found.")
    };

    let suggestions = (searching && shown == 0 && !results.suggestions.is_empty()).then(|| {
        html! {
            <p class="suggestions">{"Did you mean "}
                { for results.suggestions.iter().enumerate().map(|(i, s)| {
                    let replacement = replace_last_word(&route.query, s);
                    let send = send.clone();
                    let onclick = Callback::from(move |_: MouseEvent| send.dispatch(Action::SetQuery(replacement.clone())));
                    html! { <>{ if i > 0 { ", " } else { "" } }<button type="button" class="suggestion" {onclick}>{s}</button></> }
                }) }
                {"?"}
            </p>
        }
    });

    html! {
        // Pre-mounted (no search yet): only the status line stays, visually hidden but in the
        // accessibility tree, so the first keystroke's count is announced as a change of a live
        // region that already exists. The stylesheet hides the rest by `data-premounted`: the
        // first keystroke changes that one attribute, not one per part.
        <section class="results" data-premounted={props.hidden.then_some("")} aria-labelledby="results-title">
            <h2 id="results-title" class="pane-title">{"Search results"}</h2>
            if let Some(notice) = results.notice {
                <p class="notice inline-notice" role="note">{query_notice_text(notice)}</p>
            }
            {filters}
            <p class="results-status" role="status" aria-live="polite">{status}</p>
            {suggestions.unwrap_or_default()}
            if let Some((id, name)) = &props.entry {
                <p class="entry-offer">
                    <a href={route.entity_link(id).to_fragment()}>{"Index of names: "}<b>{name}</b>{" — every mention, in both documents"}</a>
                </p>
            }
            // Its items are kept by `crate::result_nodes`, not by Yew.
            <ol id={RESULTS_LIST_ID} class="result-list" aria-label="Search results" ref={props.list.clone()} {onkeydown}></ol>
            {more}
        </section>
    }
}
