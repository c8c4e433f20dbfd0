//! The root component: owns the state, keeps the page in step with it (the hooks of
//! [`crate::hooks`]), and lays out the toolbar, notices, tabs and panes.

use std::rc::Rc;

use reader_route::{Route, View};
use yew::prelude::*;

use crate::components::entity_bar::entity_bar;
use crate::components::notices::notices;
use crate::components::pane::{pane, pane_id, PaneProps};
use crate::components::toolbar::toolbar;
use crate::components::update_banner::update_banner;
use crate::data::Data;
use crate::dom;
use crate::hooks::{use_page_effects, use_page_listeners};
use crate::offline;
use crate::state::{search, Action, AppState, Dispatch, PaneContent, Preferences};

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
            s.prefs = Preferences::load();
            s.layout.narrow = dom::narrow_media().is_some_and(|m| m.matches());
            s.update_ready = offline::update_ready();
            s
        }
    });
    let dispatch: Dispatch = state.dispatcher();
    use_page_listeners(&dispatch);
    let results_list = use_page_effects(&state);

    let choosable = matches!(state.route.view, View::Both | View::Timeline | View::Index);
    // Search matches (or a chosen name's mentions) per document, made only when they change.
    let highlights = use_memo(state.search.marks().clone(), |marked| {
        Rc::new(search::highlights(marked))
    });
    let current = Rc::new(state.current_matches());
    // No search and no results pane: the left pane (where the first keystroke puts the results)
    // keeps an empty results list mounted and hidden, so that keystroke only fills it.
    let premount_results =
        choosable && !state.searching() && !state.layout.panes.contains(&PaneContent::Results);
    let results_pane = state.layout.results_pane();
    let route = Rc::new(state.route.clone());
    let panes = state.visible_panes();
    // The timeline's filter, made only when a timeline is on screen.
    let timeline_filter = panes
        .iter()
        .any(|(_, c)| *c == PaneContent::Timeline)
        .then(|| state.timeline_filter())
        .flatten();
    let data = state.data.clone();

    let tab = |i: usize, content: &PaneContent| {
        let label = pane_label(&data, content);
        let selected = state.layout.active_tab == i || panes.len() == 1;
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
        let active = state.layout.active_tab;
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
                { notices(&dispatch, if state.mounted { state.notices.list() } else { &[] }) }
                { entity_bar(&state.names, &state.route) }
                if state.layout.narrow {
                    <div class="tabs" role="tablist" aria-label="Panes" onkeydown={tab_keys}>
                        { for panes.iter().map(|(i, c)| tab(*i, c)) }
                    </div>
                }
                <div class="panes">
                    { for panes.iter().map(|(i, content)| pane(&dispatch, &PaneProps {
                        index: *i, content: content.clone(), choosable,
                        active: state.layout.active_tab == *i || panes.len() == 1,
                        data: data.clone(), results: state.search.results.clone(), results_limit: state.search.limit,
                        route: route.clone(), highlights: (*highlights).clone(), current: current.clone(),
                        related: state.related.clone(), linked_scroll: state.linked_scroll,
                        kept: state.kept_doc(*i), tabbed: state.layout.narrow, label: pane_label(&data, content).into(),
                        premount_results: *i == results_pane && premount_results, results_list: results_list.clone(),
                        timeline_filter: timeline_filter.clone(), names: state.names.clone(), query_entry: state.query_entry,
                    })) }
                </div>
            </main>
        </div>
    }
}

/// What a pane shows, as its tab's text and its accessible name.
fn pane_label(data: &Data, content: &PaneContent) -> String {
    match content {
        PaneContent::Results => "Search results".to_string(),
        PaneContent::Overview => "Where the sources meet".to_string(),
        PaneContent::Timeline => "Timeline".to_string(),
        PaneContent::Index => "Index of names".to_string(),
        PaneContent::Doc(d) => data
            .library
            .document(d)
            .map(|d| d.short_name.clone())
            .unwrap_or_default(),
    }
}
