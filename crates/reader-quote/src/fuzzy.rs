//! The closest approximate occurrence of the quoted words: the run of words of the passage
//! with the fewest word edits (a word inserted, deleted or changed) from the quote, found with
//! Sellers' algorithm (edit distance where the match may start and end anywhere in the text).
//!
//! Words, not characters: a character-level match of "will exchange" in "will again exchange"
//! would rather match "ain exchange" (three edits) than the whole phrase (six); counted in
//! words, the inserted "again" is one edit and the match covers the whole phrase. Words are
//! compared by their letters and digits (case-folded), so punctuation next to them does not
//! count as a change.

/// The most table cells (quote words × passage words) spent on one search; longer inputs fall
/// back to the passage (curated passages have at most a few hundred words).
pub const MAX_CELLS: usize = 1_000_000;

/// An approximate match: word offsets (`start..end`) and the number of word edits.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Match {
    pub start: usize,
    pub end: usize,
    pub edits: usize,
}

/// The approximate match of `pattern` in `text` with the fewest edits, if it needs at most one
/// edit for every three words of the pattern; ties go to the match nearest `hint` (compared
/// through `original`, which maps a word offset to the passage's character offset), then to
/// the first, and the longest of those starting at the same word.
pub(crate) fn closest<T: PartialEq>(
    text: &[T],
    pattern: &[T],
    hint: Option<usize>,
    original: impl Fn(usize) -> usize,
) -> Option<Match> {
    let m = pattern.len();
    if m == 0 || m.saturating_mul(text.len()) > MAX_CELLS {
        return None;
    }
    // Column j of the table: edits[i] is the fewest edits turning pattern[..i] into a run of
    // text ending at j, and starts[i] where that run starts.
    let mut edits: Vec<usize> = (0..=m).collect();
    let mut starts: Vec<usize> = vec![0; m + 1];
    let mut best: Option<Match> = None;
    let distance = |start: usize| hint.map_or(0, |h| original(start).abs_diff(h));
    for (j, t) in text.iter().enumerate() {
        let (mut diag, mut diag_start) = (edits[0], starts[0]);
        edits[0] = 0;
        starts[0] = j + 1;
        for i in 1..=m {
            let substitute = (diag + usize::from(pattern[i - 1] != *t), diag_start);
            let skip_pattern = (edits[i - 1] + 1, starts[i - 1]);
            let skip_text = (edits[i] + 1, starts[i]);
            // Fewest edits, then the earliest start: of equally good runs, the longer one.
            let (e, s) = substitute.min(skip_pattern).min(skip_text);
            (diag, diag_start) = (edits[i], starts[i]);
            edits[i] = e;
            starts[i] = s;
        }
        let here = Match {
            start: starts[m],
            end: j + 1,
            edits: edits[m],
        };
        let better = match &best {
            None => true,
            // Equally close and starting at the same word: the longer run (a changed last
            // word rather than a missing one).
            Some(b) => {
                (here.edits, distance(here.start)) < (b.edits, distance(b.start))
                    || (here.edits, here.start) == (b.edits, b.start)
            }
        };
        if better && here.start < here.end {
            best = Some(here);
        }
    }
    best.filter(|b| b.edits * 3 <= m)
}

/// A word of a normalized text: its character span and what it is compared by.
#[derive(Debug)]
pub(crate) struct Word {
    pub start: usize,
    pub end: usize,
    key: Vec<char>,
}

impl PartialEq for Word {
    fn eq(&self, other: &Word) -> bool {
        self.key == other.key
    }
}

/// The words (runs of non-space characters) of normalized `chars`.
pub(crate) fn words(chars: &[char]) -> Vec<Word> {
    let mut words = Vec::new();
    let mut start = None;
    for i in 0..=chars.len() {
        let space = chars.get(i).is_none_or(|&c| c == ' ');
        match (start, space) {
            (None, false) => start = Some(i),
            (Some(s), true) => {
                let word = &chars[s..i];
                let mut key: Vec<char> = word
                    .iter()
                    .copied()
                    .filter(|c| c.is_alphanumeric())
                    .collect();
                if key.is_empty() {
                    key = word.to_vec();
                }
                words.push(Word {
                    start: s,
                    end: i,
                    key,
                });
                start = None;
            }
            _ => {}
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str, pattern: &str) -> Option<(String, usize)> {
        let text: Vec<char> = text.chars().collect();
        let pattern: Vec<char> = pattern.chars().collect();
        let (t, p) = (words(&text), words(&pattern));
        closest(&t, &p, None, |i| i).map(|m| {
            let span = &text[t[m.start].start..t[m.end - 1].end];
            (span.iter().collect(), m.edits)
        })
    }

    #[test]
    fn finds_the_run_of_words_with_fewest_edits() {
        assert_eq!(
            find("the plant is financed by a loan", "plant is funded"),
            Some(("plant is financed".into(), 1))
        );
        assert_eq!(
            find(
                "they will again exchange ambassadors",
                "will exchange ambassadors"
            ),
            Some(("will again exchange ambassadors".into(), 1))
        );
        assert_eq!(
            find("a loan, from Moscow.", "loan from Moscow"),
            Some(("loan, from Moscow.".into(), 0))
        );
        assert_eq!(
            find("nothing alike here", "completely different words"),
            None
        );
    }

    #[test]
    fn sellers_on_characters_too() {
        let m = closest(&['x', 'a', 'b', 'c'], &['a', 'b', 'c'], None, |i| i);
        assert_eq!(
            m,
            Some(Match {
                start: 1,
                end: 4,
                edits: 0
            })
        );
    }
}
