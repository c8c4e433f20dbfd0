//! What narrows the timeline: a chosen entry of the index of names (the events whose passage
//! mentions it), or else, while there is a query, the events whose passage matches it (the
//! passages of the marked results, so it changes when typing pauses, not at every keystroke).

use std::rc::Rc;

use reader_search::SearchResults;

/// Why the timeline is narrowed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FilterBy {
    /// The search for this query (as typed).
    Search(String),
    /// The chosen entry of the index of names (its name).
    Name(String),
}

/// The passages whose events the timeline shows.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineFilter {
    /// Why.
    pub by: FilterBy,
    /// Ids of the passages, in no particular order.
    pub blocks: Rc<[String]>,
    /// More passages match than the results hold (the search keeps the best ones only), so the
    /// events of some matching passages may be missing.
    pub capped: bool,
}

impl TimelineFilter {
    /// The filter of a search for `query` with `results` (the marked ones); none without a query.
    pub fn from_search(query: &str, results: &SearchResults) -> Option<TimelineFilter> {
        let query = query.trim();
        if query.is_empty() {
            return None;
        }
        let blocks: Rc<[String]> = results.hits.iter().map(|h| h.block_id.clone()).collect();
        let matching: usize = results.counts.iter().map(|(_, n)| n).sum();
        Some(TimelineFilter {
            by: FilterBy::Search(query.to_string()),
            capped: matching > blocks.len(),
            blocks,
        })
    }

    /// The filter of the chosen entry `name`, whose `mentions` are all its passages.
    pub fn from_name(name: &str, mentions: &SearchResults) -> TimelineFilter {
        TimelineFilter {
            by: FilterBy::Name(name.to_string()),
            blocks: mentions.hits.iter().map(|h| h.block_id.clone()).collect(),
            capped: false,
        }
    }

    /// The timeline shows the events of passage `block`.
    pub fn keeps(&self, block: &str) -> bool {
        self.blocks.iter().any(|b| b == block)
    }
}
