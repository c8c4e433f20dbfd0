//! Making selectors from a passage text and a range of it.
//!
//! The context kept around the quoted words is short (up to [`CONTEXT_CHARS`] characters each
//! side, cut back to whole words) so links stay readable; when the quoted words and that
//! context occur more than once in the passage, the context grows (doubling) until they occur
//! once, so a quote link finds the same words without a position.

use std::ops::Range;

use crate::{RangeError, Selection, TextPositionSelector, TextQuoteSelector};

/// How many characters of context a selector keeps at first on each side of the quoted words.
pub const CONTEXT_CHARS: usize = 32;

/// Makes the selectors for characters `range` of `text` (Unicode scalar values, see the crate
/// documentation).
///
/// ```
/// let text = "The plant is being built by Atomstroyexport, and the plant is financed by Moscow.";
/// let s = reader_quote::select(text, 53..58).unwrap();
/// assert_eq!(s.quote.exact, "plant");
/// assert_eq!(s.quote.prefix, "by Atomstroyexport, and the ");
/// assert_eq!(s.quote.suffix, " is financed by Moscow.");
/// assert_eq!(s.position, reader_quote::TextPositionSelector { start: 53, end: 58 });
/// assert!(reader_quote::select(text, 5..5).is_err());
/// ```
pub fn select(text: &str, range: Range<usize>) -> Result<Selection, RangeError> {
    let chars: Vec<char> = text.chars().collect();
    let Range { start, end } = range;
    if end > chars.len() {
        return Err(RangeError::PastEnd {
            end,
            len: chars.len(),
        });
    }
    if start >= end {
        return Err(RangeError::Empty);
    }
    let exact = &chars[start..end];
    let mut limit = CONTEXT_CHARS;
    let (prefix, suffix) = loop {
        let prefix = before(&chars, start, limit);
        let suffix = after(&chars, end, limit);
        let whole = prefix.len() == start && suffix.len() == chars.len() - end;
        if whole || occurrences(&chars, prefix, exact, suffix) == 1 {
            break (prefix, suffix);
        }
        limit *= 2;
    };
    Ok(Selection {
        quote: TextQuoteSelector {
            exact: exact.iter().collect(),
            prefix: prefix.iter().collect(),
            suffix: suffix.iter().collect(),
        },
        position: TextPositionSelector { start, end },
    })
}

/// Up to `limit` characters before `at`, without a word cut at the far end (nor the spaces
/// before the first whole word).
fn before(chars: &[char], at: usize, limit: usize) -> &[char] {
    if at <= limit {
        return &chars[..at];
    }
    let window = &chars[at - limit..at];
    if chars[at - limit - 1].is_whitespace() {
        return window;
    }
    match window.iter().position(|c| c.is_whitespace()) {
        Some(i) => trim_start(&window[i..]),
        None => window,
    }
}

/// Up to `limit` characters from `at`, without a word cut at the far end (nor the spaces
/// after the last whole word).
fn after(chars: &[char], at: usize, limit: usize) -> &[char] {
    if chars.len() - at <= limit {
        return &chars[at..];
    }
    let window = &chars[at..at + limit];
    if chars[at + limit].is_whitespace() {
        return window;
    }
    match window.iter().rposition(|c| c.is_whitespace()) {
        Some(i) => trim_end(&window[..i]),
        None => window,
    }
}

fn trim_start(s: &[char]) -> &[char] {
    let i = s.iter().position(|c| !c.is_whitespace()).unwrap_or(s.len());
    &s[i..]
}

fn trim_end(s: &[char]) -> &[char] {
    let i = s
        .iter()
        .rposition(|c| !c.is_whitespace())
        .map_or(0, |i| i + 1);
    &s[..i]
}

/// How many times `prefix exact suffix` occurs in `chars` (overlapping occurrences count).
fn occurrences(chars: &[char], prefix: &[char], exact: &[char], suffix: &[char]) -> usize {
    crate::anchor::find_all(chars, exact)
        .filter(|&at| {
            chars[..at].ends_with(prefix) && chars[at + exact.len()..].starts_with(suffix)
        })
        .count()
}
