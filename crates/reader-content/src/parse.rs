//! From curated Markdown to a [`Document`]: front matter, blocks, ids, footnotes.

use std::collections::HashMap;
use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use reader_model::{Attributed, Block, BlockKind, Document, Footnote, Inline};

use crate::ContentError;

/// How many words of a block's text make its id.
const SLUG_WORDS: usize = 5;

/// The marker lines that give the next paragraph a kind of its own.
const MARKERS: [(&str, BlockKind); 3] = [
    ("<!-- caption -->", BlockKind::Caption),
    ("<!-- author-note -->", BlockKind::AuthorNote),
    ("<!-- publisher-notice -->", BlockKind::PublisherNotice),
];

/// Parses a whole curated source.
pub(crate) fn document(source: &str) -> Result<Document, ContentError> {
    let mut p = DocParser {
        lines: LineIndex::new(source),
        name: "document".to_string(),
        doc: Document::default(),
        blocks: Vec::new(),
        current: None,
        pending: None,
        style: Style::Text,
        in_list: false,
        in_item: false,
    };
    let options = Options::ENABLE_OLD_FOOTNOTES | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut events = Parser::new_ext(source, options).into_offset_iter();

    match events.next() {
        Some((Event::Start(Tag::MetadataBlock(_)), range)) => {
            let mut text = String::new();
            for (event, _) in events.by_ref() {
                match event {
                    Event::Text(t) => text.push_str(&t),
                    Event::End(TagEnd::MetadataBlock(_)) => break,
                    _ => {}
                }
            }
            p.front_matter(&text, p.lines.line(range.start) + 1)?;
        }
        _ => {
            return Err(p.error(
                0,
                "missing front matter: the source must start with a `---` line",
            ))
        }
    }
    for (event, range) in events {
        p.event(event, range)?;
    }
    if let Some(kind) = p.pending {
        return Err(p.error(
            source.len(),
            format!("{kind:?} marker at the end of the document"),
        ));
    }
    p.finish()
}

/// Which inline style text currently gets.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Text,
    Emphasis,
    Strong,
}

/// A block being read: its kind, the line it starts on and its inlines.
struct Pending {
    kind: BlockKind,
    line: usize,
    inlines: Vec<Inline>,
}

struct DocParser {
    lines: LineIndex,
    /// The document's name in error messages: its id once known.
    name: String,
    doc: Document,
    /// Blocks read so far, with the line each starts on.
    blocks: Vec<(usize, BlockKind, Vec<Inline>)>,
    current: Option<Pending>,
    /// The kind set by a marker line for the next paragraph.
    pending: Option<BlockKind>,
    style: Style,
    in_list: bool,
    in_item: bool,
}

impl DocParser {
    fn error(&self, offset: usize, message: impl Into<String>) -> ContentError {
        ContentError::new(&self.name, self.lines.line(offset), message)
    }

    fn front_matter(&mut self, text: &str, first_line: usize) -> Result<(), ContentError> {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let mut title_editorial = false;
        let mut date_editorial = None;
        for (i, raw) in text.lines().enumerate() {
            let line = first_line + i;
            let err = |name: &str, m: String| ContentError::new(name, line, m);
            if raw.trim().is_empty() {
                continue;
            }
            let Some((key, value)) = raw.split_once(':') else {
                return Err(err(
                    &self.name,
                    format!("front-matter line `{raw}` is not `key: value`"),
                ));
            };
            let (key, value) = (key.trim(), value.trim().to_string());
            if value.is_empty() {
                return Err(err(
                    &self.name,
                    format!("front-matter key `{key}` has no value"),
                ));
            }
            let repeatable = matches!(key, "author" | "note");
            if let Some(first) = seen.insert(key, line) {
                if !repeatable {
                    return Err(err(
                        &self.name,
                        format!("front-matter key `{key}` repeats line {first}"),
                    ));
                }
            }
            match key {
                "id" => {
                    if !value
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                    {
                        return Err(err(
                            &self.name,
                            format!("id `{value}` must be ASCII lowercase letters, digits and `-`"),
                        ));
                    }
                    self.name = value.clone();
                    self.doc.id = value;
                }
                "short_name" => self.doc.short_name = value,
                "title" => self.doc.title.value = value,
                "title_editorial" => {
                    title_editorial = parse_bool(&value).map_err(|m| err(&self.name, m))?
                }
                "author" => self.doc.authors.push(value),
                "publisher" => self.doc.publisher = value,
                "kind" => self.doc.kind = value,
                "date" => {
                    self.doc.date = Some(Attributed {
                        value,
                        editorial: false,
                    })
                }
                "date_editorial" => {
                    date_editorial = Some(parse_bool(&value).map_err(|m| err(&self.name, m))?)
                }
                "note" => self.doc.editorial_notes.push(value),
                _ => return Err(err(&self.name, format!("unknown front-matter key `{key}`"))),
            }
        }
        self.doc.title.editorial = title_editorial;
        match (&mut self.doc.date, date_editorial) {
            (Some(date), Some(editorial)) => date.editorial = editorial,
            (None, Some(_)) => {
                let line = seen["date_editorial"];
                return Err(ContentError::new(
                    &self.name,
                    line,
                    "`date_editorial` without `date`",
                ));
            }
            _ => {}
        }
        for key in ["id", "short_name", "title", "author", "publisher", "kind"] {
            if !seen.contains_key(key) {
                return Err(ContentError::new(
                    &self.name,
                    first_line - 1,
                    format!("front matter lacks `{key}`"),
                ));
            }
        }
        Ok(())
    }

    fn event(&mut self, event: Event<'_>, range: Range<usize>) -> Result<(), ContentError> {
        match event {
            Event::Html(html) => {
                let marker = html.trim();
                let Some(&(_, kind)) = MARKERS.iter().find(|(m, _)| *m == marker) else {
                    return Err(self.error(range.start, format!("unsupported HTML `{marker}` (known markers: `<!-- caption -->`, `<!-- author-note -->`, `<!-- publisher-notice -->`)")));
                };
                if self.pending.is_some() {
                    return Err(self.error(range.start, "two block markers in a row"));
                }
                self.pending = Some(kind);
            }
            Event::Start(Tag::HtmlBlock) | Event::End(TagEnd::HtmlBlock) => {}
            Event::Start(Tag::Heading { .. }) => self.open(BlockKind::Heading, &range)?,
            Event::Start(Tag::Paragraph) if self.in_item => {}
            Event::Start(Tag::Paragraph) => {
                let kind = self.pending.take().unwrap_or(BlockKind::Paragraph);
                self.open(kind, &range)?;
            }
            Event::Start(Tag::List(None)) if !self.in_list => self.in_list = true,
            Event::Start(Tag::Item) => {
                self.open(BlockKind::ListItem, &range)?;
                self.in_item = true;
            }
            Event::Start(Tag::Emphasis) if self.style == Style::Text => {
                self.style = Style::Emphasis
            }
            Event::Start(Tag::Strong) if self.style == Style::Text => self.style = Style::Strong,
            Event::End(TagEnd::Emphasis | TagEnd::Strong) => self.style = Style::Text,
            Event::End(TagEnd::Paragraph) if self.in_item => {}
            Event::End(TagEnd::Heading(_) | TagEnd::Paragraph) => self.close(&range)?,
            Event::End(TagEnd::Item) => {
                self.in_item = false;
                self.close(&range)?;
            }
            Event::End(TagEnd::List(_)) => self.in_list = false,
            Event::Text(text) => self.text(&text, &range)?,
            Event::SoftBreak => self.text(" ", &range)?,
            Event::FootnoteReference(label) => {
                let n = label
                    .parse::<u16>()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| {
                        self.error(
                            range.start,
                            format!("footnote reference `[^{label}]` is not a number from 1"),
                        )
                    })?;
                self.inline(Inline::NoteRef(n), &range)?;
            }
            other => {
                return Err(self.error(
                    range.start,
                    format!("unsupported Markdown: {}", describe(&other)),
                ));
            }
        }
        Ok(())
    }

    fn open(&mut self, kind: BlockKind, range: &Range<usize>) -> Result<(), ContentError> {
        if self.current.is_some() {
            return Err(self.error(range.start, "a block inside another block is not supported"));
        }
        if let Some(marker) = self.pending {
            if kind != marker {
                return Err(self.error(
                    range.start,
                    format!("{marker:?} marker must be followed by a paragraph"),
                ));
            }
        }
        self.current = Some(Pending {
            kind,
            line: self.lines.line(range.start),
            inlines: Vec::new(),
        });
        Ok(())
    }

    fn close(&mut self, range: &Range<usize>) -> Result<(), ContentError> {
        let Some(block) = self.current.take() else {
            return Err(self.error(range.start, "end of a block that was not opened"));
        };
        self.blocks.push((block.line, block.kind, block.inlines));
        Ok(())
    }

    fn text(&mut self, text: &str, range: &Range<usize>) -> Result<(), ContentError> {
        let inline = match self.style {
            Style::Text => Inline::Text(text.to_string()),
            Style::Emphasis => Inline::Emphasis(text.to_string()),
            Style::Strong => Inline::Strong(text.to_string()),
        };
        self.inline(inline, range)
    }

    /// Appends an inline to the current block, merging text of the same style.
    fn inline(&mut self, inline: Inline, range: &Range<usize>) -> Result<(), ContentError> {
        let Some(block) = self.current.as_mut() else {
            return Err(self.error(range.start, "text outside a block"));
        };
        match (block.inlines.last_mut(), inline) {
            (Some(Inline::Text(a)), Inline::Text(b))
            | (Some(Inline::Emphasis(a)), Inline::Emphasis(b))
            | (Some(Inline::Strong(a)), Inline::Strong(b)) => a.push_str(&b),
            (_, inline) => block.inlines.push(inline),
        }
        Ok(())
    }

    /// Gives the blocks their ids and collects the footnotes.
    fn finish(mut self) -> Result<Document, ContentError> {
        let mut used: HashMap<String, usize> = HashMap::new();
        for (line, kind, inlines) in std::mem::take(&mut self.blocks) {
            let text: String = inlines.iter().filter_map(Inline::text).collect();
            let slug = slug(&text);
            if slug.is_empty() {
                return Err(ContentError::new(
                    &self.name,
                    line,
                    "block has no words to make its id from",
                ));
            }
            let base = format!("{}-{slug}", self.doc.id);
            let count = used.entry(base.clone()).or_insert(0);
            *count += 1;
            let id = if *count == 1 {
                base
            } else {
                format!("{base}-{count}")
            };
            let mut prefix = String::new();
            for inline in &inlines {
                match inline {
                    Inline::NoteRef(n) => {
                        let expected = self.doc.footnotes.len() as u16 + 1;
                        if *n != expected {
                            return Err(ContentError::new(&self.name, line, format!("footnote reference [^{n}] where [^{expected}] is expected (references must run 1, 2, 3, ... in order)")));
                        }
                        self.doc.footnotes.push(Footnote {
                            number: *n,
                            block_id: id.clone(),
                            sentence: last_sentence(&prefix).to_string(),
                            text: None,
                        });
                    }
                    other => prefix.push_str(other.text().unwrap_or_default()),
                }
            }
            self.doc.blocks.push(Block::new(id, kind, inlines));
        }
        // A suffixed id could still meet a plain one (`x-2` from text "x 2").
        let mut ids = std::collections::HashSet::new();
        if let Some(dup) = self.doc.blocks.iter().find(|b| !ids.insert(b.id.as_str())) {
            return Err(ContentError::new(
                &self.name,
                0,
                format!("block id `{}` is not unique", dup.id),
            ));
        }
        Ok(self.doc)
    }
}

fn parse_bool(value: &str) -> Result<bool, String> {
    match value {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(format!("`{value}` is not `true` or `false`")),
    }
}

fn describe(event: &Event<'_>) -> String {
    match event {
        Event::Start(tag) => format!("{tag:?}"),
        Event::End(tag) => format!("end of {tag:?}"),
        other => format!("{other:?}"),
    }
}

/// Byte offsets of line starts, to turn an offset into a 1-based line number.
struct LineIndex(Vec<usize>);

impl LineIndex {
    fn new(source: &str) -> LineIndex {
        let starts = std::iter::once(0).chain(source.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex(starts.collect())
    }

    fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|&start| start <= offset)
    }
}

/// The id slug of a block's text: its first five words, each folded to ASCII
/// lowercase letters and digits (words that fold to nothing are skipped),
/// joined by `-`.
pub(crate) fn slug(text: &str) -> String {
    text.split_whitespace()
        .map(fold_word)
        .filter(|w| !w.is_empty())
        .take(SLUG_WORDS)
        .collect::<Vec<_>>()
        .join("-")
}

fn fold_word(word: &str) -> String {
    let mut out = String::new();
    for c in word.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if let Some(folded) = fold_char(c) {
            out.push_str(folded);
        }
    }
    out
}

/// ASCII for the accented Latin letters a name may carry; other characters are dropped.
fn fold_char(c: char) -> Option<&'static str> {
    Some(match c.to_lowercase().next()? {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' => "i",
        'ł' | 'ľ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => "o",
        'œ' => "oe",
        'ř' => "r",
        'ś' | 'š' | 'ß' => "s",
        'ť' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ў' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// The last sentence of `text`, which ends where a footnote marker stands.
///
/// A sentence starts after `.`, `?` or `!` (and any closing quotes) followed
/// by whitespace and a character that is not a lowercase letter, unless the
/// word before is an initialism such as `U.S.`.
fn last_sentence(text: &str) -> &str {
    let text = text.trim_end();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(_, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        let mut j = k + 1;
        while j < chars.len() && matches!(chars[j].1, '”' | '’' | '"' | '\'' | ')') {
            j += 1;
        }
        if j >= chars.len() || !chars[j].1.is_whitespace() {
            continue;
        }
        let after = text[chars[j].0..].trim_start();
        if after.chars().next().is_none_or(char::is_lowercase) {
            continue;
        }
        let word_start = text[..chars[k].0]
            .rfind(char::is_whitespace)
            .map_or(0, |i| i + 1);
        let word = &text[word_start..=chars[k].0];
        if is_initialism(word) {
            continue;
        }
        start = text.len() - after.len();
    }
    &text[start..]
}

/// `U.S.`, `D.C.`: single letters each followed by a period.
fn is_initialism(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 2
        && b.chunks(2)
            .all(|p| p.len() == 2 && p[0].is_ascii_alphabetic() && p[1] == b'.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_takes_five_folded_words() {
        assert_eq!(
            slug("“The number one priority is to halt"),
            "the-number-one-priority-is"
        );
        assert_eq!(
            slug("WASHINGTON -- While U.S. relations with"),
            "washington-while-us-relations-with"
        );
        assert_eq!(slug("Russia’s seizure"), "russias-seizure");
        assert_eq!(slug("Škoda Łódź café"), "skoda-lodz-cafe");
        assert_eq!(slug("-- ..."), "");
    }

    #[test]
    fn last_sentence_skips_initialisms_and_lowercase_continuations() {
        assert_eq!(
            last_sentence("One. In 2006, the U.S. imposed sanctions."),
            "In 2006, the U.S. imposed sanctions."
        );
        assert_eq!(last_sentence("A “quote.” Next one,"), "Next one,");
        assert_eq!(last_sentence("No boundary here"), "No boundary here");
        assert_eq!(
            last_sentence("He said “stop.” and left."),
            "He said “stop.” and left."
        );
    }

    #[test]
    fn line_index_is_one_based() {
        let index = LineIndex::new("a\nb\nc");
        assert_eq!(index.line(0), 1);
        assert_eq!(index.line(2), 2);
        assert_eq!(index.line(4), 3);
    }
}
