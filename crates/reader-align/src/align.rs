//! The alignment's entry points (feature `build`).

use reader_model::Library;

use crate::model::prepare;
use crate::notes::note_links_of;
use crate::pairs::related;
use crate::{Alignment, NoteLinks, Pair, Params};

/// Computes the related passages and footnote links with `params`.
///
/// ```
/// let lib = reader_content::library().unwrap();
/// let al = reader_align::align_with(&lib, &reader_align::Params { threshold: 0.9, ..Default::default() });
/// assert!(al.pairs.len() < reader_align::align(&lib).pairs.len());
/// ```
pub fn align_with(lib: &Library, params: &Params) -> Alignment {
    let prep = prepare(lib, params);
    Alignment {
        pairs: related(lib, &prep, params),
        notes: note_links_of(lib, &prep, params),
    }
}

/// Computes the related passages between the RFE/RL article and the Heritage
/// report, and the RFE/RL passages related to each Heritage footnote's
/// sentence.
///
/// The similarity, in short (details in the README): passages are analysed
/// with `reader_text::analyze` like the search index; stop words dropped;
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
