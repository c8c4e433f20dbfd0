//! The annotation: one highlight, with or without a note, on a run of words of a passage.
//!
//! What it points at is a W3C Web Annotation target: the document and its edition, the
//! passage, and the words as a `TextQuoteSelector` (with a `TextPositionSelector` where one
//! was saved). Edits stamp `modified` so that the newest copy of an annotation wins a merge
//! (see `merge`); a delete keeps the annotation as a tombstone, so a deleted highlight cannot
//! come back from an older copy in another tab or an older export.

use reader_quote::{Selection, TextPositionSelector, TextQuoteSelector};

use crate::validate::{self, FieldError};
use crate::{AnnotationId, Colour, Timestamp};

/// A highlight and its note.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Annotation {
    /// Its id, a UUID (the page makes one with `crypto.randomUUID()`).
    pub id: AnnotationId,
    /// The document's id ("rferl").
    pub document: String,
    /// The edition of the document the selectors were made in (see [`crate::edition_of`]).
    pub edition: String,
    /// The passage's block id.
    pub passage: String,
    /// The highlighted words and their context.
    pub quote: TextQuoteSelector,
    /// Where the words were in the passage's text (character offsets), if known.
    pub position: Option<TextPositionSelector>,
    /// The highlight colour.
    pub colour: Colour,
    /// The note: plain text, line breaks kept (`\n`); empty for a highlight alone.
    pub note: String,
    /// When it was made.
    pub created: Timestamp,
    /// When it last changed (a delete and a restore are changes too).
    pub modified: Timestamp,
    /// Deleted: kept as a tombstone for merging and undo, shown nowhere.
    pub deleted: bool,
}

/// Where a new highlight goes: the document, its edition and the passage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place<'a> {
    /// The document's id.
    pub document: &'a str,
    /// The document's edition ([`crate::edition_of`]).
    pub edition: &'a str,
    /// The passage's block id.
    pub passage: &'a str,
}

impl Annotation {
    /// A new highlight of `selection` (from `reader_quote::select`) at `place`, made at `now`.
    /// Every field is checked as an import checks it.
    pub fn new(
        id: AnnotationId,
        place: Place,
        selection: Selection,
        colour: Colour,
        now: Timestamp,
    ) -> Result<Annotation, FieldError> {
        let a = Annotation {
            id,
            document: place.document.to_string(),
            edition: place.edition.to_string(),
            passage: place.passage.to_string(),
            quote: selection.quote,
            position: Some(selection.position),
            colour,
            note: String::new(),
            created: now,
            modified: now,
            deleted: false,
        };
        validate::annotation(&a)?;
        Ok(a)
    }

    /// Whether it is shown (not deleted).
    pub fn is_live(&self) -> bool {
        !self.deleted
    }

    /// Sets the note (line breaks kept, `\r\n` and `\r` made `\n`); an empty note leaves a
    /// highlight alone.
    ///
    /// ```
    /// use reader_notes::{Annotation, AnnotationId, Colour, Place, Timestamp};
    ///
    /// let text = "Belarus depends on Russia for cut-rate oil.";
    /// let id = AnnotationId::parse("0b6e8a2c-1d3f-4a5b-8c7d-9e0f1a2b3c4d").unwrap();
    /// let place = Place { document: "rferl", edition: "e1", passage: "rferl-oil" };
    /// let now = Timestamp::from_millis(1_796_661_900_000).unwrap();
    /// let selection = reader_quote::select(text, 30..38).unwrap();
    /// let mut a = Annotation::new(id, place, selection, Colour::Green, now).unwrap();
    /// let later = a.modified.next();
    /// a.set_note("First line\r\nsecond line", later).unwrap();
    /// assert_eq!(a.note, "First line\nsecond line");
    /// assert_eq!(a.modified, later);
    /// assert!(a.set_note("\u{7}bell", later).is_err());
    /// ```
    pub fn set_note(&mut self, note: &str, now: Timestamp) -> Result<(), FieldError> {
        let note = validate::note(note)?;
        self.note = note;
        self.touch(now);
        Ok(())
    }

    /// Changes the colour.
    pub fn set_colour(&mut self, colour: Colour, now: Timestamp) {
        self.colour = colour;
        self.touch(now);
    }

    /// Deletes it: it becomes a tombstone (see the module documentation).
    pub fn delete(&mut self, now: Timestamp) {
        self.deleted = true;
        self.touch(now);
    }

    /// Undoes a delete.
    pub fn restore(&mut self, now: Timestamp) {
        self.deleted = false;
        self.touch(now);
    }

    /// Stamps a change: `now`, or just after the last change when the clock has not moved
    /// on (or went back), so the change always wins over what it changed.
    fn touch(&mut self, now: Timestamp) {
        self.modified = now.max(self.modified.next());
    }
}
