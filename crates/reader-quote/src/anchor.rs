//! Anchoring a quote in a passage: the quoted words as written, then as written but for
//! typography (whitespace, quote marks, dashes), then the closest run of words (see `fuzzy`).
//!
//! Where the words occur more than once, the occurrence whose surroundings agree longest with
//! the selector's prefix and suffix wins, then the one nearest the position hint, then the
//! first.

use crate::normalize::Normalized;
use crate::{fuzzy, Anchoring, TextPositionSelector, TextQuoteSelector};

/// Finds `quote` in `passage_text`; `hint` (a position selector saved with the quote, if any)
/// breaks ties between equally good occurrences. Ranges are character offsets.
///
/// ```
/// use reader_quote::{anchor, select, Anchoring};
///
/// let text = "Belarus depends on Russia for cut-rate oil sales to keep its economy afloat.";
/// let quote = select(text, 30..39).unwrap().quote;
/// assert_eq!(quote.exact, "cut-rate ");
/// assert_eq!(anchor(text, &quote, None), Anchoring::Exact(30..39));
///
/// // The edition changed: typography and a word.
/// let changed = "Belarus depends on Russia for cut‑rate  oil deals to keep its economy afloat.";
/// let quote = select(text, 30..48).unwrap().quote; // "cut-rate oil sales"
/// assert!(matches!(anchor(changed, &quote, None), Anchoring::Closest { .. }));
/// assert_eq!(anchor("Something else entirely.", &quote, None), Anchoring::PassageOnly);
/// ```
pub fn anchor(
    passage_text: &str,
    quote: &TextQuoteSelector,
    hint: Option<&TextPositionSelector>,
) -> Anchoring {
    let text: Vec<char> = passage_text.chars().collect();
    let exact: Vec<char> = quote.exact.chars().collect();
    let hint = hint.map(|h| h.start);
    let prefix: Vec<char> = quote.prefix.chars().collect();
    let suffix: Vec<char> = quote.suffix.chars().collect();
    let context = Context {
        prefix: &prefix,
        suffix: &suffix,
        hint,
    };
    if let Some(at) = context.best(&text, &exact, |at| at) {
        return Anchoring::Exact(at..at + exact.len());
    }

    // As written but for typography.
    let n_text = Normalized::new(&text, false);
    let n_exact = Normalized::new(&exact, false);
    let n_prefix = Normalized::new(&prefix, false);
    let n_suffix = Normalized::new(&suffix, false);
    let words = n_exact.trimmed();
    let context = Context {
        prefix: &n_prefix.chars,
        suffix: &n_suffix.chars,
        hint,
    };
    let original = |at: usize| n_text.spans[at].0;
    if let Some(at) = context.best(&n_text.chars, words, original) {
        let (start, end) = n_text.original(at, at + words.len());
        return Anchoring::Exact(start..end);
    }

    // The closest run of words, case folded.
    let f_text = Normalized::new(&text, true);
    let f_exact = Normalized::new(&exact, true);
    let (t_words, q_words) = (fuzzy::words(&f_text.chars), fuzzy::words(&f_exact.chars));
    let original = |w: usize| f_text.spans[t_words[w].start].0;
    match fuzzy::closest(&t_words, &q_words, hint, original) {
        Some(m) => {
            let (start, end) = f_text.original(t_words[m.start].start, t_words[m.end - 1].end);
            Anchoring::Closest {
                range: start..end,
                edits: m.edits,
            }
        }
        None => Anchoring::PassageOnly,
    }
}

/// What decides between occurrences of the quoted words.
struct Context<'a> {
    prefix: &'a [char],
    suffix: &'a [char],
    hint: Option<usize>,
}

impl Context<'_> {
    /// The best occurrence of `words` in `text`; `original` maps an offset in `text` to the
    /// passage's, for comparing with the hint.
    fn best(
        &self,
        text: &[char],
        words: &[char],
        original: impl Fn(usize) -> usize,
    ) -> Option<usize> {
        find_all(text, words).min_by_key(|&at| {
            let agree = common_suffix(&text[..at], self.prefix)
                + common_prefix(&text[at + words.len()..], self.suffix);
            let distance = self.hint.map_or(0, |h| original(at).abs_diff(h));
            (usize::MAX - agree, distance, at)
        })
    }
}

/// Every offset where `needle` starts in `hay`, overlapping ones included; none when empty.
pub(crate) fn find_all<'a>(
    hay: &'a [char],
    needle: &'a [char],
) -> impl Iterator<Item = usize> + 'a {
    hay.windows(needle.len().max(1))
        .enumerate()
        .filter(move |(_, w)| !needle.is_empty() && *w == needle)
        .map(|(i, _)| i)
}

/// How many characters at the end of `a` agree with the end of `b`.
fn common_suffix(a: &[char], b: &[char]) -> usize {
    a.iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

/// How many characters at the start of `a` agree with the start of `b`.
fn common_prefix(a: &[char], b: &[char]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}
