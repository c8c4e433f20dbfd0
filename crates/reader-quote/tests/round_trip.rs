//! A selector made from any range of a real passage anchors back exactly to that range, with
//! or without the position; random text never panics.

use proptest::prelude::*;
use reader_quote::{
    anchor, select, Anchoring, RangeError, TextPositionSelector, TextQuoteSelector,
};

/// The plain text of every passage of the curated library.
fn passages() -> Vec<String> {
    let library = reader_content::library().expect("curated sources parse");
    library
        .documents
        .iter()
        .flat_map(|d| d.blocks.iter().map(|b| b.plain_text()))
        .filter(|t| !t.is_empty())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn a_range_of_a_real_passage_anchors_back(block: prop::sample::Index, a: prop::sample::Index, b: prop::sample::Index) {
        thread_local!(static PASSAGES: Vec<String> = passages());
        PASSAGES.with(|passages| {
            let text = block.get(passages);
            let len = text.chars().count();
            let (x, y) = (a.index(len + 1), b.index(len + 1));
            let (start, end) = (x.min(y), x.max(y));
            match select(text, start..end) {
                Ok(s) => {
                    prop_assert_eq!(&s.position, &TextPositionSelector { start, end });
                    prop_assert_eq!(anchor(text, &s.quote, None), Anchoring::Exact(start..end));
                    prop_assert_eq!(anchor(text, &s.quote, Some(&s.position)), Anchoring::Exact(start..end));
                }
                Err(e) => prop_assert_eq!(e, RangeError::Empty),
            }
            Ok(())
        })?;
    }

    #[test]
    fn random_text_never_panics(
        text in "\\PC{0,200}|[ab ’“\u{00AD}\u{2028}]{0,40}",
        exact in "\\PC{0,40}|[ab ’“\u{00AD}]{0,10}",
        prefix in "\\PC{0,10}",
        suffix in "\\PC{0,10}",
        start: usize,
        end: usize,
    ) {
        let quote = TextQuoteSelector { exact, prefix, suffix };
        let hint = TextPositionSelector { start, end };
        let found = anchor(&text, &quote, Some(&hint));
        if let Some(r) = found.range() {
            prop_assert!(r.start < r.end && r.end <= text.chars().count());
        }
        let _ = anchor(&text, &quote, None);
        let len = text.chars().count();
        let _ = select(&text, start % (len + 2)..end % (len + 2));
        let _ = reader_quote::utf16_to_char(&text, start % 500);
    }
}

#[test]
fn every_passage_whole_anchors_back() {
    for text in passages() {
        let len = text.chars().count();
        let s = select(&text, 0..len).unwrap();
        assert_eq!(s.quote.prefix, "");
        assert_eq!(s.quote.suffix, "");
        assert_eq!(anchor(&text, &s.quote, None), Anchoring::Exact(0..len));
    }
}

#[test]
fn repeated_words_are_told_apart_by_their_context() {
    // "Belarus" occurs many times in this passage; each occurrence anchors back to itself.
    let text = passages()
        .into_iter()
        .find(|t| t.starts_with("Overall, Minsk’s closeness"))
        .unwrap();
    let chars: Vec<char> = text.chars().collect();
    let word: Vec<char> = "Belarus".chars().collect();
    let at: Vec<usize> = (0..chars.len())
        .filter(|&i| chars[i..].starts_with(&word))
        .collect();
    assert!(at.len() >= 3, "{at:?}");
    for start in at {
        let s = select(&text, start..start + word.len()).unwrap();
        assert!(s.quote.prefix.chars().count() <= reader_quote::CONTEXT_CHARS);
        assert_eq!(
            anchor(&text, &s.quote, None),
            Anchoring::Exact(start..start + word.len())
        );
    }
}
