//! The footnote popover: the one dialog of the page, kept outside Yew's virtual DOM.
//!
//! The popover is markup of the model (the note, the sentence it supports, the other
//! document's related passages) plus behaviour that is all DOM work: placing it next to its
//! marker and keeping it there while a pane scrolls, moving focus in and back, closing on Esc,
//! on Tab out of it, on focus or a pointer going elsewhere. As a Yew component with web-sys
//! calls that was about 12 KB of the WASM (4.8 KB gzip); built by `src/js/popover.js` from one
//! packed string, it costs a fraction of that. So:
//!
//! 1. the state says which note is open ([`crate::state::AppState::open_note`]);
//! 2. after each render the page effects ([`crate::hooks::page_effects`]) ask
//!    [`NotePopover::sync`] to show it: [`pack`] packs what it shows, `set_note` builds it (or
//!    removes it) when the open note changed;
//! 3. whatever closes it clicks its close button, and the page's click listener
//!    ([`crate::hooks::listeners`]) turns a click on that button into
//!    [`crate::state::Action::CloseNote`], so the state stays the one place that says what
//!    is open.
//!
//! Every text reaches the page as a text node, never as HTML.

use wasm_bindgen::prelude::*;

use crate::data::Data;
use crate::result_nodes::{push_pieces, push_text, FIELD, ITEM};
use crate::state::OpenNote;
use crate::view_helpers::marks::shared_ranges;
use crate::view_helpers::words::{first_words, PASSAGE_PREVIEW_WORDS};

/// The statement shown wherever a note's text would be.
pub const NOTE_TEXT_MISSING: &str =
    "The text of this endnote is not part of the source document; only the position of its reference was recovered.";

/// Selector of the popover's close button, whose clicks close it.
pub const CLOSE_BUTTON: &str = ".popover-close";

/// The note the popover shows, as last given to the page.
#[derive(Default)]
pub struct NotePopover {
    shown: Option<OpenNote>,
}

impl NotePopover {
    /// Makes the page show the popover of `note` (none: no popover), when it differs from the
    /// one shown.
    pub fn sync(&mut self, data: &Data, note: Option<&OpenNote>) {
        if self.shown.as_ref() == note {
            return;
        }
        self.shown = note.cloned();
        match note {
            Some(n) => set_note(
                &pack(data, n),
                &reader_model::noteref_id(&n.doc, n.number),
                n.preview,
            ),
            None => set_note("", "", false),
        }
    }
}

/// What the popover of `note` shows, as one string for `set_note` (src/js/popover.js):
/// fields by U+0001: title, the notes section's link, the sentence the note supports and its
/// text (both empty when the document has no such note), the heading of the other
/// document's related passages (empty: none); then each related passage after U+0000: its
/// block id, U+0001, its first words as pieces, unmarked and marked in turn (the words it
/// shares with the note's passage), joined by U+0002.
pub fn pack(data: &Data, note: &OpenNote) -> String {
    let lib = &data.library;
    let footnote = lib
        .document(&note.doc)
        .and_then(|d| d.footnotes.iter().find(|f| f.number == note.number));
    let related = data.alignment.note(&note.doc, note.number);
    let also_in = if related.is_empty() {
        String::new()
    } else {
        let other = lib
            .documents
            .iter()
            .find(|d| d.id != note.doc)
            .map(|d| format!("{} {}", d.short_name, d.kind.to_ascii_lowercase()))
            .unwrap_or_default();
        format!("Also in the {other}:")
    };
    let (sentence, text) = match footnote {
        Some(f) => (
            f.sentence.as_str(),
            f.text.as_deref().unwrap_or(NOTE_TEXT_MISSING),
        ),
        None => ("", ""),
    };
    let mut out = String::new();
    let fields = [
        &format!("Note {}", note.number),
        &format!("#/{}", reader_model::endnote_id(&note.doc, note.number)),
        sentence,
        text,
        also_in.as_str(),
    ];
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(FIELD);
        }
        push_text(&mut out, field);
    }
    for r in related {
        let text = lib
            .find_block(&r.block)
            .map(|(d, i)| d.blocks[i].plain_text())
            .unwrap_or_default();
        let snippet = first_words(&text, PASSAGE_PREVIEW_WORDS);
        out.push(ITEM);
        push_text(&mut out, &r.block);
        out.push(FIELD);
        push_pieces(&mut out, &snippet, &shared_ranges(&snippet, &r.shared));
    }
    out
}

#[wasm_bindgen(module = "/src/js/popover.js")]
extern "C" {
    /// Shows the popover [`pack`]ed in `packed` next to the marker with id `marker`, in place
    /// of the one shown (a `preview` does not take focus); an empty `packed` only removes the
    /// one shown, whose marker gets focus back if the popover had it.
    fn set_note(packed: &str, marker: &str, preview: bool);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(doc: &str, number: u16) -> OpenNote {
        OpenNote {
            doc: doc.into(),
            number,
            preview: false,
        }
    }

    #[test]
    fn a_note_packs_its_fields_then_its_related_passages() {
        let data = Data::load().expect("embedded data loads");
        let packed = pack(&data, &note("heritage", 3));
        let mut parts = packed.split(ITEM);
        let fields: Vec<&str> = parts.next().unwrap().split(FIELD).collect();
        assert_eq!(fields.len(), 5, "{fields:?}");
        assert_eq!(fields[0], "Note 3");
        assert_eq!(fields[1], "#/heritage-note-3");
        assert!(fields[2].ends_with("undemocratic nature of the elections."));
        assert_eq!(fields[3], NOTE_TEXT_MISSING);
        assert_eq!(fields[4], "Also in the RFE/RL news article:");
        let related: Vec<(&str, &str)> = parts
            .map(|r| r.split_once(FIELD).expect("block id, then pieces"))
            .collect();
        assert!(!related.is_empty());
        for (block, pieces) in &related {
            assert!(data.library.find_block(block).is_some(), "{block}");
            assert!(!pieces.is_empty(), "{block}");
        }
        // Unmarked and marked in turn: words shared with the note's passage are marked where
        // the first words hold them.
        assert!(
            related.iter().any(|(_, p)| p.split('\u{2}').count() >= 2),
            "{related:?}"
        );
    }

    #[test]
    fn a_note_the_document_lacks_packs_empty_texts() {
        let data = Data::load().expect("embedded data loads");
        let packed = pack(&data, &note("heritage", 999));
        assert_eq!(packed, "Note 999\u{1}#/heritage-note-999\u{1}\u{1}\u{1}");
    }
}
