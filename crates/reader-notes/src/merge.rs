//! Merging copies of one annotation: the last writer wins, per annotation. Used when another
//! tab's change arrives, when the store loads two records with one id, and by an import.
//!
//! The copy with the newer `modified` wins. Equal times with different content (two tabs
//! editing within one millisecond) are decided the same way everywhere, so every tab ends
//! with the same copy: a delete wins, then the larger stored record. A delete is a change
//! like any other: an older copy of a deleted annotation does not bring it back.

use std::cmp::Ordering;

use crate::{encode_record, Annotation};

/// What merging a copy into what is here did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Merge {
    /// The annotation was not here: added.
    Added,
    /// The copy was newer: it replaced the one here.
    Updated,
    /// The same copy is here already.
    Same,
    /// The copy here is newer (or wins the tie): kept.
    NewerHere,
}

/// Whether `incoming` should replace `here` (another copy of the same annotation).
pub fn wins(incoming: &Annotation, here: &Annotation) -> bool {
    decide(incoming, here) == Ordering::Greater
}

/// The outcome of merging `incoming` into `here` (the copy here, if any).
pub fn outcome(incoming: &Annotation, here: Option<&Annotation>) -> Merge {
    match here {
        None => Merge::Added,
        Some(h) => match decide(incoming, h) {
            Ordering::Greater => Merge::Updated,
            Ordering::Equal => Merge::Same,
            Ordering::Less => Merge::NewerHere,
        },
    }
}

fn decide(a: &Annotation, b: &Annotation) -> Ordering {
    if a == b {
        return Ordering::Equal;
    }
    a.modified
        .cmp(&b.modified)
        .then(a.deleted.cmp(&b.deleted))
        .then_with(|| encode_record(a).cmp(&encode_record(b)))
}
