//! Quotes in Belarus Reader: W3C Web Annotation selectors for a span of a passage, and
//! anchoring them back in the passage, also after the edition's text has changed. Quote links,
//! and later highlights and notes, are built on these.
//!
//! A quote is a [`TextQuoteSelector`] (the quoted words with a little context before and after)
//! and, where a position can be saved, a [`TextPositionSelector`]. [`select`] makes both from a
//! passage's plain text (`reader_model::Block::text` of the block) and a range of it;
//! [`anchor`] finds the quote again and says how well in an [`Anchoring`]: the words exactly,
//! the closest match in the passage, or only the passage.
//!
//! **Offsets count Unicode scalar values** (Rust `char`s), not UTF-8 bytes and not UTF-16 code
//! units. The Web Annotation model counts characters this way ("code points", §4.2.5), so
//! saved selectors are interchangeable with other tools; a char offset can never fall inside a
//! UTF-8 sequence, so no range can panic when it slices; and it does not depend on the browser.
//! The page converts a DOM selection's UTF-16 offsets with [`utf16_to_char`] (and back with
//! [`char_to_utf16`]).
//!
//! ```
//! use reader_quote::{anchor, select, Anchoring};
//!
//! let text = "Belarus and Russia are also connected militarily. Belarus also jeopardizes \
//!             the general security of Estonia, Latvia, and Poland.";
//! // The second "Belarus" (characters 50 to 57).
//! let selection = select(text, 50..57).unwrap();
//! assert_eq!(selection.quote.exact, "Belarus");
//! assert_eq!(selection.quote.prefix, "are also connected militarily. ");
//! // The context tells the two apart without a position.
//! assert_eq!(anchor(text, &selection.quote, None), Anchoring::Exact(50..57));
//!
//! // A later edition moved the words; they are found where they are now.
//! let changed = "Belarus also jeopardizes the general security of Estonia, Latvia, and Poland.";
//! let found = anchor(changed, &selection.quote, Some(&selection.position));
//! assert_eq!(found, Anchoring::Exact(0..7));
//! assert_eq!(found.describe(), "The quoted words are highlighted.");
//! ```

#![forbid(unsafe_code)]

mod anchor;
mod fuzzy;
mod normalize;
mod offsets;
mod select;

use std::fmt;
use std::ops::Range;

pub use anchor::anchor;
pub use fuzzy::MAX_CELLS;
pub use offsets::{char_to_utf16, utf16_to_char};
pub use select::{select, CONTEXT_CHARS};

/// The quoted words and the text just around them (W3C `TextQuoteSelector`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct TextQuoteSelector {
    /// The quoted words, exactly as the passage has them.
    pub exact: String,
    /// Text right before the words (may be empty).
    pub prefix: String,
    /// Text right after the words (may be empty).
    pub suffix: String,
}

/// Where the quoted words are in the passage's plain text (W3C `TextPositionSelector`):
/// character offsets, `start` included, `end` excluded.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct TextPositionSelector {
    /// Offset of the first quoted character.
    pub start: usize,
    /// Offset just past the last quoted character.
    pub end: usize,
}

/// Both selectors for one span of a passage, as [`select`] makes them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Selection {
    /// The words and their context: what a quote link carries.
    pub quote: TextQuoteSelector,
    /// The position: a hint when anchoring, where it can be saved.
    pub position: TextPositionSelector,
}

/// Why a range cannot be made into a selector.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeError {
    /// The range selects nothing (its end is not after its start).
    Empty,
    /// The range ends past the end of the text (`len` characters).
    PastEnd {
        /// The range's end.
        end: usize,
        /// The text's length in characters.
        len: usize,
    },
}

impl fmt::Display for RangeError {
    /// ```
    /// let e = reader_quote::RangeError::PastEnd { end: 9, len: 4 };
    /// assert_eq!(e.to_string(), "The selection ends at character 9, past the end of the passage (4 characters).");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RangeError::Empty => f.write_str("The selection is empty."),
            RangeError::PastEnd { end, len } => write!(
                f,
                "The selection ends at character {end}, past the end of the passage ({len} characters)."
            ),
        }
    }
}

impl std::error::Error for RangeError {}

/// How a quote was found in a passage (character ranges of the passage's plain text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Anchoring {
    /// The quoted words are there (whitespace, quote marks and dashes may differ).
    Exact(Range<usize>),
    /// The words are not there as quoted; `range` is the closest run of whole words, `edits`
    /// words away from the quote (words inserted, deleted or changed).
    Closest {
        /// The closest match.
        range: Range<usize>,
        /// How many words differ.
        edits: usize,
    },
    /// Nothing close enough: show the passage itself.
    PassageOnly,
}

impl Anchoring {
    /// The range to highlight, if any.
    ///
    /// ```
    /// assert_eq!(reader_quote::Anchoring::PassageOnly.range(), None);
    /// ```
    pub fn range(&self) -> Option<Range<usize>> {
        match self {
            Anchoring::Exact(r) | Anchoring::Closest { range: r, .. } => Some(r.clone()),
            Anchoring::PassageOnly => None,
        }
    }

    /// What the page tells the reader, in plain words.
    ///
    /// ```
    /// let a = reader_quote::Anchoring::Closest { range: 0..4, edits: 2 };
    /// assert!(a.describe().contains("changed"));
    /// ```
    pub fn describe(&self) -> &'static str {
        match self {
            Anchoring::Exact(_) => "The quoted words are highlighted.",
            Anchoring::Closest { .. } => {
                "The quoted words have changed in this edition; the closest words are highlighted."
            }
            Anchoring::PassageOnly => {
                "The quoted words are no longer in this passage; the whole passage is shown."
            }
        }
    }
}
