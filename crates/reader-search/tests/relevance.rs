//! Relevance set over the real documents (`tests/relevance.txt`), the
//! reviewed transliteration groups, and the index statistics.

use reader_model::Library;
use reader_search::{build_index, variant_groups, Hit, Index, MatchKind};

#[path = "shared/relevance_set.rs"]
mod relevance_set;

fn setup() -> (Library, Index) {
    let lib = reader_content::library().expect("curated documents parse");
    let index = Index::from_bytes(&build_index(&lib)).expect("index loads");
    (lib, index)
}

fn block_text(lib: &Library, hit: &Hit) -> String {
    lib.documents
        .iter()
        .find(|d| d.id == hit.doc_id)
        .and_then(|d| d.blocks.get(hit.block_index))
        .map(|b| b.plain_text())
        .unwrap_or_default()
}

/// Checks one expectation against the top hits; `None` when it holds.
fn check(lib: &Library, top: &[Hit], expectation: &str) -> Option<String> {
    let e = expectation.trim();
    let holds = if let Some(doc) = e.strip_prefix('@') {
        top.iter().any(|h| h.doc_id == doc)
    } else if let Some(text) = e.strip_prefix("!\"").and_then(|t| t.strip_suffix('"')) {
        !top.iter().any(|h| block_text(lib, h).contains(text))
    } else if let Some(text) = e.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        top.iter().any(|h| block_text(lib, h).contains(text))
    } else {
        top.iter().any(|h| h.block_id == e)
    };
    (!holds).then(|| format!("expected {e}"))
}

#[test]
fn relevance_set() {
    let (lib, index) = setup();
    let mut failures = Vec::new();
    let mut queries = 0;
    for (query, expectations) in relevance_set::relevance_set() {
        queries += 1;
        let results = index.search(&lib, query);
        let top = &results.hits[..results.hits.len().min(5)];
        let failed: Vec<String> = expectations
            .split(';')
            .filter_map(|e| check(&lib, top, e))
            .collect();
        if !failed.is_empty() {
            let got: Vec<String> = top
                .iter()
                .map(|h| format!("    {} ({:?}, {:.2})", h.block_id, h.match_kind, h.score))
                .collect();
            failures.push(format!(
                "query {query:?}: {}\n  top 5:\n{}",
                failed.join(", "),
                got.join("\n")
            ));
        }
    }
    assert!(
        queries >= 25,
        "the relevance set needs at least 25 queries, has {queries}"
    );
    assert!(
        failures.is_empty(),
        "{} of {queries} queries failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn variant_groups_are_reviewed() {
    let (lib, _) = setup();
    let groups = variant_groups(&lib);
    let expected: Vec<Vec<String>> = [
        &["alexander", "alyaksandr"][..],
        &["astravets", "ostrovets"],
        &["krauchenka", "kravchenko"],
        &["lithuania", "lithuanian"], // same root: harmless
        &["lukashenka", "lukashenko"],
    ]
    .iter()
    .map(|g| g.iter().map(|s| s.to_string()).collect())
    .collect();
    assert_eq!(
        groups, expected,
        "transliteration rules merged a new group of names: review it"
    );
}

#[test]
fn prints_index_stats() {
    let (lib, index) = setup();
    let stats = index.stats();
    println!("reader-search index: {stats}");
    assert!(stats.documents == 2 && stats.terms > 500);
    assert!(
        stats.index_bytes < 2 * stats.text_bytes as usize,
        "index grew past twice the text: {stats}"
    );
    let _ = lib;
}

#[test]
fn counts_and_filter() {
    let (lib, index) = setup();
    let all = index.search(&lib, "Lukashenko ");
    let only = index.search_in(&lib, "Lukashenko ", Some("heritage"));
    assert_eq!(all.counts, only.counts);
    assert!(only.hits.iter().all(|h| h.doc_id == "heritage"));
    let n_heritage = all.counts.iter().find(|c| c.0 == "heritage").map(|c| c.1);
    assert_eq!(Some(only.hits.len()), n_heritage);
    // Highlights point at the words in the block text.
    for hit in &all.hits {
        let text = block_text(&lib, hit);
        for r in &hit.block_highlights {
            assert!(
                text[r.clone()].to_lowercase().starts_with("lukashenk"),
                "{}",
                &text[r.clone()]
            );
        }
        for r in &hit.snippet_highlights {
            assert!(hit.snippet[r.clone()]
                .to_lowercase()
                .starts_with("lukashenk"));
        }
    }
}

#[test]
fn no_results_suggests() {
    let (lib, index) = setup();
    let r = index.search(&lib, "oli ");
    assert!(r.hits.is_empty());
    assert!(
        r.suggestions.contains(&"oil".to_string()),
        "{:?}",
        r.suggestions
    );
    assert!(index.suggest("Msocw", 3).contains(&"moscow".to_string()));
    assert!(index.search(&lib, "").hits.is_empty());
    assert!(index.search(&lib, "\"\" -- ?").hits.is_empty());
}

/// Names typed in Cyrillic, Łacinka or Polish spelling find the documents'
/// spelling as the variant match it is (not as an exact match, not only as a
/// typo); a typo in Cyrillic is a fuzzy match and a Cyrillic prefix a prefix
/// match. The highlights mark whole words of the block text.
#[test]
fn other_scripts_match_as_variants() {
    let (lib, index) = setup();
    let kind_of = |q: &str| {
        let r = index.search(&lib, q);
        assert!(!r.hits.is_empty(), "{q}: no hits");
        for hit in &r.hits {
            let text = block_text(&lib, hit);
            for h in &hit.block_highlights {
                assert!(text.is_char_boundary(h.start) && text.is_char_boundary(h.end));
                let word = &text[h.clone()];
                assert!(
                    word.chars().next().is_some_and(char::is_alphanumeric),
                    "{q}: {word:?}"
                );
            }
        }
        r.hits[0].match_kind
    };
    for q in [
        "Лукашенко ",
        "Лукашэнка ",
        "Łukašenka ",
        "Łukas\u{30c}enka ",
        "Łukaszenka ",
        "Мінск ",
        "Минск ",
        "Астравец ",
        "Островец ",
        "Краўчанка ",
        "Кравченко ",
        "Kraŭčanka ",
        "Шрайбман ",
    ] {
        assert_eq!(kind_of(q), MatchKind::Variant, "{q}");
    }
    assert_eq!(kind_of("Лукашенго "), MatchKind::Fuzzy);
    assert_eq!(kind_of("Лукаш"), MatchKind::Prefix);
    // The highlighted words are the names.
    let r = index.search(&lib, "Łukas\u{30c}enka ");
    for hit in &r.hits {
        for h in &hit.snippet_highlights {
            assert!(
                hit.snippet[h.clone()].starts_with("Lukashenk"),
                "{:?}",
                &hit.snippet[h.clone()]
            );
        }
    }
}
