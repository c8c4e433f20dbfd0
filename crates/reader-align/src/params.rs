//! The parameters of the alignment: which ideas are on and where the cuts
//! are. [`Params::default`] is what [`crate::align`] uses; measured
//! alternatives are printed by `cargo run -p reader-align --example params`.

/// How passages are compared and which pairs are kept.
///
/// ```
/// let p = reader_align::Params::default();
/// assert!(p.threshold > 0.0 && p.max_per_a >= 1);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    /// Unify the near-synonyms of [`SYNONYMS`](crate::SYNONYMS) (`seizure` = `annexation`).
    pub synonyms: bool,
    /// Compare photo captions too (they describe a picture, not a claim of
    /// the text).
    pub captions: bool,
    /// Match a place adjective with its place name (`Crimean` = `Crimea`,
    /// `Russian` = `Russia`) when both are names of the library.
    pub demonyms: bool,
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
            synonyms: true,
            demonyms: true,
            captions: true,
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
