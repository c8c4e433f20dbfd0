//! Typo tolerance: a bounded Damerau–Levenshtein automaton for `fst`.
//!
//! `fst::automaton::Levenshtein` builds a full DFA up front, which at
//! distance 2 is far over the query budget (see BENCHMARKS.md), and it does
//! not count a transposition (`sanctoins` / `sanctions`) as one edit.
//! [`Damerau`] instead runs the dynamic-programming rows lazily while the fst
//! is walked: nothing to build, a fixed-size `Copy` state, and transpositions
//! cost one edit (optimal string alignment distance). It works on bytes; the
//! analysed terms are almost always ASCII.

use fst::Automaton;

/// Longest query term the automaton accepts, in bytes.
pub const MAX_LEN: usize = 24;

/// Allowed edits for a query word: 0 below 4 letters, 1 from 4, 2 from 8.
///
/// ```
/// use reader_search::fuzzy::max_distance;
/// assert_eq!((max_distance("oil"), max_distance("oils"), max_distance("sanctoins")), (0, 1, 2));
/// ```
pub fn max_distance(term: &str) -> u8 {
    match term.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Matches the keys within `max` edits (insert, delete, substitute, swap two
/// neighbours) of a word.
///
/// ```
/// use fst::{IntoStreamer, Map};
/// use reader_search::fuzzy::Damerau;
/// let map = Map::from_iter([("sanction", 0u64), ("sanctions", 1), ("station", 2)]).unwrap();
/// let keys = map.search(Damerau::new("sanctoins", 1).unwrap()).into_stream().into_str_keys().unwrap();
/// assert_eq!(keys, ["sanctions"]);
/// ```
#[derive(Clone, Debug)]
pub struct Damerau {
    word: [u8; MAX_LEN],
    len: usize,
    max: u8,
}

/// A state of [`Damerau`]: the last two rows, how many bytes were read and the last one.
#[derive(Clone, Copy, Debug)]
pub struct DamerauState {
    prev: [u8; MAX_LEN + 1],
    row: [u8; MAX_LEN + 1],
    read: u8,
    last: Option<u8>,
    alive: bool,
}

impl Damerau {
    /// An automaton for `word` with at most `max` edits; `None` when the word
    /// is longer than [`MAX_LEN`] bytes or `max` is over 3.
    ///
    /// ```
    /// assert!(reader_search::fuzzy::Damerau::new("x".repeat(100).as_str(), 1).is_none());
    /// ```
    pub fn new(word: &str, max: u8) -> Option<Damerau> {
        if word.len() > MAX_LEN || max > 3 {
            return None;
        }
        let mut w = [0u8; MAX_LEN];
        w[..word.len()].copy_from_slice(word.as_bytes());
        Some(Damerau {
            word: w,
            len: word.len(),
            max,
        })
    }

    /// The distance between the automaton's word and `other`, if within the bound.
    ///
    /// ```
    /// let d = reader_search::fuzzy::Damerau::new("sanctoins", 2).unwrap();
    /// assert_eq!(d.distance("sanctions"), Some(1));
    /// assert_eq!(d.distance("station"), None);
    /// ```
    pub fn distance(&self, other: &str) -> Option<u8> {
        let mut s = self.start();
        for &b in other.as_bytes() {
            s = self.accept(&s, b);
            if !s.alive {
                return None;
            }
        }
        self.matched(&s)
    }

    /// The distance of the bytes read to reach `s`, if within the bound
    /// (`None`: `s` is not a match).
    pub(crate) fn matched(&self, s: &DamerauState) -> Option<u8> {
        self.is_match(s).then_some(s.row[self.len])
    }
}

impl Automaton for Damerau {
    type State = DamerauState;

    fn start(&self) -> DamerauState {
        let mut row = [0u8; MAX_LEN + 1];
        for (j, v) in row.iter_mut().enumerate().take(self.len + 1) {
            *v = (j as u8).min(self.max + 1);
        }
        DamerauState {
            prev: row,
            row,
            read: 0,
            last: None,
            alive: true,
        }
    }

    fn is_match(&self, s: &DamerauState) -> bool {
        s.alive && s.row[self.len] <= self.max
    }

    fn can_match(&self, s: &DamerauState) -> bool {
        s.alive
    }

    fn accept(&self, s: &DamerauState, b: u8) -> DamerauState {
        if !s.alive {
            return *s;
        }
        let cap = self.max + 1;
        let w = &self.word[..self.len];
        // Row `i` (bytes read) differs from `cap` only within `max` of the diagonal: reaching
        // column `j` from row `i` takes at least `|i - j|` edits. Only that band is computed
        // (5 cells instead of the word's length, at most, for 2 edits); the rest stays `cap`.
        let i = usize::from(s.read) + 1;
        let max = usize::from(self.max);
        let mut row = [cap; MAX_LEN + 1];
        row[0] = (s.row[0] + 1).min(cap);
        let mut best = row[0];
        for j in i.saturating_sub(max).max(1)..=(i + max).min(self.len) {
            let cost = u8::from(w[j - 1] != b);
            let mut v = (s.row[j] + 1).min(row[j - 1] + 1).min(s.row[j - 1] + cost);
            if j > 1 && s.last == Some(w[j - 1]) && b == w[j - 2] {
                v = v.min(s.prev[j - 2] + 1);
            }
            row[j] = v.min(cap);
            best = best.min(row[j]);
        }
        DamerauState {
            prev: s.row,
            row,
            read: s.read.saturating_add(1),
            last: Some(b),
            alive: best <= self.max,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Optimal string alignment distance over bytes, the whole table: what the automaton's
    /// band-limited rows must agree with.
    fn osa(a: &[u8], b: &[u8]) -> usize {
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, v) in d[0].iter_mut().enumerate() {
            *v = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut v = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = v.min(d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        d[a.len()][b.len()]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]
        // A small alphabet, so that swaps, repeats and near misses are common.
        #[test]
        fn distance_agrees_with_the_full_table(word in "[abcs]{0,12}", other in "[abcs]{0,16}", max in 0u8..=3) {
            let d = Damerau::new(&word, max).unwrap();
            let want = osa(word.as_bytes(), other.as_bytes());
            prop_assert_eq!(d.distance(&other), (want <= usize::from(max)).then_some(want as u8));
        }
    }

    #[test]
    fn words_of_the_longest_length_keep_their_last_column() {
        let word = "a".repeat(MAX_LEN);
        let d = Damerau::new(&word, 2).unwrap();
        assert_eq!(d.distance(&word), Some(0));
        assert_eq!(d.distance(&"a".repeat(MAX_LEN + 2)), Some(2));
        assert_eq!(d.distance(&"a".repeat(MAX_LEN + 3)), None);
        assert_eq!(d.distance(&"a".repeat(MAX_LEN - 2)), Some(2));
    }
}
