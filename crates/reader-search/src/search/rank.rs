//! Scoring and ranking: BM25 per clause, summed per block; blocks that
//! match more clauses first, then by score; headings boosted; the best hit
//! of each document moved into the first results.

use reader_model::Library;

use super::clause::matched;
use super::results::MatchKind;
use crate::index::Index;
use crate::query::{Clause, Spec};
use crate::sort::sort_by;
use crate::spans::Token;

/// Score factor for heading blocks.
pub const HEADING_BOOST: f32 = 1.5;
/// Documents that have hits get their best one into this many first results.
pub const DIVERSITY_WINDOW: usize = 5;
/// BM25 term-frequency saturation.
const K1: f32 = 1.2;
/// BM25 length normalisation.
const B: f32 = 0.75;

/// A block that matched some of the query's clauses.
#[derive(Clone, Debug)]
pub(super) struct Ranked {
    pub(super) block: u32,
    pub(super) matched: usize,
    pub(super) score: f32,
    pub(super) kind: MatchKind,
    pub(super) tokens: Vec<Token>,
}

impl Index {
    /// The blocks matching a negated clause (strictly: no prefix or fuzzy
    /// matching), by global block number.
    pub(super) fn excluded(&self, lib: &Library, clauses: &[Clause]) -> Vec<bool> {
        let mut excluded = vec![false; self.block_len.len()];
        for c in clauses.iter().filter(|c| c.negated) {
            for (block, _) in matched(self.eval(lib, &c.spec, true)) {
                excluded[block as usize] = true;
            }
        }
        excluded
    }

    /// Matches and scores every positive clause (BM25), by global block
    /// number; blocks in `excluded` are left out. A word that matches
    /// nothing adds its nearest terms to `suggestions`, which are cleared
    /// again if anything matched.
    pub(super) fn score(
        &self,
        lib: &Library,
        clauses: &[Clause],
        excluded: &[bool],
        suggestions: &mut Vec<String>,
    ) -> Vec<Option<Ranked>> {
        let n_blocks = self.block_len.len();
        let n = n_blocks as f32;
        let mut blocks: Vec<Option<Ranked>> = (0..n_blocks).map(|_| None).collect();
        let mut any = false;
        for c in clauses.iter().filter(|c| !c.negated) {
            let hits = self.eval(lib, &c.spec, false);
            let df = hits.iter().filter(|m| m.is_some()).count();
            if df == 0 && suggestions.len() < 5 {
                if let Spec::Word { term, .. } = &c.spec {
                    for s in self.suggest(term, 3) {
                        if !suggestions.contains(&s) {
                            suggestions.push(s);
                        }
                    }
                }
            }
            let df = df as f32;
            let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
            for (block, m) in matched(hits) {
                if excluded[block as usize] {
                    continue;
                }
                any = true;
                let dl = self.block_len.get(block as usize).copied().unwrap_or(0) as f32;
                let norm = K1 * (1.0 - B + B * dl / self.avg_len);
                let s = idf * m.tf * (K1 + 1.0) / (m.tf + norm);
                let e = blocks[block as usize].get_or_insert(Ranked {
                    block,
                    matched: 0,
                    score: 0.0,
                    kind: MatchKind::Exact,
                    tokens: Vec::new(),
                });
                e.matched += 1;
                e.score += s;
                e.kind = e.kind.max(m.kind);
                if e.tokens.is_empty() {
                    // The block's first matching clause: its tokens, without a copy.
                    e.tokens = m.tokens;
                } else {
                    e.tokens.extend(m.tokens);
                }
            }
        }
        if any {
            suggestions.clear();
        }
        blocks
    }

    /// Counts the scored blocks per document into `counts`, keeps those of
    /// `doc_filter` (all without it), boosts headings and orders them best
    /// first (diversified across documents without a filter).
    pub(super) fn rank(
        &self,
        scored: Vec<Option<Ranked>>,
        doc_filter: Option<&str>,
        counts: &mut [usize],
    ) -> Vec<Ranked> {
        let mut ranked: Vec<Ranked> = Vec::new();
        for mut r in scored.into_iter().flatten() {
            let Some((d, _)) = self.locate(r.block) else {
                continue;
            };
            counts[d] += 1;
            if doc_filter.is_some_and(|f| f != self.docs[d].id) {
                continue;
            }
            if self.heading.get(r.block as usize).copied().unwrap_or(false) {
                r.score *= HEADING_BOOST;
            }
            ranked.push(r);
        }
        sort_by(&mut ranked, |a, b| {
            b.matched
                .cmp(&a.matched)
                .then(b.score.total_cmp(&a.score))
                .then(a.block.cmp(&b.block))
                .is_lt()
        });
        if doc_filter.is_none() {
            self.diversify(&mut ranked);
        }
        ranked
    }

    /// Each document's id with its number in `counts` (one code path for the
    /// empty and the full answer).
    pub(super) fn doc_counts(&self, counts: &[usize]) -> Vec<(String, usize)> {
        self.docs
            .iter()
            .zip(counts)
            .map(|(d, &c)| (d.id.clone(), c))
            .collect()
    }

    /// Moves the best hit of a document absent from the first
    /// [`DIVERSITY_WINDOW`] results to the end of that window, when it
    /// matched as many query words as the first result.
    fn diversify(&self, ranked: &mut Vec<Ranked>) {
        let Some(top_matched) = ranked.first().map(|r| r.matched) else {
            return;
        };
        for d in &self.docs {
            let window = ranked.len().min(DIVERSITY_WINDOW);
            let in_doc =
                |r: &Ranked| (d.first_block..d.first_block + d.n_blocks).contains(&r.block);
            if ranked[..window].iter().any(in_doc) {
                continue;
            }
            if let Some(pos) = ranked.iter().position(in_doc) {
                if ranked[pos].matched == top_matched && window > 0 {
                    let hit = ranked.remove(pos);
                    ranked.insert(window - 1, hit);
                }
            }
        }
    }
}
