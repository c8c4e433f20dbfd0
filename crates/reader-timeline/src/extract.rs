//! Extraction: the date expressions of a passage's text, each with its byte range and what it
//! says (an explicit date, a month or day without a year, or a date relative to another).
//! Periods ("for years", "over the next five years", "a quarter century") are not dates and
//! are not matched.

use std::ops::Range;

use crate::date::{month_number, Date};

/// What a date expression says, before it is resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A full date: "2008", "March 2006", "November 2018".
    Explicit(Date),
    /// A day without a year: "September 17".
    MonthDay(u8, u8),
    /// A month without a year: "in September".
    Month(u8),
    /// "last December": the latest such month before the time of writing.
    LastMonth(u8),
    /// "this past January": the latest such month up to the time of writing.
    PastMonth(u8),
    /// "this month": the month of writing.
    ThisMonth,
    /// "last year", "this past year": the year before the year of writing.
    LastYear,
    /// "a year later", "two years later", "a month after", "after 20 years": counted from
    /// another dated statement.
    Later {
        /// How many units.
        n: u16,
        /// Months (true) or years.
        months: bool,
    },
    /// "a two-decade old plan": that many decades before the time of writing.
    DecadesOld(u16),
}

/// One date expression of a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Byte range of the expression in the text.
    pub range: Range<usize>,
    /// What it says.
    pub kind: Kind,
}

/// A word of the text and its byte range.
pub(crate) struct Word<'a> {
    pub(crate) text: &'a str,
    pub(crate) range: Range<usize>,
}

/// Every date expression of `text`, in text order.
///
/// ```
/// use reader_timeline::extract::{mentions, Kind};
/// let m = mentions("In March 2006, and a year later, on September 17.");
/// let kinds: Vec<Kind> = m.iter().map(|m| m.kind).collect();
/// assert_eq!(kinds[1], Kind::Later { n: 1, months: false });
/// assert_eq!(kinds[2], Kind::MonthDay(9, 17));
/// assert_eq!(&"In March 2006, and a year later, on September 17."[m[0].range.clone()], "March 2006");
/// ```
pub fn mentions(text: &str) -> Vec<Mention> {
    let words = words(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match at(text, &words, i) {
            Some((len, mention)) => {
                out.push(mention);
                i += len;
            }
            None => i += 1,
        }
    }
    out
}

/// The expression starting at word `i`, and how many words it takes.
fn at(text: &str, w: &[Word], i: usize) -> Option<(usize, Mention)> {
    let word = |k: usize| w.get(i + k).map(|x| x.text);
    let lower = |k: usize| word(k).map(str::to_lowercase);
    // `k` and `k + 1` are separated by a space (or by `sep`).
    let joined = |k: usize, sep: &str| {
        matches!((w.get(i + k), w.get(i + k + 1)), (Some(a), Some(b)) if {
            let gap = &text[a.range.end..b.range.start];
            gap == " " || gap == sep
        })
    };
    let span = |len: usize| w[i].range.start..w[i + len - 1].range.end;
    let found = |len: usize, kind: Kind| {
        Some((
            len,
            Mention {
                range: span(len),
                kind,
            },
        ))
    };

    if let Some(m) = month_number(word(0)?) {
        if let Some(y) = word(1).and_then(year).filter(|_| joined(0, " ")) {
            return found(2, Kind::Explicit(Date::month(y, m)));
        }
        if let Some(d) = word(1).and_then(day).filter(|_| joined(0, " ")) {
            return found(2, Kind::MonthDay(m, d));
        }
        return found(1, Kind::Month(m));
    }
    if let Some(y) = year(word(0)?).filter(|_| !text[..w[i].range.start].ends_with('$')) {
        return found(1, Kind::Explicit(Date::year(y)));
    }
    let l0 = lower(0)?;
    let unit = |k: usize| match lower(k).as_deref() {
        Some("year" | "years") => Some(false),
        Some("month" | "months") => Some(true),
        _ => None,
    };
    match l0.as_str() {
        "last" | "this" => {
            let past = l0 == "this" && lower(1).as_deref() == Some("past");
            let k = usize::from(past);
            if l0 == "this" && !past {
                return (unit(1) == Some(true) && joined(0, " "))
                    .then(|| (2, mention(span(2), Kind::ThisMonth)));
            }
            if !joined(k, " ") || (past && !joined(0, " ")) {
                return None;
            }
            if unit(k + 1) == Some(false) {
                return found(k + 2, Kind::LastYear);
            }
            let m = month_number(word(k + 1)?)?;
            let kind = if past {
                Kind::PastMonth(m)
            } else {
                Kind::LastMonth(m)
            };
            found(k + 2, kind)
        }
        "after" => {
            let n = number(&lower(1)?)?;
            let months = unit(2)?;
            (joined(0, " ") && joined(1, " "))
                .then(|| (3, mention(span(3), Kind::Later { n, months })))
        }
        _ => {
            let n = number(&l0)?;
            if matches!(lower(1).as_deref(), Some("decade" | "decades"))
                && lower(2).as_deref() == Some("old")
                && joined(0, "-")
                && joined(1, " ")
            {
                return found(3, Kind::DecadesOld(n));
            }
            let months = unit(1)?;
            let tail = lower(2)?;
            (matches!(tail.as_str(), "later" | "after") && joined(0, " ") && joined(1, " "))
                .then(|| (3, mention(span(3), Kind::Later { n, months })))
        }
    }
}

fn mention(range: Range<usize>, kind: Kind) -> Mention {
    Mention { range, kind }
}

/// The words of `text`: runs of letters and digits.
pub(crate) fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Word {
                    text: &text[s..i],
                    range: s..i,
                });
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// A year as the texts write one: four digits, 1900-2099.
pub(crate) fn year(word: &str) -> Option<u16> {
    let y: u16 = (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()?;
    (1900..2100).contains(&y).then_some(y)
}

/// A day of the month: one or two digits, 1-31.
fn day(word: &str) -> Option<u8> {
    let d: u8 = (word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()?;
    (1..=31).contains(&d).then_some(d)
}

/// A count written in digits or as a word ("a", "two", "twenty"), for relative dates.
pub fn number(word: &str) -> Option<u16> {
    if word.bytes().all(|b| b.is_ascii_digit()) {
        return word.parse().ok();
    }
    const WORDS: [&str; 21] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    match word {
        "a" | "an" => Some(1),
        "thirty" => Some(30),
        "forty" => Some(40),
        "fifty" => Some(50),
        _ => WORDS.iter().position(|w| *w == word).map(|n| n as u16),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<Kind> {
        mentions(text).into_iter().map(|m| m.kind).collect()
    }

    #[test]
    fn relative_and_deictic_expressions() {
        assert_eq!(
            kinds("Last December, this past January"),
            [Kind::LastMonth(12), Kind::PastMonth(1)]
        );
        assert_eq!(
            kinds("last year; This past year; said this month"),
            [Kind::LastYear, Kind::LastYear, Kind::ThisMonth]
        );
        assert_eq!(
            kinds("Two years later, After 20 years"),
            [
                Kind::Later {
                    n: 2,
                    months: false
                },
                Kind::Later {
                    n: 20,
                    months: false
                }
            ]
        );
        assert_eq!(kinds("a two-decade old plan"), [Kind::DecadesOld(2)]);
        assert_eq!(kinds("by December 8, when"), [Kind::MonthDay(12, 8)]);
    }

    #[test]
    fn periods_money_and_ranks_are_not_dates() {
        for text in [
            "for the last four years",
            "over the next five years",
            "a quarter century",
            "a five-day war",
            "a $1999 fee",
            "153rd of 180 countries",
            "more than a decade-long disruption",
            "Lukashenka may allow",
        ] {
            assert_eq!(kinds(text), [], "{text}");
        }
    }
}
