//! Footnote 3, determinism, encoding round trip and robustness of `decode`.

use proptest::prelude::*;
use reader_align::{align, decode, encode, for_block};

const SANCTIONS_2006: &str = "rferl-lukashenka-was-declared-the-winner";

#[test]
fn footnote_3_relates_to_the_2006_sanctions_passage() {
    let lib = reader_content::library().unwrap();
    let al = align(&lib);
    let related = al.note("heritage", 3);
    assert!(
        related.iter().any(|r| r.block == SANCTIONS_2006),
        "footnote 3 related: {related:?}"
    );
    let r = related.iter().find(|r| r.block == SANCTIONS_2006).unwrap();
    assert!(r.shared.iter().any(|t| t == "sanctions"), "{:?}", r.shared);
}

#[test]
fn pairs_are_well_formed() {
    let lib = reader_content::library().unwrap();
    let al = align(&lib);
    assert!(!al.pairs.is_empty());
    for p in &al.pairs {
        assert!(
            p.a.starts_with("rferl-") && p.b.starts_with("heritage-"),
            "{p:?}"
        );
        assert!((0.0..=1.0).contains(&p.score), "{p:?}");
        assert!(!p.shared.is_empty() && p.shared.len() <= 6, "{p:?}");
        for id in [&p.a, &p.b] {
            let (doc, i) = lib.find_block(id).unwrap();
            let kind = doc.blocks[i].kind;
            assert!(!kind.is_end_matter() && kind != reader_model::BlockKind::Heading);
        }
    }
    // The 2006 sanctions passage's best counterpart is the Heritage sanctions paragraph.
    assert_eq!(
        for_block(&al.pairs, SANCTIONS_2006)[0].b,
        "heritage-because-belarus-has-a-history"
    );
}

#[test]
fn alignment_is_deterministic() {
    let lib = reader_content::library().unwrap();
    let first = align(&lib);
    let second = align(&lib);
    assert_eq!(first, second);
    assert_eq!(encode(&first), encode(&second));
}

#[test]
fn real_alignment_round_trips() {
    let lib = reader_content::library().unwrap();
    let al = align(&lib);
    let bytes = encode(&al);
    assert_eq!(decode(&bytes).unwrap(), al);
}

#[test]
fn the_ids_travel_as_positions_in_the_librarys_ids() {
    let lib = reader_content::library().unwrap();
    let ids = lib.ids();
    let al = align(&lib);
    let short = reader_align::encode_with(&al, &ids);
    assert_eq!(reader_align::decode_with(&short, &ids).unwrap(), al);
    assert!(short.len() + 20 * al.pairs.len() < encode(&al).len());
    for p in &al.pairs {
        let id = p.a.as_bytes();
        assert!(!short.windows(id.len()).any(|w| w == id), "{} written", p.a);
    }
    assert!(reader_align::decode_with(&short, &ids[..1]).is_err());
}

#[test]
fn every_truncation_and_bit_flip_of_the_real_bytes_is_an_error() {
    let lib = reader_content::library().unwrap();
    let bytes = encode(&align(&lib));
    for n in 0..bytes.len() {
        assert!(decode(&bytes[..n]).is_err(), "truncated at {n}");
    }
    for i in 0..bytes.len() {
        let mut b = bytes.clone();
        b[i] ^= 0x10;
        assert!(decode(&b).is_err(), "flipped byte {i}");
    }
}

proptest! {
    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = decode(&bytes);
    }

    #[test]
    fn random_bodies_with_a_valid_header_never_panic(body in proptest::collection::vec(any::<u8>(), 0..512)) {
        // A valid header and checksum trailer, so the body parser itself is exercised.
        let mut bytes = encode(&reader_align::Alignment::default())[..reader_format::HEADER_LEN].to_vec();
        bytes.extend_from_slice(&body);
        reader_format::checksum::seal(&mut bytes);
        let _ = decode(&bytes);
    }

    #[test]
    fn arbitrary_alignments_round_trip(
        pairs in proptest::collection::vec(("[a-z-]{0,12}", "[a-z-]{0,12}", 0f32..1.0, proptest::collection::vec("\\PC{0,8}", 0..6)), 0..8),
        notes in proptest::collection::vec(("[a-z]{0,8}", any::<u16>(), proptest::collection::vec(("[a-z-]{0,12}", 0f32..1.0, proptest::collection::vec("\\PC{0,8}", 0..3)), 0..4)), 0..4),
    ) {
        let al = reader_align::Alignment {
            pairs: pairs.into_iter().map(|(a, b, score, shared)| reader_align::Pair { a, b, score, shared }).collect(),
            notes: notes.into_iter().map(|(doc, number, related)| reader_align::NoteLinks {
                doc,
                number,
                related: related.into_iter().map(|(block, score, shared)| reader_align::Related { block, score, shared }).collect(),
            }).collect(),
        };
        prop_assert_eq!(decode(&encode(&al)).unwrap(), al);
    }
}
