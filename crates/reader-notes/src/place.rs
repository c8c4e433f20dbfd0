//! Finding an annotation's words in the edition on screen, which may not be the one it was
//! made in: by the words (`reader_quote::anchor`), never by the offsets alone.
//!
//! In order: the saved position, when the edition is the same and the text there is still
//! the quoted words (the usual case, and cheap); the words in their passage (moved within it,
//! or changed only in typography); the words in another passage of the document (moved
//! there); the closest run of words in their passage (a few words changed); else the
//! annotation "could not be placed": it is kept and listed with its words, never dropped.

use std::ops::Range;

use reader_model::Document;
use reader_quote::{anchor, Anchoring};

use crate::Annotation;

/// Where an annotation's words are in a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Placement {
    /// The words are in the passage they were saved in, at `range` (characters of the
    /// passage's plain text).
    Exact {
        /// The passage's block id.
        passage: String,
        /// The words.
        range: Range<usize>,
    },
    /// The words are no longer in their passage but are, as they were, in this one.
    Moved {
        /// The block id of the passage that has them now.
        passage: String,
        /// The words.
        range: Range<usize>,
    },
    /// The words changed; `range` of their passage is the closest run of words, `edits`
    /// words away.
    Closest {
        /// The passage's block id.
        passage: String,
        /// The closest words.
        range: Range<usize>,
        /// How many words differ.
        edits: usize,
    },
    /// Nothing close enough in the document: shown in the list with its words only.
    Unplaced,
}

impl Placement {
    /// The passage and range to highlight, if any.
    pub fn highlight(&self) -> Option<(&str, Range<usize>)> {
        match self {
            Placement::Exact { passage, range }
            | Placement::Moved { passage, range }
            | Placement::Closest { passage, range, .. } => Some((passage, range.clone())),
            Placement::Unplaced => None,
        }
    }

    /// What the page says about it, in plain words (`None` when the words are where they
    /// were saved).
    pub fn describe(&self) -> Option<&'static str> {
        match self {
            Placement::Exact { .. } => None,
            Placement::Moved { .. } => Some("The words have moved to another passage."),
            Placement::Closest { .. } => {
                Some("The words have changed in this edition; the closest words are highlighted.")
            }
            Placement::Unplaced => {
                Some("Could not be placed: the words are no longer in this edition.")
            }
        }
    }
}

/// Finds `a`'s words in `doc`, whose edition is `edition` (see the module documentation).
pub fn place(a: &Annotation, doc: &Document, edition: &str) -> Placement {
    let own = doc.blocks.iter().find(|b| b.id == a.passage);
    if let Some(block) = own {
        let text = block.text();
        if let (true, Some(p)) = (a.edition == edition, a.position) {
            let there = text
                .chars()
                .skip(p.start)
                .take(p.end.saturating_sub(p.start));
            if p.start < p.end && there.eq(a.quote.exact.chars()) {
                return Placement::Exact {
                    passage: block.id.clone(),
                    range: p.start..p.end,
                };
            }
        }
        if let Anchoring::Exact(range) = anchor(&text, &a.quote, a.position.as_ref()) {
            return Placement::Exact {
                passage: block.id.clone(),
                range,
            };
        }
    }
    for block in doc.blocks.iter().filter(|b| b.id != a.passage) {
        if let Anchoring::Exact(range) = anchor(&block.text(), &a.quote, None) {
            return Placement::Moved {
                passage: block.id.clone(),
                range,
            };
        }
    }
    if let Some(block) = own {
        if let Anchoring::Closest { range, edits } =
            anchor(&block.text(), &a.quote, a.position.as_ref())
        {
            return Placement::Closest {
                passage: block.id.clone(),
                range,
                edits,
            };
        }
    }
    Placement::Unplaced
}

/// `a` saved against `edition` when its words were found as they were (exact or moved):
/// passage and selectors made anew from the passage's text, so the next start takes the
/// cheap path; `modified` is not changed (the annotation's content is the same, and two tabs
/// re-anchoring at once make the same record). `None` for a closest match or none: the
/// reader's words are kept as they were quoted.
pub fn reanchored(
    a: &Annotation,
    doc: &Document,
    edition: &str,
    placement: &Placement,
) -> Option<Annotation> {
    let (passage, range) = match placement {
        Placement::Exact { passage, range } | Placement::Moved { passage, range } => {
            (passage, range.clone())
        }
        _ => return None,
    };
    let block = doc.blocks.iter().find(|b| &b.id == passage)?;
    let selection = reader_quote::select(&block.text(), range).ok()?;
    let mut b = a.clone();
    b.edition = edition.to_string();
    b.passage = passage.clone();
    b.quote = selection.quote;
    b.position = Some(selection.position);
    (b != *a).then_some(b)
}
