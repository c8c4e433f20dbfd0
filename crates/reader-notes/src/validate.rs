//! The checks every annotation passes, whether the page makes it, the store loads it or a
//! file imports it: what each field may hold and how long it may be. A failed check says
//! which field and why ([`FieldError`]).

use std::fmt;

use crate::Annotation;

/// The most characters a note may have.
pub const MAX_NOTE_CHARS: usize = 10_000;
/// The most characters the quoted words, and their prefix and suffix each, may have: the
/// quote links' own cap (curated passages are under 1,100 characters).
pub const MAX_QUOTE_CHARS: usize = reader_route::MAX_QUOTE_CHARS;
/// The most characters a document id, a passage id or an edition may have.
pub const MAX_NAME_CHARS: usize = 120;
/// The largest character offset a position selector may hold.
pub const MAX_OFFSET: usize = 1_000_000;

/// Which field failed a check and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The field, as it is named in the exported JSON ("target.selector.exact").
    pub field: &'static str,
    /// What is wrong with it.
    pub problem: Problem,
}

/// What is wrong with a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// It is not there.
    Missing,
    /// It is there but not of the kind expected (e.g. a number for a text).
    WrongKind,
    /// It is empty.
    Empty,
    /// It is longer than `max` characters.
    TooLong {
        /// The limit.
        max: usize,
    },
    /// It holds control characters (only line breaks and tabs may be in a note).
    ControlCharacter,
    /// An id, name or time not in its form (a UUID; letters, digits, `-`, `_`, `.`; an
    /// ISO 8601 time with a time zone, from 1970 to 9999).
    BadForm,
    /// Not one of the highlight colours.
    UnknownColour,
    /// A position whose end is not after its start, or past [`MAX_OFFSET`].
    BadRange,
    /// Modified before it was created.
    ModifiedBeforeCreated,
}

impl fmt::Display for FieldError {
    /// ```
    /// use reader_notes::{FieldError, Problem};
    /// let e = FieldError { field: "body.value", problem: Problem::TooLong { max: 10_000 } };
    /// assert_eq!(e.to_string(), "body.value is longer than 10000 characters");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let field = self.field;
        match &self.problem {
            Problem::Missing => write!(f, "{field} is missing"),
            Problem::WrongKind => write!(f, "{field} is not of the expected kind"),
            Problem::Empty => write!(f, "{field} is empty"),
            Problem::TooLong { max } => write!(f, "{field} is longer than {max} characters"),
            Problem::ControlCharacter => write!(f, "{field} holds control characters"),
            Problem::BadForm => write!(f, "{field} is not in the expected form"),
            Problem::UnknownColour => write!(f, "{field} is not one of the highlight colours"),
            Problem::BadRange => write!(f, "{field} is not a range of a passage"),
            Problem::ModifiedBeforeCreated => write!(f, "{field} is before the creation time"),
        }
    }
}

impl std::error::Error for FieldError {}

fn fail<T>(field: &'static str, problem: Problem) -> Result<T, FieldError> {
    Err(FieldError { field, problem })
}

/// Checks a whole annotation (the page's, the store's or an import's).
pub(crate) fn annotation(a: &Annotation) -> Result<(), FieldError> {
    name("target.document", &a.document, false)?;
    name("target.edition", &a.edition, true)?;
    name("target.passage", &a.passage, false)?;
    quote_part("target.selector.exact", &a.quote.exact, false)?;
    quote_part("target.selector.prefix", &a.quote.prefix, true)?;
    quote_part("target.selector.suffix", &a.quote.suffix, true)?;
    if let Some(p) = a.position {
        if p.start >= p.end || p.end > MAX_OFFSET {
            return fail("target.selector.start", Problem::BadRange);
        }
    }
    if note(&a.note)? != a.note {
        // Only `\n` line breaks are stored.
        return fail("body.value", Problem::ControlCharacter);
    }
    if a.modified < a.created {
        return fail("modified", Problem::ModifiedBeforeCreated);
    }
    Ok(())
}

/// A note as stored: line breaks made `\n`; other control characters (but tabs) refused.
pub(crate) fn note(text: &str) -> Result<String, FieldError> {
    const FIELD: &str = "body.value";
    if text.chars().count() > MAX_NOTE_CHARS {
        return fail(
            FIELD,
            Problem::TooLong {
                max: MAX_NOTE_CHARS,
            },
        );
    }
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return fail(FIELD, Problem::ControlCharacter);
    }
    Ok(text)
}

/// A document id, passage id or edition: ASCII letters, digits, `-`, `_` and `.`.
fn name(field: &'static str, s: &str, may_be_empty: bool) -> Result<(), FieldError> {
    if s.is_empty() {
        return match may_be_empty {
            true => Ok(()),
            false => fail(field, Problem::Empty),
        };
    }
    if s.len() > MAX_NAME_CHARS {
        return fail(
            field,
            Problem::TooLong {
                max: MAX_NAME_CHARS,
            },
        );
    }
    let ok = s
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    match ok {
        true => Ok(()),
        false => fail(field, Problem::BadForm),
    }
}

/// The quoted words or their context: text without control characters but line breaks.
fn quote_part(field: &'static str, s: &str, may_be_empty: bool) -> Result<(), FieldError> {
    if s.is_empty() && !may_be_empty {
        return fail(field, Problem::Empty);
    }
    if s.chars().count() > MAX_QUOTE_CHARS {
        return fail(
            field,
            Problem::TooLong {
                max: MAX_QUOTE_CHARS,
            },
        );
    }
    match s
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\t'))
    {
        true => fail(field, Problem::ControlCharacter),
        false => Ok(()),
    }
}
