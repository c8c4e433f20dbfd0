//! BibTeX export: `@article` for news, `@techreport` for reports, `@misc` otherwise (types
//! classic BibTeX knows, and biblatex too), with biblatex's `url` and `urldate` fields.
//!
//! Text fields are escaped for LaTeX (`\ { } $ & % # _ ^ ~`) and titles and organizations are
//! double-braced so styles keep their capitals. Non-ASCII text is kept as UTF-8 (biber and
//! modern BibTeX read it). The URL is kept as written (the `url` field is read verbatim),
//! except that braces, backslashes and whitespace, which would break the entry, are
//! percent-encoded.

use crate::date::two_digits;
use crate::{Kind, Link, Work};

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// The entry, one field a line.
pub(crate) fn entry(work: &Work, link: &Link) -> String {
    let mut s = String::from(match work.kind {
        Kind::News => "@article{",
        Kind::Report => "@techreport{",
        Kind::WebPage => "@misc{",
    });
    s.push_str(&crate::key(work));
    s.push_str(",\n");
    if !work.authors.is_empty() {
        let names: Vec<String> = work.authors.iter().map(|n| n.inverted()).collect();
        field(&mut s, "author", &names.join(" and "), false);
    }
    field(&mut s, "title", &work.shown_title(), true);
    match work.kind {
        Kind::News => field(&mut s, "journal", &work.publisher, true),
        Kind::Report => {
            field(&mut s, "institution", &work.publisher, true);
            field(&mut s, "type", &work.kind_label, false);
        }
        Kind::WebPage => field(&mut s, "publisher", &work.publisher, true),
    }
    if let Some(d) = &work.date {
        field(&mut s, "year", &d.year.to_string(), false);
        if let Some(m) = d.month {
            // A month macro, unbraced, so styles write the month their way.
            s.push_str("  month = ");
            s.push_str(MONTHS[m as usize - 1]);
            s.push_str(",\n");
        }
    }
    s.push_str("  url = {");
    for c in link.url.chars() {
        match c {
            '{' => s.push_str("%7B"),
            '}' => s.push_str("%7D"),
            '\\' => s.push_str("%5C"),
            c if c.is_whitespace() => s.push_str("%20"),
            c => s.push(c),
        }
    }
    s.push_str("},\n");
    let mut urldate = link.accessed.year.to_string();
    for n in [link.accessed.month, link.accessed.day] {
        urldate.push('-');
        two_digits(n, &mut urldate);
    }
    field(&mut s, "urldate", &urldate, false);
    if let Some(note) = work.editors_note() {
        field(&mut s, "note", note, false);
    }
    s.push_str("}\n");
    s
}

/// `  name = {value},` with `value` escaped; `protect` adds inner braces (keep capitals).
fn field(s: &mut String, name: &str, value: &str, protect: bool) {
    s.push_str("  ");
    s.push_str(name);
    s.push_str(if protect { " = {{" } else { " = {" });
    escape(value, s);
    s.push_str(if protect { "}},\n" } else { "},\n" });
}

/// Appends `text` with LaTeX's special characters escaped; line breaks become spaces.
///
/// ```
/// let mut s = String::new();
/// reader_cite::escape_bibtex("50% & {x}_1 #2 $3 ^ ~ \\", &mut s);
/// assert_eq!(s, r"50\% \& \{x\}\_1 \#2 \$3 \^{} \~{} \textbackslash{}");
/// ```
pub fn escape(text: &str, s: &mut String) {
    for c in text.chars() {
        match c {
            '\\' => s.push_str("\\textbackslash{}"),
            '{' | '}' | '$' | '&' | '%' | '#' | '_' => {
                s.push('\\');
                s.push(c);
            }
            '^' => s.push_str("\\^{}"),
            '~' => s.push_str("\\~{}"),
            '\n' | '\r' | '\t' => s.push(' '),
            c => s.push(c),
        }
    }
}
