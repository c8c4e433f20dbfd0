//! Resolution: the date a date expression stands for, with the reasoning of every date the
//! text does not state in full. Deictic expressions ("in September", "last December", "this
//! month") are read against the document's own date (inferred by the editors, and said so);
//! counted ones ("a year later", "after 20 years") against the dated statement they count
//! from (the one before them, unless the review names another).

use crate::date::{month_name, Date};
use crate::extract::Kind;

/// What an expression is read against.
pub struct Context<'a> {
    /// The document's date.
    pub written: Date,
    /// True when that date is the editors' inference.
    pub written_inferred: bool,
    /// The sentence the expression stands in (for its tense).
    pub sentence: &'a str,
    /// The statement a counted expression counts from, or (reviewed) where an account stands:
    /// its date and its date expression as written.
    pub anchor: Option<(Date, &'a str)>,
}

/// A resolved date and, unless the text states it, why it is that date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolution {
    /// The date.
    pub date: Date,
    /// Empty for an explicit date.
    pub reasoning: String,
}

impl Context<'_> {
    fn written_label(&self) -> String {
        let inferred = if self.written_inferred {
            ", itself inferred"
        } else {
            ""
        };
        format!("the document's date ({}{inferred})", self.written.label())
    }

    /// Future tense: "is set to hold", "will", "are meant to".
    fn future(&self) -> bool {
        let s = self.sentence;
        [" will ", " is set to ", " are meant to ", " is to "]
            .iter()
            .any(|w| s.contains(w))
    }
}

/// The date of `kind` in `cx`.
///
/// ```
/// use reader_timeline::{resolve::{resolve, Context}, extract::Kind, Date};
/// let cx = Context { written: Date::month(2019, 9), written_inferred: true, sentence: "Lukashenka said in December.", anchor: None };
/// assert_eq!(resolve(Kind::Month(12), &cx).date, Date::month(2018, 12));
/// ```
pub fn resolve(kind: Kind, cx: &Context) -> Resolution {
    let w = cx.written;
    let (date, reasoning) = match kind {
        Kind::Explicit(d) => (d, String::new()),
        Kind::MonthDay(m, d) => {
            let at = cx.anchor.map_or(w, |a| a.0);
            (
                Date::day(at.year, m, d),
                format!(
                    "No year is given: {} {d} of {}, the year of {}.",
                    month_name(m),
                    at.year,
                    from(cx)
                ),
            )
        }
        Kind::Month(m) => {
            match cx.anchor {
                Some((a, text)) => {
                    let d = next_month(a, m);
                    (d, format!("No year is given: the account runs on from {} (“{text}”), so the first {} from then: {}.", a.label(), month_name(m), d.label()))
                }
                None if cx.future() => {
                    let d = next_month(w, m);
                    (d, format!("No year is given and the sentence looks ahead: the next {} from {}: {}.", month_name(m), cx.written_label(), d.label()))
                }
                None => {
                    let d = latest_month(w, m, true);
                    (
                        d,
                        format!(
                            "No year is given: the latest {} up to {}: {}.",
                            month_name(m),
                            cx.written_label(),
                            d.label()
                        ),
                    )
                }
            }
        }
        Kind::LastMonth(m) => {
            let d = latest_month(w, m, false);
            (
                d,
                format!(
                    "“Last {}” as written at {}: the {} before, {}.",
                    month_name(m),
                    cx.written_label(),
                    month_name(m),
                    d.label()
                ),
            )
        }
        Kind::PastMonth(m) => {
            let d = latest_month(w, m, true);
            (
                d,
                format!(
                    "“This past {}” as written at {}: {}.",
                    month_name(m),
                    cx.written_label(),
                    d.label()
                ),
            )
        }
        Kind::ThisMonth => (
            w,
            format!("“This month”: the month of {}.", cx.written_label()),
        ),
        Kind::LastYear => {
            let d = w.plus_years(-1);
            (
                d,
                format!("The year before {}: {}.", cx.written_label(), d.label()),
            )
        }
        Kind::Later { n, months } => {
            let (a, text) = cx.anchor.unwrap_or((w, "the time of writing"));
            let d = if months {
                a.plus_months(i32::from(n))
            } else {
                a.plus_years(i32::from(n))
            };
            let unit = match (months, n) {
                (true, 1) => "month",
                (true, _) => "months",
                (false, 1) => "year",
                (false, _) => "years",
            };
            (
                d,
                format!("{n} {unit} after {} (“{text}”): {}.", a.label(), d.label()),
            )
        }
        Kind::DecadesOld(n) => {
            let d = w.plus_years(-10 * i32::from(n));
            (
                d,
                format!(
                    "{n} decades before {}: about {}.",
                    cx.written_label(),
                    d.label()
                ),
            )
        }
    };
    Resolution { date, reasoning }
}

/// What a day's year was taken from.
fn from(cx: &Context) -> String {
    match cx.anchor {
        Some((a, text)) => format!("“{text}” ({})", a.label()),
        None => cx.written_label(),
    }
}

/// The first month `m` at or after `at` (the year of a year-precision date).
fn next_month(at: Date, m: u8) -> Date {
    match at.month {
        Some(am) if m < am => Date::month(at.year + 1, m),
        _ => Date::month(at.year, m),
    }
}

/// The latest month `m` up to `at` (`inclusive`) or before it. For a date known only to its
/// year, "up to" is that year and "before" the year before.
fn latest_month(at: Date, m: u8, inclusive: bool) -> Date {
    match at.month {
        Some(am) if m < am || (inclusive && m == am) => Date::month(at.year, m),
        Some(_) => Date::month(at.year - 1, m),
        None if inclusive => Date::month(at.year, m),
        None => Date::month(at.year - 1, m),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cx(written: Date, sentence: &str) -> Context<'_> {
        Context {
            written,
            written_inferred: true,
            sentence,
            anchor: None,
        }
    }

    #[test]
    fn months_without_a_year() {
        let sept = Date::month(2019, 9);
        assert_eq!(
            resolve(Kind::Month(1), &cx(sept, "In January, he said.")).date,
            Date::month(2019, 1)
        );
        assert_eq!(
            resolve(Kind::Month(9), &cx(sept, "announced in September.")).date,
            sept
        );
        assert_eq!(
            resolve(
                Kind::Month(11),
                &cx(sept, "Belarus is set to hold elections in November.")
            )
            .date,
            Date::month(2019, 11)
        );
        assert_eq!(
            resolve(
                Kind::Month(11),
                &cx(sept, "Elections were held in November.")
            )
            .date,
            Date::month(2018, 11)
        );
        let anchored = Context {
            anchor: Some((Date::month(2014, 3), "March 2014")),
            ..cx(sept, "By September, he went.")
        };
        assert_eq!(
            resolve(Kind::Month(9), &anchored).date,
            Date::month(2014, 9)
        );
    }

    #[test]
    fn last_and_this_past() {
        let y = Date::year(2019);
        assert_eq!(
            resolve(Kind::LastMonth(12), &cx(y, "")).date,
            Date::month(2018, 12)
        );
        assert_eq!(
            resolve(Kind::PastMonth(1), &cx(y, "")).date,
            Date::month(2019, 1)
        );
        assert_eq!(
            resolve(Kind::LastMonth(8), &cx(Date::month(2019, 9), "")).date,
            Date::month(2019, 8)
        );
        assert_eq!(resolve(Kind::LastYear, &cx(y, "")).date, Date::year(2018));
        assert_eq!(
            resolve(Kind::DecadesOld(2), &cx(y, "")).date,
            Date::year(1999)
        );
    }

    #[test]
    fn counted_from_an_anchor() {
        let a = Context {
            anchor: Some((Date::month(2018, 12), "December")),
            ..cx(Date::month(2019, 9), "")
        };
        let r = resolve(Kind::Later { n: 1, months: true }, &a);
        assert_eq!(r.date, Date::month(2019, 1));
        assert!(r.reasoning.contains("December 2018"), "{}", r.reasoning);
        assert!(resolve(Kind::Explicit(Date::year(2008)), &a)
            .reasoning
            .is_empty());
    }
}
