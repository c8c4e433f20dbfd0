//! Keeps the app free of HTML built from strings: every text (queries, URL fragments, document
//! text) must reach the page through Yew's escaping or DOM text nodes. The app's JavaScript
//! modules (`src/js/*.js`, bound with `#[wasm_bindgen(module = ...)]`) are checked too, by
//! their own spellings.

use std::fs;
use std::path::Path;

mod support;
use support::files_with;

const FORBIDDEN: &[&str] = &[
    "inner_html",
    "outer_html",
    "from_html_unchecked",
    "insert_adjacent_html",
    "innerHTML",
    "outerHTML",
    "insertAdjacentHTML",
    "createContextualFragment",
    "DOMParser",
    "document.write",
    "eval(",
];

#[test]
fn no_html_strings_in_the_app() {
    let mut files = Vec::new();
    files_with(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &["rs", "js"],
        &mut files,
    );
    assert!(files.len() > 5, "found the app sources");
    assert!(
        files
            .iter()
            .any(|f| f.extension().is_some_and(|e| e == "js")),
        "found the app's JavaScript modules"
    );
    let mut offences = Vec::new();
    for f in &files {
        let text = fs::read_to_string(f).unwrap();
        for (n, line) in text.lines().enumerate() {
            for bad in FORBIDDEN {
                if line.contains(bad) {
                    offences.push(format!("{}:{}: {}", f.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        offences.is_empty(),
        "HTML built from strings:\n{}",
        offences.join("\n")
    );
}

#[test]
fn the_check_catches_an_offence() {
    for line in ["el.set_inner_html(&query);", "  li.innerHTML = text;"] {
        assert!(FORBIDDEN.iter().any(|b| line.contains(b)), "{line}");
    }
}
