//! A block's occurrences, found again in its text: the postings store only
//! the blocks holding a term, and the query side gets the term's word
//! positions (phrases), their number (BM25) and byte ranges (highlights) by
//! analysing the block text, as the indexer did.

use reader_text::{analyze, TokenKind};

/// One token of a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    /// Ordinal of its term.
    pub term: u32,
    /// Word position in the block.
    pub position: u32,
    /// Byte range in the block text.
    pub start: u32,
    pub end: u32,
}

/// The tokens of `text` whose term has an ordinal, ordered by term, then as
/// the indexer ordered a term's occurrences (by position, then byte start; a
/// hyphenated word's first part, shorter, before its joined form). `None` when the
/// text does not have `words` words (not the text the index was made from).
pub(crate) fn block_tokens(
    text: &str,
    words: u32,
    ordinal: impl Fn(&str) -> Option<u32>,
) -> Option<Box<[Token]>> {
    let mut count = 0u32;
    let mut out = Vec::new();
    for t in analyze(text) {
        count += u32::from(t.kind != TokenKind::Joined);
        let (Some(term), Ok(start), Ok(end)) = (
            ordinal(&t.term),
            u32::try_from(t.range.start),
            u32::try_from(t.range.end),
        ) else {
            continue;
        };
        out.push(Token {
            term,
            position: t.position,
            start,
            end,
        });
    }
    crate::sort::sort_by(&mut out, |a, b| {
        (a.term, a.position, a.start, a.end) < (b.term, b.position, b.start, b.end)
    });
    (count == words).then(|| out.into_boxed_slice())
}

/// The tokens of the term with `ordinal` in a block's tokens.
pub(crate) fn of_term(tokens: &[Token], ordinal: u32) -> &[Token] {
    let from = tokens.partition_point(|t| t.term < ordinal);
    let to = tokens.partition_point(|t| t.term <= ordinal);
    &tokens[from..to]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ordinals<'a>(terms: &'a [&'a str]) -> impl Fn(&str) -> Option<u32> + 'a {
        move |t| terms.iter().position(|x| *x == t).map(|i| i as u32)
    }

    fn ranges<'a>(text: &'a str, tokens: &[Token]) -> Vec<(u32, &'a str)> {
        tokens
            .iter()
            .map(|t| (t.position, &text[t.start as usize..t.end as usize]))
            .collect()
    }

    #[test]
    fn words_and_joined_words() {
        let text = "a Cold War-style game";
        let terms = ["a", "cold", "game", "style", "war", "warstyle"];
        let tokens = block_tokens(text, 5, ordinals(&terms)).unwrap();
        assert_eq!(ranges(text, of_term(&tokens, 1)), [(1, "Cold")]);
        assert_eq!(ranges(text, of_term(&tokens, 4)), [(2, "War")]);
        assert_eq!(ranges(text, of_term(&tokens, 5)), [(2, "War-style")]);
        assert_eq!(ranges(text, of_term(&tokens, 3)), [(3, "style")]);
        assert_eq!(ranges(text, of_term(&tokens, 2)), [(4, "game")]);
        assert!(of_term(&tokens, 6).is_empty());
        assert!(block_tokens(text, 6, ordinals(&terms)).is_none());
    }

    #[test]
    fn a_cut_first_part_equal_to_its_joined_form() {
        let long = "x".repeat(60);
        let text = format!("{long}-y");
        let cut = "x".repeat(reader_text::MAX_TERM_BYTES);
        let terms = [cut.as_str(), "y"];
        let tokens = block_tokens(&text, 2, ordinals(&terms)).unwrap();
        // The part and the joined form have the same term and start: part first.
        let r: Vec<_> = of_term(&tokens, 0)
            .iter()
            .map(|t| (t.position, t.start, t.end))
            .collect();
        assert_eq!(r, [(0, 0, 60), (0, 0, 62)]);
        assert_eq!(ranges(&text, of_term(&tokens, 1)), [(1, "y")]);
    }
}
