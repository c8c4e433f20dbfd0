//! Keeps the app free of HTML built from strings: every text (queries, URL fragments, document
//! text) must reach the page through Yew's escaping or DOM text nodes. The JavaScript the app
//! carries inline (`#[wasm_bindgen(inline_js)]`) is checked too, by its own spellings.

use std::fs;
use std::path::Path;

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

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_html_strings_in_the_app() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 5, "found the app sources");
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
