//! Byte ranges found again from word positions: the postings store where a
//! term occurs (block and word position), and the query side gets the byte
//! range of that token by analysing the block text, as the indexer did.

use core::ops::Range;

use crate::analysis::{analyze, TokenKind};

/// One matched token of a block, as the postings give it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TokenRef {
    /// Word position in the block.
    pub position: u32,
    /// Ordinal of the term that matched.
    pub term: u32,
    /// The second occurrence of the term at this position (see
    /// [`crate::format::Occurrence::repeated`]).
    pub repeated: bool,
}

/// A hyphenated word's joined token, which shares its position with the
/// word's first part.
#[derive(Clone, Debug)]
struct Joined {
    position: u32,
    range: Range<usize>,
    /// Ordinal of the joined term and of the first part's term.
    term: Option<u32>,
    part_term: Option<u32>,
}

/// The byte ranges of a block's tokens by position.
#[derive(Clone, Debug)]
pub(crate) struct Spans {
    text_len: usize,
    /// Range of the word (or hyphenated word's part) at each position.
    words: Vec<Range<usize>>,
    /// The joined tokens, by position.
    joined: Vec<Joined>,
}

impl Spans {
    /// Analyses `text`; `ordinal` gives a term's ordinal in the index (looked up
    /// only for the two tokens at the position of a hyphenated word).
    pub fn new(text: &str, ordinal: impl Fn(&str) -> Option<u32>) -> Spans {
        let tokens = analyze(text);
        let mut words = Vec::with_capacity(tokens.len());
        let mut word_terms: Vec<&str> = Vec::with_capacity(tokens.len());
        let mut joined = Vec::new();
        for t in &tokens {
            if t.kind == TokenKind::Joined {
                let part = word_terms.get(t.position as usize).copied();
                joined.push(Joined {
                    position: t.position,
                    range: t.range.clone(),
                    term: ordinal(&t.term),
                    part_term: part.and_then(&ordinal),
                });
            } else {
                words.push(t.range.clone());
                word_terms.push(&t.term);
            }
        }
        Spans {
            text_len: text.len(),
            words,
            joined,
        }
    }

    /// Length of the text the spans were made from.
    pub fn text_len(&self) -> usize {
        self.text_len
    }

    /// The byte range of a matched token, as the indexer saw it.
    pub fn range(&self, t: &TokenRef) -> Option<Range<usize>> {
        let word = self.words.get(t.position as usize)?;
        let Ok(i) = self
            .joined
            .binary_search_by_key(&t.position, |j| j.position)
        else {
            return Some(word.clone());
        };
        let j = &self.joined[i];
        let joined = match (j.part_term == Some(t.term), j.term == Some(t.term)) {
            (_, false) => false,
            (false, true) => true,
            // The same term twice at one position (a first part cut to the
            // longest term): the indexer ordered the two by byte start, the
            // part first on a tie.
            (true, true) => t.repeated == (j.range.start >= word.start),
        };
        Some(if joined {
            j.range.clone()
        } else {
            word.clone()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ordinals<'a>(terms: &'a [&'a str]) -> impl Fn(&str) -> Option<u32> + 'a {
        move |t| terms.iter().position(|x| *x == t).map(|i| i as u32)
    }

    fn at(position: u32, term: u32, repeated: bool) -> TokenRef {
        TokenRef {
            position,
            term,
            repeated,
        }
    }

    #[test]
    fn words_and_joined_words() {
        let text = "a Cold War-style game";
        let terms = ["a", "cold", "game", "style", "war", "warstyle"];
        let s = Spans::new(text, ordinals(&terms));
        let range = |p, t| s.range(&at(p, t, false)).map(|r| &text[r]);
        assert_eq!(range(1, 1), Some("Cold"));
        assert_eq!(range(2, 4), Some("War"));
        assert_eq!(range(2, 5), Some("War-style"));
        assert_eq!(range(3, 3), Some("style"));
        assert_eq!(range(4, 2), Some("game"));
        assert_eq!(range(5, 2), None);
        assert_eq!(s.text_len(), text.len());
    }

    #[test]
    fn a_cut_first_part_equal_to_its_joined_form() {
        let long = "x".repeat(60);
        let text = format!("{long}-y");
        let cut = "x".repeat(crate::analysis::MAX_TERM_BYTES);
        let terms = [cut.as_str(), "y"];
        let s = Spans::new(&text, ordinals(&terms));
        // The part and the joined form have the same term and start: part first.
        assert_eq!(s.range(&at(0, 0, false)), Some(0..60));
        assert_eq!(s.range(&at(0, 0, true)), Some(0..62));
        assert_eq!(s.range(&at(1, 1, false)), Some(61..62));
    }
}
