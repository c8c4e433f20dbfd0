//! The store's logic: two tabs exchanging changes, deletes and undo, loading records, the
//! list's order; merging is order-independent (property-tested), so every tab ends the same.

mod support;

use proptest::prelude::*;
use reader_notes::{
    encode_record, wins, Annotation, Colour, Merge, Notes, RecordError, SCHEMA_VERSION,
};
use support::*;

const WORDS: &str = "will again exchange ambassadors";

#[test]
fn two_tabs_see_each_others_changes_and_end_the_same() {
    let library = library();
    let a = highlight(&library, "rferl", WORDS, 1);
    let records = [encode_record(&a)];
    let mut tab1 = Notes::load(SCHEMA_VERSION, records.iter().map(String::as_str)).notes;
    let mut tab2 = tab1.clone();
    // Tab 1 recolours, then tab 2 writes a note a minute later.
    let c1 = tab1
        .edit(&a.id, |a| a.set_colour(Colour::Blue, at(10)))
        .unwrap()
        .clone();
    let c2 = tab2
        .edit(&a.id, |a| a.set_note("Tab two", at(11)).unwrap())
        .unwrap()
        .clone();
    // Each receives the other's broadcast.
    assert_eq!(tab1.merge(c2.clone()), Merge::Updated);
    assert_eq!(tab2.merge(c1.clone()), Merge::NewerHere);
    assert_eq!(tab1, tab2);
    assert_eq!(tab1.get(&a.id), Some(&c2));
}

#[test]
fn changes_in_the_same_millisecond_are_decided_the_same_everywhere() {
    let library = library();
    let a = highlight(&library, "rferl", WORDS, 1);
    let (mut x, mut y) = (a.clone(), a.clone());
    x.set_colour(Colour::Green, at(5));
    y.delete(at(5));
    assert_eq!(x.modified, y.modified);
    assert!(wins(&y, &x) && !wins(&x, &y), "the delete wins the tie");
    let (mut p, mut q) = (a.clone(), a.clone());
    p.set_colour(Colour::Green, at(5));
    q.set_colour(Colour::Pink, at(5));
    assert_ne!(wins(&p, &q), wins(&q, &p), "exactly one wins");
    assert!(!wins(&p, &p));
}

#[test]
fn a_deleted_highlight_does_not_come_back_and_undo_restores_it() {
    let library = library();
    let a = highlight(&library, "rferl", WORDS, 1);
    let mut notes = Notes::new();
    notes.merge(a.clone());
    notes.edit(&a.id, |a| a.delete(at(20)));
    assert_eq!(notes.live_count(), 0);
    assert!(notes.in_document_order(&library).is_empty());
    // An older copy (another tab's, an old export's) does not bring it back.
    assert_eq!(notes.merge(a.clone()), Merge::NewerHere);
    assert_eq!(notes.live_count(), 0);
    // Undo does, as a newer change, even when the clock went back meanwhile.
    let restored = notes.edit(&a.id, |a| a.restore(at(0))).unwrap().clone();
    assert!(restored.is_live());
    assert!(restored.modified > at(20));
    assert_eq!(notes.live_count(), 1);
    // Tombstones go only when old enough.
    notes.edit(&a.id, |a| a.delete(at(21)));
    assert!(notes.purge_deleted(at(0)).is_empty());
    assert_eq!(notes.purge_deleted(at(60 * 24 * 31)), vec![a.id.clone()]);
    assert!(notes.get(&a.id).is_none());
}

#[test]
fn loading_merges_repeats_and_reports_records_it_cannot_read() {
    let library = library();
    let a = highlight(&library, "rferl", WORDS, 1);
    let mut newer = a.clone();
    newer.set_note("newer", at(9)).unwrap();
    let records = [
        encode_record(&newer),
        "{\"broken\": ".to_string(),
        encode_record(&a),
        encode_record(&highlight(
            &library,
            "heritage",
            "Belarus scores quite low",
            2,
        )),
    ];
    let loaded = Notes::load(SCHEMA_VERSION, records.iter().map(String::as_str));
    assert_eq!(loaded.notes.live_count(), 2);
    assert_eq!(loaded.notes.get(&a.id), Some(&newer));
    assert_eq!(loaded.problems.len(), 1);
    assert_eq!(loaded.problems[0].0, 1);
    assert!(matches!(loaded.problems[0].1, RecordError::NotJson(_)));
    let from_newer = Notes::load(SCHEMA_VERSION + 1, records.iter().map(String::as_str));
    assert_eq!(from_newer.problems.len(), 4);
    assert!(from_newer.problems[0]
        .1
        .to_string()
        .contains("newer version"));
}

#[test]
fn the_list_is_in_document_order() {
    let library = library();
    let mut notes = Notes::new();
    // Made in another order than they stand in the documents.
    let later = highlight(&library, "rferl", "appear to be quickly thawing", 1);
    let same_passage_first = highlight(&library, "rferl", "While U.S. relations", 2);
    let heritage = highlight(&library, "heritage", "Belarus scores quite low", 3);
    let further = highlight(&library, "rferl", WORDS, 4);
    let mut unknown = highlight(&library, "rferl", "Crimean Peninsula", 5);
    unknown.passage = "rferl-a-passage-since-removed".into();
    for a in [&later, &heritage, &unknown, &further, &same_passage_first] {
        notes.merge(a.clone());
    }
    let ids: Vec<u32> = notes
        .in_document_order(&library)
        .iter()
        .map(|a| number(a))
        .collect();
    let rferl_first = library.documents[0].id == "rferl";
    let expected = if rferl_first {
        [2, 1, 4, 5, 3]
    } else {
        [3, 2, 1, 4, 5]
    };
    assert_eq!(ids, expected);
}

fn number(a: &Annotation) -> u32 {
    u32::from_str_radix(&a.id.as_str()[24..], 16).unwrap()
}

proptest! {
    /// Copies of a few annotations, edited in random ways at random times, merged into two
    /// stores in two random orders: both stores end the same, each annotation the copy that
    /// wins against every other.
    #[test]
    fn merging_does_not_depend_on_the_order(
        edits in proptest::collection::vec((0u32..3, 0u8..4, 0u64..6), 1..24),
        seed in any::<u64>(),
    ) {
        let library = library();
        let base: Vec<Annotation> = (0..3)
            .map(|n| highlight(&library, "rferl", WORDS, n + 1))
            .collect();
        let copies: Vec<Annotation> = edits
            .iter()
            .map(|&(n, kind, minute)| {
                let mut a = base[n as usize].clone();
                let t = at(10 + minute);
                match kind {
                    0 => a.set_colour(Colour::Green, t),
                    1 => a.set_colour(Colour::Pink, t),
                    2 => a.delete(t),
                    _ => a.set_note(&format!("note {minute}"), t).unwrap(),
                }
                a
            })
            .collect();
        let mut shuffled = copies.clone();
        // A small deterministic shuffle from the seed.
        let mut s = seed | 1;
        for i in (1..shuffled.len()).rev() {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            shuffled.swap(i, (s % (i as u64 + 1)) as usize);
        }
        let (mut one, mut two) = (Notes::new(), Notes::new());
        for a in &copies {
            one.merge(a.clone());
        }
        for a in shuffled.iter().rev() {
            two.merge(a.clone());
        }
        prop_assert_eq!(&one, &two);
        for a in one.all() {
            prop_assert!(copies.iter().all(|c| c.id != a.id || !wins(c, a)));
        }
    }
}
