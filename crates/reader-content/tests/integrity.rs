//! The curated editions say exactly what the raw seeds say, up to the listed
//! editorial operations (`content/*.edits.txt`).

mod support;

use reader_model::{Document, Inline};
use support::{check, HERITAGE_EDITS, HERITAGE_SEED, RFERL_EDITS, RFERL_SEED};

fn document(id: &str) -> Document {
    let library = reader_content::library().expect("curated sources parse");
    library.document(id).expect("document exists").clone()
}

#[test]
fn rferl_equals_seed_after_listed_edits() {
    if let Err(diff) = check(&document("rferl"), RFERL_SEED, RFERL_EDITS) {
        panic!("content/rferl.md drifted from its seed:\n{diff}");
    }
}

#[test]
fn heritage_equals_seed_after_listed_edits() {
    if let Err(diff) = check(&document("heritage"), HERITAGE_SEED, HERITAGE_EDITS) {
        panic!("content/heritage.md drifted from its seed:\n{diff}");
    }
}

/// Replaces the first occurrence of `from` in any text inline of the document.
fn mutate(doc: &mut Document, from: &str, to: &str) {
    for block in &mut doc.blocks {
        for inline in &mut block.inlines {
            if let Inline::Text(t) | Inline::Strong(t) | Inline::Emphasis(t) = inline {
                if t.contains(from) {
                    *t = t.replacen(from, to, 1);
                    return;
                }
            }
        }
    }
    panic!("`{from}` not found");
}

#[test]
fn a_changed_word_fails_the_check() {
    let mut doc = document("rferl");
    mutate(&mut doc, "quickly thawing", "slowly thawing");
    let diff = check(&doc, RFERL_SEED, RFERL_EDITS).unwrap_err();
    assert!(diff.contains(">>quickly<<"), "{diff}");
    assert!(diff.contains(">>slowly<<"), "{diff}");

    let mut doc = document("heritage");
    mutate(&mut doc, "cease-fire", "ceasefire");
    let diff = check(&doc, HERITAGE_SEED, HERITAGE_EDITS).unwrap_err();
    assert!(diff.contains(">>ceasefire<<"), "{diff}");
}

#[test]
fn a_dropped_or_added_word_fails_the_check() {
    let mut doc = document("heritage");
    mutate(&mut doc, "Unfortunately, it seems", "Unfortunately, seems");
    assert!(check(&doc, HERITAGE_SEED, HERITAGE_EDITS).is_err());

    let mut doc = document("rferl");
    let last = doc.blocks.last_mut().unwrap();
    last.inlines.push(Inline::Text(" More.".into()));
    let diff = check(&doc, RFERL_SEED, RFERL_EDITS).unwrap_err();
    assert!(diff.contains(">>(end)<<"), "{diff}");
}

#[test]
fn an_unlisted_hyphenation_join_fails_the_check() {
    let edits = HERITAGE_EDITS.replace("join: Free-|dom -> Freedom\n", "");
    assert_ne!(edits, HERITAGE_EDITS);
    let diff = check(&document("heritage"), HERITAGE_SEED, &edits).unwrap_err();
    assert!(
        diff.contains(">>Free-<<") && diff.contains(">>Freedom<<"),
        "{diff}"
    );
}

#[test]
fn a_moved_or_renumbered_footnote_fails_the_check() {
    let mut doc = document("heritage");
    let block = doc
        .blocks
        .iter_mut()
        .find(|b| b.inlines.contains(&Inline::NoteRef(23)))
        .unwrap();
    for inline in &mut block.inlines {
        if *inline == Inline::NoteRef(23) {
            *inline = Inline::NoteRef(22);
        }
    }
    assert!(check(&doc, HERITAGE_SEED, HERITAGE_EDITS).is_err());

    let edits = HERITAGE_EDITS.replace("note 23: border|®", "note 23: border|");
    assert!(check(&document("heritage"), HERITAGE_SEED, &edits).is_err());
}

#[test]
fn every_listed_operation_must_apply_exactly_once() {
    let doc = document("heritage");
    let extra = format!("{HERITAGE_EDITS}\njoin: Bela-|rus -> Belarus\n");
    let err = check(&doc, HERITAGE_SEED, &extra).unwrap_err();
    assert!(err.contains("matches 0 line breaks"), "{err}");

    let doc = document("rferl");
    let extra = format!("{RFERL_EDITS}\nchrome: Breaking News\n");
    let err = check(&doc, RFERL_SEED, &extra).unwrap_err();
    assert!(err.contains("matches 0 lines"), "{err}");

    let extra = format!("{RFERL_EDITS}\nfrobnicate: x\n");
    let err = check(&doc, RFERL_SEED, &extra).unwrap_err();
    assert!(err.contains("unknown operation"), "{err}");
}

#[test]
fn the_edits_files_list_all_notes_joins_and_bullets() {
    let edits = support::parse_edits(HERITAGE_EDITS).unwrap();
    let notes: Vec<u16> = edits
        .iter()
        .filter_map(|e| match e {
            support::Edit::Note { number, .. } => Some(*number),
            _ => None,
        })
        .collect();
    assert_eq!(notes, (1..=24).collect::<Vec<u16>>());
    let joins = edits
        .iter()
        .filter(|e| matches!(e, support::Edit::Join { .. }))
        .count();
    let line_final_hyphens = HERITAGE_SEED
        .lines()
        .filter(|l| l.trim_end().ends_with('-'))
        .count();
    assert_eq!(joins, line_final_hyphens);
    assert_eq!(joins, 14);
    let bullets = edits
        .iter()
        .filter(|e| matches!(e, support::Edit::Bullet { .. }))
        .count();
    assert_eq!(bullets, 5);
}
