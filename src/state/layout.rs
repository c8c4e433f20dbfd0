//! What the panes show: the two panes of the side-by-side view, what each showed before the
//! search results took it over, the visible tab on narrow screens, and where the results and
//! an opened document go.

use reader_model::Library;
use reader_route::View;

/// What a pane shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PaneContent {
    /// A document, by id.
    Doc(String),
    /// The search results.
    Results,
    /// Where the two sources meet: the related passage pairs.
    Overview,
    /// The timeline of both sources.
    Timeline,
    /// The index of names.
    Index,
}

/// The panes.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// The two panes of the side-by-side view.
    pub panes: [PaneContent; 2],
    /// What each pane showed before search results took it over.
    before_results: [Option<PaneContent>; 2],
    /// Narrow screens: which pane is the visible tab.
    pub active_tab: usize,
    /// The screen is narrow: the panes are tabs.
    pub narrow: bool,
}

impl Layout {
    /// The first two documents of `library` side by side.
    pub fn new(library: &Library) -> Layout {
        let mut docs = library.documents.iter().map(|d| d.id.clone());
        let first = docs.next().unwrap_or_default();
        let second = docs.next().unwrap_or_else(|| first.clone());
        Layout {
            panes: [PaneContent::Doc(first), PaneContent::Doc(second)],
            before_results: [None, None],
            active_tab: 0,
            narrow: false,
        }
    }

    /// The panes visible in `view`, with their index; `searching`: there is a query.
    pub fn visible_panes(&self, view: &View, searching: bool) -> Vec<(usize, PaneContent)> {
        match view {
            View::Both | View::Timeline | View::Index => {
                self.panes.iter().cloned().enumerate().collect()
            }
            View::Single(doc) => {
                let mut v = Vec::new();
                if searching {
                    v.push((0, PaneContent::Results));
                }
                v.push((1, PaneContent::Doc(doc.clone())));
                v
            }
        }
    }

    /// The pane the search results take: the left one, unless it shows the timeline (the
    /// search narrows the timeline, so it stays in view beside the results) or the index of
    /// names (whose entry for a searched name the results offer).
    pub fn results_pane(&self) -> usize {
        usize::from(matches!(
            self.panes[0],
            PaneContent::Timeline | PaneContent::Index
        ))
    }

    /// Puts the search results on screen while `searching`, and gives their pane back when
    /// not. `query_changed`: the reader is typing, so the results tab is shown.
    pub fn place_results(
        &mut self,
        library: &Library,
        view: &View,
        searching: bool,
        query_changed: bool,
    ) {
        if let View::Single(_) = view {
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
                let i = self.results_pane();
                self.before_results[i] = Some(self.panes[i].clone());
                self.panes[i] = PaneContent::Results;
            }
            if query_changed && self.panes.get(self.active_tab) != Some(&PaneContent::Results) {
                if let Some(i) = self.panes.iter().position(|p| *p == PaneContent::Results) {
                    self.active_tab = i;
                }
            }
        } else {
            for i in 0..2 {
                if self.panes[i] == PaneContent::Results {
                    let fallback = other_doc_than(library, &self.panes[1 - i]);
                    self.panes[i] = self.before_results[i]
                        .take()
                        .unwrap_or(PaneContent::Doc(fallback));
                }
            }
        }
    }

    /// Makes sure a pane shows `doc`: keeps it where it is, else puts it in the pane not
    /// showing results. In the single view, `view` becomes `doc`.
    pub fn show_doc(&mut self, view: &mut View, doc: &str) {
        if let View::Single(d) = view {
            if d != doc {
                *view = View::Single(doc.to_string());
            }
            self.active_tab = 1;
            return;
        }
        let want = PaneContent::Doc(doc.to_string());
        // A document about to be shown is no longer kept hidden anywhere (ids stay unique).
        for kept in self.before_results.iter_mut() {
            if kept.as_ref() == Some(&want) {
                *kept = None;
            }
        }
        let i = match self.panes.iter().position(|p| *p == want) {
            Some(i) => i,
            None => {
                // Replace a document pane (the right one when both are); with no document
                // pane, replace the overview rather than the results, and the results rather
                // than the timeline or the index (whose passages open beside them).
                let rank = |p: &PaneContent| match p {
                    PaneContent::Doc(_) => 0,
                    PaneContent::Overview => 1,
                    PaneContent::Results => 2,
                    PaneContent::Timeline | PaneContent::Index => 3,
                };
                let i = usize::from(rank(&self.panes[0]) >= rank(&self.panes[1]));
                self.panes[i] = want;
                i
            }
        };
        self.active_tab = i;
    }

    /// Pane `i` shows `content`; what the other pane already shows moves there instead.
    pub fn set_pane(&mut self, i: usize, content: PaneContent) {
        if i >= 2 {
            return;
        }
        if content != PaneContent::Results {
            self.before_results[i] = None;
        }
        // A document shown here is no longer kept hidden in the other pane.
        if self.before_results[1 - i].as_ref() == Some(&content) {
            self.before_results[1 - i] = None;
        }
        // The panes swap, so no content (and no element id) is ever on screen twice.
        if self.panes[1 - i] == content {
            self.panes[1 - i] = self.panes[i].clone();
            self.before_results.swap(0, 1);
        }
        self.panes[i] = content;
    }

    /// The timeline view: the left pane shows the timeline unless a pane already does (the
    /// passages it links to open in the right pane).
    pub fn show_timeline(&mut self) {
        if !self.panes.contains(&PaneContent::Timeline) {
            self.set_pane(0, PaneContent::Timeline);
        }
    }

    /// The index view: the left pane shows the index of names unless a pane already does (the
    /// passages it links to open in the right pane).
    pub fn show_index(&mut self) {
        if !self.panes.contains(&PaneContent::Index) {
            self.set_pane(0, PaneContent::Index);
        }
    }

    /// Shows tab `i` (narrow screens).
    pub fn set_tab(&mut self, i: usize) {
        if i < 2 {
            self.active_tab = i;
        }
    }

    /// The document pane `i` keeps mounted (hidden) while it shows the search results.
    pub fn kept_doc(&self, i: usize, view: &View) -> Option<String> {
        match (self.panes.get(i), self.before_results.get(i)) {
            (Some(PaneContent::Results), Some(Some(PaneContent::Doc(d))))
                if matches!(view, View::Both | View::Timeline | View::Index) =>
            {
                Some(d.clone())
            }
            _ => None,
        }
    }
}

/// A document id different from what `pane` shows (or the first document).
fn other_doc_than(library: &Library, pane: &PaneContent) -> String {
    let shown = match pane {
        PaneContent::Doc(d) => Some(d.as_str()),
        PaneContent::Results
        | PaneContent::Overview
        | PaneContent::Timeline
        | PaneContent::Index => None,
    };
    let mut ids = library.documents.iter().map(|d| d.id.as_str());
    ids.clone()
        .find(|d| Some(*d) != shown)
        .or_else(|| ids.next())
        .unwrap_or_default()
        .to_string()
}
