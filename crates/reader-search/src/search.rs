//! Query evaluation: term expansion, phrase matching, BM25 ranking, hits.

use core::ops::Range;

use reader_model::Library;

use crate::analysis::stem;
use crate::fuzzy::{max_distance, Damerau};
use crate::index::Index;
use crate::query::{parse, Clause, Spec};
use crate::snippet::{make_snippet, merge_ranges, SNIPPET_WORDS};
use crate::sort::{sort, sort_by};
use crate::spans::{of_term, Token};
use crate::variants::variant_key;

/// Most terms a prefix expands to.
pub const PREFIX_CAP: usize = 64;
/// Most terms a misspelled word expands to.
pub const FUZZY_CAP: usize = 16;
/// Most hits returned (the counts cover all matches).
pub const MAX_HITS: usize = 50;
/// Score factor for heading blocks.
pub const HEADING_BOOST: f32 = 1.5;
/// Documents that have hits get their best one into this many first results.
pub const DIVERSITY_WINDOW: usize = 5;
const K1: f32 = 1.2;
const B: f32 = 0.75;

/// How a passage matched the query (the weakest way among the query's words).
///
/// ```
/// use reader_search::MatchKind;
/// assert!(MatchKind::Exact < MatchKind::Stemmed && MatchKind::Prefix < MatchKind::Fuzzy);
/// assert_eq!(MatchKind::Variant.weight(), 0.75);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchKind {
    /// The word as written (after case and diacritics folding).
    Exact,
    /// Another form of the same English stem (`sanctioned` → `sanctions`).
    Stemmed,
    /// A transliteration variant (`Lukashenko` → `Lukashenka`) or an acronym / long form.
    Variant,
    /// A completion of the word being typed.
    Prefix,
    /// A misspelling within the allowed edit distance.
    Fuzzy,
}

impl MatchKind {
    /// Factor applied to the term frequency of a match of this kind.
    pub fn weight(self) -> f32 {
        match self {
            MatchKind::Exact => 1.0,
            MatchKind::Stemmed => 0.85,
            MatchKind::Variant => 0.75,
            MatchKind::Prefix => 0.7,
            MatchKind::Fuzzy => 0.4,
        }
    }
}

/// One passage found.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// Id of the document.
    pub doc_id: String,
    /// Id of the block (passage).
    pub block_id: String,
    /// Index of the block in its document.
    pub block_index: usize,
    /// Text of the section heading the block sits under (its own text for a heading).
    pub heading: Option<String>,
    /// Ranking score (higher is better); comparable within one result list.
    pub score: f32,
    /// About 30 whole words around the matches, `…` where cut.
    pub snippet: String,
    /// Byte ranges of the matches in `snippet`.
    pub snippet_highlights: Vec<Range<usize>>,
    /// Byte ranges of the matches in the block's `plain_text()`.
    pub block_highlights: Vec<Range<usize>>,
    /// The weakest way a query word matched in this passage.
    pub match_kind: MatchKind,
}

/// The answer to a query.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchResults {
    /// Passages, best first (at most [`MAX_HITS`]).
    pub hits: Vec<Hit>,
    /// Matching passages per document, for every indexed document, before the document filter.
    pub counts: Vec<(String, usize)>,
    /// A short message for the UI, e.g. "Query cut to 16 words".
    pub notice: Option<String>,
    /// When nothing matched: index terms near the query words ("did you mean").
    pub suggestions: Vec<String>,
}

/// A block that matched some of the query's clauses.
#[derive(Clone, Debug)]
struct Ranked {
    block: u32,
    matched: usize,
    score: f32,
    kind: MatchKind,
    tokens: Vec<Token>,
}

/// What one clause found in one block.
#[derive(Clone, Debug)]
struct BlockMatch {
    tf: f32,
    kind: MatchKind,
    /// The matched tokens; their byte ranges are found only for the hits shown.
    tokens: Vec<Token>,
}

/// What one clause found, indexed by global block number (`None`: no match
/// there). A Vec over all blocks instead of a map: a library has tens to a few
/// hundred blocks, so it is as fast, it is walked in block order like a
/// `BTreeMap<u32, _>` was, and it spares the WASM a B-tree instantiation
/// (several KB).
type ClauseHits = Vec<Option<BlockMatch>>;

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
fn matched(hits: ClauseHits) -> impl Iterator<Item = (u32, BlockMatch)> {
    hits.into_iter()
        .enumerate()
        .filter_map(|(block, m)| Some((block as u32, m?)))
}

/// The expansions of one word: term ordinals with the best kind for each.
#[derive(Default)]
struct Expansion(Vec<(u32, MatchKind)>);

impl Expansion {
    fn push(&mut self, ordinal: u32, kind: MatchKind) {
        match self.0.iter_mut().find(|(o, _)| *o == ordinal) {
            Some(e) => e.1 = e.1.min(kind),
            None => self.0.push((ordinal, kind)),
        }
    }
}

/// Where a phrase word occurs: block, token (its `position` is the word
/// position) and how the word matched there.
type Place = (u32, Token, MatchKind);

/// Finds the place (block, position) in `places`, sorted by it. A sorted Vec
/// instead of a `BTreeMap<(u32, u32), _>`: the same order, less WASM.
fn find_place(places: &[Place], block: u32, position: u32) -> Result<usize, usize> {
    places.binary_search_by(|(b, t, _)| (*b, t.position).cmp(&(block, position)))
}

impl Index {
    /// Searches all documents. `lib` must be the library the index was built
    /// from; snippets and ids are read from it, and a term's occurrences in
    /// the blocks the index lists for it (positions, frequency, highlights)
    /// are found in its block text (the tokens of a block are kept after its
    /// first use; [`Index::prepare`] makes them all at once).
    ///
    /// ```
    /// use reader_model::{Block, BlockKind, Document, Inline, Library};
    /// use reader_search::{build_index, Index, MatchKind};
    /// let para = |id: &str, t: &str| Block::new(id, BlockKind::Paragraph, vec![Inline::Text(t.into())]);
    /// let doc = Document {
    ///     id: "d".into(),
    ///     blocks: vec![para("d-a", "Lukashenka met Hale in Minsk."), para("d-b", "A cease-fire was agreed.")],
    ///     ..Document::default()
    /// };
    /// let lib = Library { documents: vec![doc] };
    /// let index = Index::from_bytes(&build_index(&lib)).unwrap();
    /// let r = index.search(&lib, "Lukashenko ");
    /// assert_eq!((r.hits[0].block_id.as_str(), r.hits[0].match_kind), ("d-a", MatchKind::Variant));
    /// assert_eq!(index.search(&lib, "ceasefire").hits[0].snippet_highlights, [2..12]);
    /// assert_eq!(r.counts, [("d".to_string(), 1)]);
    /// assert!(index.search(&lib, "  ?! ").hits.is_empty());
    /// ```
    pub fn search(&self, lib: &Library, query: &str) -> SearchResults {
        self.search_in(lib, query, None)
    }

    /// Like [`Index::search`], keeping only hits of the document `doc_filter`
    /// (the counts still cover every document).
    ///
    /// ```
    /// use reader_model::{Block, BlockKind, Document, Inline, Library};
    /// use reader_search::{build_index, Index};
    /// let doc = |id: &str| Document {
    ///     id: id.into(),
    ///     blocks: vec![Block::new(format!("{id}-p"), BlockKind::Paragraph, vec![Inline::Text("Minsk".into())])],
    ///     ..Document::default()
    /// };
    /// let lib = Library { documents: vec![doc("a"), doc("b")] };
    /// let index = Index::from_bytes(&build_index(&lib)).unwrap();
    /// let r = index.search_in(&lib, "minsk", Some("b"));
    /// assert_eq!(r.hits.len(), 1);
    /// assert_eq!(r.counts, [("a".to_string(), 1), ("b".to_string(), 1)]);
    /// ```
    pub fn search_in(&self, lib: &Library, query: &str, doc_filter: Option<&str>) -> SearchResults {
        self.run(lib, query, doc_filter, true)
    }

    /// Like [`Index::search`], but the hits carry no snippet (`snippet` and
    /// `snippet_highlights` are empty): for a view that shows a few hits at a
    /// time and makes their snippets itself, with
    /// [`make_snippet`](crate::snippet::make_snippet) on the block text and
    /// `block_highlights` (which gives exactly the snippet [`Index::search`]
    /// would have made). Making the snippets of all [`MAX_HITS`] hits is most
    /// of a search's time when many passages match.
    ///
    /// ```
    /// use reader_model::{Block, BlockKind, Document, Inline, Library};
    /// use reader_search::snippet::{make_snippet, SNIPPET_WORDS};
    /// use reader_search::{build_index, Index};
    /// let text = "Lukashenka met Hale in Minsk.";
    /// let doc = Document {
    ///     id: "d".into(),
    ///     blocks: vec![Block::new("d-a", BlockKind::Paragraph, vec![Inline::Text(text.into())])],
    ///     ..Document::default()
    /// };
    /// let lib = Library { documents: vec![doc] };
    /// let index = Index::from_bytes(&build_index(&lib)).unwrap();
    /// let bare = index.search_without_snippets(&lib, "Minsk");
    /// assert!(bare.hits[0].snippet.is_empty());
    /// let full = &index.search(&lib, "Minsk").hits[0];
    /// let made = make_snippet(text, &bare.hits[0].block_highlights, SNIPPET_WORDS);
    /// assert_eq!((made.0.as_str(), made.1.as_slice()), (full.snippet.as_str(), full.snippet_highlights.as_slice()));
    /// ```
    pub fn search_without_snippets(&self, lib: &Library, query: &str) -> SearchResults {
        self.run(lib, query, None, false)
    }

    fn run(
        &self,
        lib: &Library,
        query: &str,
        doc_filter: Option<&str>,
        snippets: bool,
    ) -> SearchResults {
        let parsed = parse(query, &self.aliases);
        let mut results = SearchResults {
            notice: parsed.notice,
            ..SearchResults::default()
        };
        let positive: Vec<&Clause> = parsed.clauses.iter().filter(|c| !c.negated).collect();
        let mut counts: Vec<usize> = vec![0; self.docs.len()];
        if positive.is_empty() {
            results.counts = self.doc_counts(&counts);
            return results;
        }
        let n_blocks = self.block_len.len();
        let mut excluded = vec![false; n_blocks];
        for c in parsed.clauses.iter().filter(|c| c.negated) {
            for (block, _) in matched(self.eval(lib, &c.spec, true)) {
                excluded[block as usize] = true;
            }
        }

        let n = n_blocks as f32;
        // By block (as `ClauseHits`): clauses matched, score, weakest kind, matched tokens.
        let mut blocks: Vec<Option<Ranked>> = (0..n_blocks).map(|_| None).collect();
        let mut any = false;
        for c in &positive {
            let hits = self.eval(lib, &c.spec, false);
            let df = hits.iter().filter(|m| m.is_some()).count();
            if df == 0 && results.suggestions.len() < 5 {
                if let Spec::Word { term, .. } = &c.spec {
                    for s in self.suggest(term, 3) {
                        if !results.suggestions.contains(&s) {
                            results.suggestions.push(s);
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
            results.suggestions.clear();
        }

        let mut ranked: Vec<Ranked> = Vec::new();
        for mut r in blocks.into_iter().flatten() {
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
        results.counts = self.doc_counts(&counts);
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

        let lib_docs: Vec<Option<&reader_model::Document>> =
            self.docs.iter().map(|d| lib.document(&d.id)).collect();
        for Ranked {
            block,
            score,
            kind,
            tokens,
            ..
        } in ranked
        {
            if results.hits.len() >= MAX_HITS {
                break;
            }
            let Some((d, local)) = self.locate(block) else {
                continue;
            };
            let Some(doc) = lib_docs[d] else { continue };
            let Some(b) = doc.blocks.get(local) else {
                continue;
            };
            let text = b.text();
            let valid = |r: Range<usize>| {
                (r.start < r.end
                    && r.end <= text.len()
                    && text.is_char_boundary(r.start)
                    && text.is_char_boundary(r.end))
                .then_some(r)
            };
            let block_highlights = merge_ranges(
                tokens
                    .iter()
                    .filter_map(|t| valid(t.start as usize..t.end as usize))
                    .collect(),
            );
            let (snippet, snippet_highlights) = if snippets {
                make_snippet(&text, &block_highlights, SNIPPET_WORDS)
            } else {
                (String::new(), Vec::new())
            };
            results.hits.push(Hit {
                doc_id: doc.id.clone(),
                block_id: b.id.clone(),
                block_index: local,
                heading: doc.section_heading(local).map(|h| h.plain_text()),
                score,
                snippet,
                snippet_highlights,
                block_highlights,
                match_kind: kind,
            });
        }
        results
    }

    /// Each document's id with its number in `counts` (one code path for the
    /// empty and the full answer).
    fn doc_counts(&self, counts: &[usize]) -> Vec<(String, usize)> {
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

    /// The blocks a clause matches. `strict` (for exclusions) skips prefix and fuzzy matching.
    fn eval(&self, lib: &Library, spec: &Spec, strict: bool) -> ClauseHits {
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

    /// Term ordinals a word expands to.
    fn expand(&self, term: &str, prefix: bool, fuzzy: bool) -> Expansion {
        let mut exp = Expansion::default();
        if let Some(o) = self.term(term.as_bytes()) {
            exp.push(o, MatchKind::Exact);
        }
        if term.bytes().all(|b| b.is_ascii_lowercase()) {
            let stem = stem(term);
            for &o in self
                .stem_group(&stem)
                .iter()
                .chain(&self.term(stem.as_bytes()))
            {
                exp.push(o, MatchKind::Stemmed);
            }
        }
        if let Some(key) = variant_key(term) {
            for &o in self.variant_group(&key) {
                exp.push(o, MatchKind::Variant);
            }
        }
        if prefix && term.chars().count() >= 2 {
            for o in self.completions(term.as_bytes()).take(PREFIX_CAP) {
                exp.push(o, MatchKind::Prefix);
            }
        }
        if exp.0.is_empty() && fuzzy {
            self.fuzzy_into(term, &mut exp);
        }
        exp
    }

    fn fuzzy_into(&self, term: &str, exp: &mut Expansion) {
        let max = max_distance(term);
        let Some(aut) = Damerau::new(term, max).filter(|_| max > 0) else {
            return;
        };
        let mut found: Vec<(u8, u32)> = Vec::new();
        self.each_term(b"", Some(&aut), &mut |_, o, d| {
            found.push((d, o));
            found.len() < 4 * FUZZY_CAP
        });
        sort(&mut found);
        for (_, o) in found.into_iter().take(FUZZY_CAP) {
            exp.push(o, MatchKind::Fuzzy);
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
