//! Export as CSV (RFC 4180): a header row, then one row per highlight; CRLF between rows;
//! a field is quoted when it holds a comma, a quotation mark (doubled) or a line break.
//!
//! Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage
//! return) as a formula; such a cell gets a leading `'`, so a note like `=HYPERLINK(…)` stays
//! text when the file is opened (the OWASP advice on CSV injection).

use crate::{quote_link, Annotation, ExportContext};

/// The columns.
const HEADER: [&str; 10] = [
    "document", "passage", "colour", "quote", "note", "created", "modified", "link", "id",
    "edition",
];

/// The CSV export of `annotations` (deleted ones left out), in the order given.
pub fn export_csv(annotations: &[&Annotation], ctx: &ExportContext) -> String {
    let mut s = String::new();
    row(&mut s, HEADER.iter().map(|h| h.to_string()));
    for a in annotations.iter().filter(|a| a.is_live()) {
        row(
            &mut s,
            [
                a.document.clone(),
                a.passage.clone(),
                a.colour.name().to_string(),
                a.quote.exact.clone(),
                a.note.clone(),
                a.created.to_iso(),
                a.modified.to_iso(),
                quote_link(ctx.base, a),
                a.id.to_string(),
                a.edition.clone(),
            ]
            .into_iter(),
        );
    }
    s
}

fn row(s: &mut String, fields: impl Iterator<Item = String>) {
    for (i, f) in fields.enumerate() {
        if i > 0 {
            s.push(',');
        }
        csv_field(&f, s);
    }
    s.push_str("\r\n");
}

/// Appends one field, guarded and quoted as the module documentation says.
///
/// ```
/// let mut s = String::new();
/// reader_notes::csv_field("=HYPERLINK(\"http://x\")", &mut s);
/// assert_eq!(s, "\"'=HYPERLINK(\"\"http://x\"\")\"");
/// ```
pub fn csv_field(value: &str, s: &mut String) {
    let guard = value.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = value.contains([',', '"', '\n', '\r']);
    if quote {
        s.push('"');
    }
    if guard {
        s.push('\'');
    }
    for c in value.chars() {
        if c == '"' {
            s.push('"');
        }
        s.push(c);
    }
    if quote {
        s.push('"');
    }
}
