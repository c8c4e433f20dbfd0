//! Every style, export and "Copy quote" text for a passage and for a selection of each
//! document, against the files in `tests/golden/`. `BLESS=1 cargo test -p reader-cite --test
//! golden` rewrites them; check the changes by hand against the styles' rules.

mod support;

use std::ops::Range;

use reader_cite::{bibtex, cite, copy_quote, csl_json, ris, Link, Style, Work};
use reader_model::Block;
use support::*;

/// Everything cited for `block` (the quote `range` of it) at `url`, as one text.
fn render(work: &Work, block: &Block, range: Range<usize>, url: &str) -> String {
    let link = Link {
        url,
        accessed: today(),
    };
    let mut s = String::new();
    let mut section = |name: &str, body: &str| {
        s.push_str("== ");
        s.push_str(name);
        s.push_str(" ==\n");
        s.push_str(body.trim_end_matches('\n'));
        s.push_str("\n\n");
    };
    for style in Style::ALL {
        let c = cite(work, style, &link);
        section(&(style.name().to_string() + ": text"), &c.text);
        section(&(style.name().to_string() + ": html"), &c.html);
    }
    section("BibTeX", &bibtex(work, &link));
    section("RIS", &ris(work, &link));
    section("CSL-JSON", &csl_json(work, &link));
    for style in Style::ALL {
        let c = copy_quote(work, block, range.clone(), style, &link).unwrap();
        section(
            &("Copy quote, ".to_string() + style.name() + ": text"),
            &c.text,
        );
        section(
            &("Copy quote, ".to_string() + style.name() + ": html"),
            &c.html,
        );
    }
    s
}

fn check(name: &str, actual: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name.to_string() + ".txt");
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == actual,
        "{} differs (BLESS=1 to rewrite, then check by hand):\n{actual}",
        path.display()
    );
}

/// The passage and selection of each document: (document, passage start, selected words).
const CASES: [(&str, &str, &str); 2] = [
    (
        "rferl",
        "Belarusian President Alyaksandr Lukashenka and others",
        "“want to preserve a modicum of sovereignty. And so, engaging them rather than pushing \
         them away and refusing to talk is really the only way you can do that,”",
    ),
    (
        "heritage",
        "In terms of press freedom",
        "designating it as a “mostly unfree nation.”",
    ),
];

#[test]
fn golden_citations() {
    let library = library();
    for (doc, start, words) in CASES {
        let work = work(&library, doc);
        let block = block(&library, doc, start);
        let whole = 0..block.text().chars().count();
        check(
            &(doc.to_string() + "-passage"),
            &render(&work, block, whole, &passage_url(block)),
        );
        let range = range_of(block, words);
        check(
            &(doc.to_string() + "-selection"),
            &render(&work, block, range.clone(), &quote_url(block, range)),
        );
    }
}
