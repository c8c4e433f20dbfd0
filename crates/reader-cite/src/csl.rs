//! CSL-JSON export (the Citation Style Language's input format, read by Zotero, Pandoc and
//! citeproc processors): an array of one item, written by hand (no serde in the WASM).
//!
//! Types: `article-newspaper` for news, `report` (with the kind as `genre`) for reports,
//! `webpage` otherwise. Dates as `date-parts`; the access date as `accessed`; what the editors
//! supplied in `note` (CSL has no field that marks a date as inferred; the bracketed title
//! stays bracketed).

use crate::{Kind, Link, Work};

/// The item, as a JSON array of one object, one member a line.
pub(crate) fn item(work: &Work, link: &Link) -> String {
    let mut s = String::from("[\n  {\n");
    let mut first = true;
    let mut member = |s: &mut String, name: &str| {
        if !first {
            s.push_str(",\n");
        }
        first = false;
        s.push_str("    \"");
        s.push_str(name);
        s.push_str("\": ");
    };
    member(&mut s, "id");
    string(&crate::key(work), &mut s);
    member(&mut s, "type");
    string(
        match work.kind {
            Kind::News => "article-newspaper",
            Kind::Report => "report",
            Kind::WebPage => "webpage",
        },
        &mut s,
    );
    member(&mut s, "title");
    string(&work.shown_title(), &mut s);
    if !work.authors.is_empty() {
        member(&mut s, "author");
        s.push('[');
        for (i, n) in work.authors.iter().enumerate() {
            s.push_str(if i == 0 {
                "{\"family\": "
            } else {
                ", {\"family\": "
            });
            string(&n.family, &mut s);
            s.push_str(", \"given\": ");
            string(&n.given, &mut s);
            s.push('}');
        }
        s.push(']');
    }
    match work.kind {
        Kind::News => {
            member(&mut s, "container-title");
            string(&work.publisher, &mut s);
        }
        Kind::Report => {
            member(&mut s, "genre");
            string(&work.kind_label, &mut s);
        }
        Kind::WebPage => {}
    }
    member(&mut s, "publisher");
    string(&work.publisher, &mut s);
    if let Some(d) = &work.date {
        member(&mut s, "issued");
        let parts: Vec<u16> = [Some(d.year), d.month.map(u16::from), d.day.map(u16::from)]
            .into_iter()
            .map_while(|p| p)
            .collect();
        date_parts(&parts, &mut s);
    }
    member(&mut s, "URL");
    string(link.url, &mut s);
    member(&mut s, "accessed");
    let a = link.accessed;
    date_parts(&[a.year, a.month.into(), a.day.into()], &mut s);
    if let Some(note) = work.editors_note() {
        member(&mut s, "note");
        string(note, &mut s);
    }
    s.push_str("\n  }\n]\n");
    s
}

/// `{"date-parts": [[2019, 9]]}`.
fn date_parts(parts: &[u16], s: &mut String) {
    s.push_str("{\"date-parts\": [[");
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&p.to_string());
    }
    s.push_str("]]}");
}

/// Appends `text` as a JSON string: quotes, backslashes and control characters escaped, and
/// `<`, `>`, `&`, U+2028 and U+2029 too, so the JSON is also safe inside a `<script>` element
/// and in JavaScript source.
///
/// ```
/// let mut s = String::new();
/// reader_cite::json_string("a\"b\\c\n</script>\u{1}", &mut s);
/// assert_eq!(s, r#""a\"b\\c\n\u003c/script\u003e\u0001""#);
/// ```
pub fn string(text: &str, s: &mut String) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    s.push('"');
    for c in text.chars() {
        match c {
            '"' => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            '\n' => s.push_str("\\n"),
            '\r' => s.push_str("\\r"),
            '\t' => s.push_str("\\t"),
            c if (c as u32) < 0x20 || matches!(c, '<' | '>' | '&' | '\u{2028}' | '\u{2029}') => {
                let n = c as u32;
                s.push_str("\\u");
                for shift in [12, 8, 4, 0] {
                    s.push(HEX[(n >> shift & 15) as usize] as char);
                }
            }
            c => s.push(c),
        }
    }
    s.push('"');
}
