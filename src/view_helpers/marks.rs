//! Marking parts of a text: search matches and the terms two related passages share.

use std::ops::Range;

use yew::prelude::*;

/// `text` (starting at byte `start` of the block's plain text) as text nodes, with the parts
/// inside `highlights` wrapped in `<mark>`.
pub fn marked_html(text: &str, start: usize, highlights: &[Range<usize>]) -> Html {
    marked_segments(text, start, highlights)
        .into_iter()
        .map(|(t, marked)| {
            let t = t.to_string();
            if marked {
                html! { <mark>{t}</mark> }
            } else {
                html! { {t} }
            }
        })
        .collect()
}

/// Splits `text` (which starts at byte `start` of the block's plain text) into
/// `(segment, is_marked)` pieces according to `highlights`. Ranges that are out of
/// bounds or not on character boundaries are clamped, never trusted.
pub fn marked_segments<'t>(
    text: &'t str,
    start: usize,
    highlights: &[Range<usize>],
) -> Vec<(&'t str, bool)> {
    let end = start + text.len();
    let mut cuts: Vec<(usize, usize)> = highlights
        .iter()
        .filter(|r| r.start < end && r.end > start && r.start < r.end)
        .map(|r| (r.start.max(start) - start, r.end.min(end) - start))
        .map(|(a, b)| (floor_boundary(text, a), floor_boundary(text, b)))
        .filter(|(a, b)| a < b)
        .collect();
    reader_search::sort::sort_by(&mut cuts, |a, b| a < b);
    let mut out = Vec::new();
    let mut pos = 0;
    for (a, b) in cuts {
        let a = a.max(pos);
        if a >= b {
            continue;
        }
        if a > pos {
            out.push((&text[pos..a], false));
        }
        out.push((&text[a..b], true));
        pos = b;
    }
    if pos < text.len() || out.is_empty() {
        out.push((&text[pos..], false));
    }
    out
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Byte ranges of `text` whose analyzed terms are among the analyzed `shared` terms, so the
/// words two related passages share can be marked in both.
pub fn shared_ranges(text: &str, shared: &[String]) -> Vec<Range<usize>> {
    let stem = reader_text::stem;
    let wanted: Vec<String> = shared
        .iter()
        .flat_map(|s| reader_text::analyze(s))
        .map(|t| stem(&t.term))
        .collect();
    reader_text::analyze(text)
        .into_iter()
        .filter(|t| wanted.contains(&stem(&t.term)))
        .map(|t| t.range)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{marked_segments, shared_ranges};

    #[test]
    fn splits_at_highlights_and_clamps_bad_ranges() {
        let segs = marked_segments("Minsk and Moscow", 0, &[0..5, 10..16]);
        assert_eq!(segs, [("Minsk", true), (" and ", false), ("Moscow", true)]);
        // A range spanning into the next inline, and one past the end.
        assert_eq!(
            marked_segments("abc", 10, &[8..11, 50..60]),
            [("a", true), ("bc", false)]
        );
        // Not on a char boundary: clamped down, no panic.
        assert_eq!(
            marked_segments("Mos’cow", 0, &[4..5, 5..5]),
            [("Mos’cow", false)]
        );
        assert_eq!(marked_segments("", 0, &[]), [("", false)]);
    }

    #[test]
    fn shared_terms_are_marked_in_any_form() {
        let text = "Washington eased sanctions on state-owned entities in 2006.";
        let ranges = shared_ranges(text, &["sanction".into(), "2006".into()]);
        let marked: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(marked, ["sanctions", "2006"]);
    }
}
