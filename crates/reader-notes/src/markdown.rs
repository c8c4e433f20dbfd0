//! Export as Markdown, one file per document: a heading with the document's title, then
//! each highlight: the quoted words as a block quote, the note (line breaks kept), the
//! citation (`reader_cite`, in the style the reader chose, accessed on the day of the export)
//! and the quote link (`reader_route`) that opens the reader at those words.
//!
//! Everything from the reader or the texts is escaped (CommonMark backslash escapes), so a
//! note holding Markdown or HTML is shown as the characters typed, never as a link, an image
//! or markup.

use reader_cite::{cite, CiteError, Link, Style, Work};
use reader_model::Document;

use crate::{Annotation, ExportContext};

/// The Markdown export of `annotations` of `doc` (others and deleted ones are left out), in
/// the order given, with citations in `style`.
pub fn export_markdown(
    doc: &Document,
    annotations: &[&Annotation],
    style: Style,
    ctx: &ExportContext,
) -> Result<String, CiteError> {
    let work = Work::from_document(doc)?;
    let mut s = String::from("# Highlights and notes: ");
    let title = doc.title.value.trim();
    // A title the editors supplied is in square brackets, as in the citations.
    match doc.title.editorial {
        true => s.push_str(&escape_markdown(&format!("[{title}]"))),
        false => s.push_str(&escape_markdown(title)),
    }
    s.push_str("\n\nExported from Belarus Reader on ");
    s.push_str(&ctx.now.to_iso()[..10]);
    s.push_str(".\n");
    let mine = annotations
        .iter()
        .filter(|a| a.is_live() && a.document == doc.id);
    for (n, a) in mine.enumerate() {
        let url = crate::quote_link(ctx.base, a);
        s.push_str(&format!("\n## {}. {} highlight", n + 1, a.colour.label()));
        if !a.note.is_empty() {
            s.push_str(" with a note");
        }
        s.push_str("\n\n");
        for line in a.quote.exact.split('\n') {
            s.push_str("> “");
            s.push_str(&escape_markdown(line));
            s.push_str("”\n");
        }
        if !a.note.is_empty() {
            s.push('\n');
            note(&a.note, &mut s);
        }
        let link = Link {
            url: &url,
            accessed: ctx.now.day(),
        };
        s.push('\n');
        citation(&cite(&work, style, &link).text, &url, &mut s);
        s.push_str("\n\n[Open these words in Belarus Reader](<");
        s.push_str(&link_target(&url));
        s.push_str(">)\n");
    }
    Ok(s)
}

/// The citation's text escaped, but for its URL (the quote link), which becomes an autolink.
fn citation(text: &str, url: &str, s: &mut String) {
    match text.split_once(url) {
        Some((before, after)) => {
            s.push_str(&escape_markdown(before));
            s.push('<');
            s.push_str(&link_target(url));
            s.push('>');
            s.push_str(&escape_markdown(after));
        }
        None => s.push_str(&escape_markdown(text)),
    }
}

/// The note's lines, each ending in a hard line break (`\`) when another follows, blank
/// lines kept as paragraph breaks.
fn note(text: &str, s: &mut String) {
    let lines: Vec<&str> = text.split('\n').collect();
    for (i, line) in lines.iter().enumerate() {
        s.push_str(&escape_markdown(line));
        let next_blank = lines.get(i + 1).is_none_or(|l| l.trim().is_empty());
        if !next_blank && !line.trim().is_empty() {
            s.push('\\');
        }
        s.push('\n');
    }
}

/// `line` with every character Markdown could read as markup escaped: all ASCII
/// punctuation that starts or ends an inline construct, and what starts a block at the
/// start of a line (`#`, `-`, `+`, `=`, a number followed by `.` or `)`); leading spaces
/// become no-break spaces, so no line becomes a code block.
///
/// ```
/// # use reader_notes::escape_markdown;
/// assert_eq!(escape_markdown("[x](javascript:alert(1)) <b>&amp;"),
///            "\\[x\\]\\(javascript:alert\\(1\\)\\) \\<b\\>\\&amp;");
/// assert_eq!(escape_markdown("# 1. - U.S."), "\\# 1. - U.S.");
/// assert_eq!(escape_markdown("1. first"), "1\\. first");
/// ```
pub fn escape_markdown(line: &str) -> String {
    let mut s = String::with_capacity(line.len() + 8);
    let trimmed = line.trim_start_matches(' ');
    for _ in 0..line.len() - trimmed.len() {
        s.push('\u{a0}');
    }
    let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
    for (i, c) in trimmed.char_indices() {
        let at_start = i == 0 && matches!(c, '#' | '-' | '+' | '=');
        let list_number = i == digits && digits > 0 && matches!(c, '.' | ')');
        let inline = matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '(' | ')' | '<' | '>' | '&' | '!' | '|' | '~'
        );
        if at_start || list_number || inline {
            s.push('\\');
        }
        s.push(c);
    }
    s
}

/// A URL for a link destination in angle brackets: nothing in it may end it.
fn link_target(url: &str) -> String {
    let mut s = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            '<' => s.push_str("%3C"),
            '>' => s.push_str("%3E"),
            ' ' => s.push_str("%20"),
            '\\' => s.push_str("%5C"),
            c if c.is_control() => {}
            c => s.push(c),
        }
    }
    s
}
