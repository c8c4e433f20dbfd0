//! The committed sentence embeddings (`data/embeddings.bin`) must match the
//! current content: they are made by hand with `scripts/embed-passages.py`,
//! and a stale file would silently turn the semantic margin off.

use reader_align::{
    align, align_with, semantic_status, semantic_units, semantic_units_hash, Params,
};

#[test]
fn embeddings_match_the_content() {
    let lib = reader_content::library().unwrap();
    match semantic_status(&lib) {
        Ok(n) => assert_eq!(n, semantic_units(&lib).len()),
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn the_hash_sees_every_text_change() {
    let lib = reader_content::library().unwrap();
    let units = semantic_units(&lib);
    let h = semantic_units_hash(&units);
    let mut edited = units.clone();
    edited[3].1.push(' ');
    assert_ne!(semantic_units_hash(&edited), h);
    let mut renamed = units.clone();
    renamed[0].0.push('x');
    assert_ne!(semantic_units_hash(&renamed), h);
    assert_ne!(semantic_units_hash(&units[1..]), h);
}

#[test]
fn units_are_rferl_passages_then_heritage_sentences() {
    let lib = reader_content::library().unwrap();
    let units = semantic_units(&lib);
    let first_heritage = units
        .iter()
        .position(|(k, _)| k.starts_with("heritage-"))
        .unwrap();
    assert!(units[..first_heritage]
        .iter()
        .all(|(k, _)| k.starts_with("rferl-") && !k.contains('#')));
    assert!(units[first_heritage..]
        .iter()
        .all(|(k, _)| k.starts_with("heritage-") && k.contains('#')));
}

#[test]
fn the_margin_adds_pairs_and_every_pair_shares_a_term() {
    let lib = reader_content::library().unwrap();
    let with = align(&lib);
    let without = align_with(
        &lib,
        &Params {
            semantic_weight: 0.0,
            ..Params::default()
        },
    );
    assert!(with.pairs.len() > without.pairs.len());
    assert!(with.pairs.iter().all(|p| !p.shared.is_empty()));
    // The footnote links do not use it.
    assert_eq!(with.notes, without.notes);
}
