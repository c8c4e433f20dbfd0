//! The reader's annotations in memory: what the page shows and saves, without IndexedDB
//! itself. The page loads the stored records into [`Notes`], merges every change (its own, the
//! other tabs', an import's) with [`Notes::merge`] and writes the records that changed.

use std::collections::BTreeMap;

use reader_model::Library;

use crate::merge::{outcome, Merge};
use crate::schema::{decode_record, RecordError};
use crate::{Annotation, AnnotationId, Timestamp};

/// Every annotation, tombstones included, by id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Notes {
    by_id: BTreeMap<AnnotationId, Annotation>,
}

/// Notes loaded from the store, and the records that could not be read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Loaded {
    /// What was read.
    pub notes: Notes,
    /// The records not read (their index in what was given, and why): the page leaves them
    /// in the store as they are and says so; nothing is deleted.
    pub problems: Vec<(usize, RecordError)>,
}

impl Notes {
    /// No annotations.
    pub fn new() -> Notes {
        Notes::default()
    }

    /// Reads records stored under schema `version` (see [`crate::decode_record`]); two
    /// records of one id are merged.
    pub fn load<'a>(version: u32, records: impl IntoIterator<Item = &'a str>) -> Loaded {
        let mut loaded = Loaded::default();
        for (i, record) in records.into_iter().enumerate() {
            match decode_record(version, record) {
                Ok(a) => {
                    loaded.notes.merge(a);
                }
                Err(e) => loaded.problems.push((i, e)),
            }
        }
        loaded
    }

    /// Merges a copy of an annotation (last writer wins, see `merge`); the page saves it when
    /// the outcome is [`Merge::Added`] or [`Merge::Updated`].
    pub fn merge(&mut self, a: Annotation) -> Merge {
        let result = outcome(&a, self.by_id.get(&a.id));
        if matches!(result, Merge::Added | Merge::Updated) {
            self.by_id.insert(a.id.clone(), a);
        }
        result
    }

    /// The annotation with `id`, tombstone or not.
    pub fn get(&self, id: &AnnotationId) -> Option<&Annotation> {
        self.by_id.get(id)
    }

    /// Changes the annotation with `id` with `edit` (e.g. `Annotation::set_colour`) and
    /// gives the changed copy, to save and to send to the other tabs.
    pub fn edit(
        &mut self,
        id: &AnnotationId,
        edit: impl FnOnce(&mut Annotation),
    ) -> Option<&Annotation> {
        let a = self.by_id.get_mut(id)?;
        edit(a);
        Some(a)
    }

    /// Every annotation, tombstones included, by id.
    pub fn all(&self) -> impl Iterator<Item = &Annotation> {
        self.by_id.values()
    }

    /// How many annotations are shown (not deleted).
    pub fn live_count(&self) -> usize {
        self.by_id.values().filter(|a| a.is_live()).count()
    }

    /// The annotations shown, in document order: by document (the library's order), passage,
    /// then position; those whose document or passage the library does not have come after
    /// the others of their document, then after all documents.
    pub fn in_document_order(&self, library: &Library) -> Vec<&Annotation> {
        let mut live: Vec<&Annotation> = self.by_id.values().filter(|a| a.is_live()).collect();
        live.sort_by_cached_key(|a| {
            let doc = library.documents.iter().position(|d| d.id == a.document);
            let block = doc.and_then(|d| library.documents[d].block_index(&a.passage));
            (
                doc.unwrap_or(usize::MAX),
                block.unwrap_or(usize::MAX),
                a.position.map_or(usize::MAX, |p| p.start),
                a.created,
                a.id.clone(),
            )
        });
        live
    }

    /// Forgets tombstones deleted before `before` (the page keeps them long enough for every
    /// tab to have seen them, e.g. 30 days); gives the ids to remove from the store.
    pub fn purge_deleted(&mut self, before: Timestamp) -> Vec<AnnotationId> {
        let old: Vec<AnnotationId> = self
            .by_id
            .values()
            .filter(|a| a.deleted && a.modified < before)
            .map(|a| a.id.clone())
            .collect();
        for id in &old {
            self.by_id.remove(id);
        }
        old
    }
}
