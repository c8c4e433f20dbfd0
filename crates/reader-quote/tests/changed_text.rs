//! Anchoring quotes in a text that changed after they were made: words moved, words removed,
//! typography changed.

use reader_quote::{anchor, select, Anchoring, TextQuoteSelector};

const TEXT: &str = "Following a flurry of official meetings, Washington and Minsk announced in \
September that they will again exchange ambassadors after more than a decade-long disruption \
in diplomatic relations.";

/// The selection of `words` in [`TEXT`].
fn quote(words: &str) -> reader_quote::Selection {
    let start = TEXT.find(words).unwrap();
    let start = TEXT[..start].chars().count();
    select(TEXT, start..start + words.chars().count()).unwrap()
}

/// The text `range` (characters) of `text` covers.
fn span(text: &str, found: &Anchoring) -> String {
    let r = found.range().expect("a range");
    text.chars().skip(r.start).take(r.end - r.start).collect()
}

#[test]
fn words_moved_within_the_passage_are_found_where_they_are_now() {
    let s = quote("they will again exchange ambassadors");
    let moved =
        "After more than a decade-long disruption in diplomatic relations, they will again \
exchange ambassadors, Washington and Minsk announced in September.";
    let found = anchor(moved, &s.quote, Some(&s.position));
    assert!(matches!(found, Anchoring::Exact(_)), "{found:?}");
    assert_eq!(span(moved, &found), "they will again exchange ambassadors");
}

#[test]
fn words_moved_within_the_quote_are_the_closest_match() {
    let s = quote(
        "Washington and Minsk announced in September that they will again exchange ambassadors",
    );
    let moved = "Following a flurry of official meetings, Washington and Minsk announced that in \
September they will exchange ambassadors again after more than a decade.";
    let found = anchor(moved, &s.quote, Some(&s.position));
    assert!(
        matches!(found, Anchoring::Closest { edits: 3, .. }),
        "{found:?}"
    );
    assert_eq!(
        span(moved, &found),
        "Washington and Minsk announced that in September they will exchange ambassadors"
    );
}

#[test]
fn words_removed_from_the_quote_leave_the_rest_highlighted() {
    let s = quote("they will again exchange ambassadors after more than a decade-long disruption");
    let removed = "Following a flurry of official meetings, Washington and Minsk announced in \
September that they will exchange ambassadors after more than a disruption in diplomatic relations.";
    let found = anchor(removed, &s.quote, Some(&s.position));
    assert!(
        matches!(found, Anchoring::Closest { edits: 2, .. }),
        "{found:?}"
    );
    assert_eq!(
        span(removed, &found),
        "they will exchange ambassadors after more than a disruption"
    );
    assert!(found.describe().contains("changed"));
}

#[test]
fn words_removed_from_the_passage_leave_the_passage_only() {
    let s = quote("they will again exchange ambassadors");
    let removed = "Following a flurry of official meetings, Washington and Minsk announced in \
September a new start in diplomatic relations.";
    let found = anchor(removed, &s.quote, Some(&s.position));
    assert_eq!(found, Anchoring::PassageOnly);
    assert!(found.describe().contains("whole passage"));
}

#[test]
fn whitespace_and_typographic_quotes_do_not_count_as_changes() {
    let text = "the nation’s elite “want to preserve a modicum of sovereignty.”";
    let q = TextQuoteSelector {
        exact: "nation's elite \"want  to\npreserve".into(),
        ..Default::default()
    };
    let found = anchor(text, &q, None);
    assert_eq!(found, Anchoring::Exact(4..36));
    assert_eq!(span(text, &found), "nation’s elite “want to preserve");
}

#[test]
fn the_position_decides_between_equally_good_matches() {
    let text = "oil and gas, then oil and gas again";
    let q = TextQuoteSelector {
        exact: "oil and gas".into(),
        ..Default::default()
    };
    let late = reader_quote::TextPositionSelector { start: 18, end: 29 };
    assert_eq!(anchor(text, &q, None), Anchoring::Exact(0..11));
    assert_eq!(anchor(text, &q, Some(&late)), Anchoring::Exact(18..29));
}
