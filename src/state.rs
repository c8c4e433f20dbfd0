//! All app state in one reducer (as in Yew's `function_todomvc`). Components get plain data as
//! props and send [`Action`]s; nothing else mutates state.

use std::rc::Rc;

use reader_route::{Route, View};
use reader_search::SearchResults;
use yew::Reducible;

use crate::data::Data;

/// How views send actions: the reducer's dispatcher. It stays the same for the app's lifetime
/// (so as a prop it never forces a re-render), and sending never re-renders the sender itself.
/// Passed down as a prop or argument rather than as context: a context provider and its hook
/// cost 4.5 KB of WASM (measured).
pub type Dispatch = yew::UseReducerDispatcher<AppState>;

/// What a pane shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PaneContent {
    /// A document, by id.
    Doc(String),
    /// The search results.
    Results,
    /// Where the two sources meet: the related passage pairs.
    Overview,
}

/// Colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow the system setting.
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

impl Theme {
    /// The next theme in the toggle cycle.
    pub fn next(self) -> Theme {
        match self {
            Theme::System => Theme::Dark,
            Theme::Dark => Theme::Light,
            Theme::Light => Theme::System,
        }
    }
    /// Value stored in `localStorage` and in `data-theme`.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
    /// Reads a stored value; anything unknown is `System`.
    pub fn parse(s: &str) -> Theme {
        match s {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::System,
        }
    }
}

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

/// Smallest and largest text size steps.
pub const TEXT_SIZES: std::ops::RangeInclusive<i8> = -2..=4;

/// The whole state.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The documents and the index.
    pub data: Rc<Data>,
    /// What the URL says.
    pub route: Route,
    /// Results for `route.query` over all documents (the filter applies in the view), without
    /// snippets: the results list makes those of the hits it shows.
    pub results: Rc<SearchResults>,
    /// The results whose matches are marked in the documents (and counted in "n of m"): the
    /// same as `results`, except while the reader types, when they follow once typing pauses
    /// ([`Action::SettleMarks`]), so that a keystroke re-renders only the results list.
    pub marked: Rc<SearchResults>,
    /// How many results the list shows ([`RESULTS_PAGE`] more each time the reader asks).
    pub results_limit: usize,
    /// The two panes of the side-by-side view.
    pub panes: [PaneContent; 2],
    /// What each pane showed before search results took it over.
    pub pane_before_results: [Option<PaneContent>; 2],
    /// Narrow screens: which pane is the visible tab.
    pub active_tab: usize,
    /// Colour theme.
    pub theme: Theme,
    /// Text size step (0 = default).
    pub text_size: i8,
    /// The footnote popover, if open.
    pub open_note: Option<OpenNote>,
    /// The match being shown in each document ("n of m"), by document id.
    pub current_match: Vec<(String, usize)>,
    /// Messages for the reader (bad links, cut queries), newest last.
    pub notices: Vec<String>,
    /// Bumped whenever the reader asks to go to `route.block`, so the view scrolls again
    /// even when the same passage is opened twice.
    pub scroll_serial: u32,
    /// The related pair being compared, if any.
    pub related: Option<RelatedFocus>,
    /// Linked scrolling: the other pane follows the counterpart of the passage being read.
    pub linked_scroll: bool,
    /// Whether the passage scrolled to should also take keyboard focus (following a link: yes;
    /// stepping through matches with the buttons: no, focus stays on the button).
    pub focus_on_scroll: bool,
    /// The screen is narrow: the panes are tabs.
    pub narrow: bool,
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
    /// Set the theme (from storage at start-up).
    SetTheme(Theme),
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
    /// Show a notice.
    Notice(String),
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
}

/// How many results the list shows at first, and how many more each "Show more" adds.
pub const RESULTS_PAGE: usize = 10;

/// Queries longer than this many characters are cut before searching (a 1 MB paste stays fast).
pub const MAX_QUERY_INPUT: usize = reader_route::MAX_QUERY_CHARS;

impl AppState {
    /// The state for a first load at `route`.
    pub fn new(data: Rc<Data>, route: Route) -> AppState {
        let docs: Vec<String> = data
            .library
            .documents
            .iter()
            .map(|d| d.id.clone())
            .collect();
        let first = docs.first().cloned().unwrap_or_default();
        let second = docs.get(1).cloned().unwrap_or_else(|| first.clone());
        let mut state = AppState {
            data,
            route: Route::default(),
            results: Rc::new(SearchResults::default()),
            marked: Rc::new(SearchResults::default()),
            results_limit: RESULTS_PAGE,
            panes: [PaneContent::Doc(first), PaneContent::Doc(second)],
            pane_before_results: [None, None],
            active_tab: 0,
            theme: Theme::System,
            text_size: 0,
            open_note: None,
            current_match: Vec::new(),
            notices: Vec::new(),
            scroll_serial: 0,
            related: None,
            linked_scroll: false,
            focus_on_scroll: false,
            narrow: false,
            mounted: false,
            update_ready: false,
        };
        state.navigate(route);
        state
    }

    /// Adds a message for the reader, unless the same one is already shown.
    fn notice(&mut self, message: String) {
        if !self.notices.contains(&message) {
            self.notices.push(message);
        }
    }

    /// Ids of the documents, in order.
    pub fn doc_ids(&self) -> impl Iterator<Item = &str> {
        self.data.library.documents.iter().map(|d| d.id.as_str())
    }

    fn is_doc(&self, id: &str) -> bool {
        self.doc_ids().any(|d| d == id)
    }

    /// The panes visible in the current view, with their index.
    pub fn visible_panes(&self) -> Vec<(usize, PaneContent)> {
        match &self.route.view {
            View::Both => self.panes.iter().cloned().enumerate().collect(),
            View::Single(doc) => {
                let mut v = Vec::new();
                if !self.route.query.trim().is_empty() {
                    v.push((0, PaneContent::Results));
                }
                v.push((1, PaneContent::Doc(doc.clone())));
                v
            }
        }
    }

    fn navigate(&mut self, mut route: Route) {
        for p in route.problems.drain(..) {
            self.notice(p.to_string());
        }
        if let View::Single(doc) = &route.view {
            if !self.is_doc(doc) {
                self.notice(format!(
                    "There is no document “{doc}”; showing both documents."
                ));
                route.view = View::Both;
            }
        }
        if let Some(f) = &route.filter {
            if !self.is_doc(f) {
                self.notice(format!(
                    "There is no document “{f}” to filter by; showing results from all documents."
                ));
                route.filter = None;
            }
        }
        let target = route.block.clone();
        if let Some(block) = &target {
            if self.doc_of_target(block).is_none() {
                self.notice(format!(
                    "The passage “{}” is not in these documents; it may come from another edition.",
                    clip(block, 60)
                ));
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
            self.run_search();
        } else {
            self.place_results(false);
        }
        // Not typing: the documents mark the matches at once.
        self.marked = self.results.clone();
        if let Some(block) = self.route.block.clone() {
            if let Some(doc) = self.doc_of_target(&block) {
                self.show_doc(&doc);
                // "n of m" follows the opened passage when it is one of the matches.
                let pos = self.doc_hits(&doc).iter().position(|h| h.block_id == block);
                self.current_match.retain(|(d, _)| *d != doc);
                if let Some(pos) = pos {
                    self.current_match.push((doc, pos));
                }
            }
            self.scroll_serial = self.scroll_serial.wrapping_add(1);
            self.focus_on_scroll = true;
        }
        self.open_note = None;
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

    fn run_search(&mut self) {
        if self.route.query.chars().count() > MAX_QUERY_INPUT {
            self.route.query = self.route.query.chars().take(MAX_QUERY_INPUT).collect();
            self.notice(format!(
                "The search was too long and was cut to {MAX_QUERY_INPUT} characters."
            ));
        }
        self.results = Rc::new(
            self.data
                .index
                .search_without_snippets(&self.data.library, &self.route.query),
        );
        self.current_match.clear();
        self.results_limit = RESULTS_PAGE;
        self.place_results(true);
    }

    /// Puts the search results on screen while there is a query, and gives their pane back
    /// when there is none. `query_changed`: the reader is typing, so the results tab is shown.
    fn place_results(&mut self, query_changed: bool) {
        let searching = !self.route.query.trim().is_empty();
        if let View::Single(_) = self.route.view {
            // Single view: tab 0 is the results (while searching), tab 1 the document.
            if !searching {
                self.active_tab = 1;
            } else if query_changed {
                self.active_tab = 0;
            }
            return;
        }
        if searching {
            if !self.panes.contains(&PaneContent::Results) {
                self.pane_before_results[0] = Some(self.panes[0].clone());
                self.panes[0] = PaneContent::Results;
            }
            if query_changed && self.panes.get(self.active_tab) != Some(&PaneContent::Results) {
                if let Some(i) = self.panes.iter().position(|p| *p == PaneContent::Results) {
                    self.active_tab = i;
                }
            }
        } else {
            for i in 0..2 {
                if self.panes[i] == PaneContent::Results {
                    let fallback = self.other_doc_than(&self.panes[1 - i]);
                    self.panes[i] = self.pane_before_results[i]
                        .take()
                        .unwrap_or(PaneContent::Doc(fallback));
                }
            }
        }
    }

    /// A document id different from what `pane` shows (or the first document).
    fn other_doc_than(&self, pane: &PaneContent) -> String {
        let shown = match pane {
            PaneContent::Doc(d) => Some(d.as_str()),
            PaneContent::Results | PaneContent::Overview => None,
        };
        self.doc_ids()
            .find(|d| Some(*d) != shown)
            .or_else(|| self.doc_ids().next())
            .unwrap_or_default()
            .to_string()
    }

    /// Makes sure a pane shows `doc`: keeps it where it is, else puts it in the pane not showing results.
    fn show_doc(&mut self, doc: &str) {
        if let View::Single(d) = &self.route.view {
            if d != doc {
                self.route.view = View::Single(doc.to_string());
            }
            self.active_tab = 1;
            return;
        }
        let want = PaneContent::Doc(doc.to_string());
        // A document about to be shown is no longer kept hidden anywhere (ids stay unique).
        for kept in self.pane_before_results.iter_mut() {
            if kept.as_ref() == Some(&want) {
                *kept = None;
            }
        }
        let i = match self.panes.iter().position(|p| *p == want) {
            Some(i) => i,
            None => {
                // Keep the results or overview on screen: replace a document pane, the right
                // one when both show documents.
                // Replace a document pane (the right one when both are); with no document pane,
                // replace the overview rather than the results.
                let rank = |p: &PaneContent| match p {
                    PaneContent::Doc(_) => 0,
                    PaneContent::Overview => 1,
                    PaneContent::Results => 2,
                };
                let i = if rank(&self.panes[0]) < rank(&self.panes[1]) {
                    0
                } else {
                    1
                };
                self.panes[i] = want;
                i
            }
        };
        self.active_tab = i;
    }

    /// The document pane `i` keeps mounted (hidden) while it shows the search results.
    pub fn kept_doc(&self, i: usize) -> Option<String> {
        match (self.panes.get(i), self.pane_before_results.get(i)) {
            (Some(PaneContent::Results), Some(Some(PaneContent::Doc(d))))
                if matches!(self.route.view, View::Both) =>
            {
                Some(d.clone())
            }
            _ => None,
        }
    }

    /// The marked search hits in one document, in document order (for "n of m").
    pub fn doc_hits(&self, doc: &str) -> Vec<&reader_search::Hit> {
        let mut hits: Vec<&reader_search::Hit> = self
            .marked
            .hits
            .iter()
            .filter(|h| h.doc_id == doc)
            .collect();
        reader_search::sort::sort_by(&mut hits, |a, b| a.block_index < b.block_index);
        hits
    }

    /// The match shown in a document (0-based), if any.
    pub fn match_in(&self, doc: &str) -> Option<usize> {
        self.current_match
            .iter()
            .find(|(d, _)| d == doc)
            .map(|(_, n)| *n)
    }
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        s.chars().take(max).chain(std::iter::once('…')).collect()
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Navigate(route) => s.navigate(route),
            Action::SetQuery(q) => {
                s.route.query = q;
                s.route.block = None;
                s.related = None;
                s.run_search();
                // A cleared search unmarks the documents at once (no marks to wait for).
                if s.route.query.trim().is_empty() {
                    s.marked = s.results.clone();
                }
            }
            Action::SetFilter(f) => {
                s.route.filter = f.filter(|f| s.is_doc(f));
                s.results_limit = RESULTS_PAGE;
            }
            Action::SetPane(i, content) => {
                if i < 2 {
                    if content != PaneContent::Results {
                        s.pane_before_results[i] = None;
                    }
                    // A document shown here is no longer kept hidden in the other pane.
                    if s.pane_before_results[1 - i].as_ref() == Some(&content) {
                        s.pane_before_results[1 - i] = None;
                    }
                    // What the other pane already shows moves here and the panes swap, so no
                    // content (and no element id) is ever on screen twice.
                    if s.panes[1 - i] == content {
                        s.panes[1 - i] = s.panes[i].clone();
                        s.pane_before_results.swap(0, 1);
                    }
                    s.panes[i] = content;
                }
            }
            Action::SetTab(i) => {
                if i < 2 {
                    s.active_tab = i;
                }
            }
            Action::SetView(view) => {
                s.route.view = view;
                s.place_results(false);
            }
            Action::OpenPassage(block) => {
                let mut route = s.route.clone();
                route.block = Some(block);
                s.navigate(route);
            }
            Action::ToggleTheme => s.theme = s.theme.next(),
            Action::SetTheme(t) => s.theme = t,
            Action::TextSize(step) => {
                s.text_size = (s.text_size + step).clamp(*TEXT_SIZES.start(), *TEXT_SIZES.end());
            }
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
            Action::StepMatch(doc, step) => {
                s.marked = s.results.clone();
                let hits: Vec<String> = s
                    .doc_hits(&doc)
                    .iter()
                    .map(|h| h.block_id.clone())
                    .collect();
                if !hits.is_empty() {
                    let cur = s
                        .match_in(&doc)
                        .or_else(|| {
                            s.route
                                .block
                                .as_ref()
                                .and_then(|b| hits.iter().position(|h| h == b))
                        })
                        .map(|c| c as i64)
                        .unwrap_or(if step < 0 { 0 } else { -1 });
                    let next = (cur + step as i64).rem_euclid(hits.len() as i64) as usize;
                    s.current_match.retain(|(d, _)| *d != doc);
                    s.current_match.push((doc.clone(), next));
                    s.route.block = Some(hits[next].clone());
                    s.scroll_serial = s.scroll_serial.wrapping_add(1);
                    s.focus_on_scroll = false;
                }
            }
            Action::DismissNotice(i) => {
                if i < s.notices.len() {
                    s.notices.remove(i);
                }
            }
            Action::Notice(n) => s.notice(n),
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
            Action::SettleMarks => s.marked = s.results.clone(),
            Action::ShowMoreResults => {
                s.results_limit = s.results_limit.saturating_add(RESULTS_PAGE)
            }
            Action::SetNarrow(narrow) => s.narrow = narrow,
            Action::Mounted => s.mounted = true,
            Action::UpdateReady => s.update_ready = true,
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> AppState {
        let lib = reader_content::library().expect("curated content");
        let index = reader_search::build_index(&lib);
        let align = reader_align::encode(&reader_align::align(&lib));
        let data = Data::from_bytes(&lib.to_bytes(), &index, &align).expect("data");
        AppState::new(data, Route::default())
    }

    fn reduce(s: AppState, a: Action) -> AppState {
        (*Rc::new(s).reduce(a)).clone()
    }

    #[test]
    fn results_take_a_pane_and_keep_its_document_for_later() {
        let s = reduce(state(), Action::SetQuery("Minsk".into()));
        assert_eq!(
            s.panes,
            [PaneContent::Results, PaneContent::Doc("heritage".into())]
        );
        assert_eq!(s.kept_doc(0).as_deref(), Some("rferl"));
        let s = reduce(s, Action::SetQuery(String::new()));
        assert_eq!(
            s.panes,
            [
                PaneContent::Doc("rferl".into()),
                PaneContent::Doc("heritage".into())
            ]
        );
        assert_eq!(s.kept_doc(0), None);
    }

    #[test]
    fn a_document_is_never_both_kept_hidden_and_shown() {
        let s = reduce(state(), Action::SetQuery("Minsk".into()));
        let rferl_block = s
            .results
            .hits
            .iter()
            .find(|h| h.doc_id == "rferl")
            .unwrap()
            .block_id
            .clone();
        let s = reduce(s, Action::OpenPassage(rferl_block));
        assert_eq!(
            s.panes,
            [PaneContent::Results, PaneContent::Doc("rferl".into())]
        );
        assert_eq!(
            s.kept_doc(0),
            None,
            "rferl is shown in the right pane, not kept in the left"
        );
        let s = reduce(state(), Action::SetQuery("Minsk".into()));
        let s = reduce(s, Action::SetPane(1, PaneContent::Doc("rferl".into())));
        assert_eq!(s.kept_doc(0), None);
    }

    #[test]
    fn bad_links_become_notices_and_keep_the_rest() {
        let s = AppState::new(
            state().data,
            Route::parse("#/no-such-block?q=oil&view=nope&zoom=1"),
        );
        assert_eq!(s.route.query, "oil");
        assert_eq!(s.route.block, None);
        assert_eq!(s.route.view, View::Both);
        assert_eq!(s.notices.len(), 3, "{:?}", s.notices);
    }

    fn settle(s: AppState) -> AppState {
        reduce(s, Action::SettleMarks)
    }

    #[test]
    fn typing_defers_the_document_marks_and_anything_else_settles_them() {
        let s = reduce(state(), Action::SetQuery("Minsk".into()));
        assert!(!s.results.hits.is_empty());
        assert!(
            s.marked.hits.is_empty(),
            "typing: documents keep the old marks"
        );
        assert!(s.doc_hits("rferl").is_empty(), "and the old counts");
        let cleared = reduce(settle(s.clone()), Action::SetQuery(String::new()));
        assert!(cleared.marked.hits.is_empty(), "clearing unmarks at once");
        let settled = reduce(s.clone(), Action::SettleMarks);
        assert!(Rc::ptr_eq(&settled.results, &settled.marked));
        // Opening a result, or a link, marks at once.
        let block = s.results.hits[0].block_id.clone();
        let opened = reduce(s.clone(), Action::OpenPassage(block));
        assert!(Rc::ptr_eq(&opened.results, &opened.marked));
        let linked = AppState::new(state().data, Route::parse("#/?q=Minsk"));
        assert!(!linked.marked.hits.is_empty());
        // Stepping through matches marks at once.
        let stepped = reduce(s, Action::StepMatch("rferl".into(), 1));
        assert!(Rc::ptr_eq(&stepped.results, &stepped.marked));
        assert!(stepped.route.block.is_some());
    }

    #[test]
    fn results_show_a_page_at_a_time_and_start_again_for_a_new_query_or_filter() {
        let s = reduce(state(), Action::SetQuery("Belarus".into()));
        assert_eq!(s.results_limit, RESULTS_PAGE);
        let s = reduce(s, Action::ShowMoreResults);
        let s = reduce(s, Action::ShowMoreResults);
        assert_eq!(s.results_limit, 3 * RESULTS_PAGE);
        let f = reduce(s.clone(), Action::SetFilter(Some("heritage".into())));
        assert_eq!(f.results_limit, RESULTS_PAGE);
        let q = reduce(s, Action::SetQuery("Belarus Russia".into()));
        assert_eq!(q.results_limit, RESULTS_PAGE);
    }
}
