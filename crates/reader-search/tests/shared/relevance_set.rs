//! The relevance set (`tests/relevance.txt`) as the tests and the benchmark read it: one query
//! per line, `query => expectations`, blank lines and `#` comments skipped. Included by path
//! (`#[path]`) from `tests/relevance.rs`, `tests/golden.rs` and `benches/search.rs`; each uses
//! part of it.
#![allow(dead_code)]

/// Every `(query, expectations)` of the set, trimmed. Panics on a line without `=>`.
pub fn relevance_set() -> Vec<(&'static str, &'static str)> {
    include_str!("../relevance.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (query, expectations) = l.split_once("=>").expect("line has =>");
            (query.trim(), expectations)
        })
        .collect()
}

/// The queries of the set, in order.
pub fn relevance_queries() -> Vec<&'static str> {
    relevance_set().into_iter().map(|(q, _)| q).collect()
}
