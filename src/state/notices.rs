//! Messages for the reader (bad links, cut queries) as data: the view
//! (`components::notices`) says them in words.

use reader_route::Problem;

/// One message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Part of the link could not be read as written.
    Link(Problem),
    /// The link names a document that is not here (the view falls back to both).
    NoSuchDocument(String),
    /// The link filters by a document that is not here (results from all are shown).
    NoSuchFilter(String),
    /// The link's passage is not in these documents (its id).
    NoSuchPassage(String),
    /// The link names an entry the index of names does not have (its id).
    NoSuchEntity(String),
    /// The typed search was cut to [`reader_text::MAX_QUERY_CHARS`] characters.
    QueryCut,
}

/// The messages shown, oldest first, each once.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Notices(Vec<Notice>);

impl Notices {
    /// Adds a message, unless the same one is already shown.
    pub fn push(&mut self, notice: Notice) {
        if !self.0.contains(&notice) {
            self.0.push(notice);
        }
    }

    /// Removes message `i`, if there is one.
    pub fn dismiss(&mut self, i: usize) {
        if i < self.0.len() {
            self.0.remove(i);
        }
    }

    /// The messages, oldest first.
    pub fn list(&self) -> &[Notice] {
        &self.0
    }
}
