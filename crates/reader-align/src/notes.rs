//! Footnote links: the RFE/RL passages related to the sentence each Heritage
//! footnote marker closes (plain term cosine: a sentence is too short for
//! the semantic margin).

use reader_model::Library;

use crate::explain::shared;
use crate::model::Prepared;
use crate::pairs::round;
use crate::vector::cosine;
use crate::{NoteLinks, Params, Related, DOC_B};

/// The footnotes of the Heritage report with at least one related passage.
pub(crate) fn note_links_of(lib: &Library, prep: &Prepared<'_>, params: &Params) -> Vec<NoteLinks> {
    let Some(doc) = lib.document(DOC_B) else {
        return Vec::new();
    };
    let mut notes = Vec::new();
    for note in &doc.footnotes {
        let sentence = prep.model.passage("", &note.sentence).vector;
        let mut related: Vec<(usize, f32)> = prep
            .a
            .iter()
            .enumerate()
            .map(|(i, pa)| (i, round(cosine(&pa.vector, &sentence))))
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
                .map(|(i, score)| Related {
                    block: prep.a[i].id.clone(),
                    score,
                    shared: shared(&prep.a[i].vector, &sentence, params.max_shared),
                })
                .collect(),
        });
    }
    notes
}
