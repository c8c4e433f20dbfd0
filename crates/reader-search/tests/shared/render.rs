//! How the golden test renders a search's results as text: every field, one hit per line,
//! the first snippets in full and the rest as checksums. Included by path (`#[path]`) from
//! `tests/golden.rs`.

use std::fmt::Write as _;
use std::ops::Range;

use reader_search::format::checksum;
use reader_search::{QueryNotice, SearchResults, MAX_QUERY_WORDS};
use reader_text::MAX_QUERY_CHARS;

pub fn ranges(r: &[Range<usize>]) -> String {
    let v: Vec<String> = r
        .iter()
        .map(|r| format!("{}..{}", r.start, r.end))
        .collect();
    v.join(",")
}

/// The snippet with its highlights in brackets.
pub fn marked(snippet: &str, hl: &[Range<usize>]) -> String {
    let mut out = String::new();
    let mut at = 0;
    for r in hl {
        out.push_str(&snippet[at..r.start]);
        out.push('[');
        out.push_str(&snippet[r.clone()]);
        out.push(']');
        at = r.end;
    }
    out.push_str(&snippet[at..]);
    out
}

/// Hits rendered one per line; the others are pinned by one checksum.
const SHOWN_HITS: usize = 12;

/// Every field of the results, one hit per line; the first three snippets in
/// full, the others and the headings as checksums.
pub fn render(r: &SearchResults) -> String {
    let mut s = String::new();
    let counts: Vec<String> = r.counts.iter().map(|(d, n)| format!("{d}={n}")).collect();
    let _ = writeln!(s, "counts {}", counts.join(" "));
    if let Some(n) = &r.notice {
        let n = match n {
            QueryNotice::CutToChars => format!("Query cut to {MAX_QUERY_CHARS} characters"),
            QueryNotice::CutToWords => format!("Query cut to {MAX_QUERY_WORDS} words"),
        };
        let _ = writeln!(s, "notice {n}");
    }
    if !r.suggestions.is_empty() {
        let _ = writeln!(s, "suggestions {}", r.suggestions.join(" "));
    }
    let mut more = String::new();
    for (i, h) in r.hits.iter().enumerate() {
        let heading = h.heading.as_deref().map_or("-".to_string(), |t| {
            format!("{:08x}", checksum(t.as_bytes()))
        });
        let line = if i < SHOWN_HITS { &mut s } else { &mut more };
        let _ = writeln!(
            line,
            "hit {}/{} #{} {:?} {:?} hl {} shl {} snip {}:{:08x} head {heading}",
            h.doc_id,
            h.block_id,
            h.block_index,
            h.match_kind,
            h.score,
            ranges(&h.block_highlights),
            ranges(&h.snippet_highlights),
            h.snippet.len(),
            checksum(h.snippet.as_bytes()),
        );
        if i < 3 {
            let _ = writeln!(s, "  {}", marked(&h.snippet, &h.snippet_highlights));
        }
    }
    if r.hits.len() > SHOWN_HITS {
        let n = r.hits.len() - SHOWN_HITS;
        let _ = writeln!(s, "and {n} more hits {:08x}", checksum(more.as_bytes()));
    }
    s
}
