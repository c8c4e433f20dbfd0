//! What one clause of a query matches: the blocks holding its word (and the
//! word's expansions) or its phrase, with the matched tokens and a weighted
//! term frequency per block.

use reader_model::Library;

use super::results::MatchKind;
use crate::index::Index;
use crate::query::Spec;
use crate::spans::{of_term, Token};

/// What one clause found in one block.
#[derive(Clone, Debug)]
pub(super) struct BlockMatch {
    pub(super) tf: f32,
    pub(super) kind: MatchKind,
    /// The matched tokens; their byte ranges are found only for the hits shown.
    pub(super) tokens: Vec<Token>,
}

/// What one clause found, indexed by global block number (`None`: no match
/// there). A Vec over all blocks instead of a map: a library has tens to a few
/// hundred blocks, so it is as fast, it is walked in block order, and it
/// spares the WASM a B-tree instantiation.
pub(super) type ClauseHits = Vec<Option<BlockMatch>>;

fn add(hits: &mut ClauseHits, block: u32, kind: MatchKind, tokens: &[Token]) {
    add_tf(hits, block, kind.weight(), kind, tokens);
}

/// Adds a match of `tf` to a block: what [`add`] does for one match and
/// [`merge`] for the matches of another clause (one body for both).
fn add_tf(hits: &mut ClauseHits, block: u32, tf: f32, kind: MatchKind, tokens: &[Token]) {
    let Some(slot) = hits.get_mut(block as usize) else {
        return;
    };
    let m = slot.get_or_insert(BlockMatch {
        tf: 0.0,
        kind,
        tokens: Vec::new(),
    });
    m.tf += tf;
    m.kind = m.kind.min(kind);
    m.tokens.extend_from_slice(tokens);
}

fn merge(into: &mut ClauseHits, from: ClauseHits) {
    for (block, m) in matched(from) {
        add_tf(into, block, m.tf, m.kind, &m.tokens);
    }
}

/// The blocks of `hits` with their matches, in block order.
pub(super) fn matched(hits: ClauseHits) -> impl Iterator<Item = (u32, BlockMatch)> {
    hits.into_iter()
        .enumerate()
        .filter_map(|(block, m)| Some((block as u32, m?)))
}

/// Where a phrase word occurs: block, token (its `position` is the word
/// position) and how the word matched there.
type Place = (u32, Token, MatchKind);

/// Finds the place (block, position) in `places`, sorted by it (a sorted Vec
/// rather than a map: the same order, less WASM).
fn find_place(places: &[Place], block: u32, position: u32) -> Result<usize, usize> {
    places.binary_search_by(|(b, t, _)| (*b, t.position).cmp(&(block, position)))
}

impl Index {
    /// The blocks a clause matches. `strict` (for exclusions) skips prefix and fuzzy matching.
    pub(super) fn eval(&self, lib: &Library, spec: &Spec, strict: bool) -> ClauseHits {
        match spec {
            Spec::Word { term, prefix } => self.word_hits(lib, term, *prefix && !strict, !strict),
            Spec::Phrase(words) => self.phrase_hits(lib, words, MatchKind::Exact),
            Spec::Joined {
                joined,
                parts,
                prefix,
            } => {
                let mut hits = self.word_hits(lib, joined, *prefix && !strict, !strict);
                merge(&mut hits, self.phrase_hits(lib, parts, MatchKind::Exact));
                hits
            }
            Spec::Acronym {
                acronym,
                expansion,
                typed_acronym,
                prefix,
            } => {
                let (word_kind, phrase_kind) = if *typed_acronym {
                    (MatchKind::Exact, MatchKind::Variant)
                } else {
                    (MatchKind::Variant, MatchKind::Exact)
                };
                let mut hits =
                    self.word_hits(lib, acronym, *prefix && !strict && *typed_acronym, false);
                for m in hits.iter_mut().flatten() {
                    m.kind = m.kind.max(word_kind);
                }
                merge(&mut hits, self.phrase_hits(lib, expansion, phrase_kind));
                hits
            }
        }
    }

    /// Calls `f` with each block holding the term with `ordinal` and the
    /// term's tokens in it, in the order the indexer saw them. `blocks` is scratch.
    fn occurrences(
        &self,
        lib: &Library,
        ordinal: u32,
        blocks: &mut Vec<u32>,
        mut f: impl FnMut(u32, &[Token]),
    ) {
        blocks.clear();
        self.blocks_into(ordinal, blocks);
        for &block in blocks.iter() {
            if let Some(tokens) = self.block_tokens(lib, block) {
                f(block, of_term(tokens, ordinal));
            }
        }
    }

    fn word_hits(&self, lib: &Library, term: &str, prefix: bool, fuzzy: bool) -> ClauseHits {
        let mut hits = self.no_hits();
        let mut blocks = Vec::new();
        for (ordinal, kind) in self.expand(term, prefix, fuzzy).0 {
            self.occurrences(lib, ordinal, &mut blocks, |block, tokens| {
                for t in tokens {
                    add(&mut hits, block, kind, core::slice::from_ref(t));
                }
            });
        }
        hits
    }

    /// Blocks where the words stand next to each other. Each word matches
    /// exactly, by stem or by transliteration variant; the match kind is the
    /// weakest of the words' and `base`.
    fn phrase_hits(&self, lib: &Library, words: &[String], base: MatchKind) -> ClauseHits {
        let mut hits = self.no_hits();
        let mut per_word: Vec<Vec<Place>> = Vec::with_capacity(words.len());
        let mut blocks = Vec::new();
        for w in words {
            let mut places: Vec<Place> = Vec::new();
            for (ordinal, kind) in self.expand(w, false, false).0 {
                self.occurrences(lib, ordinal, &mut blocks, |block, tokens| {
                    for &t in tokens {
                        // The first token seen at a place stays unless a later one matched better.
                        match find_place(&places, block, t.position) {
                            Ok(i) if kind < places[i].2 => places[i] = (block, t, kind),
                            Ok(_) => {}
                            Err(i) => places.insert(i, (block, t, kind)),
                        }
                    }
                });
            }
            if places.is_empty() {
                return hits;
            }
            per_word.push(places);
        }
        let Some((first, rest)) = per_word.split_first() else {
            return hits;
        };
        for &(block, t, kind) in first {
            let mut kind = kind.max(base);
            let mut tokens = vec![t];
            let all = rest.iter().enumerate().all(|(i, places)| {
                let next = t
                    .position
                    .checked_add(i as u32 + 1)
                    .and_then(|p| places.get(find_place(places, block, p).ok()?));
                if let Some((_, n, k)) = next {
                    kind = kind.max(*k);
                    tokens.push(*n);
                }
                next.is_some()
            });
            if all {
                add(&mut hits, block, kind, &tokens);
            }
        }
        hits
    }

    /// A [`ClauseHits`] without any match.
    fn no_hits(&self) -> ClauseHits {
        (0..self.block_len.len()).map(|_| None).collect()
    }
}
