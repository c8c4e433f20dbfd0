//! Property tests: no input panics or takes long; corrupt index bytes are errors.

use std::sync::OnceLock;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use reader_model::Library;
use reader_search::{build_index, Index};

fn real() -> &'static (Library, Vec<u8>, Index) {
    static REAL: OnceLock<(Library, Vec<u8>, Index)> = OnceLock::new();
    REAL.get_or_init(|| {
        let lib = reader_content::library().expect("curated documents parse");
        let bytes = build_index(&lib);
        let index = Index::from_bytes(&bytes).expect("index loads");
        (lib, bytes, index)
    })
}

/// A guard against runaway work (a walk that grows with the query), not a speed target: those
/// are in `cargo bench`. Release queries take microseconds; a debug build on a loaded 2-core
/// machine once took over 250 ms for a 4 KB query of other-script letters (each word is looked
/// up under several spellings), so the bound is far above any honest query.
const QUERY_BOUND: Duration = Duration::from_secs(2);

/// Searches `query` within [`QUERY_BOUND`], every snippet highlight a range of its snippet.
fn search_is_safe(lib: &Library, index: &Index, query: &str) -> Result<(), TestCaseError> {
    let start = Instant::now();
    let r = index.search(lib, query);
    prop_assert!(
        start.elapsed() < QUERY_BOUND,
        "{:?} took {:?}",
        query,
        start.elapsed()
    );
    for hit in &r.hits {
        for h in &hit.snippet_highlights {
            prop_assert!(hit.snippet.get(h.clone()).is_some());
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_query_is_safe(query in any::<String>().prop_filter("up to 4 KB", |s| s.len() <= 4096)) {
        let (lib, _, index) = real();
        search_is_safe(lib, index, &query)?;
        let _ = index.suggest(&query, 5);
    }

    #[test]
    fn wordy_queries_are_safe(words in proptest::collection::vec("[-\"a-zA-Z’'$0-9 ]{0,12}", 0..400)) {
        let (lib, _, index) = real();
        let query = words.join(" ");
        let start = Instant::now();
        let r = index.search_in(lib, &query, Some("heritage"));
        prop_assert!(start.elapsed() < QUERY_BOUND);
        prop_assert!(r.hits.iter().all(|h| h.doc_id == "heritage"));
    }

    #[test]
    fn other_script_queries_are_safe(words in proptest::collection::vec("[-\"а-яёіўА-ЯЁІЎłšžčćŭńśźżŁŠŽČa-z\u{30c}\u{301}’ ]{0,14}", 0..40)) {
        let (lib, _, index) = real();
        let query = words.join(" ");
        search_is_safe(lib, index, &query)?;
    }

    #[test]
    fn random_bytes_are_rejected_or_loaded(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = Index::from_bytes(&bytes);
        let mut with_header = reader_search::format::HEADER.start();
        with_header.extend_from_slice(&bytes);
        let _ = Index::from_bytes(&with_header);
    }

    #[test]
    fn truncated_index_is_an_error(cut in 0usize..100_000) {
        let (_, bytes, _) = real();
        let cut = cut % bytes.len();
        prop_assert!(Index::from_bytes(&bytes[..cut]).is_err());
    }

    #[test]
    fn bit_flipped_index_never_panics(flips in proptest::collection::vec((0usize..100_000, 0u8..8), 1..4)) {
        let (lib, bytes, _) = real();
        let mut bytes = bytes.clone();
        let len = bytes.len();
        for (at, bit) in flips {
            bytes[at % len] ^= 1 << bit;
        }
        // No checksum over the index: every flip reaches the structural checks.
        if let Ok(index) = Index::from_bytes(&bytes) {
            for q in ["Lukash", "\"Union State\"", "sanctoins", "CSTO", "-Crimea seizure"] {
                let _ = index.search(lib, q);
            }
        }
    }
}
