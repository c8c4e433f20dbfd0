//! The JSON, Markdown and CSV writers against golden files, checked by hand once (see
//! `tests/golden/`); `UPDATE_GOLDEN=1 cargo test -p reader-notes --test golden` rewrites
//! them after a deliberate change, to be read again before committing.
//!
//! The set: three highlights on both documents (a note with line breaks, a highlight alone,
//! a note holding injection payloads) and a deleted one, which no export shows.

mod support;

use std::path::PathBuf;

use reader_cite::Style;
use reader_notes::{export_csv, export_json, export_markdown, Annotation, Colour, Notes};
use support::*;

pub const PAYLOAD: &str =
    "<script>alert(1)</script> =SUM(A1) [x](javascript:alert(1)) **bold** & \"quoted\", ok";

fn set() -> (reader_model::Library, Notes) {
    let library = library();
    let mut notes = Notes::new();
    let mut a = highlight(&library, "rferl", "will again exchange ambassadors", 1);
    a.set_note(
        "After more than a decade.\nWhen exactly?\n\nSee the Heritage report.",
        at(10),
    )
    .unwrap();
    notes.merge(a);
    let mut b = highlight(&library, "rferl", "Washington’s renewed engagement", 2);
    b.set_colour(Colour::Green, at(3));
    notes.merge(b);
    let mut c = highlight(&library, "heritage", "Belarus scores quite low", 3);
    c.set_colour(Colour::Pink, at(4));
    c.set_note(PAYLOAD, at(5)).unwrap();
    notes.merge(c);
    let mut d: Annotation = highlight(&library, "heritage", "close economic, military", 4);
    d.delete(at(6));
    notes.merge(d);
    (library, notes)
}

fn check(name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == actual,
        "{name} differs from its golden file; got:\n{actual}"
    );
}

#[test]
fn json_export_is_the_golden_web_annotation_collection() {
    let (library, notes) = set();
    let json = export_json(&notes.in_document_order(&library), &ctx());
    check("export.json", &json);

    // A JSON parser reads it, with the Web Annotation model's shape.
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["@context"][0], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(v["type"], "AnnotationCollection");
    assert_eq!(v["total"], 3);
    assert_eq!(v["first"]["type"], "AnnotationPage");
    let items = v["first"]["items"].as_array().unwrap();
    assert_eq!(items.len(), 3);
    for item in items {
        assert_eq!(item["type"], "Annotation");
        assert!(item["id"].as_str().unwrap().starts_with("urn:uuid:"));
        assert!(item["target"]["source"].as_str().unwrap().starts_with(BASE));
        assert_eq!(item["target"]["selector"][0]["type"], "TextQuoteSelector");
        assert_eq!(
            item["target"]["selector"][1]["type"],
            "TextPositionSelector"
        );
    }
    assert_eq!(items[1]["motivation"], "highlighting");
    assert!(items[1].get("body").is_none());
    // The payload is data: the same characters back, never markup in the file.
    assert_eq!(items[2]["body"]["value"], PAYLOAD);
    assert!(!json.contains("<script>"));
}

#[test]
fn markdown_export_is_golden_per_document() {
    let (library, notes) = set();
    let listed = notes.in_document_order(&library);
    for doc in ["rferl", "heritage"] {
        let d = library.document(doc).unwrap();
        let md = export_markdown(d, &listed, Style::ChicagoNote, &ctx()).unwrap();
        check(&format!("{doc}.md"), &md);
        // Only this document's highlights, deleted ones left out.
        assert!(!md.contains("close economic"));
    }
    let md = export_markdown(
        library.document("heritage").unwrap(),
        &listed,
        Style::Apa,
        &ctx(),
    )
    .unwrap();
    // The payload cannot become a link, an image, HTML or emphasis.
    assert!(md.contains(r"\<script\>alert\(1\)\</script\> =SUM\(A1\) \[x\]\(javascript:alert\(1\)\) \*\*bold\*\* \& "));
    assert!(!md.contains("](javascript"));

    // A CommonMark parser sees the note as text: no HTML, no emphasis, and only the
    // reader's own links (to itself).
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut paragraphs = vec![String::new()];
    for event in Parser::new(&md) {
        match event {
            Event::Html(h) | Event::InlineHtml(h) => panic!("HTML in the Markdown: {h}"),
            Event::Start(Tag::Emphasis | Tag::Strong | Tag::Image { .. }) => {
                panic!("markup from a note")
            }
            Event::Start(Tag::Link { dest_url, .. }) => assert!(dest_url.starts_with(BASE)),
            Event::Text(t) => paragraphs.last_mut().unwrap().push_str(&t),
            Event::End(TagEnd::Paragraph) => paragraphs.push(String::new()),
            _ => {}
        }
    }
    assert!(paragraphs.iter().any(|p| p == PAYLOAD), "{paragraphs:#?}");
}

#[test]
fn csv_export_is_golden_and_spreadsheet_safe() {
    let (library, notes) = set();
    let csv = export_csv(&notes.in_document_order(&library), &ctx());
    check("export.csv", &csv);
    let rows = parse_csv(&csv);
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0][0], "document");
    assert!(rows.iter().all(|r| r.len() == 10));
    // The note with line breaks is one field, the formula one starts with a quote mark.
    assert_eq!(
        rows[1][4],
        "After more than a decade.\nWhen exactly?\n\nSee the Heritage report."
    );
    assert_eq!(rows[3][4], PAYLOAD);
    let guarded = export_csv_note("=1+1");
    assert_eq!(guarded, "'=1+1");
    for start in ["+", "-", "@", "\t"] {
        assert!(export_csv_note(&format!("{start}x")).starts_with('\''));
    }
}

/// The note column of a one-row export of a highlight with `note`.
fn export_csv_note(note: &str) -> String {
    let library = library();
    let mut a = highlight(&library, "rferl", "will again exchange ambassadors", 1);
    a.set_note(note, at(2)).unwrap();
    parse_csv(&export_csv(&[&a], &ctx()))[1][4].clone()
}

/// An RFC 4180 reader for the tests: CRLF rows, quoted fields with doubled quotes.
fn parse_csv(s: &str) -> Vec<Vec<String>> {
    let mut rows = vec![];
    let mut row = vec![];
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "rows end in CRLF");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(
        field.is_empty() && row.is_empty(),
        "the last row ends in CRLF"
    );
    rows
}
