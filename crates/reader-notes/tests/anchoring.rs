//! Re-anchoring against a changed edition: annotations made on the curated RFE/RL article,
//! then placed in editions where their words moved, changed or were removed.

mod support;

use reader_notes::{edition_of, place, reanchored, Notes, Placement};
use support::*;

const WORDS: &str = "will again exchange ambassadors";
const PASSAGE_START: &str = "Following a flurry of official meetings";

#[test]
fn in_the_same_edition_the_words_are_where_they_were_saved() {
    let library = library();
    let doc = library.document("rferl").unwrap();
    let a = highlight(&library, "rferl", WORDS, 1);
    let block = block_with(doc, WORDS);
    let p = place(&a, doc, &edition_of(doc));
    assert_eq!(
        p,
        Placement::Exact {
            passage: block.id.clone(),
            range: range_of(block, WORDS)
        }
    );
    assert_eq!(p.describe(), None);
    assert_eq!(reanchored(&a, doc, &edition_of(doc), &p), None);
}

#[test]
fn a_stale_position_in_the_same_edition_is_not_trusted() {
    let library = library();
    let doc = library.document("rferl").unwrap();
    let mut a = highlight(&library, "rferl", WORDS, 1);
    let saved = a.position.unwrap();
    a.position = Some(reader_quote::TextPositionSelector {
        start: saved.start + 3,
        end: saved.end + 3,
    });
    let p = place(&a, doc, &edition_of(doc));
    assert_eq!(p.highlight().unwrap().1, saved.start..saved.end);
}

#[test]
fn words_moved_within_their_passage_are_found_and_saved_anew() {
    let library = library();
    let doc = library.document("rferl").unwrap();
    let a = highlight(&library, "rferl", WORDS, 1);
    let old = block_with(doc, WORDS).text().into_owned();
    let new_text = format!("In a correction added later, the editors note a date. {old}");
    let changed = edited(doc, WORDS, &new_text);
    let edition = edition_of(&changed);
    assert_ne!(edition, a.edition);
    let block = block_with(&changed, WORDS);
    let p = place(&a, &changed, &edition);
    assert_eq!(
        p,
        Placement::Exact {
            passage: block.id.clone(),
            range: range_of(block, WORDS)
        }
    );
    let b = reanchored(&a, &changed, &edition, &p).unwrap();
    assert_eq!(b.edition, edition);
    assert_eq!(b.position.unwrap().start, range_of(block, WORDS).start);
    assert_eq!(b.quote.exact, WORDS);
    assert_eq!(b.modified, a.modified, "re-anchoring is not an edit");
    // Saved anew, the next start takes the saved position.
    assert_eq!(place(&b, &changed, &edition), p);
}

#[test]
fn words_moved_to_another_passage_are_found_there() {
    let library = library();
    let doc = library.document("rferl").unwrap();
    let a = highlight(&library, "rferl", WORDS, 1);
    let own = block_with(doc, WORDS)
        .text()
        .replace(WORDS, "will restore relations");
    let changed = edited(doc, WORDS, &own);
    let other = "WASHINGTON -- While U.S. relations with Russia";
    let moved = format!(
        "{} The two capitals will again exchange ambassadors.",
        block_with(doc, other).text()
    );
    let changed = edited(&changed, other, &moved);
    let edition = edition_of(&changed);
    let target = block_with(&changed, WORDS);
    let p = place(&a, &changed, &edition);
    assert_eq!(
        p,
        Placement::Moved {
            passage: target.id.clone(),
            range: range_of(target, WORDS)
        }
    );
    assert_eq!(
        p.describe(),
        Some("The words have moved to another passage.")
    );
    let b = reanchored(&a, &changed, &edition, &p).unwrap();
    assert_eq!(b.passage, target.id);
    assert_eq!(b.id, a.id);
}

#[test]
fn words_in_new_typography_are_the_same_words() {
    let library = library();
    let doc = library.document("rferl").unwrap();
    let words = "Washington’s renewed engagement";
    let a = highlight(&library, "rferl", words, 2);
    let block = block_with(doc, words);
    let changed = edited(doc, words, &block.text().replace('’', "'"));
    let p = place(&a, &changed, &edition_of(&changed));
    assert!(
        matches!(p, Placement::Exact { ref range, .. } if *range == (0..31)),
        "{p:?}"
    );
    let b = reanchored(&a, &changed, &edition_of(&changed), &p).unwrap();
    assert_eq!(b.quote.exact, "Washington's renewed engagement");
}

#[test]
fn a_changed_word_gives_the_closest_words_and_keeps_the_readers_quote() {
    let library = library();
    let doc = library.document("rferl").unwrap();
    let a = highlight(&library, "rferl", WORDS, 1);
    let text = block_with(doc, WORDS)
        .text()
        .replace(WORDS, "will again swap ambassadors");
    let changed = edited(doc, WORDS, &text);
    let edition = edition_of(&changed);
    let p = place(&a, &changed, &edition);
    let Placement::Closest {
        ref range, edits, ..
    } = p
    else {
        panic!("{p:?}");
    };
    assert_eq!(edits, 1);
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(
        chars[range.clone()].iter().collect::<String>(),
        "will again swap ambassadors"
    );
    assert!(p.describe().unwrap().contains("changed"));
    assert_eq!(reanchored(&a, &changed, &edition, &p), None);
}

#[test]
fn removed_words_cannot_be_placed_and_the_annotation_is_kept() {
    let library = library();
    let doc = library.document("rferl").unwrap();
    let mut a = highlight(&library, "rferl", WORDS, 1);
    a.set_note("Check the date.", at(2)).unwrap();
    let changed = edited(doc, WORDS, "The two governments met in the autumn.");
    let p = place(&a, &changed, &edition_of(&changed));
    assert_eq!(p, Placement::Unplaced);
    assert_eq!(
        p.describe(),
        Some("Could not be placed: the words are no longer in this edition.")
    );
    assert_eq!(p.highlight(), None);
    assert_eq!(reanchored(&a, &changed, &edition_of(&changed), &p), None);

    // A passage removed from the edition altogether: the same.
    let mut without = doc.clone();
    without
        .blocks
        .retain(|b| !b.text().starts_with(PASSAGE_START));
    assert_eq!(
        place(&a, &without, &edition_of(&without)),
        Placement::Unplaced
    );

    // Still in the store and in the list, with its words and note.
    let mut notes = Notes::new();
    notes.merge(a.clone());
    let mut changed_library = library.clone();
    let i = library
        .documents
        .iter()
        .position(|d| d.id == "rferl")
        .unwrap();
    changed_library.documents[i] = without;
    let listed = notes.in_document_order(&changed_library);
    assert_eq!(listed, vec![&a]);
    assert_eq!(listed[0].quote.exact, WORDS);
    assert_eq!(listed[0].note, "Check the date.");
}
