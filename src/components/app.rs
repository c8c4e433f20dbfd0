//! The root component: owns the state, keeps it in step with the URL fragment, and lays out
//! the toolbar, notices, tabs and panes.

use std::ops::Range;
use std::rc::Rc;

use gloo_events::EventListener;
use reader_route::{Route, View};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::document_view::{CurrentMatch, Highlights};
use crate::components::footnote_popover::FootnotePopover;
use crate::components::notices::notices;
use crate::components::pane::{pane, pane_id, PaneProps};
use crate::components::search_box::{self, SEARCH_INPUT_ID};
use crate::components::toolbar::toolbar;
use crate::components::update_banner::update_banner;
use crate::data::Data;
use crate::dom;
use crate::offline;
use crate::page_effects::PageEffects;
use crate::state::{Action, AppState, Dispatch, PaneContent, Theme};
use reader_search::sort::sort_by;

/// Props.
#[derive(Properties, Clone, PartialEq)]
pub struct AppProps {
    /// The documents and index.
    pub data: Rc<Data>,
}

/// The app.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer({
        let data = props.data.clone();
        move || {
            let mut s = AppState::new(data, Route::parse(&dom::current_fragment()));
            s.theme = dom::load("theme")
                .map(|t| Theme::parse(&t))
                .unwrap_or_default();
            s.text_size = dom::load("text-size")
                .and_then(|t| t.parse().ok())
                .unwrap_or(0)
                .clamp(-2, 4);
            s.narrow = dom::narrow_media().is_some_and(|m| m.matches());
            s.update_ready = offline::update_ready();
            s
        }
    });
    let dispatch: Dispatch = state.dispatcher();

    // The page's listeners, for the app's lifetime (one effect: each effect is code of its own
    // in the WASM).
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let clicks = {
                let dispatch = dispatch.clone();
                dom::on_document("click", move |e: &web_sys::Event| {
                    on_page_click(&dispatch, e)
                })
            };
            let input = {
                let dispatch = dispatch.clone();
                dom::on_document("input", move |e: &web_sys::Event| {
                    search_box::on_input(&dispatch, e)
                })
            };
            let keys = {
                let dispatch = dispatch.clone();
                dom::on_document("keydown", move |e: &web_sys::Event| {
                    on_page_key(&dispatch, e)
                })
            };
            // URL -> state: links, Back/Forward, edited addresses.
            let hash = dom::window().map(|w| {
                let dispatch = dispatch.clone();
                EventListener::new(&w, "hashchange", move |_| {
                    dispatch.dispatch(Action::Navigate(Route::parse(&dom::current_fragment())));
                })
            });
            // Narrow screens show the panes as tabs: the tab roles exist only while the tabs do.
            let media = dom::narrow_media().map(|m| {
                let (mq, dispatch) = (m.clone(), dispatch.clone());
                EventListener::new(&m, "change", move |_| {
                    dispatch.dispatch(Action::SetNarrow(mq.matches()))
                })
            });
            let update = offline::subscribe({
                let dispatch = dispatch.clone();
                Callback::from(move |()| dispatch.dispatch(Action::UpdateReady))
            });
            // It may have become ready between the first render and this effect.
            if offline::update_ready() {
                dispatch.dispatch(Action::UpdateReady);
            }
            dispatch.dispatch(Action::Mounted);
            move || {
                drop((clicks, input, keys, hash, media));
                offline::unsubscribe(update);
            }
        });
    }

    // What the state does to the page (theme, address bar, scrolling, linked scrolling, the
    // marks' settle timer, the results list's items), after each render.
    let effects = use_mut_ref(PageEffects::default);
    let results_list = effects.borrow().results.list.clone();
    if !state.mounted {
        PageEffects::fill_results_soon(effects.clone(), state.clone());
    }
    {
        let (state, dispatch) = (state.clone(), dispatch.clone());
        use_effect(move || effects.borrow_mut().sync(&state, &dispatch));
    }

    let choosable = matches!(state.route.view, View::Both);
    // Search matches per document, in block order. A document whose matches did not change
    // compares equal, so its view is not re-rendered while the reader types.
    let highlights = use_memo(state.marked.clone(), |results| {
        let docs: Vec<(String, Highlights)> = state_docs(results)
            .into_iter()
            .map(|doc| {
                let mut v: Vec<(usize, Rc<[Range<usize>]>)> = results
                    .hits
                    .iter()
                    .filter(|h| h.doc_id == doc)
                    .map(|h| (h.block_index, h.block_highlights.clone().into()))
                    .collect();
                sort_by(&mut v, |a, b| a.0 < b.0);
                (doc, v.into())
            })
            .collect();
        Rc::new(docs)
    });
    let current = Rc::new(current_matches(&state));
    // No search and no results pane: the left pane (where the first keystroke puts the results)
    // keeps an empty results list mounted and hidden, so that keystroke only fills it.
    let premount_results = choosable
        && state.route.query.trim().is_empty()
        && !state.panes.contains(&PaneContent::Results);
    let route = Rc::new(state.route.clone());
    let panes = state.visible_panes();
    let data = state.data.clone();

    let tab = |i: usize, content: &PaneContent| {
        let label = pane_label(&data, content);
        let selected = state.active_tab == i || panes.len() == 1;
        let dispatch = dispatch.clone();
        let onclick = Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::SetTab(i)));
        html! {
            <button type="button" role="tab" id={format!("tab-{i}")} aria-controls={pane_id(i)}
                aria-selected={selected.to_string()} tabindex={if selected { "0" } else { "-1" }} {onclick}>{label}</button>
        }
    };

    // Tabs pattern (WAI-ARIA): arrows, Home and End move between tabs and select them.
    let tab_keys = {
        let order: Vec<usize> = panes.iter().map(|(i, _)| *i).collect();
        let active = state.active_tab;
        let dispatch = dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            let pos = order.iter().position(|i| *i == active).unwrap_or(0);
            let n = order.len();
            let next = match e.key().as_str() {
                "ArrowRight" => (pos + 1) % n,
                "ArrowLeft" => (pos + n - 1) % n,
                "Home" => 0,
                "End" => n - 1,
                _ => return,
            };
            e.prevent_default();
            dispatch.dispatch(Action::SetTab(order[next]));
            dom::focus(&format!("tab-{}", order[next]));
        })
    };

    html! {
        <div class="app" data-embed={state.route.embed.then_some("")} data-panes={panes.len().to_string()}>
            { toolbar(&dispatch, &data.library, &state) }
            <main class="main">
                { update_banner(state.update_ready) }
                { notices(&dispatch, if state.mounted { &state.notices } else { &[] }) }
                if state.narrow {
                    <div class="tabs" role="tablist" aria-label="Panes" onkeydown={tab_keys}>
                        { for panes.iter().map(|(i, c)| tab(*i, c)) }
                    </div>
                }
                <div class="panes">
                    { for panes.iter().map(|(i, content)| pane(&dispatch, &PaneProps {
                        index: *i, content: content.clone(), choosable,
                        active: state.active_tab == *i || panes.len() == 1,
                        data: data.clone(), results: state.results.clone(), results_limit: state.results_limit,
                        route: route.clone(), highlights: (*highlights).clone(), current: current.clone(),
                        related: state.related.clone(), linked_scroll: state.linked_scroll,
                        kept: state.kept_doc(*i), tabbed: state.narrow, label: pane_label(&data, content).into(),
                        premount_results: *i == 0 && premount_results, results_list: results_list.clone(),
                    })) }
                </div>
            </main>
            if let Some(note) = &state.open_note {
                <FootnotePopover dispatch={dispatch.clone()} data={data.clone()} note={note.clone()} />
            }
        </div>
    }
}

/// In-page links to a passage (¶, ⇄, notes, back-links, overview) keep the current search
/// and view: a plain click opens the passage through the reducer instead of replacing the
/// whole route with the link's. A link to the address already shown scrolls again.
fn on_page_click(dispatch: &Dispatch, e: &web_sys::Event) {
    let Some(m) = e.dyn_ref::<web_sys::MouseEvent>() else {
        return;
    };
    if m.default_prevented()
        || m.button() != 0
        || m.ctrl_key()
        || m.meta_key()
        || m.shift_key()
        || m.alt_key()
    {
        return;
    }
    let Some(link) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href^='#/']").ok().flatten())
    else {
        return;
    };
    let href = link.get_attribute("href").unwrap_or_default();
    let route = Route::parse(&href);
    let bare = route.query.is_empty()
        && route.filter.is_none()
        && route.view == View::Both
        && !route.embed;
    match route.block {
        Some(block) if bare && route.problems.is_empty() => {
            e.prevent_default();
            dispatch.dispatch(Action::OpenPassage(block));
        }
        _ if href == dom::current_fragment() => {
            e.prevent_default();
            dispatch.dispatch(Action::Navigate(route));
        }
        _ => {}
    }
}

/// Keyboard shortcuts: "/" focuses the search from anywhere; Esc closes a popover.
fn on_page_key(dispatch: &Dispatch, e: &web_sys::Event) {
    let Some(k) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
        return;
    };
    if k.default_prevented() || k.ctrl_key() || k.meta_key() || k.alt_key() {
        return;
    }
    let typing = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.has_attribute("contenteditable")
        })
        .unwrap_or(false);
    match k.key().as_str() {
        "/" if !typing => {
            e.prevent_default();
            dom::focus(SEARCH_INPUT_ID);
        }
        "Escape" => dispatch.dispatch(Action::CloseNote),
        _ => {}
    }
}

/// For each document with matches, the match being shown, in document order.
fn current_matches(state: &AppState) -> Vec<(String, CurrentMatch)> {
    if state.route.query.trim().is_empty() {
        return Vec::new();
    }
    state
        .doc_ids()
        .filter_map(|doc| {
            let hits = state.doc_hits(doc);
            if hits.is_empty() {
                return None;
            }
            let pos = state.match_in(doc).or_else(|| {
                state
                    .route
                    .block
                    .as_ref()
                    .and_then(|b| hits.iter().position(|h| h.block_id == *b))
            });
            let (position, block) = match pos {
                Some(p) if p < hits.len() => (p, hits[p].block_id.clone()),
                _ => (hits.len(), String::new()),
            };
            Some((
                doc.to_string(),
                CurrentMatch {
                    position,
                    total: hits.len(),
                    block,
                },
            ))
        })
        .collect()
}

/// The documents that have hits, in order of first appearance.
fn state_docs(results: &reader_search::SearchResults) -> Vec<String> {
    let mut docs: Vec<String> = Vec::new();
    for h in &results.hits {
        if !docs.contains(&h.doc_id) {
            docs.push(h.doc_id.clone());
        }
    }
    docs
}

/// What a pane shows, as its tab's text and its accessible name.
fn pane_label(data: &Data, content: &PaneContent) -> String {
    match content {
        PaneContent::Results => "Search results".to_string(),
        PaneContent::Overview => "Where the sources meet".to_string(),
        PaneContent::Doc(d) => data
            .library
            .document(d)
            .map(|d| d.short_name.clone())
            .unwrap_or_default(),
    }
}
