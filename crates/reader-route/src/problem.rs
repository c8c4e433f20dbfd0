//! What a fragment can get wrong, in words the reader can act on.

use std::fmt;

use reader_text::MAX_QUERY_CHARS;

/// Something in a fragment that could not be used as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Percent-encoding was malformed; the text was kept as written.
    BadEncoding(String),
    /// A key the reader does not know.
    UnknownKey(String),
    /// The query was longer than `reader_text::MAX_QUERY_CHARS` and was cut.
    QueryCut,
    /// The fragment did not start with `#/`.
    NotARoute(String),
    /// The quote in the link could not be used; the passage is shown without it.
    Quote(QuoteProblem),
}

/// Why the quote of a link could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteProblem {
    /// A quote part was badly percent-encoded.
    BadEncoding,
    /// `quote=` was empty.
    Empty,
    /// `pre` or `suf` came without `quote`.
    ContextOnly,
    /// The quote came without a passage to look for it in.
    NoPassage,
    /// A quote part was longer than [`MAX_QUOTE_CHARS`](crate::MAX_QUOTE_CHARS).
    TooLong,
}

impl fmt::Display for Problem {
    /// ```
    /// let p = reader_route::Problem::UnknownKey("zoom".into());
    /// assert_eq!(p.to_string(), "The link has an unknown part “zoom”; it was ignored.");
    /// let p = reader_route::Problem::Quote(reader_route::QuoteProblem::Empty);
    /// assert_eq!(p.to_string(), "The quote in the link could not be read (it is empty); the passage is shown without it.");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::BadEncoding(s) => write!(
                f,
                "Part of the link is badly encoded (“{s}”); it was read as written."
            ),
            Problem::UnknownKey(k) => {
                write!(f, "The link has an unknown part “{k}”; it was ignored.")
            }
            Problem::QueryCut => write!(
                f,
                "The search in the link was too long and was cut to {MAX_QUERY_CHARS} characters."
            ),
            Problem::NotARoute(s) => write!(
                f,
                "The link “#{s}” is not a Belarus Reader address; showing the start page."
            ),
            Problem::Quote(p) => {
                f.write_str("The quote in the link could not be read (")?;
                f.write_str(match p {
                    QuoteProblem::BadEncoding => "it is badly encoded",
                    QuoteProblem::Empty => "it is empty",
                    QuoteProblem::ContextOnly => "it has no quoted words",
                    QuoteProblem::NoPassage => "it names no passage",
                    QuoteProblem::TooLong => "it is too long",
                })?;
                f.write_str("); the passage is shown without it.")
            }
        }
    }
}
