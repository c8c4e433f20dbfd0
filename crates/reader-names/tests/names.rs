//! The curated index of names against the real documents: it builds (every
//! spelling found, every entry mentioned, every quote verbatim in its
//! passage), every capitalised word is covered, and the bytes round-trip.

use reader_names::{build, coverage, decode, encode, Kind, NamesError, CURATED, NON_NAMES};

fn lib() -> reader_model::Library {
    reader_content::library().expect("curated documents parse")
}

#[test]
fn the_curated_names_fit_the_texts() {
    let lib = lib();
    let index = build(&lib, CURATED).expect("content/names.txt fits the texts");
    assert!(index.entities.len() > 50);
    for e in &index.entities {
        assert!(!e.mentions.is_empty(), "{} has no mention", e.id);
        for d in &e.descriptions {
            let text = lib.documents[d.doc as usize].blocks[d.block as usize].plain_text();
            let quote = d.quote(&text).unwrap_or_default();
            assert!(
                !quote.is_empty(),
                "{}: {d:?} is no words of its passage",
                e.id
            );
        }
        for m in &e.mentions {
            let text = lib.documents[m.doc as usize].blocks[m.block as usize].plain_text();
            let said = &text[m.start as usize..m.end as usize];
            let terms = |t: &str| -> Vec<String> {
                reader_text::analyze(t)
                    .into_iter()
                    .filter(|t| t.kind != reader_text::TokenKind::Joined)
                    .map(|t| t.term)
                    .collect()
            };
            assert!(
                e.spellings.iter().any(|s| terms(s) == terms(said)),
                "{}: {said:?} is none of its spellings",
                e.id
            );
        }
    }
    // The merges: one entry under every spelling.
    let lukashenka = index.get("lukashenka").unwrap();
    let heritage = lib
        .documents
        .iter()
        .position(|d| d.id == "heritage")
        .unwrap() as u32;
    let rferl = lib.documents.iter().position(|d| d.id == "rferl").unwrap() as u32;
    assert!(lukashenka.mentions.iter().any(|m| m.doc == heritage));
    assert!(lukashenka.mentions.iter().any(|m| m.doc == rferl));
    assert_eq!(index.get("krauchenka").unwrap().mentions.len(), 3);
    assert_eq!(index.get("ostrovets").unwrap().kind, Kind::Place);
    assert!(index.get("csto").unwrap().mentions.len() >= 4);
    let chausovsky = index.get("chausovsky").unwrap();
    let d = &chausovsky.descriptions[0];
    let text = lib.documents[d.doc as usize].blocks[d.block as usize].plain_text();
    assert_eq!(
        d.quote(&text),
        Some("a Eurasia analyst at intelligence firm Stratfor")
    );
}

#[test]
fn every_capitalised_word_is_a_name_or_a_reviewed_non_name() {
    let lib = lib();
    let non_names = coverage::non_names(NON_NAMES);
    let missing = coverage::uncovered(&lib, CURATED, &non_names).unwrap();
    let list: Vec<String> = missing.iter().map(|(b, w)| format!("{w} ({b})")).collect();
    assert!(
        missing.is_empty(),
        "capitalised words neither in content/names.txt nor in content/non-names.txt:\n{}",
        list.join("\n")
    );
    // And the list holds no name of the index (a name must not hide there).
    let index = build(&lib, CURATED).unwrap();
    for e in &index.entities {
        for s in &e.spellings {
            let terms: Vec<String> = reader_text::analyze(s)
                .into_iter()
                .map(|t| t.term)
                .collect();
            if terms.len() == 1 {
                assert!(
                    !non_names.contains(&terms[0]),
                    "{s} is a name and on the non-names list"
                );
            }
        }
    }
}

#[test]
fn the_checks_fail_on_bad_entries() {
    let lib = lib();
    let bad_quote = "minsk | place | Minsk\nspelled: Minsk\nsays rferl-strategic-nation: a quote that is not there\n";
    assert!(matches!(
        build(&lib, bad_quote),
        Err(NamesError::QuoteNotFound { .. })
    ));
    let unknown = "minsk | place | Minsk\nspelled: Minsk\nsays nowhere: Minsk\n";
    assert!(matches!(
        build(&lib, unknown),
        Err(NamesError::UnknownPassage { .. })
    ));
    let unmentioned = "atlantis | place | Atlantis\nspelled: Atlantis\n";
    assert_eq!(
        build(&lib, unmentioned),
        Err(NamesError::NoMention("atlantis".into()))
    );
    let shared = "a | place | Minsk\nspelled: Minsk\nb | place | Minsk\nspelled: Minsk\n";
    assert_eq!(
        build(&lib, shared),
        Err(NamesError::SharedSpelling("Minsk".into()))
    );
    assert!(matches!(
        build(&lib, "x | planet | X\nspelled: X\n"),
        Err(NamesError::UnknownKind { line: 1 })
    ));
    // A name left out of the index is reported by the completeness check.
    let without_minsk: String = CURATED.replace("spelled: Minsk\n", "spelled: Minsk City\n");
    let missing =
        coverage::uncovered(&lib, &without_minsk, &coverage::non_names(NON_NAMES)).unwrap();
    assert!(missing.iter().any(|(_, w)| w.starts_with("Minsk")));
}

#[test]
fn the_index_round_trips_and_bad_bytes_are_errors() {
    let index = build(&lib(), CURATED).unwrap();
    let bytes = encode(&index);
    assert_eq!(decode(&bytes).unwrap(), index);
    for cut in [0, 3, bytes.len() / 2, bytes.len() - 1] {
        assert!(decode(&bytes[..cut]).is_err(), "cut at {cut}");
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(decode(&longer).is_err());
    println!(
        "names.bin: {} bytes, {} entries",
        bytes.len(),
        index.entities.len()
    );
}
