//! The review: `content/timeline.txt`, what the rules cannot decide, each with its reason.
//! One entry a line, `kind: field | field | …`; `#` starts a comment line. Text is quoted
//! exactly as the document has it and must occur there once.
//!
//! | kind | fields | meaning |
//! | --- | --- | --- |
//! | `not-event` | doc, text, reason | the date expressions inside `text` are no event |
//! | `date` | doc, text, date, reason | the expression inside `text` stands for `date` |
//! | `anchor` | doc, text, anchor text, reason | the expression inside `text` is read against the one inside `anchor text` |
//! | `extend` | doc, text, through text, reason | the event of `text` runs on to the sentence holding `through text` |
//! | `event` | doc, text, anchor text, reason | the undated sentence holding `text` has the date of the event inside `anchor text` |
//! | `join` | doc, text, doc, text, reason | the two events holding the texts are the same event |

use crate::date::Date;
use crate::error::{Error, Problem};

/// The reviewed file, embedded.
pub const EMBEDDED: &str = include_str!("../../../content/timeline.txt");

/// Text quoted from a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// The document id.
    pub doc: String,
    /// The text, exactly as written.
    pub text: String,
}

/// One reviewed decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    /// Not an event.
    NotEvent(Quote),
    /// A date the rules would get wrong.
    Date(Quote, Date),
    /// Read against another statement.
    Anchor(Quote, String),
    /// The statement runs on to a later sentence.
    Extend(Quote, String),
    /// An undated statement dated by its context.
    Event(Quote, String),
    /// The same event in two documents.
    Join(Quote, Quote),
}

/// An entry with its line and reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reviewed {
    /// 1-based line number in the file.
    pub line: usize,
    /// The decision.
    pub entry: Entry,
    /// Why.
    pub reason: String,
}

/// Parses a review file.
///
/// ```
/// use reader_timeline::review::{parse, Entry};
/// let r = parse("# a comment\ndate: rferl | five years after | 2014 | the present is 2019\n").unwrap();
/// assert!(matches!(&r[0].entry, Entry::Date(q, d) if q.text == "five years after" && d.year == 2014));
/// assert_eq!(r[0].line, 2);
/// assert!(parse("date: rferl | x | 20xx | why").is_err());
/// ```
pub fn parse(text: &str) -> Result<Vec<Reviewed>, Error> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let raw = raw.trim();
        if raw.is_empty() || raw.starts_with('#') {
            continue;
        }
        let fail = |problem| Error::Review { line, problem };
        let (kind, rest) = raw
            .split_once(':')
            .ok_or(fail(Problem::Syntax("kind: field | field")))?;
        let f: Vec<&str> = rest.split(" | ").map(str::trim).collect();
        let quote = |d: &str, t: &str| Quote {
            doc: d.into(),
            text: t.into(),
        };
        let (entry, reason) = match (kind, f.as_slice()) {
            ("not-event", [d, t, r]) => (Entry::NotEvent(quote(d, t)), r),
            ("date", [d, t, date, r]) => {
                let date = Date::parse(date).ok_or(fail(Problem::BadDate(date.to_string())))?;
                (Entry::Date(quote(d, t), date), r)
            }
            ("anchor", [d, t, a, r]) => (Entry::Anchor(quote(d, t), a.to_string()), r),
            ("extend", [d, t, a, r]) => (Entry::Extend(quote(d, t), a.to_string()), r),
            ("event", [d, t, a, r]) => (Entry::Event(quote(d, t), a.to_string()), r),
            ("join", [d, t, d2, t2, r]) => (Entry::Join(quote(d, t), quote(d2, t2)), r),
            ("not-event" | "date" | "anchor" | "extend" | "event" | "join", _) => {
                return Err(fail(Problem::Syntax(form(kind))))
            }
            _ => return Err(fail(Problem::UnknownKind(kind.to_string()))),
        };
        if f.iter().any(|x| x.is_empty()) {
            return Err(fail(Problem::Syntax(form(kind))));
        }
        out.push(Reviewed {
            line,
            entry,
            reason: reason.to_string(),
        });
    }
    Ok(out)
}

/// The fields of a kind, for the error message.
fn form(kind: &str) -> &'static str {
    match kind {
        "not-event" => "not-event: doc | text | reason",
        "date" => "date: doc | text | YYYY[-MM[-DD]] | reason",
        "anchor" => "anchor: doc | text | anchor text | reason",
        "extend" => "extend: doc | text | through text | reason",
        "event" => "event: doc | text | anchor text | reason",
        _ => "join: doc | text | doc | text | reason",
    }
}
