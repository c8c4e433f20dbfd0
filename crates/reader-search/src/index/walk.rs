//! Term look-ups over the fst: a term's ordinal is its rank, counted on the
//! way down from the number of terms below each node; [`each_term`] lists
//! terms (all, by prefix, or matched by the typo automaton) with their
//! ordinals.

use fst::raw::{Fst, Node};
use fst::Automaton;

use super::Index;
use crate::fuzzy::{Damerau, DamerauState};

/// The node reached from the root by `key` and the number of terms smaller
/// than `key` (the terms below it come next, `below` counts them); `None`
/// when no term starts with `key`.
fn walk<'f>(fst: &'f Fst<Vec<u8>>, below: &[u32], key: &[u8]) -> Option<(Node<'f>, u32)> {
    let mut node = fst.root();
    let mut rank = 0u32;
    for &b in key {
        let i = node.find_input(b)?;
        for j in 0..i {
            rank += below.get(node.transition_addr(j))?;
        }
        rank += u32::from(node.is_final());
        node = fst.node(node.transition_addr(i));
    }
    Some((node, rank))
}

/// What a walk over the terms calls for each term it gives: the term, its
/// ordinal and its edit distance (0 without an automaton); `false` stops the walk.
pub(crate) type OnTerm<'a> = dyn FnMut(&[u8], u32, u8) -> bool + 'a;

/// Calls `f` for every term starting with `prefix` that `aut` matches (every
/// one without `aut`), in order. One walk for every listing of terms (all
/// terms, a prefix, [`Damerau`]): fst's streams are generic over their
/// automaton, so each listing would be its own copy of fst's stream code in
/// the WASM (see BENCHMARKS.md). The walk also counts the ordinals on the way
/// (`below`: terms below each node), which a stream does not give. Returns
/// `false` if a path was deeper than [`MAX_WALK_DEPTH`] (only a forged term set
/// has one; the load rejects it, so walks over a loaded index never stop so).
pub(super) fn each_term(
    fst: &Fst<Vec<u8>>,
    below: &[u32],
    prefix: &[u8],
    aut: Option<&Damerau>,
    f: &mut OnTerm<'_>,
) -> bool {
    let Some((node, rank)) = walk(fst, below, prefix) else {
        return true;
    };
    let state = aut.map(|a| prefix.iter().fold(a.start(), |s, &b| a.accept(&s, b)));
    let mut w = TermWalk {
        fst,
        below,
        aut,
        key: prefix.to_vec(),
        rank,
        f,
        too_deep: false,
    };
    w.visit(node, state);
    !w.too_deep
}

/// How deep [`each_term`]'s walk goes: the walk recurses once per byte, and the
/// count at load bounds only the paths it has not met before, so a forged term
/// set could chain shared nodes into a path long enough to exhaust the stack.
const MAX_WALK_DEPTH: usize = 4 * reader_text::MAX_TERM_BYTES;

/// The state of [`each_term`]'s depth-first walk (its depth is bounded by
/// [`MAX_WALK_DEPTH`]).
struct TermWalk<'a, 'f> {
    fst: &'a Fst<Vec<u8>>,
    below: &'a [u32],
    aut: Option<&'a Damerau>,
    /// The bytes of the path to the current node.
    key: Vec<u8>,
    /// The ordinal of the next term.
    rank: u32,
    f: &'a mut OnTerm<'f>,
    /// The walk stopped at a path deeper than [`MAX_WALK_DEPTH`].
    too_deep: bool,
}

impl TermWalk<'_, '_> {
    /// Walks the terms below `node` (`state`: the automaton's, there); `false` when stopped.
    fn visit(&mut self, node: Node<'_>, state: Option<DamerauState>) -> bool {
        if self.key.len() > MAX_WALK_DEPTH {
            self.too_deep = true;
            return false;
        }
        if node.is_final() {
            let distance = match self.aut.zip(state.as_ref()) {
                Some((a, s)) => a.matched(s),
                None => Some(0),
            };
            if let Some(d) = distance {
                if !(self.f)(&self.key, self.rank, d) {
                    return false;
                }
            }
            self.rank += 1;
        }
        let fst = self.fst;
        for t in node.transitions() {
            let next = self
                .aut
                .zip(state.as_ref())
                .map(|(a, s)| a.accept(s, t.inp));
            if let Some((a, s)) = self.aut.zip(next.as_ref()) {
                if !a.can_match(s) {
                    // No term below can match: count them without a visit.
                    self.rank += self.below.get(t.addr).copied().unwrap_or(0);
                    continue;
                }
            }
            self.key.push(t.inp);
            if !self.visit(fst.node(t.addr), next) {
                return false;
            }
            self.key.pop();
        }
        true
    }
}

impl Index {
    /// The ordinal of a term: the number of smaller terms. The term set
    /// stores no values (they would make the fst larger); this walks the
    /// term's path, adding up the terms below the smaller transitions and
    /// those that end on the way.
    pub(crate) fn term(&self, term: &[u8]) -> Option<u32> {
        let (node, rank) = walk(self.terms.as_fst(), &self.keys_below, term)?;
        node.is_final().then_some(rank)
    }

    /// The ordinals of the terms starting with `prefix` (consecutive: they
    /// are the terms below its node).
    pub(crate) fn completions(&self, prefix: &[u8]) -> core::ops::Range<u32> {
        match walk(self.terms.as_fst(), &self.keys_below, prefix) {
            Some((node, rank)) => {
                let n = self.keys_below.get(node.addr()).copied().unwrap_or(0);
                rank..rank.saturating_add(n)
            }
            None => 0..0,
        }
    }

    /// Calls `f` with the terms starting with `prefix` that `aut` matches
    /// (every one without `aut`), their ordinals and edit distances, in
    /// order, until `f` returns `false`.
    pub(crate) fn each_term(&self, prefix: &[u8], aut: Option<&Damerau>, f: &mut OnTerm<'_>) {
        each_term(self.terms.as_fst(), &self.keys_below, prefix, aut, f);
    }
}

#[cfg(test)]
mod tests {
    use fst::{IntoStreamer, Streamer};

    use crate::fuzzy::Damerau;
    use crate::index::curated;

    #[test]
    fn the_term_walk_stops_at_paths_deeper_than_any_term() {
        let walk_all = |key_len: usize| {
            let set = fst::Set::from_iter([vec![b'a'; key_len]]).unwrap();
            let fst = set.into_fst();
            let mut seen = 0;
            let whole = super::each_term(&fst, &[], b"", None, &mut |_, _, _| {
                seen += 1;
                true
            });
            (whole, seen)
        };
        assert_eq!(walk_all(super::MAX_WALK_DEPTH), (true, 1));
        assert_eq!(walk_all(super::MAX_WALK_DEPTH + 1), (false, 0));
    }

    #[test]
    fn a_terms_ordinal_is_its_rank() {
        let index = curated();
        let mut stream = index.terms.stream();
        let mut n = 0u32;
        while let Some(key) = stream.next() {
            assert_eq!(
                index.term(key),
                Some(n),
                "{:?}",
                String::from_utf8_lossy(key)
            );
            let mut longer = key.to_vec();
            longer.push(b'~');
            assert_eq!(index.term(&longer), None);
            if key.len() > 1 && index.terms.contains(&key[..key.len() - 1]) {
                assert!(index.term(&key[..key.len() - 1]) < Some(n));
            }
            n += 1;
        }
        assert_eq!(n as usize, index.terms.len());
        assert_eq!(index.term(b""), None);
        assert_eq!(index.term(b"zzzzzz"), None);
    }

    #[test]
    fn the_term_walk_gives_what_fst_streams_give() {
        use fst::automaton::{Automaton, Str};
        // Every listing the query side makes: all terms, a prefix, a typo automaton.
        let index = curated();
        let walked = |prefix: &[u8], aut: Option<&Damerau>| {
            let mut v = Vec::new();
            index.each_term(prefix, aut, &mut |k, o, d| {
                v.push((k.to_vec(), o, d));
                true
            });
            v
        };
        for prefix in [
            "", "a", "s", "sa", "sanc", "lukash", "z", "zz", "\u{e9}", "1",
        ] {
            let mut expected = Vec::new();
            let mut stream = index
                .terms
                .search(Str::new(prefix).starts_with())
                .into_stream();
            while let Some(k) = stream.next() {
                expected.push((k.to_vec(), index.term(k).unwrap(), 0));
            }
            assert_eq!(walked(prefix.as_bytes(), None), expected, "{prefix}");
            let range = index.completions(prefix.as_bytes());
            let ordinals: Vec<u32> = expected.iter().map(|e| e.1).collect();
            assert_eq!(range.collect::<Vec<_>>(), ordinals, "{prefix}");
        }
        for (word, max) in [
            ("sanctoins", 2),
            ("moscw", 1),
            ("lukashnko", 2),
            ("the", 1),
            ("belarus", 3),
        ] {
            let aut = Damerau::new(word, max).unwrap();
            let mut expected = Vec::new();
            let mut stream = index.terms.search(&aut).into_stream();
            while let Some(k) = stream.next() {
                let d = aut.distance(core::str::from_utf8(k).unwrap()).unwrap();
                expected.push((k.to_vec(), index.term(k).unwrap(), d));
            }
            assert!(!expected.is_empty(), "{word}");
            assert_eq!(walked(b"", Some(&aut)), expected, "{word}");
        }
    }
}
