//! Why the timeline could not be built: a line of the review that does not fit the text, or a
//! document the rules cannot read against.

use std::fmt;

/// A build error of the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// Line `line` (1-based) of the review file is wrong.
    Review {
        /// The line number.
        line: usize,
        /// What is wrong with it.
        problem: Problem,
    },
    /// A document has no date of its own (or one that is not "YYYY" / "Month YYYY").
    NoDocumentDate(String),
}

/// What is wrong with a line of the review.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not `kind: field | field | …` with the fields the kind needs.
    Syntax(&'static str),
    /// An unknown kind before the colon.
    UnknownKind(String),
    /// A document id the library lacks.
    UnknownDocument(String),
    /// The quoted text is not in the document.
    NotFound(String),
    /// The quoted text occurs more than once: quote more of it.
    Ambiguous(String),
    /// The quoted text holds no date expression, or more than one where one is needed.
    Mentions(String, usize),
    /// The quoted text is in no event (or in more than one).
    Events(String, usize),
    /// Not a date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    BadDate(String),
    /// The anchor stands after the expression it dates, or the text to extend to lies in
    /// another passage or before the event.
    Order(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NoDocumentDate(doc) => write!(
                f,
                "document {doc} has no date the rules can read (YYYY or Month YYYY)"
            ),
            Error::Review { line, problem } => {
                write!(f, "content/timeline.txt line {line}: ")?;
                match problem {
                    Problem::Syntax(form) => write!(f, "expected `{form}`"),
                    Problem::UnknownKind(k) => write!(f, "unknown kind `{k}`"),
                    Problem::UnknownDocument(d) => write!(f, "unknown document `{d}`"),
                    Problem::NotFound(t) => write!(f, "“{t}” is not in the document"),
                    Problem::Ambiguous(t) => write!(f, "“{t}” occurs more than once; quote more"),
                    Problem::Mentions(t, n) => write!(f, "“{t}” holds {n} date expressions"),
                    Problem::Events(t, n) => write!(f, "“{t}” is in {n} events, not one"),
                    Problem::BadDate(d) => write!(f, "`{d}` is not YYYY, YYYY-MM or YYYY-MM-DD"),
                    Problem::Order(t) => write!(f, "“{t}” must come earlier (an anchor) or later in the same passage (an extension)"),
                }
            }
        }
    }
}

impl std::error::Error for Error {}
