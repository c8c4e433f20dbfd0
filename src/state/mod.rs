//! All app state in one reducer (as in Yew's `function_todomvc`), in parts: the panes
//! ([`layout`]), the search and its marks ([`search`]), the index of names ([`names`]), the
//! preferences ([`preferences`]) and the messages for the reader ([`notices`]). Components get plain data as props and send
//! [`Action`]s; nothing else mutates state.

pub mod layout;
pub mod names;
pub mod notices;
pub mod preferences;
pub mod search;
#[cfg(test)]
mod tests;
pub mod timeline_filter;

use std::rc::Rc;

use reader_route::{Route, View};
use yew::Reducible;

use crate::data::Data;
pub use layout::{Layout, PaneContent};
pub use names::Names;
pub use notices::{Notice, Notices};
pub use preferences::{Preferences, Theme};
pub use search::{CurrentMatch, Highlights, Search, RESULTS_PAGE};
pub use timeline_filter::{FilterBy, TimelineFilter};

/// How views send actions: the reducer's dispatcher. It stays the same for the app's lifetime
/// (so as a prop it never forces a re-render), and sending never re-renders the sender itself.
/// Passed down as a prop or argument rather than as context: a context provider and its hook
/// are code of their own in the WASM.
pub type Dispatch = yew::UseReducerDispatcher<AppState>;

/// An open footnote popover.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenNote {
    /// Document id.
    pub doc: String,
    /// Note number.
    pub number: u16,
    /// Opened by hovering (a preview that does not take focus).
    pub preview: bool,
}

/// Two related passages shown together (after following a related-passage marker).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RelatedFocus {
    /// The passage the reader came from.
    pub from: String,
    /// Its counterpart in the other document.
    pub to: String,
    /// The terms they share (as shown), which are marked in both.
    pub shared: Vec<String>,
}

/// The whole state.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The documents and the index.
    pub data: Rc<Data>,
    /// The index of names (people, organisations, places), decoded once.
    pub names: Rc<Names>,
    /// The entry of the index of names the query names, offered first with the results.
    pub query_entry: Option<usize>,
    /// The passage whose names the index pane lists first ("Names in this passage").
    pub names_of: Option<String>,
    /// What the URL says.
    pub route: Route,
    /// The search, its marks and "n of m".
    pub search: Search,
    /// What the panes show.
    pub layout: Layout,
    /// Theme and text size.
    pub prefs: Preferences,
    /// Messages for the reader, oldest first.
    pub notices: Notices,
    /// The footnote popover, if open.
    pub open_note: Option<OpenNote>,
    /// Bumped whenever the reader asks to go to `route.block`, so the view scrolls again
    /// even when the same passage is opened twice.
    pub scroll_serial: u32,
    /// Whether the passage scrolled to should also take keyboard focus (following a link: yes;
    /// stepping through matches with the buttons: no, focus stays on the button).
    pub focus_on_scroll: bool,
    /// The related pair being compared, if any.
    pub related: Option<RelatedFocus>,
    /// Linked scrolling: the other pane follows the counterpart of the passage being read.
    pub linked_scroll: bool,
    /// The app is on the page: notices are shown from then on, so that messages present at
    /// start-up (a bad link) are announced by a live region that already exists.
    pub mounted: bool,
    /// A new version of the reader is ready (the service worker says so).
    pub update_ready: bool,
}

/// Everything that can happen.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The URL changed (load, link, Back/Forward).
    Navigate(Route),
    /// The query was typed.
    SetQuery(String),
    /// Restrict results to one document, or all.
    SetFilter(Option<String>),
    /// Choose what a pane shows.
    SetPane(usize, PaneContent),
    /// Switch the visible tab on narrow screens.
    SetTab(usize),
    /// Switch between side-by-side and one document.
    SetView(View),
    /// Open a search result or passage (block id) in the pane that shows documents.
    OpenPassage(String),
    /// Cycle the theme.
    ToggleTheme,
    /// Change the text size by steps.
    TextSize(i8),
    /// Open a footnote popover.
    OpenNote(OpenNote),
    /// Close the popover.
    CloseNote,
    /// Close the popover if it is a hover preview of note `n`.
    ClosePreview(u16),
    /// Move to the next (+1) or previous (-1) match in a document.
    StepMatch(String, i32),
    /// Dismiss a notice.
    DismissNotice(usize),
    /// Compare a passage with its counterpart (from, to); the navigation to `to` follows.
    FocusRelated(String, String),
    /// Turn linked scrolling on or off.
    ToggleLinkedScroll,
    /// Typing paused: mark the current results' matches in the documents.
    SettleMarks,
    /// Show [`RESULTS_PAGE`] more results.
    ShowMoreResults,
    /// The screen became narrow (the panes become tabs) or wide.
    SetNarrow(bool),
    /// The app is on the page.
    Mounted,
    /// A new version of the reader is ready.
    UpdateReady,
    /// Show the index of names with the entries this passage (block id) mentions first.
    NamesOf(String),
}

impl AppState {
    /// The state for a first load at `route`, with default preferences.
    pub fn new(data: Rc<Data>, route: Route) -> AppState {
        let mut state = AppState {
            layout: Layout::new(&data.library),
            data,
            names: Rc::new(Names::load()),
            query_entry: None,
            names_of: None,
            route: Route::default(),
            search: Search::default(),
            prefs: Preferences::default(),
            notices: Notices::default(),
            open_note: None,
            scroll_serial: 0,
            focus_on_scroll: false,
            related: None,
            linked_scroll: false,
            mounted: false,
            update_ready: false,
        };
        state.navigate(route);
        state
    }

    /// Ids of the documents, in order.
    pub fn doc_ids(&self) -> impl Iterator<Item = &str> {
        self.data.library.documents.iter().map(|d| d.id.as_str())
    }

    fn is_doc(&self, id: &str) -> bool {
        self.doc_ids().any(|d| d == id)
    }

    /// There is a query.
    pub fn searching(&self) -> bool {
        !self.route.query.trim().is_empty()
    }

    /// What narrows the timeline: the chosen entry of the index of names; else the search,
    /// while there is one; while the reader types, the search whose matches are marked (so the
    /// timeline changes when typing pauses).
    pub fn timeline_filter(&self) -> Option<TimelineFilter> {
        let chosen = self
            .route
            .entity
            .as_deref()
            .and_then(|id| self.names.index.get(id));
        if let (Some(entry), Some(mentions)) = (chosen, &self.search.entity) {
            return Some(TimelineFilter::from_name(&entry.name, mentions));
        }
        if !self.searching() {
            return None;
        }
        TimelineFilter::from_search(&self.search.marked_query, &self.search.marked)
    }

    /// The panes visible in the current view, with their index.
    pub fn visible_panes(&self) -> Vec<(usize, PaneContent)> {
        self.layout
            .visible_panes(&self.route.view, self.searching())
    }

    /// The document pane `i` keeps mounted (hidden) while it shows the search results.
    pub fn kept_doc(&self, i: usize) -> Option<String> {
        self.layout.kept_doc(i, &self.route.view)
    }

    /// For each document with matches, the match being shown ("n of m"); none without a query.
    pub fn current_matches(&self) -> Vec<(String, CurrentMatch)> {
        if !self.searching() && self.search.entity.is_none() {
            return Vec::new();
        }
        self.search
            .current_matches(self.doc_ids(), self.route.block.as_deref())
    }

    fn navigate(&mut self, mut route: Route) {
        for p in route.problems.drain(..) {
            self.notices.push(Notice::Link(p));
        }
        if let View::Single(doc) = &route.view {
            if !self.is_doc(doc) {
                self.notices.push(Notice::NoSuchDocument(doc.clone()));
                route.view = View::Both;
            }
        }
        if route.view == View::Timeline {
            self.layout.show_timeline();
        }
        if route.view == View::Index {
            self.layout.show_index();
        }
        if let Some(id) = &route.entity {
            if self.names.position(id).is_none() {
                self.notices.push(Notice::NoSuchEntity(id.clone()));
                route.entity = None;
            }
        }
        let entity_changed = route.entity != self.route.entity;
        if let Some(f) = &route.filter {
            if !self.is_doc(f) {
                self.notices.push(Notice::NoSuchFilter(f.clone()));
                route.filter = None;
            }
        }
        if let Some(block) = &route.block {
            if self.doc_of_target(block).is_none() {
                self.notices.push(Notice::NoSuchPassage(block.clone()));
                route.block = None;
            }
        }
        if let Some(r) = &self.related {
            if route.block.as_deref() != Some(r.to.as_str())
                && route.block.as_deref() != Some(r.from.as_str())
            {
                self.related = None;
            }
        }
        let query_changed = route.query != self.route.query;
        // Embed mode sticks for the session: in-page links do not repeat the flag.
        route.embed |= self.route.embed;
        // The route first (view, query), then the results take their pane, and only then the
        // passage is put on screen: so the search cannot hide the passage again.
        self.route = route;
        if query_changed {
            self.run_search(false);
        } else {
            self.place_results(false);
        }
        if entity_changed {
            self.mark_entity();
        }
        // Not typing: the documents mark the matches at once.
        self.search.settle();
        if let Some(block) = self.route.block.clone() {
            if let Some(doc) = self.doc_of_target(&block) {
                self.layout.show_doc(&mut self.route.view, &doc);
                // "n of m" follows the opened passage when it is one of the matches.
                self.search.follow(&doc, &block);
            }
            self.scroll_to(true);
        }
        self.open_note = None;
    }

    /// Asks the view to scroll to `route.block` (again), and to focus it if `focus`.
    fn scroll_to(&mut self, focus: bool) {
        self.scroll_serial = self.scroll_serial.wrapping_add(1);
        self.focus_on_scroll = focus;
    }

    /// The document an element id (block, footnote marker or endnote) belongs to.
    pub fn doc_of_target(&self, target: &str) -> Option<String> {
        if let Some((doc, _)) = self.data.library.find_block(target) {
            return Some(doc.id.clone());
        }
        if let Some(doc) = self
            .doc_ids()
            .find(|d| target.strip_suffix("-notes") == Some(*d))
        {
            return Some(doc.to_string());
        }
        self.data.library.documents.iter().find_map(|d| {
            d.footnotes
                .iter()
                .any(|f| {
                    target == reader_model::noteref_id(&d.id, f.number)
                        || target == reader_model::endnote_id(&d.id, f.number)
                })
                .then(|| d.id.clone())
        })
    }

    /// Searches for `route.query` (cut to the limit, with a notice) and places the results.
    fn run_search(&mut self, typing: bool) {
        if search::cut_query(&mut self.route.query) {
            self.notices.push(Notice::QueryCut);
        }
        self.search.run(&self.data, &self.route.query, typing);
        self.query_entry = self.names.entry_for_query(&self.route.query);
        self.place_results(true);
    }

    /// The documents mark the mentions of `route.entity` (or the search's matches again); when
    /// no document on screen mentions it, one that does is put on screen.
    fn mark_entity(&mut self) {
        let marks = self
            .route
            .entity
            .as_deref()
            .and_then(|id| self.names.position(id))
            .map(|i| self.names.mention_results(&self.data.library, i));
        let shown = |doc: &str| {
            self.visible_panes()
                .iter()
                .any(|(_, p)| *p == PaneContent::Doc(doc.to_string()))
        };
        let missing = marks.as_ref().and_then(|m| {
            (!m.hits.iter().any(|h| shown(&h.doc_id)))
                .then(|| m.hits.first().map(|h| h.doc_id.clone()))
        });
        if let Some(Some(doc)) = missing {
            self.layout.show_doc(&mut self.route.view, &doc);
        }
        self.search.mark_entity(marks);
    }

    fn place_results(&mut self, query_changed: bool) {
        let searching = self.searching();
        self.layout.place_results(
            &self.data.library,
            &self.route.view,
            searching,
            query_changed,
        );
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Navigate(route) => s.navigate(route),
            Action::SetQuery(q) => {
                // A new search marks its own matches instead of an entry's mentions.
                if s.route.entity.is_some() && !q.trim().is_empty() {
                    s.route.entity = None;
                    s.mark_entity();
                }
                s.route.query = q;
                s.route.block = None;
                s.related = None;
                // A cleared search unmarks the documents at once (no marks to wait for).
                let typing = s.searching();
                s.run_search(typing);
            }
            Action::SetFilter(f) => {
                s.route.filter = f.filter(|f| s.is_doc(f));
                s.search.first_page();
            }
            Action::SetPane(i, content) => s.layout.set_pane(i, content),
            Action::SetTab(i) => s.layout.set_tab(i),
            Action::SetView(view) => {
                s.route.view = view;
                s.place_results(false);
            }
            Action::OpenPassage(block) => {
                let mut route = s.route.clone();
                route.block = Some(block);
                s.navigate(route);
            }
            Action::ToggleTheme => s.prefs.theme = s.prefs.theme.next(),
            Action::TextSize(step) => s.prefs.resize(step),
            Action::OpenNote(n) => {
                // A hover preview never replaces a note the reader opened on purpose.
                let pinned = s.open_note.as_ref().is_some_and(|o| !o.preview);
                if !(n.preview && pinned) {
                    s.open_note = Some(n);
                }
            }
            Action::CloseNote => s.open_note = None,
            Action::ClosePreview(n) => {
                if s.open_note
                    .as_ref()
                    .is_some_and(|o| o.preview && o.number == n)
                {
                    s.open_note = None;
                }
            }
            Action::StepMatch(doc, by) => {
                if let Some(block) = s.search.step(&doc, by, s.route.block.as_deref()) {
                    s.route.block = Some(block);
                    s.scroll_to(false);
                }
            }
            Action::DismissNotice(i) => s.notices.dismiss(i),
            Action::FocusRelated(from, to) => {
                let shared = s
                    .data
                    .alignment
                    .for_block(&from)
                    .into_iter()
                    .find(|p| p.counterpart(&from) == Some(to.as_str()))
                    .map(|p| p.shared.clone());
                s.related = shared.map(|shared| RelatedFocus { from, to, shared });
            }
            Action::ToggleLinkedScroll => s.linked_scroll = !s.linked_scroll,
            Action::SettleMarks => s.search.settle(),
            Action::ShowMoreResults => s.search.show_more(),
            Action::SetNarrow(narrow) => s.layout.narrow = narrow,
            Action::Mounted => s.mounted = true,
            Action::UpdateReady => s.update_ready = true,
            Action::NamesOf(block) => {
                if let Some(doc) = s.doc_of_target(&block) {
                    // The index opens beside the passage's document, which stays on screen.
                    s.names_of = Some(block);
                    s.route.view = View::Index;
                    if !s.layout.panes.contains(&PaneContent::Index) {
                        let other = usize::from(s.layout.panes[0] == PaneContent::Doc(doc.clone()));
                        s.layout.set_pane(other, PaneContent::Index);
                    }
                    s.layout.show_doc(&mut s.route.view, &doc);
                    s.place_results(false);
                }
            }
        }
        Rc::new(s)
    }
}
