//! Related passages between the two Belarus Reader documents.
//!
//! At build time ([`align`], feature `build`) every body passage of the RFE/RL
//! article is compared with every body passage of the Heritage report, and
//! every Heritage footnote's sentence with every RFE/RL passage; similar
//! passages become [`Pair`]s and [`NoteLinks`], each with a score and the
//! shared terms that explain it. The result is encoded with [`encode`] and
//! embedded in the app, which only calls [`decode`], [`for_block`] and
//! [`Alignment::note`]: the browser does no similarity work.
//!
//! ```
//! use reader_align::{decode, encode, for_block, Alignment, Pair};
//!
//! let alignment = Alignment {
//!     pairs: vec![Pair {
//!         a: "rferl-x".into(),
//!         b: "heritage-y".into(),
//!         score: 0.42,
//!         shared: vec!["2006".into(), "sanctions".into()],
//!     }],
//!     notes: vec![],
//! };
//! let bytes = encode(&alignment); // in build.rs
//! let back = decode(&bytes).unwrap(); // in the app
//! assert_eq!(back, alignment);
//! assert_eq!(for_block(&back.pairs, "heritage-y")[0].a, "rferl-x");
//! ```
//!
//! The similarity is described in [`align`] and in the crate README.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

#[cfg(feature = "build")]
mod align;
#[cfg(feature = "build")]
mod explain;
mod format;
#[cfg(feature = "build")]
mod model;
#[cfg(feature = "build")]
mod notes;
#[cfg(feature = "build")]
mod pairs;
#[cfg(feature = "build")]
mod params;
#[cfg(feature = "build")]
mod passages;
#[cfg(feature = "build")]
mod semantic;
#[cfg(feature = "build")]
mod terms;
#[cfg(feature = "build")]
mod vector;

#[cfg(feature = "build")]
pub use align::{align, align_with, note_links, related_pairs};
pub use format::{decode, decode_with, encode, encode_with};
#[cfg(feature = "build")]
pub use params::Params;
/// Why encoded bytes could not be decoded: the error shared by every payload.
pub use reader_format::Error as FormatError;
#[cfg(feature = "build")]
pub use semantic::{semantic_status, semantic_units, semantic_units_hash, REGENERATE};
#[cfg(feature = "build")]
pub use terms::SYNONYMS;

/// Id of the document whose blocks are [`Pair::a`] (the RFE/RL article).
///
/// ```
/// assert_eq!(reader_align::DOC_A, "rferl");
/// ```
pub const DOC_A: &str = "rferl";
/// Id of the document whose blocks are [`Pair::b`] and whose footnotes get [`NoteLinks`] (the Heritage report).
///
/// ```
/// assert_eq!(reader_align::DOC_B, "heritage");
/// ```
pub const DOC_B: &str = "heritage";

/// Two related passages, one of each document.
///
/// ```
/// let p = reader_align::Pair { a: "rferl-x".into(), b: "heritage-y".into(), score: 0.5, shared: vec!["CSTO".into()] };
/// assert_eq!(p.counterpart("rferl-x"), Some("heritage-y"));
/// assert_eq!(p.counterpart("heritage-y"), Some("rferl-x"));
/// assert_eq!(p.counterpart("other"), None);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Pair {
    /// Block id in the RFE/RL article ([`DOC_A`]).
    pub a: String,
    /// Block id in the Heritage report ([`DOC_B`]).
    pub b: String,
    /// Similarity in `0.0..=1.0` (a cosine); higher is closer.
    pub score: f32,
    /// The shared terms that explain the pair, as readers would write them
    /// (`2006`, `sanctions`, `Lukashenka/Lukashenko`, `CSTO`), best first.
    pub shared: Vec<String>,
}

impl Pair {
    /// The other block of the pair, if `block_id` is one of its two blocks.
    ///
    /// ```
    /// let p = reader_align::Pair { a: "a".into(), b: "b".into(), score: 0.5, shared: vec![] };
    /// assert_eq!(p.counterpart("a"), Some("b"));
    /// ```
    pub fn counterpart(&self, block_id: &str) -> Option<&str> {
        if self.a == block_id {
            Some(&self.b)
        } else if self.b == block_id {
            Some(&self.a)
        } else {
            None
        }
    }
}

/// A passage related to a footnote's sentence.
///
/// ```
/// let r = reader_align::Related { block: "rferl-x".into(), score: 0.6, shared: vec!["16".into()] };
/// assert_eq!(r.block, "rferl-x");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Related {
    /// Block id in the other document (RFE/RL for Heritage footnotes).
    pub block: String,
    /// Similarity in `0.0..=1.0`; higher is closer.
    pub score: f32,
    /// Shared terms, best first (see [`Pair::shared`]).
    pub shared: Vec<String>,
}

/// The passages of the other document related to the sentence a footnote
/// supports (`reader_model::Footnote::sentence`), best first. Footnotes
/// with no related passage are not listed.
///
/// ```
/// let n = reader_align::NoteLinks { doc: "heritage".into(), number: 3, related: vec![] };
/// assert_eq!(n.number, 3);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct NoteLinks {
    /// Id of the document that carries the footnote.
    pub doc: String,
    /// The footnote number (1-based).
    pub number: u16,
    /// Related passages, best first.
    pub related: Vec<Related>,
}

/// Everything computed at build time: passage pairs and footnote links.
///
/// ```
/// let empty = reader_align::Alignment::default();
/// assert!(empty.pairs.is_empty() && empty.notes.is_empty());
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Alignment {
    /// Related passage pairs, in the order of [`Pair::a`] in its document,
    /// then best first.
    pub pairs: Vec<Pair>,
    /// Footnote links, by document then note number.
    pub notes: Vec<NoteLinks>,
}

impl Alignment {
    /// The pairs that involve `block_id`, best first (see [`for_block`]).
    ///
    /// ```
    /// let al = reader_align::Alignment::default();
    /// assert!(al.for_block("rferl-x").is_empty());
    /// ```
    pub fn for_block(&self, block_id: &str) -> Vec<&Pair> {
        for_block(&self.pairs, block_id)
    }

    /// The passages related to footnote `number` of document `doc`, best
    /// first; empty when there are none.
    ///
    /// ```
    /// use reader_align::{Alignment, NoteLinks, Related};
    /// let al = Alignment {
    ///     pairs: vec![],
    ///     notes: vec![NoteLinks {
    ///         doc: "heritage".into(),
    ///         number: 3,
    ///         related: vec![Related { block: "rferl-x".into(), score: 0.5, shared: vec![] }],
    ///     }],
    /// };
    /// assert_eq!(al.note("heritage", 3)[0].block, "rferl-x");
    /// assert!(al.note("heritage", 4).is_empty());
    /// ```
    pub fn note(&self, doc: &str, number: u16) -> &[Related] {
        self.notes
            .iter()
            .find(|n| n.doc == doc && n.number == number)
            .map_or(&[], |n| &n.related)
    }
}

/// The pairs that involve `block_id` (on either side), best first; ties keep
/// the order of `pairs`.
///
/// ```
/// use reader_align::{for_block, Pair};
/// let p = |a: &str, b: &str, score| Pair { a: a.into(), b: b.into(), score, shared: vec![] };
/// let pairs = [p("r1", "h1", 0.3), p("r2", "h1", 0.6), p("r2", "h2", 0.2)];
/// let got: Vec<&str> = for_block(&pairs, "h1").iter().map(|p| p.a.as_str()).collect();
/// assert_eq!(got, ["r2", "r1"]);
/// assert_eq!(for_block(&pairs, "r2").len(), 2);
/// assert!(for_block(&pairs, "nope").is_empty());
/// ```
pub fn for_block<'a>(pairs: &'a [Pair], block_id: &str) -> Vec<&'a Pair> {
    let mut out: Vec<&Pair> = pairs
        .iter()
        .filter(|p| p.a == block_id || p.b == block_id)
        .collect();
    out.sort_by(|x, y| y.score.total_cmp(&x.score));
    out
}
