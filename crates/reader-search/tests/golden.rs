//! Golden results over the real documents: every observable output of a
//! search (ids, block indexes, scores to the bit, match kinds, block and
//! snippet highlights, snippets, headings, counts, notices, suggestions) is
//! pinned, so a change of the index format or of the query engine cannot
//! change what the reader shows without this test failing.
//!
//! * `tests/golden.txt`: the queries of `tests/relevance.txt` and of
//!   [`EXTRA_QUERIES`] (phrases, prefixes, typos, hyphens, possessives,
//!   diacritics, exclusions, filters), rendered in full.
//! * `tests/golden-words.txt`: every distinct word of the documents as written
//!   (`Moscow’s`, `cease-fire`, …) as a query, typed (prefix) and finished
//!   (trailing space): one FNV-1a checksum of each full rendering.
//! * `tests/golden-edge.txt`: a small library of hyphenation corner cases
//!   (a first part longer than the longest term, so equal to its joined form;
//!   a first part that folds to nothing), rendered in full.
//!
//! The same expectations hold with and without [`Index::prepare`].
//!
//! The expected files were generated before the postings stopped storing
//! byte ranges (format version 2). After an intended change of results,
//! regenerate them with `GOLDEN_BLESS=1 cargo test -p reader-search --test
//! golden` and review the diff.

use std::collections::BTreeSet;
use std::fmt::Write as _;

mod common;
#[path = "shared/relevance_set.rs"]
mod relevance_set;
use relevance_set::relevance_queries;
#[path = "shared/render.rs"]
mod render;
use render::render;

use reader_model::{Block, BlockKind, Inline, Library};
use reader_search::format::checksum;
use reader_search::{build_index, Index};
use reader_text::analyze;

/// Queries beyond the relevance set; `(query, document filter)`.
const EXTRA_QUERIES: &[(&str, Option<&str>)] = &[
    // phrases
    ("\"Union State\" ", None),
    ("\"cease fire\"", None),
    ("\"political prisoners\"", None),
    ("\"nuclear power plant\" Lithuania", None),
    ("\"Lukashenko regime\"", None),
    ("\"Eurasian Economic Union\"", None),
    ("\"Moscow’s seizure\"", None),
    ("-\"Union State\" union", None),
    // prefixes while typing
    ("Lu", None),
    ("Be", None),
    ("sa", None),
    ("Mi", None),
    ("nuc", None),
    ("Russia", None),
    ("Russian ", None),
    ("the", None),
    ("relations with Wash", None),
    // typos
    ("sanctoins ", None),
    ("Lukashnko", None),
    ("Msocw", None),
    ("presidnet elections", None),
    ("Kremiln ", None),
    ("oli ", None),
    ("qqqq zzzz", None),
    // hyphens
    ("cease-fire ", None),
    ("Cold War-style", None),
    ("War-style", None),
    ("warstyle", None),
    ("think tank", None),
    ("think-tank ", None),
    ("Washington-based think-tank", None),
    ("\"state-owned\"", None),
    ("multibillion-dollar loan", None),
    ("Then-U.S. national-security adviser", None),
    ("zero sum", None),
    ("decade", None),
    // possessives and apostrophes
    ("Moscow’s", None),
    ("Moscow's ", None),
    ("Minsk’s closeness", None),
    ("Lukashenka's", None),
    ("Belarus’s", None),
    ("won’t", None),
    ("it's", None),
    // diacritics and case
    ("Lukashénka", None),
    ("ŁUKAŠENKA ", None),
    ("Łukašenko", None),
    ("MOSCOW", None),
    ("Straße", None),
    // acronyms, numbers, exclusions, limits
    ("CSTO’s", None),
    ("csto ", None),
    ("collective security", None),
    ("Eurasian Economic", None),
    ("U.S. sanctions", None),
    ("US", None),
    ("10,000", None),
    ("$630 million", None),
    ("2020 elections -protests", None),
    ("Russia -Moscow -Putin", None),
    ("-Russia", None),
    ("", None),
    ("  ?! -- \"\" ", None),
    (
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen",
        None,
    ),
    // document filter
    ("Lukashenko ", Some("heritage")),
    ("Lukashenka", Some("rferl")),
    ("sanctions", Some("heritage")),
    ("Minsk", Some("nope")),
];

fn setup() -> (Library, Index) {
    let lib = reader_content::library().expect("curated documents parse");
    let index = Index::from_bytes(&build_index(&lib)).expect("index loads");
    (lib, index)
}

fn render_queries(lib: &Library, index: &Index) -> String {
    let mut out = String::new();
    let queries = relevance_queries()
        .into_iter()
        .map(|q| (q, None))
        .chain(EXTRA_QUERIES.iter().copied());
    for (q, filter) in queries {
        let r = index.search_in(lib, q, filter);
        let _ = writeln!(out, "? {q:?} in {filter:?}");
        out.push_str(&render(&r));
    }
    for w in ["sanctoins", "Msocw", "oli", "Lukashnko", "nucelar", "x"] {
        let _ = writeln!(out, "suggest {w:?} {:?}", index.suggest(w, 5));
    }
    out
}

/// Every distinct whitespace-free word of the documents as written.
fn corpus_words(lib: &Library) -> BTreeSet<String> {
    let mut words = BTreeSet::new();
    for d in &lib.documents {
        for b in &d.blocks {
            let text = b.plain_text();
            for t in analyze(&text) {
                words.insert(text[t.range].to_string());
            }
        }
    }
    words
}

fn render_words(lib: &Library, index: &Index) -> String {
    let mut out = String::new();
    for w in corpus_words(lib) {
        let typed = checksum(render(&index.search(lib, &w)).as_bytes());
        let done = checksum(render(&index.search(lib, &format!("{w} "))).as_bytes());
        let _ = writeln!(out, "{w} {typed:08x} {done:08x}");
    }
    out
}

/// Compares with the expected file (or writes it under `GOLDEN_BLESS`); on a
/// difference, names the first differing lines with the query they belong to.
fn compare(name: &str, actual: &str) {
    let path = format!("{}/tests/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("GOLDEN_BLESS").is_some() {
        std::fs::write(&path, actual).expect("write golden file");
        return;
    }
    let expected = std::fs::read_to_string(&path).expect("golden file exists");
    if expected == actual {
        return;
    }
    let mut report = Vec::new();
    let mut query = "";
    let mut exp = expected.lines();
    for (i, a) in actual.lines().enumerate() {
        if a.starts_with("? ") {
            query = a;
        }
        let e = exp.next().unwrap_or("<end of file>");
        if e != a && report.len() < 10 {
            report.push(format!(
                "line {} ({query}):\n  expected {e}\n  actual   {a}",
                i + 1
            ));
        }
    }
    if report.is_empty() {
        report.push("the expected file has more lines".to_string());
    }
    panic!(
        "search results differ from tests/{name}:\n{}",
        report.join("\n")
    );
}

/// Hyphenated words whose two tokens at one position have the same term.
fn edge_library() -> Library {
    let long = "x".repeat(60);
    let texts = [
        format!("one {long}-y two {long} and {long}-y-z"),
        "\u{345}\u{345}-abc-def then abc-def and \u{345}-Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz-q"
            .to_string(),
        format!("Cold War-style game; war style; the war-style-ish {long}s-{long}"),
    ];
    let blocks = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            Block::new(
                format!("b{i}"),
                BlockKind::Paragraph,
                vec![Inline::Text(t.clone())],
            )
        })
        .collect();
    common::one_document(blocks)
}

fn render_edge(lib: &Library, index: &Index) -> String {
    let long = "x".repeat(60);
    let cut = "x".repeat(48);
    let alphabet = "abcdefghijklmnopqrstuvwxyz".repeat(2);
    let queries = [
        cut.clone(),
        format!("{cut} "),
        format!("\"{cut} y\""),
        format!("\"{long} y\""),
        format!("{long}-y"),
        "abcdef".into(),
        "\"abc def\"".into(),
        "abc".into(),
        "abc-def ".into(),
        "warstyle".into(),
        "\"war style\"".into(),
        "war-style".into(),
        "wars".into(),
        "q".into(),
        format!("\"{cut} q\""),
        format!("\"{alphabet} q\""),
        "abcdefghijklmnopqrstuvw".into(),
    ];
    let mut out = String::new();
    for q in queries {
        let _ = writeln!(out, "? {q:?}");
        out.push_str(&render(&index.search(lib, &q)));
    }
    out
}

#[test]
fn queries_give_the_golden_results() {
    let (lib, index) = setup();
    compare("golden.txt", &render_queries(&lib, &index));
}

#[test]
fn a_prepared_index_gives_the_golden_results() {
    let (lib, index) = setup();
    index.prepare(&lib);
    index.prepare(&lib);
    let rendered = render_queries(&lib, &index);
    if std::env::var_os("GOLDEN_BLESS").is_none() {
        compare("golden.txt", &rendered);
    }
}

#[test]
fn edge_cases_give_the_golden_results() {
    let lib = edge_library();
    let index = Index::from_bytes(&build_index(&lib)).expect("index loads");
    compare("golden-edge.txt", &render_edge(&lib, &index));
}

#[test]
fn searching_another_library_does_not_change_later_results() {
    let (lib, index) = setup();
    // Blocks of another text first (a misuse: results are unspecified, but
    // nothing panics and the tokens kept for them are not reused for `lib`).
    let other = edge_library();
    let queries = [
        "Lukashenko",
        "\"Union State\"",
        "sanctoins",
        "the",
        "Russia",
    ];
    for q in queries {
        let _ = index.search(&other, q);
        let _ = index.search(&Library::default(), q);
    }
    let fresh = Index::from_bytes(&build_index(&lib)).expect("index loads");
    for q in queries.into_iter().chain(["cease-fire"]) {
        assert_eq!(index.search(&lib, q), fresh.search(&lib, q), "{q}");
    }
}

#[test]
fn every_corpus_word_gives_the_golden_results() {
    let (lib, index) = setup();
    compare("golden-words.txt", &render_words(&lib, &index));
}

/// The app searches without snippets and makes them for the hits it shows: that must give
/// exactly what `search` gives, for every golden query.
#[test]
fn snippets_made_later_equal_the_searchs_own() {
    let (lib, index) = setup();
    let queries = relevance_queries()
        .into_iter()
        .chain(EXTRA_QUERIES.iter().map(|(q, _)| *q));
    let mut checked = 0;
    for q in queries {
        let full = index.search(&lib, q);
        let bare = index.search_without_snippets(&lib, q);
        assert_eq!(full.hits.len(), bare.hits.len(), "{q}");
        assert_eq!(
            (&full.counts, &full.notice, &full.suggestions),
            (&bare.counts, &bare.notice, &bare.suggestions),
            "{q}"
        );
        for (f, b) in full.hits.iter().zip(&bare.hits) {
            assert!(
                b.snippet.is_empty() && b.snippet_highlights.is_empty(),
                "{q}"
            );
            assert_eq!(
                (&f.block_id, f.score, f.match_kind, &f.block_highlights),
                (&b.block_id, b.score, b.match_kind, &b.block_highlights),
                "{q}"
            );
            let (doc, i) = lib.find_block(&b.block_id).expect("block");
            let (snippet, hl) = reader_search::snippet::make_snippet(
                &doc.blocks[i].plain_text(),
                &b.block_highlights,
                reader_search::snippet::SNIPPET_WORDS,
            );
            assert_eq!(
                (&snippet, &hl),
                (&f.snippet, &f.snippet_highlights),
                "{q}: {}",
                b.block_id
            );
            checked += 1;
        }
    }
    assert!(checked > 500, "only {checked} hits compared");
}
