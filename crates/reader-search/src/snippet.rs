//! Snippets: the best window of whole words around the matches.

use core::ops::Range;

/// Words in a snippet.
pub const SNIPPET_WORDS: usize = 30;

const ELLIPSIS: &str = "…";

/// Cuts `text` to the window of at most `words` whitespace-separated words
/// that holds the most `highlights` (earliest window on ties, a few words of
/// context before the first match), with `…` where text was cut. Returns the
/// snippet and the highlights moved into it (those wholly inside).
///
/// ```
/// use reader_search::snippet::make_snippet;
/// let text = "one two three four five six seven eight nine ten";
/// let (s, h) = make_snippet(text, &[24..27], 3);
/// assert_eq!(s, "…six seven eight…");
/// assert_eq!(&s[h[0].clone()], "six");
/// assert_eq!(make_snippet("short text", &[], 30).0, "short text");
/// ```
pub fn make_snippet(
    text: &str,
    highlights: &[Range<usize>],
    words: usize,
) -> (String, Vec<Range<usize>>) {
    let spans = word_spans(text);
    let words = words.max(1);
    if spans.len() <= words {
        return (text.to_string(), highlights.to_vec());
    }
    let word_of = |byte: usize| spans.partition_point(|s| s.1 <= byte);
    let hl_words: Vec<usize> = highlights.iter().map(|h| word_of(h.start)).collect();
    let last_start = spans.len() - words;
    let mut best = (0usize, 0usize); // (count, start)
    for &w in &hl_words {
        let s = w.saturating_sub(words / 6).min(last_start);
        let count = hl_words
            .iter()
            .filter(|&&h| h >= s && h < s + words)
            .count();
        if count > best.0 || (count == best.0 && s < best.1) {
            best = (count, s);
        }
    }
    let (s, e) = (best.1, best.1 + words);
    let (from, to) = (spans[s].0, spans[e - 1].1);
    let mut out = String::with_capacity(to - from + 8);
    if s > 0 {
        out.push_str(ELLIPSIS);
    }
    let shift = out.len();
    out.push_str(&text[from..to]);
    if e < spans.len() {
        out.push_str(ELLIPSIS);
    }
    let moved = highlights
        .iter()
        .filter(|h| h.start >= from && h.end <= to)
        .map(|h| h.start - from + shift..h.end - from + shift)
        .collect();
    (out, moved)
}

/// Byte spans of the whitespace-separated words of `text`.
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    spans
}

/// Sorts ranges and merges the overlapping ones.
///
/// ```
/// assert_eq!(reader_search::snippet::merge_ranges(vec![5..9, 0..3, 2..4]), vec![0..4, 5..9]);
/// ```
pub fn merge_ranges(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    crate::sort::sort_by(&mut ranges, |a, b| (a.start, a.end) < (b.start, b.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}
