//! The integrity check: raw seed + listed editorial operations == curated edition,
//! compared word by word. The operations are documented in `content/*.edits.txt`.

#![allow(dead_code)]

use reader_model::{Document, Inline};

pub const RFERL_SEED: &str = include_str!("../../../../content/seeds/rferl.raw.txt");
pub const RFERL_EDITS: &str = include_str!("../../../../content/rferl.edits.txt");
pub const HERITAGE_SEED: &str = include_str!("../../../../content/seeds/heritage.raw.txt");
pub const HERITAGE_EDITS: &str = include_str!("../../../../content/heritage.edits.txt");

/// How many words of context a difference report shows on each side.
const WINDOW: usize = 8;

/// One editorial operation of an edits file.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Drop the one line whose trimmed text is this.
    Chrome(String),
    /// This line stands on two adjacent lines; drop the second.
    Duplicate(String),
    /// `left-` ends a line and `right` begins the next: they become `word`.
    Join {
        left: String,
        right: String,
        word: String,
    },
    /// Drop the bullet glyph (a word of its own) standing before these words.
    Bullet { glyph: String, before: Vec<String> },
    /// The word `kept + glyph` carries endnote `number`: it becomes `kept[^number]`.
    Note {
        number: u16,
        kept: String,
        glyph: String,
    },
}

/// Reads an edits file; `#` comments and blank lines are skipped.
pub fn parse_edits(text: &str) -> Result<Vec<Edit>, String> {
    let mut edits = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = |why: &str| format!("edits line {}: {why}: `{line}`", i + 1);
        let (op, arg) = line
            .split_once(": ")
            .ok_or_else(|| bad("expected `op: argument`"))?;
        let edit = match op {
            "chrome" => Edit::Chrome(arg.to_string()),
            "duplicate" => Edit::Duplicate(arg.to_string()),
            "join" => {
                let (pair, word) = arg
                    .split_once(" -> ")
                    .ok_or_else(|| bad("expected `LEFT-|RIGHT -> WORD`"))?;
                let (left, right) = pair
                    .split_once("-|")
                    .ok_or_else(|| bad("expected `LEFT-|RIGHT`"))?;
                if format!("{left}{right}") != word {
                    return Err(bad("the joined word is not LEFT followed by RIGHT"));
                }
                Edit::Join {
                    left: left.into(),
                    right: right.into(),
                    word: word.into(),
                }
            }
            "bullet" => {
                let (glyph, before) = arg
                    .split_once(" | ")
                    .ok_or_else(|| bad("expected `GLYPH | WORDS`"))?;
                Edit::Bullet {
                    glyph: glyph.trim().into(),
                    before: before.split_whitespace().map(String::from).collect(),
                }
            }
            _ if op.starts_with("note ") => {
                let number = op[5..].parse().map_err(|_| bad("bad note number"))?;
                let (kept, glyph) = arg
                    .rsplit_once('|')
                    .ok_or_else(|| bad("expected `KEPT|GLYPH`"))?;
                if glyph.is_empty() {
                    return Err(bad("empty glyph"));
                }
                Edit::Note {
                    number,
                    kept: kept.into(),
                    glyph: glyph.into(),
                }
            }
            _ => return Err(bad("unknown operation")),
        };
        edits.push(edit);
    }
    Ok(edits)
}

/// Applies the operations to the raw seed: first the line operations, then the
/// hyphenation joins on the text, then the word operations. Each operation
/// must apply exactly once. Returns the resulting words.
pub fn apply(raw: &str, edits: &[Edit]) -> Result<Vec<String>, String> {
    let mut lines: Vec<&str> = raw.lines().collect();
    for edit in edits {
        match edit {
            Edit::Chrome(text) => {
                let hits: Vec<usize> = (0..lines.len())
                    .filter(|&i| lines[i].trim() == text)
                    .collect();
                let [i] = hits[..] else {
                    return Err(format!(
                        "chrome `{text}` matches {} lines, not 1",
                        hits.len()
                    ));
                };
                lines.remove(i);
            }
            Edit::Duplicate(text) => {
                let hits: Vec<usize> = (0..lines.len())
                    .filter(|&i| lines[i].trim() == text)
                    .collect();
                let [a, b] = hits[..] else {
                    return Err(format!(
                        "duplicate `{text}` matches {} lines, not 2",
                        hits.len()
                    ));
                };
                if b != a + 1 {
                    return Err(format!(
                        "duplicate `{text}`: the two lines are not adjacent"
                    ));
                }
                lines.remove(b);
            }
            _ => {}
        }
    }
    let mut text = lines.join("\n");
    for edit in edits {
        if let Edit::Join { left, right, word } = edit {
            let hits = join_sites(&text, left, right);
            let [(start, end)] = hits[..] else {
                return Err(format!(
                    "join `{left}-|{right}` matches {} line breaks, not 1",
                    hits.len()
                ));
            };
            text.replace_range(start..end, word);
        }
    }
    let mut words: Vec<String> = text.split_whitespace().map(String::from).collect();
    let mut cursor = 0;
    for edit in edits {
        match edit {
            Edit::Bullet { glyph, before } => {
                let hits: Vec<usize> = (0..words.len())
                    .filter(|&i| &words[i] == glyph && words[i + 1..].starts_with(before))
                    .collect();
                let [i] = hits[..] else {
                    return Err(format!(
                        "bullet `{glyph} | {}` matches {} places, not 1",
                        before.join(" "),
                        hits.len()
                    ));
                };
                words.remove(i);
                if i < cursor {
                    cursor -= 1;
                }
            }
            Edit::Note {
                number,
                kept,
                glyph,
            } => {
                let noisy = format!("{kept}{glyph}");
                let Some(i) = (cursor..words.len()).find(|&i| words[i] == noisy) else {
                    return Err(format!(
                        "note {number}: no word `{noisy}` after the previous note"
                    ));
                };
                words[i] = format!("{kept}[^{number}]");
                cursor = i + 1;
            }
            _ => {}
        }
    }
    Ok(words)
}

/// Byte ranges of `left-` + line break + optional indentation + `right`,
/// where `left` starts a word and `right` is at the start of the next line.
fn join_sites(text: &str, left: &str, right: &str) -> Vec<(usize, usize)> {
    let needle = format!("{left}-\n");
    let mut sites = Vec::new();
    for (start, _) in text.match_indices(&needle) {
        let starts_word = text[..start]
            .chars()
            .next_back()
            .is_none_or(char::is_whitespace);
        let rest = &text[start + needle.len()..];
        let indent = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        if starts_word && rest[indent..].starts_with(right) {
            sites.push((start, start + needle.len() + indent + right.len()));
        }
    }
    sites
}

/// The words of a curated document: all block texts in order, each footnote
/// reference written as `[^N]` glued to the text before it.
pub fn edition_words(doc: &Document) -> Vec<String> {
    let mut text = String::new();
    for block in &doc.blocks {
        for inline in &block.inlines {
            match inline {
                Inline::NoteRef(n) => text.push_str(&format!("[^{n}]")),
                other => text.push_str(other.text().unwrap_or_default()),
            }
        }
        text.push('\n');
    }
    text.split_whitespace().map(String::from).collect()
}

/// Compares two word sequences; on the first difference reports its position
/// and a window of words on each side.
pub fn compare(expected: &[String], actual: &[String]) -> Result<(), String> {
    let Some(at) =
        (0..expected.len().max(actual.len())).find(|&i| expected.get(i) != actual.get(i))
    else {
        return Ok(());
    };
    let window = |words: &[String]| {
        let from = at.saturating_sub(WINDOW);
        let to = (at + WINDOW + 1).min(words.len());
        let mut out = String::new();
        for (i, w) in words.iter().enumerate().take(to).skip(from) {
            if i == at {
                out.push_str(&format!(" >>{w}<<"));
            } else {
                out.push_str(&format!(" {w}"));
            }
        }
        if at >= words.len() {
            out.push_str(" >>(end)<<");
        }
        out
    };
    Err(format!(
        "words differ at word {at} (seed after edits has {} words, edition has {}):\n  seed after edits:{}\n  curated edition: {}",
        expected.len(),
        actual.len(),
        window(expected),
        window(actual),
    ))
}

/// The whole check for one document.
pub fn check(doc: &Document, raw: &str, edits: &str) -> Result<(), String> {
    let edits = parse_edits(edits)?;
    let expected = apply(raw, &edits)?;
    compare(&expected, &edition_words(doc))
}
