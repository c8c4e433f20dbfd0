//! The build-time alignment (feature `build`).

use std::collections::{BTreeMap, BTreeSet};

use reader_model::{Block, BlockKind, Document, Library};
use reader_text::{
    acronym_definitions, analyze, is_stop_word, sentences, stem, variant_key, Definition, TokenKind,
};

use crate::{Alignment, NoteLinks, Pair, Related, DOC_A, DOC_B};

/// How passages are compared and which pairs are kept. [`Params::default`]
/// is what [`align`] uses; the other values exist so the gold test can
/// measure alternatives.
///
/// ```
/// let p = reader_align::Params::default();
/// assert!(p.threshold > 0.0 && p.max_per_a >= 1);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    /// Compare sentences (a pair of blocks scores by its best pair of
    /// sentences) instead of whole blocks.
    pub by_sentence: bool,
    /// When comparing by sentence, also split the RFE/RL passages (they are
    /// short news paragraphs; by default they are compared whole).
    pub split_a: bool,
    /// Unify the near-synonyms of [`SYNONYMS`] (`seizure` = `annexation`).
    pub synonyms: bool,
    /// A word that ends a phrase of two adjacent content words (`air base`,
    /// `military base`) counts once more, as a phrase head.
    pub phrase_heads: bool,
    /// Compare photo captions too (they describe a picture, not a claim of
    /// the text).
    pub captions: bool,
    /// Match a place adjective with its place name (`Crimean` = `Crimea`,
    /// `Russian` = `Russia`) when both are names of the library.
    pub demonyms: bool,
    /// Sentence-level cosines are multiplied by this before they compete
    /// with the whole-passage cosine (short sentences score high on a single
    /// shared word).
    pub sentence_weight: f32,
    /// When comparing by sentence, a sentence is scored together with this
    /// many neighbours on each side (0: the sentence alone).
    pub window: usize,
    /// Heritage passages are also scored by their best window of this many
    /// consecutive sentences (0: whole passages only). Heritage paragraphs
    /// cover several topics; a window keeps a strong local overlap from being
    /// diluted by the rest of the paragraph.
    pub window_b: usize,
    /// Weight of the best-window score: the score of a pair is
    /// `(1 - window_mix) × whole + window_mix × best window`.
    pub window_mix: f32,
    /// Score with BM25 (the RFE/RL passage as the query, the Heritage passage
    /// or window as the document, normalised to 0..1 by the query's largest
    /// possible score) instead of the cosine.
    pub bm25: bool,
    /// BM25 term-frequency saturation.
    pub bm25_k1: f32,
    /// BM25 length normalisation (0: none, 1: full).
    pub bm25_b: f32,
    /// Document frequencies counted over sentences instead of passages.
    pub sentence_idf: bool,
    /// Smallest score kept.
    pub threshold: f32,
    /// A counterpart of an RFE/RL passage is kept only if its score is at
    /// least this fraction of that passage's best counterpart.
    pub relative: f32,
    /// At most this many Heritage counterparts per RFE/RL passage.
    pub max_per_a: usize,
    /// At most this many RFE/RL counterparts per Heritage passage (Heritage
    /// paragraphs are long and cover several events).
    pub max_per_b: usize,
    /// Smallest score of a passage related to a footnote's sentence (a single
    /// sentence needs more evidence than a passage).
    pub note_threshold: f32,
    /// At most this many related passages per footnote.
    pub max_per_note: usize,
    /// Weight factor of years (four-digit numbers 1900–2099).
    pub year_boost: f32,
    /// Weight factor of proper names and acronyms.
    pub name_boost: f32,
    /// Terms in more than this fraction of the body passages are ignored.
    pub max_df: f32,
    /// At most this many shared terms per pair.
    pub max_shared: usize,
    /// Weight of the semantic margin (0: term similarity only). The score of
    /// a pair is `cosine + semantic_weight × max(0, margin − 1)`, where the
    /// margin compares the sentence-embedding similarity of the two passages
    /// with that of their `semantic_k` nearest neighbours (see the README).
    /// A pair still needs at least one shared term.
    pub semantic_weight: f32,
    /// Neighbourhood size of the semantic margin.
    pub semantic_k: usize,
}

impl Default for Params {
    fn default() -> Params {
        Params {
            by_sentence: false,
            split_a: false,
            synonyms: true,
            demonyms: true,
            captions: true,
            phrase_heads: false,
            window: 0,
            sentence_weight: 1.0,
            window_b: 0,
            window_mix: 0.0,
            bm25: false,
            bm25_k1: 1.2,
            bm25_b: 0.75,
            sentence_idf: true,
            threshold: 0.09,
            relative: 0.8,
            max_per_a: 2,
            max_per_b: 6,
            note_threshold: 0.15,
            max_per_note: 3,
            year_boost: 2.0,
            name_boost: 1.0,
            max_df: 0.5,
            max_shared: 6,
            semantic_weight: 1.0,
            semantic_k: 4,
        }
    }
}

/// Near-synonyms of the political and economic vocabulary of the two
/// documents: each group is matched as one term (shown with the first
/// passage's word). Stems (Porter2), first entry names the group; an entry
/// that is not a stem (`forces`) matches that word only, where the stem
/// would be too broad (`forc`: forced, forcing).
///
/// ```
/// assert!(reader_align::SYNONYMS.iter().any(|g| g.contains(&"annex") && g.contains(&"seizur")));
/// ```
pub const SYNONYMS: &[&[&str]] = &[
    &["seiz", "seizur", "annex", "annexat", "takeov"],
    &["troop", "forces"],
    &["oil", "energi"],
    &["loan", "debt", "borrow"],
    &["ambassador", "diplomat"],
    &["resum", "resumpt", "reinstat", "restor", "reviv", "renew"],
];

/// Blocks that take part: body passages, not headings or end matter;
/// captions only if `captions`.
fn is_body(block: &Block, captions: bool) -> bool {
    match block.kind {
        BlockKind::Paragraph | BlockKind::ListItem => true,
        BlockKind::Caption => captions,
        _ => false,
    }
}

/// One analysed term of a passage.
#[derive(Clone, Debug)]
struct Feature {
    /// Matching key: `#2006`, `A:csto`, `V:<variant key>`, `N:<name>` (a
    /// name too short for a variant key), `S:<stem>`, `H:<key>` (phrase head).
    key: String,
    /// The word as written (possessive removed).
    surface: String,
}

/// What is learned from the whole library before comparing passages.
struct Lexicon {
    /// Terms seen capitalized and never in lower case.
    names: BTreeSet<String>,
    definitions: Vec<Definition>,
    synonyms: bool,
    demonyms: bool,
    phrase_heads: bool,
}

/// The place name a name-adjective is formed from, if that place name is
/// itself a name of the library: `crimean` → `crimea`, `lithuanian` →
/// `lithuania`, `ukrainian` → `ukraine`, `european` → `europe`, `american`
/// → `america` (suffix `-n`, `-an`, `-ian`, `-ean`, the place name ending
/// in nothing, `-a` or `-e`).
fn place_of<'n>(term: &str, names: &'n BTreeSet<String>) -> Option<&'n str> {
    ["n", "an", "ian", "ean"].iter().find_map(|suffix| {
        let root = term.strip_suffix(suffix)?;
        ["", "a", "e"].iter().find_map(|end| {
            let place = format!("{root}{end}");
            (place != term && place.len() >= 4)
                .then(|| names.get(&place))
                .flatten()
                .map(String::as_str)
        })
    })
}

impl Lexicon {
    fn new(lib: &Library, params: &Params) -> Lexicon {
        let mut capitalized = BTreeSet::new();
        let mut lower = BTreeSet::new();
        for block in lib.documents.iter().flat_map(|d| &d.blocks) {
            let text = block.plain_text();
            for t in analyze(&text) {
                if t.kind != TokenKind::Word {
                    continue;
                }
                match text[t.range.clone()].chars().next() {
                    Some(c) if c.is_uppercase() => capitalized.insert(t.term),
                    Some(_) => lower.insert(t.term),
                    None => false,
                };
            }
        }
        Lexicon {
            names: capitalized.difference(&lower).cloned().collect(),
            definitions: acronym_definitions(
                lib.documents
                    .iter()
                    .flat_map(|d| &d.blocks)
                    .map(|b| b.plain_text()),
            ),
            synonyms: params.synonyms,
            demonyms: params.demonyms,
            phrase_heads: params.phrase_heads,
        }
    }

    fn features(&self, text: &str) -> Vec<Feature> {
        let tokens: Vec<_> = analyze(text)
            .into_iter()
            .filter(|t| t.kind != TokenKind::Joined)
            .collect();
        let mut out = Vec::new();
        // Byte range of each feature's word(s), to find adjacent words.
        let mut spans: Vec<(usize, usize)> = Vec::new();
        let mut i = 0;
        'tokens: while i < tokens.len() {
            for d in &self.definitions {
                let n = d.expansion.len();
                if tokens.len() >= i + n
                    && tokens[i..i + n]
                        .iter()
                        .zip(&d.expansion)
                        .all(|(t, e)| &t.term == e)
                {
                    out.push(Feature {
                        key: format!("A:{}", d.acronym),
                        surface: d.acronym.to_uppercase(),
                    });
                    spans.push((tokens[i].range.start, tokens[i + n - 1].range.end));
                    i += n;
                    continue 'tokens;
                }
            }
            let t = &tokens[i];
            i += 1;
            let raw = &text[t.range.clone()];
            let surface = raw
                .strip_suffix("’s")
                .or_else(|| raw.strip_suffix("'s"))
                .unwrap_or(raw)
                .to_string();
            let key = if t.kind == TokenKind::Number {
                format!("#{}", t.term)
            } else if self.definitions.iter().any(|d| d.acronym == t.term) {
                out.push(Feature {
                    key: format!("A:{}", t.term),
                    surface: t.term.to_uppercase(),
                });
                spans.push((t.range.start, t.range.end));
                continue;
            } else if t.term.chars().count() < 2
                || (is_stop_word(&t.term) && !surface.contains('.'))
            {
                continue;
            } else if self.names.contains(&t.term) {
                let name = self
                    .demonyms
                    .then(|| place_of(&t.term, &self.names))
                    .flatten()
                    .unwrap_or(&t.term);
                match variant_key(name) {
                    Some(k) => format!("V:{k}"),
                    None => format!("N:{name}"),
                }
            } else {
                let stemmed = stem(&t.term);
                let group = self
                    .synonyms
                    .then(|| {
                        SYNONYMS
                            .iter()
                            .find(|g| g.contains(&stemmed.as_str()) || g.contains(&t.term.as_str()))
                    })
                    .flatten();
                format!("S:{}", group.map_or(stemmed.as_str(), |g| g[0]))
            };
            out.push(Feature { key, surface });
            spans.push((t.range.start, t.range.end));
        }
        if self.phrase_heads {
            // The head (last word) of two adjacent content words ("air
            // base", "military base") counts once more as a phrase head.
            let heads: Vec<Feature> = (1..out.len())
                .filter(|&k| {
                    text[spans[k - 1].1..spans[k].0].trim().is_empty()
                        && !out[k].key.starts_with('#')
                        && !out[k - 1].key.starts_with('#')
                })
                .map(|k| Feature {
                    key: format!("H:{}", out[k].key),
                    surface: out[k].surface.clone(),
                })
                .collect();
            out.extend(heads);
        }
        out
    }

    fn is_name_key(&self, key: &str) -> bool {
        key.starts_with("A:") || key.starts_with("V:") || key.starts_with("N:")
    }
}

fn is_year(key: &str) -> bool {
    key.strip_prefix('#')
        .and_then(|n| n.parse::<u32>().ok())
        .is_some_and(|y| (1900..2100).contains(&y))
}

/// A weighted term vector with the surfaces of its terms.
#[derive(Clone, Debug, Default)]
struct Vector {
    weights: BTreeMap<String, f32>,
    norm: f32,
    surfaces: BTreeMap<String, Vec<String>>,
    /// Raw term frequencies of the weighted terms (for BM25).
    tf: BTreeMap<String, f32>,
    /// Number of weighted term occurrences (BM25 document length).
    len: f32,
}

/// One passage: its whole vector, its sentence (window) vectors and its
/// windows of [`Params::window_b`] sentences.
struct Passage {
    id: String,
    whole: Vector,
    parts: Vec<Vector>,
    windows: Vec<Vector>,
}

struct Model<'p> {
    lexicon: Lexicon,
    idf: BTreeMap<String, f32>,
    params: &'p Params,
    /// Average length of the Heritage passages and of their windows (BM25).
    avg_len: f32,
    avg_window_len: f32,
}

impl Model<'_> {
    /// idf × the year or name boost: the weight of one occurrence.
    fn term_weight(&self, key: &str) -> Option<f32> {
        let idf = *self.idf.get(key)?;
        Some(if is_year(key) {
            idf * self.params.year_boost
        } else if self.lexicon.is_name_key(key) {
            idf * self.params.name_boost
        } else {
            idf
        })
    }

    fn vector(&self, features: &[&Feature]) -> Vector {
        let mut tf: BTreeMap<&str, f32> = BTreeMap::new();
        let mut surfaces: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for f in features {
            *tf.entry(&f.key).or_default() += 1.0;
            let s = surfaces.entry(f.key.clone()).or_default();
            if !s.contains(&f.surface) {
                s.push(f.surface.clone());
            }
        }
        let mut weights = BTreeMap::new();
        let mut counts = BTreeMap::new();
        for (key, n) in tf {
            let Some(w) = self.term_weight(key) else {
                continue;
            };
            weights.insert(key.to_string(), (1.0 + n.ln()) * w);
            counts.insert(key.to_string(), n);
        }
        let norm = weights.values().map(|w| w * w).sum::<f32>().sqrt();
        let len = counts.values().sum();
        Vector {
            weights,
            norm,
            surfaces,
            tf: counts,
            len,
        }
    }

    fn passage(&self, id: &str, text: &str) -> Passage {
        let sentence_features: Vec<Vec<Feature>> = sentences(text)
            .into_iter()
            .map(|s| self.lexicon.features(s))
            .collect();
        let all: Vec<&Feature> = sentence_features.iter().flatten().collect();
        let w = self.params.window;
        let n = sentence_features.len();
        let parts = (0..n)
            .map(|i| {
                let lo = i.saturating_sub(w);
                let hi = (i + w + 1).min(n);
                let fs: Vec<&Feature> = sentence_features[lo..hi].iter().flatten().collect();
                self.vector(&fs)
            })
            .collect();
        let size = self.params.window_b.min(n);
        let windows = if size == 0 {
            Vec::new()
        } else {
            sentence_features
                .windows(size)
                .map(|ws| self.vector(&ws.iter().flatten().collect::<Vec<_>>()))
                .collect()
        };
        Passage {
            id: id.to_string(),
            whole: self.vector(&all),
            parts,
            windows,
        }
    }

    /// The base similarity of an RFE/RL vector `x` and a Heritage vector `y`
    /// (whole passage or window, `avg` the average length of such units).
    fn similarity(&self, x: &Vector, y: &Vector, avg: f32) -> f32 {
        if self.params.bm25 {
            bm25(x, y, avg, self.params.bm25_k1, self.params.bm25_b, |k| {
                self.term_weight(k).unwrap_or(0.0)
            })
        } else {
            cosine(x, y)
        }
    }

    /// Score of two passages and the pair of vectors that explains it.
    fn compare<'v>(&self, x: &'v Passage, y: &'v Passage) -> (f32, &'v Vector, &'v Vector) {
        let whole = self.similarity(&x.whole, &y.whole, self.avg_len);
        let mut best = (whole, &x.whole, &y.whole);
        if self.params.window_b > 0 && self.params.window_mix > 0.0 {
            let m = self.params.window_mix;
            let mut top: Option<(f32, &Vector)> = None;
            for yw in &y.windows {
                let s = self.similarity(&x.whole, yw, self.avg_window_len);
                if top.is_none_or(|(t, _)| s > t) {
                    top = Some((s, yw));
                }
            }
            if let Some((s, yw)) = top {
                let mixed = (1.0 - m) * whole + m * s;
                // Explain with the window when it is what lifts the score.
                best = if s > whole {
                    (mixed, &x.whole, yw)
                } else {
                    (mixed, &x.whole, &y.whole)
                };
            }
        }
        if self.params.by_sentence {
            let whole = core::slice::from_ref(&x.whole);
            let xparts = if self.params.split_a {
                &x.parts[..]
            } else {
                whole
            };
            for xs in xparts {
                for ys in &y.parts {
                    let c = self.params.sentence_weight * cosine(xs, ys);
                    if c > best.0 {
                        best = (c, xs, ys);
                    }
                }
            }
        }
        best
    }

    /// Plain cosine of the whole passages (footnote sentences are short:
    /// windows and BM25 length normalisation do not apply).
    fn compare_whole<'v>(&self, x: &'v Passage, y: &'v Passage) -> (f32, &'v Vector, &'v Vector) {
        (cosine(&x.whole, &y.whole), &x.whole, &y.whole)
    }

    /// The shared terms of two vectors, by contribution to the cosine.
    fn shared(&self, x: &Vector, y: &Vector) -> Vec<String> {
        let mut terms: Vec<(f32, &str)> = x
            .weights
            .iter()
            .filter(|(k, _)| !k.starts_with("H:"))
            .filter_map(|(k, wx)| y.weights.get(k).map(|wy| (wx * wy, k.as_str())))
            .collect();
        terms.sort_by(|p, q| q.0.total_cmp(&p.0).then(p.1.cmp(q.1)));
        terms
            .into_iter()
            .take(self.params.max_shared)
            .map(|(_, k)| display(k, &x.surfaces[k], &y.surfaces[k]))
            .collect()
    }
}

/// How a shared term is shown: the first passage's spelling; both spellings
/// when they differ as names (`Lukashenka/Lukashenko`); acronyms upper-case;
/// other words in lower case.
fn display(key: &str, xs: &[String], ys: &[String]) -> String {
    if key.starts_with("A:") || key.starts_with('#') {
        return xs[0].clone();
    }
    if key.starts_with("V:") || key.starts_with("N:") {
        let x = &xs[0];
        return match ys.iter().find(|y| y.to_lowercase() != x.to_lowercase()) {
            Some(y) => format!("{x}/{y}"),
            None => x.clone(),
        };
    }
    let s = &xs[0];
    if s.chars().skip(1).any(char::is_uppercase) || s.contains('.') {
        // U.S. (the token stops before the final dot), EAEU
        if s.contains('.') && !s.ends_with('.') {
            format!("{s}.")
        } else {
            s.clone()
        }
    } else {
        s.to_lowercase()
    }
}

fn cosine(x: &Vector, y: &Vector) -> f32 {
    if x.norm == 0.0 || y.norm == 0.0 {
        return 0.0;
    }
    let dot: f32 = x
        .weights
        .iter()
        .filter_map(|(k, wx)| y.weights.get(k).map(|wy| wx * wy))
        .sum();
    dot / (x.norm * y.norm)
}

/// BM25 of the query `q` against the document `d`, divided by the largest
/// score the query can reach (every query term saturated), so in 0..1.
fn bm25(q: &Vector, d: &Vector, avg: f32, k1: f32, b: f32, weight: impl Fn(&str) -> f32) -> f32 {
    let most: f32 = q.tf.keys().map(|k| weight(k) * (k1 + 1.0)).sum();
    if most == 0.0 || d.len == 0.0 {
        return 0.0;
    }
    let norm = k1 * (1.0 - b + b * d.len / avg.max(1.0));
    let score: f32 =
        q.tf.keys()
            .filter_map(|k| {
                d.tf.get(k)
                    .map(|&n| weight(k) * n * (k1 + 1.0) / (n + norm))
            })
            .sum();
    score / most
}

pub(crate) fn body_passages(doc: Option<&Document>, captions: bool) -> Vec<(&str, String)> {
    doc.map(|d| {
        d.blocks
            .iter()
            .filter(|b| is_body(b, captions))
            .map(|b| (b.id.as_str(), b.plain_text()))
            .collect()
    })
    .unwrap_or_default()
}

/// Everything [`align_with`] needs, built once.
struct Prepared<'p> {
    model: Model<'p>,
    a: Vec<Passage>,
    b: Vec<Passage>,
}

fn prepare<'p>(lib: &Library, params: &'p Params) -> Prepared<'p> {
    let lexicon = Lexicon::new(lib, params);
    let texts_a = body_passages(lib.document(DOC_A), params.captions);
    let texts_b = body_passages(lib.document(DOC_B), params.captions);
    let mut df: BTreeMap<String, f32> = BTreeMap::new();
    let mut units = 0usize;
    for (_, text) in texts_a.iter().chain(&texts_b) {
        let unit_texts = if params.sentence_idf {
            sentences(text)
        } else {
            vec![text.as_str()]
        };
        for t in unit_texts {
            units += 1;
            let keys: BTreeSet<String> = lexicon.features(t).into_iter().map(|f| f.key).collect();
            for k in keys {
                *df.entry(k).or_default() += 1.0;
            }
        }
    }
    let n = units as f32;
    let idf = df
        .into_iter()
        .filter(|(_, d)| *d <= params.max_df * n)
        .map(|(k, d)| (k, (1.0 + n / d).ln()))
        .collect();
    let mut model = Model {
        lexicon,
        idf,
        params,
        avg_len: 1.0,
        avg_window_len: 1.0,
    };
    let a = texts_a.iter().map(|(id, t)| model.passage(id, t)).collect();
    let b: Vec<Passage> = texts_b.iter().map(|(id, t)| model.passage(id, t)).collect();
    let mean = |lens: Vec<f32>| lens.iter().sum::<f32>() / (lens.len().max(1) as f32);
    model.avg_len = mean(b.iter().map(|p| p.whole.len).collect());
    model.avg_window_len = mean(b.iter().flat_map(|p| &p.windows).map(|w| w.len).collect());
    Prepared { model, a, b }
}

/// Rounds a score to 4 decimals so that output is stable across platforms'
/// last-bit float differences and compact to print.
fn round(score: f32) -> f32 {
    (score * 10_000.0).round() / 10_000.0
}

/// Computes the related passages and footnote links with `params`.
///
/// ```
/// let lib = reader_content::library().unwrap();
/// let al = reader_align::align_with(&lib, &reader_align::Params { threshold: 0.9, ..Default::default() });
/// assert!(al.pairs.len() < reader_align::align(&lib).pairs.len());
/// ```
pub fn align_with(lib: &Library, params: &Params) -> Alignment {
    let prep = prepare(lib, params);
    let model = &prep.model;
    // The semantic margins, when asked for and the embeddings match the
    // content (otherwise the term similarity alone).
    let margins = (params.semantic_weight > 0.0)
        .then(|| {
            let a: Vec<&str> = prep.a.iter().map(|p| p.id.as_str()).collect();
            let b: Vec<&str> = prep.b.iter().map(|p| p.id.as_str()).collect();
            crate::semantic::margins(lib, &a, &b, params.semantic_k)
        })
        .flatten();
    // Every candidate above the threshold.
    let mut candidates: Vec<(usize, usize, f32)> = Vec::new();
    for (i, pa) in prep.a.iter().enumerate() {
        for (j, pb) in prep.b.iter().enumerate() {
            let (mut score, _, _) = model.compare(pa, pb);
            if score <= 0.0 {
                // No shared term: nothing would explain the pair.
                continue;
            }
            if let Some(m) = &margins {
                score += params.semantic_weight * (m[i][j] - 1.0).max(0.0);
            }
            if score >= params.threshold {
                candidates.push((i, j, round(score)));
            }
        }
    }
    let best_of = |pick: &dyn Fn(&(usize, usize, f32)) -> usize, n: usize| {
        let mut best = vec![0f32; n];
        for c in &candidates {
            best[pick(c)] = best[pick(c)].max(c.2);
        }
        best
    };
    let best_a = best_of(&|c| c.0, prep.a.len());
    // Best first, ties in document order: the caps keep the best.
    candidates.sort_by(|x, y| y.2.total_cmp(&x.2).then(x.0.cmp(&y.0)).then(x.1.cmp(&y.1)));
    let mut per_a = vec![0usize; prep.a.len()];
    let mut per_b = vec![0usize; prep.b.len()];
    let mut kept = Vec::new();
    for (i, j, score) in candidates {
        if score < params.relative * best_a[i] {
            continue;
        }
        if per_a[i] >= params.max_per_a || per_b[j] >= params.max_per_b {
            continue;
        }
        per_a[i] += 1;
        per_b[j] += 1;
        kept.push((i, j, score));
    }
    kept.sort_by(|x, y| x.0.cmp(&y.0).then(y.2.total_cmp(&x.2)).then(x.1.cmp(&y.1)));
    let pairs = kept
        .into_iter()
        .map(|(i, j, score)| {
            let (_, va, vb) = model.compare(&prep.a[i], &prep.b[j]);
            Pair {
                a: prep.a[i].id.clone(),
                b: prep.b[j].id.clone(),
                score,
                shared: model.shared(va, vb),
            }
        })
        .collect();

    let mut notes = Vec::new();
    if let Some(doc) = lib.document(DOC_B) {
        for note in &doc.footnotes {
            let sentence = model.passage("", &note.sentence);
            let mut related: Vec<(usize, f32)> = prep
                .a
                .iter()
                .enumerate()
                .map(|(i, pa)| (i, round(model.compare_whole(pa, &sentence).0)))
                .filter(|&(_, s)| s >= params.note_threshold)
                .collect();
            related.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
            related.truncate(params.max_per_note);
            if related.is_empty() {
                continue;
            }
            notes.push(NoteLinks {
                doc: DOC_B.to_string(),
                number: note.number,
                related: related
                    .into_iter()
                    .map(|(i, score)| {
                        let (_, va, vs) = model.compare_whole(&prep.a[i], &sentence);
                        Related {
                            block: prep.a[i].id.clone(),
                            score,
                            shared: model.shared(va, vs),
                        }
                    })
                    .collect(),
            });
        }
    }
    Alignment { pairs, notes }
}

/// Computes the related passages between the RFE/RL article and the Heritage
/// report, and the RFE/RL passages related to each Heritage footnote's
/// sentence.
///
/// The similarity, in short (details in the README): passages are analysed
/// with `reader_search::analyze` like the search index; stop words dropped;
/// each word becomes its Porter2 stem, proper names their transliteration
/// key (`Lukashenka` = `Lukashenko`) and place adjectives their place
/// (`Crimean` = `Crimea`), acronyms and their long forms one term
/// (`CSTO` = `Collective Security Treaty Organization`); terms weighted by
/// `(1 + ln tf) × idf`, document frequencies counted over the sentences of
/// both documents, years × 2, terms in more than half of the sentences
/// dropped; the score of two passages is the cosine of their whole vectors
/// plus the semantic margin `max(0, margin − 1)` (sentence embeddings of the
/// RFE/RL passage and the Heritage sentences, committed in
/// `data/embeddings.bin`; see [`semantic_status`](crate::semantic_status)),
/// for pairs that share at least one term; pairs from 0.09 are kept, at most
/// 2 Heritage counterparts per RFE/RL passage (the second only if it scores
/// at least 0.8 × the first) and 6 RFE/RL counterparts per Heritage passage.
/// Shared terms explain every pair.
///
/// ```
/// let lib = reader_content::library().unwrap();
/// let al = reader_align::align(&lib);
/// let two006 = al.for_block("rferl-lukashenka-was-declared-the-winner");
/// assert_eq!(two006[0].b, "heritage-because-belarus-has-a-history");
/// assert!(al.note("heritage", 3).iter().any(|r| r.block == "rferl-lukashenka-was-declared-the-winner"));
/// ```
pub fn align(lib: &Library) -> Alignment {
    align_with(lib, &Params::default())
}

/// The related passage pairs of [`align`] alone.
///
/// ```
/// let lib = reader_content::library().unwrap();
/// let pairs = reader_align::related_pairs(&lib);
/// assert!(pairs.iter().all(|p| p.a.starts_with("rferl-") && p.b.starts_with("heritage-")));
/// ```
pub fn related_pairs(lib: &Library) -> Vec<Pair> {
    align(lib).pairs
}

/// The footnote links of [`align`] alone.
///
/// ```
/// let lib = reader_content::library().unwrap();
/// let notes = reader_align::note_links(&lib);
/// assert!(notes.iter().any(|n| n.number == 3));
/// ```
pub fn note_links(lib: &Library) -> Vec<NoteLinks> {
    align(lib).notes
}
