//! Ranking rules on a small hand-made library.

mod common;

use reader_model::{Block, BlockKind, Inline, Library};
use reader_search::{build_index, Index, MatchKind};

fn lib(blocks: &[(&str, BlockKind, &str)]) -> Library {
    let blocks = blocks
        .iter()
        .map(|(id, kind, text)| Block::new(*id, *kind, vec![Inline::Text(text.to_string())]))
        .collect();
    common::one_document(blocks)
}

fn ids(index: &Index, lib: &Library, q: &str) -> Vec<(String, MatchKind)> {
    index
        .search(lib, q)
        .hits
        .into_iter()
        .map(|h| (h.block_id, h.match_kind))
        .collect()
}

#[test]
fn exact_then_stemmed_then_variant_then_fuzzy() {
    use BlockKind::Paragraph as P;
    let lib = lib(&[
        ("fuzzy", P, "the sanctins were long discussed here"),
        ("stem", P, "the sanctioned were long discussed here"),
        ("exact", P, "the sanctions were long discussed here"),
    ]);
    let index = Index::from_bytes(&build_index(&lib)).unwrap();
    let got = ids(&index, &lib, "sanctions ");
    assert_eq!(got[0], ("exact".to_string(), MatchKind::Exact));
    assert_eq!(got[1], ("stem".to_string(), MatchKind::Stemmed));
    // Fuzzy matching is a fallback: the word exists, so typos are not expanded.
    assert_eq!(got.len(), 2);
    assert_eq!(ids(&index, &lib, "sanctinos ")[0].1, MatchKind::Fuzzy);

    let lib2 = lib_names();
    let index2 = Index::from_bytes(&build_index(&lib2)).unwrap();
    let got = ids(&index2, &lib2, "Lukashenko ");
    assert_eq!(got[0], ("ko".to_string(), MatchKind::Exact));
    assert_eq!(got[1], ("ka".to_string(), MatchKind::Variant));
}

fn lib_names() -> Library {
    use BlockKind::Paragraph as P;
    lib(&[
        ("ka", P, "Then Lukashenka spoke in Minsk today"),
        ("ko", P, "Then Lukashenko spoke in Minsk today"),
    ])
}

#[test]
fn all_words_first_headings_up_ties_in_document_order() {
    use BlockKind::{Heading as H, Paragraph as P};
    let lib = lib(&[
        ("one", P, "oil prices rose and fell again and again"),
        ("both", P, "oil and gas prices in Minsk rose and fell"),
        ("head", H, "Oil"),
        ("twin-a", P, "gas only here"),
        ("twin-b", P, "gas only here"),
    ]);
    let index = Index::from_bytes(&build_index(&lib)).unwrap();
    let got: Vec<String> = ids(&index, &lib, "oil gas ")
        .into_iter()
        .map(|h| h.0)
        .collect();
    assert_eq!(got[0], "both");
    assert_eq!(got.len(), 5);
    let twins: Vec<&String> = got.iter().filter(|id| id.starts_with("twin")).collect();
    assert_eq!(twins, ["twin-a", "twin-b"]);
    let oil: Vec<String> = ids(&index, &lib, "oil ").into_iter().map(|h| h.0).collect();
    assert_eq!(oil[0], "head");
}

#[test]
fn phrases_exclusions_and_snippets() {
    use BlockKind::Paragraph as P;
    let long = "word ".repeat(60) + "the Union State treaty " + &"tail ".repeat(60);
    let lib = lib(&[("far", P, "the union of a State"), ("near", P, &long)]);
    let index = Index::from_bytes(&build_index(&lib)).unwrap();
    let r = index.search(&lib, "\"Union State\"");
    assert_eq!(r.hits.len(), 1);
    let hit = &r.hits[0];
    assert_eq!(hit.block_id, "near");
    assert!(hit.snippet.starts_with('…') && hit.snippet.ends_with('…'));
    assert!(hit.snippet.split_whitespace().count() <= 31);
    let marked: Vec<&str> = hit
        .snippet_highlights
        .iter()
        .map(|r| &hit.snippet[r.clone()])
        .collect();
    assert_eq!(marked, ["Union", "State"]);
    assert!(index
        .search(&lib, "union -treaty")
        .hits
        .iter()
        .all(|h| h.block_id == "far"));
}
