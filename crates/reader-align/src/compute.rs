//! The build-time alignment (feature `build`).

use std::collections::{BTreeMap, BTreeSet};

use reader_model::{Block, BlockKind, Document, Library};
use reader_search::acronyms::Definition;
use reader_search::analysis::stem;
use reader_search::{acronym_definitions, analyze, variant_key, TokenKind};

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
    /// Sentence-level cosines are multiplied by this before they compete
    /// with the whole-passage cosine (short sentences score high on a single
    /// shared word).
    pub sentence_weight: f32,
    /// When comparing by sentence, a sentence is scored together with this
    /// many neighbours on each side (0: the sentence alone).
    pub window: usize,
    /// Smallest score kept.
    pub threshold: f32,
    /// A counterpart is kept only if its score is at least this fraction of
    /// the passage's best counterpart.
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
}

impl Default for Params {
    fn default() -> Params {
        Params {
            by_sentence: false,
            split_a: false,
            synonyms: true,
            window: 0,
            sentence_weight: 1.0,
            threshold: 0.08,
            relative: 0.0,
            max_per_a: 1,
            max_per_b: 6,
            note_threshold: 0.15,
            max_per_note: 3,
            year_boost: 2.0,
            name_boost: 1.0,
            max_df: 0.5,
            max_shared: 6,
        }
    }
}

/// Words that carry no topic (closed-class words, reporting verbs).
const STOP: &[&str] = &[
    "a",
    "about",
    "after",
    "again",
    "all",
    "along",
    "also",
    "am",
    "among",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "back",
    "be",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "during",
    "each",
    "even",
    "every",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "him",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "including",
    "into",
    "is",
    "it",
    "its",
    "just",
    "last",
    "less",
    "many",
    "may",
    "more",
    "most",
    "much",
    "my",
    "new",
    "next",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "ok",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "others",
    "our",
    "out",
    "over",
    "own",
    "part",
    "past",
    "quite",
    "rather",
    "recent",
    "said",
    "same",
    "saying",
    "says",
    "see",
    "seems",
    "several",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "take",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "told",
    "too",
    "two",
    "under",
    "until",
    "up",
    "us",
    "very",
    "was",
    "way",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "within",
    "would",
    "year",
    "years",
    "yet",
    "you",
    "your",
];

/// Near-synonyms of the political and economic vocabulary of the two
/// documents: each group is matched as one term (shown with the first
/// passage's word). Stems (Porter2), first entry names the group.
///
/// ```
/// assert!(reader_align::SYNONYMS.iter().any(|g| g.contains(&"annex") && g.contains(&"seizur")));
/// ```
pub const SYNONYMS: &[&[&str]] = &[
    &["seiz", "seizur", "annex", "annexat", "takeov"],
    &["troop", "forc"],
    &["oil", "energi"],
    &["loan", "debt", "borrow"],
    &["ambassador", "diplomat"],
];

/// Blocks that take part: body passages, not headings or end matter.
fn is_body(block: &Block) -> bool {
    matches!(
        block.kind,
        BlockKind::Paragraph | BlockKind::ListItem | BlockKind::Caption
    )
}

/// Splits a passage into sentences: after `.`, `!` or `?` (and any closing
/// quotes or brackets) followed by a space and an upper-case letter or an
/// opening quote — except after an abbreviation with inner dots (`U.S.`)
/// or a single capital letter (`George W. Bush`).
///
/// ```
/// let s = reader_align::sentences("In 2006, the U.S. imposed sanctions. Bush acted. George W. Bush “agreed.” Yes?");
/// assert_eq!(s, ["In 2006, the U.S. imposed sanctions.", "Bush acted.", "George W. Bush “agreed.”", "Yes?"]);
/// ```
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if matches!(c, '.' | '!' | '?') {
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '"' | '”' | '’' | '\'' | ')' | ']') {
                j += 1;
            }
            let followed = j + 1 < chars.len()
                && chars[j].1 == ' '
                && (chars[j + 1].1.is_uppercase() || matches!(chars[j + 1].1, '"' | '“' | '‘'));
            if followed && !(c == '.' && is_abbreviation(&text[start..pos])) {
                let end = chars[j].0;
                out.push(text[start..end].trim());
                start = chars[j + 1].0;
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// True when the text before a `.` ends with `U.S` or a lone capital letter.
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    word.contains('.') || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
}

/// One analysed term of a passage.
#[derive(Clone, Debug)]
struct Feature {
    /// Matching key: `#2006`, `A:csto`, `V:<variant key>`, `S:<stem>`.
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
}

impl Lexicon {
    fn new(lib: &Library, synonyms: bool) -> Lexicon {
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
            definitions: acronym_definitions(lib),
            synonyms,
        }
    }

    fn features(&self, text: &str) -> Vec<Feature> {
        let tokens: Vec<_> = analyze(text)
            .into_iter()
            .filter(|t| t.kind != TokenKind::Joined)
            .collect();
        let mut out = Vec::new();
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
                continue;
            } else if t.term.chars().count() < 2
                || (STOP.contains(&t.term.as_str()) && !surface.contains('.'))
            {
                continue;
            } else if self.names.contains(&t.term) {
                match variant_key(&t.term) {
                    Some(k) => format!("V:{k}"),
                    None => format!("S:{}", t.term),
                }
            } else {
                let stemmed = stem(&t.term);
                let group = self
                    .synonyms
                    .then(|| SYNONYMS.iter().find(|g| g.contains(&stemmed.as_str())))
                    .flatten();
                format!("S:{}", group.map_or(stemmed.as_str(), |g| g[0]))
            };
            out.push(Feature { key, surface });
        }
        out
    }

    fn is_name_key(&self, key: &str) -> bool {
        key.starts_with("A:") || key.starts_with("V:")
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
}

/// One passage: its whole vector and its sentence (window) vectors.
struct Passage {
    id: String,
    whole: Vector,
    parts: Vec<Vector>,
}

struct Model<'p> {
    lexicon: Lexicon,
    idf: BTreeMap<String, f32>,
    params: &'p Params,
}

impl Model<'_> {
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
        for (key, n) in tf {
            let Some(&idf) = self.idf.get(key) else {
                continue;
            };
            let mut w = (1.0 + n.ln()) * idf;
            if is_year(key) {
                w *= self.params.year_boost;
            } else if self.lexicon.is_name_key(key) {
                w *= self.params.name_boost;
            }
            weights.insert(key.to_string(), w);
        }
        let norm = weights.values().map(|w| w * w).sum::<f32>().sqrt();
        Vector {
            weights,
            norm,
            surfaces,
        }
    }

    fn passage(&self, id: &str, text: &str) -> Passage {
        let sentence_features: Vec<Vec<Feature>> = sentences(text)
            .into_iter()
            .map(|s| self.lexicon.features(s))
            .collect();
        let all: Vec<&Feature> = sentence_features.iter().flatten().collect();
        let w = self.params.window;
        let parts = (0..sentence_features.len())
            .map(|i| {
                let lo = i.saturating_sub(w);
                let hi = (i + w + 1).min(sentence_features.len());
                let fs: Vec<&Feature> = sentence_features[lo..hi].iter().flatten().collect();
                self.vector(&fs)
            })
            .collect();
        Passage {
            id: id.to_string(),
            whole: self.vector(&all),
            parts,
        }
    }

    /// Score of two passages and the pair of vectors that gave it.
    fn compare<'v>(&self, x: &'v Passage, y: &'v Passage) -> (f32, &'v Vector, &'v Vector) {
        let mut best = (cosine(&x.whole, &y.whole), &x.whole, &y.whole);
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

    /// The shared terms of two vectors, by contribution to the cosine.
    fn shared(&self, x: &Vector, y: &Vector) -> Vec<String> {
        let mut terms: Vec<(f32, &str)> = x
            .weights
            .iter()
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
    if key.starts_with("V:") {
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

fn body_passages(doc: Option<&Document>) -> Vec<(&str, String)> {
    doc.map(|d| {
        d.blocks
            .iter()
            .filter(|b| is_body(b))
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
    let lexicon = Lexicon::new(lib, params.synonyms);
    let texts_a = body_passages(lib.document(DOC_A));
    let texts_b = body_passages(lib.document(DOC_B));
    let mut df: BTreeMap<String, f32> = BTreeMap::new();
    for (_, text) in texts_a.iter().chain(&texts_b) {
        let keys: BTreeSet<String> = lexicon.features(text).into_iter().map(|f| f.key).collect();
        for k in keys {
            *df.entry(k).or_default() += 1.0;
        }
    }
    let n = (texts_a.len() + texts_b.len()) as f32;
    let idf = df
        .into_iter()
        .filter(|(_, d)| *d <= params.max_df * n)
        .map(|(k, d)| (k, (1.0 + n / d).ln()))
        .collect();
    let model = Model {
        lexicon,
        idf,
        params,
    };
    let a = texts_a.iter().map(|(id, t)| model.passage(id, t)).collect();
    let b = texts_b.iter().map(|(id, t)| model.passage(id, t)).collect();
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
    // Every candidate above the threshold.
    let mut candidates: Vec<(usize, usize, f32)> = Vec::new();
    for (i, pa) in prep.a.iter().enumerate() {
        for (j, pb) in prep.b.iter().enumerate() {
            let (score, _, _) = model.compare(pa, pb);
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
    let best_b = best_of(&|c| c.1, prep.b.len());
    // Best first, ties in document order: the caps keep the best.
    candidates.sort_by(|x, y| y.2.total_cmp(&x.2).then(x.0.cmp(&y.0)).then(x.1.cmp(&y.1)));
    let mut per_a = vec![0usize; prep.a.len()];
    let mut per_b = vec![0usize; prep.b.len()];
    let mut kept = Vec::new();
    for (i, j, score) in candidates {
        if score < params.relative * best_a[i] || score < params.relative * best_b[j] {
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
                .map(|(i, pa)| (i, round(model.compare(pa, &sentence).0)))
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
                        let (_, va, vs) = model.compare(&prep.a[i], &sentence);
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
/// key (`Lukashenka` = `Lukashenko`), acronyms and their long forms one term
/// (`CSTO` = `Collective Security Treaty Organization`); terms weighted by
/// `(1 + ln tf) × idf` over the body passages of both documents, years × 2,
/// names and acronyms × 1.5, terms in more than half of the passages
/// dropped; the score of two passages is the best cosine among the whole
/// passages and every pair of their sentences; pairs from 0.2 are kept, at
/// most 3 per RFE/RL passage and 6 per Heritage passage.
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
