//! Curated sources that break the format are rejected with the line at fault.

use reader_content::parse_document;

const FRONT: &str = "---\nid: t\nshort_name: T\ntitle: T\nauthor: A\npublisher: P\nkind: K\n---\n";

fn error(body: &str) -> (usize, String) {
    let err = parse_document(&format!("{FRONT}{body}")).unwrap_err();
    assert_eq!(err.document(), "t");
    (err.line(), err.message().to_string())
}

#[test]
fn unknown_markers_and_markdown_are_rejected() {
    assert_eq!(error("\nText.\n\n<!-- sidebar -->\nMore.\n").0, 12);
    assert!(error("\n[a link](http://example.org)\n")
        .1
        .starts_with("unsupported Markdown: Link"));
    assert_eq!(error("\n1. one\n").0, 10);
    assert_eq!(
        error("\n<!-- caption -->\n## Heading\n").1,
        "Caption marker must be followed by a paragraph"
    );
    assert_eq!(
        error("\n<!-- caption -->\n").1,
        "Caption marker at the end of the document"
    );
}

#[test]
fn footnotes_must_run_in_order() {
    let (line, message) = error("\nOne.[^1] Two.[^3]\n");
    assert_eq!(line, 10);
    assert!(message.contains("[^3] where [^2] is expected"), "{message}");
    assert!(error("\nOne.[^x]\n").1.contains("not a number"));
}

#[test]
fn front_matter_problems_name_their_line() {
    let err = parse_document(
        "---\nid: t\nshort_name: T\ntitle: T\nauthor: A\npublisher: P\nkind: K\ncolour: red\n---\n",
    )
    .unwrap_err();
    assert_eq!(
        (err.line(), err.message()),
        (8, "unknown front-matter key `colour`")
    );
    let err = parse_document("---\nid: t\nshort_name: T\ntitle: T\nauthor: A\npublisher: P\n---\n")
        .unwrap_err();
    assert_eq!(
        (err.line(), err.message()),
        (1, "front matter lacks `kind`")
    );
    let err = parse_document("---\nid: t\nid: u\n---\n").unwrap_err();
    assert_eq!(
        (err.line(), err.message()),
        (3, "front-matter key `id` repeats line 2")
    );
    let err = parse_document("---\nid: Not An Id\n---\n").unwrap_err();
    assert_eq!(err.line(), 2);
    let err =
        parse_document(&FRONT.replace("kind: K", "kind: K\ndate_editorial: maybe")).unwrap_err();
    assert_eq!(
        (err.line(), err.message()),
        (8, "`maybe` is not `true` or `false`")
    );
    let err = parse_document("Just text.\n").unwrap_err();
    assert_eq!(
        err.to_string(),
        "document, line 1: missing front matter: the source must start with a `---` line"
    );
}

#[test]
fn library_errors_name_the_source_file() {
    // The embedded sources are fine; an error would carry the path, e.g.
    // "content/heritage.md, line 12: ...". Check the Display shape here.
    let err = parse_document(&format!("{FRONT}\n> quote\n")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "t, line 10: unsupported Markdown: BlockQuote(None)"
    );
    assert!(reader_content::library().is_ok());
}

#[test]
fn an_empty_front_matter_does_not_swallow_the_body() {
    let err = parse_document("---\n---\n\nText.\n").unwrap_err();
    assert_eq!(err.line(), 1);
    assert!(err.message().contains("front matter"), "{err}");
}
