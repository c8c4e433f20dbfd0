//! The encoding: the real timeline round-trips; random, truncated and bit-flipped bytes are
//! errors or valid timelines, never panics.

use proptest::prelude::*;
use reader_timeline::{decode, encode, FormatError};

fn bytes() -> Vec<u8> {
    let lib = reader_content::library().unwrap();
    encode(&reader_timeline::timeline(&lib).unwrap())
}

#[test]
fn the_timeline_round_trips() {
    let lib = reader_content::library().unwrap();
    let tl = reader_timeline::timeline(&lib).unwrap();
    assert_eq!(decode(&encode(&tl)).unwrap(), tl);
}

#[test]
fn the_ids_travel_as_positions_in_the_librarys_ids() {
    let lib = reader_content::library().unwrap();
    let ids = lib.ids();
    let tl = reader_timeline::timeline(&lib).unwrap();
    let short = reader_timeline::encode_with(&tl, &ids);
    assert_eq!(reader_timeline::decode_with(&short, &ids).unwrap(), tl);
    assert!(
        short.len() + 20 * tl.events.len() < encode(&tl).len(),
        "{} against {}",
        short.len(),
        encode(&tl).len()
    );
    for e in &tl.events {
        let id = e.block.as_bytes();
        assert!(
            !short.windows(id.len()).any(|w| w == id),
            "{} written",
            e.block
        );
    }
    // Another library's ids: a position past them is an error, never a panic.
    assert!(reader_timeline::decode_with(&short, &ids[..1]).is_err());
}

#[test]
fn truncation_and_trailing_bytes_are_errors() {
    let b = bytes();
    for n in 0..b.len() {
        assert!(decode(&b[..n]).is_err(), "prefix of {n} bytes decoded");
    }
    let mut longer = b.clone();
    longer.push(0);
    assert_eq!(decode(&longer), Err(FormatError::TrailingBytes));
}

proptest! {
    #[test]
    fn random_bytes_never_panic(b in proptest::collection::vec(any::<u8>(), 0..256)) {
        let mut with_header = encode(&reader_timeline::Timeline::default())[..reader_format::HEADER_LEN].to_vec();
        with_header.extend(&b);
        let _ = decode(&b);
        let _ = decode(&with_header);
        let _ = reader_timeline::decode_with(&with_header, &["rferl", "rferl-a", "heritage-b"]);
    }

    #[test]
    fn flipped_bits_never_panic(i in any::<prop::sample::Index>(), bit in 0u8..8) {
        let mut b = bytes();
        let at = i.index(b.len());
        b[at] ^= 1 << bit;
        if let Ok(tl) = decode(&b) {
            prop_assert!(tl.joins.iter().all(|j| (j.a as usize) < tl.events.len() && (j.b as usize) < tl.events.len()));
        }
    }
}
