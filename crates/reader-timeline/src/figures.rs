//! Figures: the counts, ratios, sums and percentages of a statement, as written ("nine",
//! "16", "several", "the majority", "30 … out of 35", "all six", "84 percent", "$12
//! billion"), each with the words that follow it (what it counts), and how two figures of
//! the same event compare.

use std::ops::Range;

use crate::extract::{mentions, number, words, year, Word};
use crate::Agreement;

/// What a figure says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    /// An exact count: "16", "nine".
    Count(u32),
    /// A part of a whole: "30 … out of 35".
    Ratio(u32, u32),
    /// "several": three or more.
    Several,
    /// "the majority": more than half.
    Majority,
    /// "all", with the count if one is given ("all six").
    All(Option<u32>),
    /// "hundreds", "thousands", "tens of thousands".
    Many,
    /// "84 percent".
    Percent(u32),
    /// A sum in millions of dollars ("$630 million", "$12 billion").
    Millions(u32),
}

/// A figure of a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figure {
    /// Byte range in the text.
    pub range: Range<usize>,
    /// What it says.
    pub value: Value,
    /// What it counts: the stems of the content words after it, up to the next figure or the
    /// end of the clause.
    pub counts: Vec<String>,
}

/// Every figure of `text` outside its date expressions.
///
/// ```
/// use reader_timeline::{figures, Value};
/// let f = figures("In 2008 it expelled 30 other U.S. diplomats, out of 35, and several others.");
/// assert_eq!(f[0].value, Value::Ratio(30, 35));
/// assert_eq!(f[1].value, Value::Several);
/// // Both count diplomats (the keys are stems, both spellings of a name as one).
/// let five = &figures("only five diplomats")[0];
/// assert!(!five.counts.is_empty() && five.counts.iter().all(|t| f[0].counts.contains(t)));
/// ```
pub fn figures(text: &str) -> Vec<Figure> {
    let dates: Vec<Range<usize>> = mentions(text).into_iter().map(|m| m.range).collect();
    let w: Vec<Word> = words(text)
        .into_iter()
        .filter(|x| {
            !dates
                .iter()
                .any(|d| d.start <= x.range.start && x.range.end <= d.end)
        })
        .collect();
    let mut heads = Vec::new();
    let mut i = 0;
    while i < w.len() {
        if let Some((len, value)) = at(text, &w, i) {
            heads.push((i, len, value));
            i += len;
        } else {
            i += 1;
        }
    }
    heads
        .iter()
        .enumerate()
        .map(|(k, &(i, len, value))| {
            let stop = heads.get(k + 1).map_or(w.len(), |h| h.0);
            Figure {
                range: w[i].range.start..w[i + len - 1].range.end,
                value,
                counts: counted(text, &w[i + 1..stop]),
            }
        })
        .collect()
}

/// The figure starting at word `i`, and how many words it takes.
fn at(text: &str, w: &[Word], i: usize) -> Option<(usize, Value)> {
    let lower = |k: usize| w.get(i + k).map(|x| x.text.to_lowercase());
    let gap_after = |k: usize| match (w.get(i + k), w.get(i + k + 1)) {
        (Some(a), Some(b)) => &text[a.range.end..b.range.start],
        (Some(a), None) => &text[a.range.end..],
        _ => "",
    };
    let l0 = lower(0)?;
    match l0.as_str() {
        "several" => return Some((1, Value::Several)),
        "majority" => return Some((1, Value::Majority)),
        "hundreds" | "thousands" => return Some((1, Value::Many)),
        "tens" if lower(2).as_deref() == Some("thousands") => return Some((3, Value::Many)),
        "all" => {
            let n = lower(1).as_deref().and_then(count);
            return Some(match n {
                Some(n) => (2, Value::All(Some(n))),
                None => (1, Value::All(None)),
            });
        }
        _ => {}
    }
    let n = count(&l0)?;
    if gap_after(0) == "-" || year(&l0).is_some() {
        return None; // "five-day war", "two-decade old": part of a word; years are dates
    }
    if text[..w[i].range.start].ends_with('$') {
        let unit = match lower(1).as_deref() {
            Some("million") => 1,
            Some("billion") => 1000,
            _ => return None,
        };
        return Some((2, Value::Millions(n * unit)));
    }
    if lower(1).as_deref() == Some("percent") {
        return Some((2, Value::Percent(n)));
    }
    // "30 other U.S. diplomats, out of 35": a whole within the next few words.
    for k in 1..7 {
        if lower(k).as_deref() == Some("of") && lower(k - 1).as_deref() == Some("out") {
            if let Some(m) = lower(k + 1).as_deref().and_then(count) {
                return Some((k + 2, Value::Ratio(n, m)));
            }
        }
        if clause_ends(gap_after(k - 1), w.get(i + k - 1)) {
            break;
        }
    }
    Some((1, Value::Count(n)))
}

/// A count in digits or words (not "a"/"an", which count nothing as figures).
fn count(word: &str) -> Option<u32> {
    if matches!(word, "a" | "an") {
        return None;
    }
    number(word).map(u32::from).or_else(|| word.parse().ok())
}

/// The stems of the content words among `w`, up to the end of the clause, at most five.
fn counted(text: &str, w: &[Word]) -> Vec<String> {
    let mut out = Vec::new();
    for (k, x) in w.iter().enumerate() {
        let term = x.text.to_lowercase();
        let content = term.chars().count() > 1
            && !term.bytes().all(|b| b.is_ascii_digit())
            && !reader_text::is_stop_word(&term);
        if content {
            out.push(term_key(&term));
        }
        let gap = w
            .get(k + 1)
            .map_or("", |next| &text[x.range.end..next.range.start]);
        if out.len() == 5 || clause_ends(gap, Some(x)) {
            break;
        }
    }
    out
}

/// True when the gap after `word` ends its clause: a `;`, or a `.` not after a single
/// letter (the dots of "U.S.").
fn clause_ends(gap: &str, word: Option<&Word>) -> bool {
    gap.contains(';') || (gap.contains('.') && word.is_some_and(|w| w.text.chars().count() > 1))
}

/// One key for the forms of a word: its stem, or its transliteration key for a name.
pub(crate) fn term_key(term: &str) -> String {
    let stem = reader_text::stem(term);
    reader_text::variant_key(&stem).unwrap_or(stem)
}

/// How figure `a` and figure `b` compare, with the reason in words; `None` when they are
/// not figures of the same kind of thing (a percentage and a count).
///
/// ```
/// use reader_timeline::{figures::compare, Agreement, Value};
/// assert_eq!(compare(Value::Ratio(30, 35), Value::Count(5)).unwrap().0, Agreement::Compatible);
/// assert_eq!(compare(Value::Count(16), Value::Count(16)).unwrap().0, Agreement::Same);
/// assert_eq!(compare(Value::Count(9), Value::Count(16)).unwrap().0, Agreement::Conflict);
/// assert!(compare(Value::Percent(84), Value::Count(84)).is_none());
/// ```
pub fn compare(a: Value, b: Value) -> Option<(Agreement, String)> {
    use Agreement::*;
    use Value::*;
    let fits = |ok: bool, yes: String, no: String| {
        Some(if ok {
            (Compatible, yes)
        } else {
            (Conflict, no)
        })
    };
    match (a, b) {
        (Count(x), Count(y)) | (Percent(x), Percent(y)) | (Millions(x), Millions(y)) => {
            Some(if x == y {
                (Same, format!("Both give {x}."))
            } else {
                (Conflict, format!("{x} against {y}."))
            })
        }
        (Count(n), Several) | (Several, Count(n)) => fits(
            n >= 3,
            format!("One gives the number, {n}; the other says “several” (three or more)."),
            format!("“Several” is three or more, not {n}."),
        ),
        (Ratio(n, m), Majority) | (Majority, Ratio(n, m)) => fits(
            2 * n > m,
            format!("{n} of {m} is a majority."),
            format!("{n} of {m} is not a majority."),
        ),
        (Ratio(n, m), Count(k)) | (Count(k), Ratio(n, m)) => Some(if k == n {
            (Same, format!("Both give {n}."))
        } else if n + k == m {
            (
                Compatible,
                format!("One counts {n} of {m}, the other the rest: {m} − {n} = {k}."),
            )
        } else {
            (
                Conflict,
                format!("{n} of {m} leaves {}, not {k}.", m.saturating_sub(n)),
            )
        }),
        (All(x), All(y)) => Some(match (x, y) {
            (Some(x), Some(y)) if x != y => (Conflict, format!("All {x} against all {y}.")),
            (Some(_), Some(_)) | (None, None) => (Same, "Both say all.".to_string()),
            (Some(n), None) | (None, Some(n)) => (
                Compatible,
                format!("Both say all; one gives the number, {n}."),
            ),
        }),
        _ => None,
    }
}

/// The figures of two statements of the same event, paired: each figure of `b` with the
/// comparable figure of `a` that counts the most of the same words (at least one).
pub fn pair(a: &[Figure], b: &[Figure]) -> Vec<(usize, usize, Agreement, String)> {
    b.iter()
        .enumerate()
        .filter_map(|(j, fb)| {
            a.iter()
                .enumerate()
                .filter_map(|(i, fa)| {
                    let shared = fa.counts.iter().filter(|t| fb.counts.contains(t)).count();
                    let (agreement, reason) = compare(fa.value, fb.value)?;
                    (shared > 0).then_some((shared, i, agreement, reason))
                })
                .max_by_key(|&(shared, i, ..)| (shared, std::cmp::Reverse(i)))
                .map(|(_, i, agreement, reason)| (i, j, agreement, reason))
        })
        .collect()
}
