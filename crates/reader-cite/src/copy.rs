//! "Copy quote": the quoted words in quotation marks, then the citation, then the quote link,
//! as plain text and as HTML, for the clipboard.
//!
//! The quoted span is given as a character range of the block's plain text
//! (`Block::text`, the text `reader_quote` anchors in), and the words are taken from the
//! block's inlines, so the model, not the page, decides what was quoted: footnote references
//! inside the span keep their numbers ("[2]" in the text, a superscript in the HTML),
//! emphasis and bold stay in the HTML, and quotation marks inside the quote become single
//! ones (American usage: double outside, single inside).
//!
//! A footnote reference stands right after the text it supports, so it belongs to a quote
//! that ends at or after it and starts before it.

use std::ops::Range;

use reader_model::{Block, Inline};

use crate::out::Out;
use crate::{cite, CiteError, Cited, Link, Style, Work};

/// The quote, the citation in `style` and the link, each on its own line (a paragraph each in
/// the HTML). `chars` is a character range of `block.text()`.
pub fn copy_quote(
    work: &Work,
    block: &Block,
    chars: Range<usize>,
    style: Style,
    link: &Link,
) -> Result<Cited, CiteError> {
    let mut o = Out::default();
    o.tag("<p>");
    o.put("“");
    quoted(block, chars, &mut o)?;
    o.put("”");
    o.tag("</p>\n<p>");
    o.text_only("\n");
    let citation = cite(work, style, link);
    o.text_only(&citation.text);
    o.tag(&citation.html);
    o.tag("</p>\n<p>");
    o.text_only("\n");
    o.link(link.url, link.url);
    o.tag("</p>");
    Ok(o.finish())
}

/// Writes the words of `block` in `chars`, with footnote numbers and inner quotes turned single.
fn quoted(block: &Block, chars: Range<usize>, o: &mut Out) -> Result<(), CiteError> {
    let len = block.text().chars().count();
    if chars.start >= chars.end || chars.end > len {
        return Err(CiteError::BadRange {
            start: chars.start,
            end: chars.end,
            len,
        });
    }
    let mut at = 0;
    let mut prev = ' ';
    for inline in &block.inlines {
        let (open, close, text) = match inline {
            Inline::Text(t) => ("", "", t),
            Inline::Emphasis(t) => ("<em>", "</em>", t),
            Inline::Strong(t) => ("<strong>", "</strong>", t),
            Inline::NoteRef(n) => {
                if chars.start < at && at <= chars.end {
                    let n = n.to_string();
                    o.text_only("[");
                    o.text_only(&n);
                    o.text_only("]");
                    o.tag("<sup>");
                    o.tag(&n);
                    o.tag("</sup>");
                }
                continue;
            }
        };
        let count = text.chars().count();
        let (from, to) = (chars.start.max(at), chars.end.min(at + count));
        if from < to {
            let mut words = String::new();
            for c in text.chars().skip(from - at).take(to - from) {
                words.push(single(c, prev));
                prev = c;
            }
            o.tag(open);
            o.put(&words);
            o.tag(close);
        }
        at += count;
    }
    Ok(())
}

/// The single quotation mark for a double one inside a quote; a straight `"` opens after a
/// space or an opening bracket and closes otherwise.
fn single(c: char, prev: char) -> char {
    match c {
        '“' => '‘',
        '”' => '’',
        '"' if prev.is_whitespace() || matches!(prev, '(' | '[' | '—' | '-') => '‘',
        '"' => '’',
        c => c,
    }
}
