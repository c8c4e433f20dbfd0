//! Reading the reviewed file `content/names.txt` (its format is described at
//! its top): entries with their kind, heading, spellings and quotes.

use crate::model::Kind;

/// Why the curated names do not fit the texts (or their own format).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NamesError {
    /// A line of the file is not in the format; `line` is 1-based.
    Syntax {
        /// Line number.
        line: usize,
        /// What was expected.
        expected: &'static str,
    },
    /// A kind other than person, organisation, place, event, work.
    UnknownKind {
        /// Line number.
        line: usize,
    },
    /// Two entries have the same id.
    DuplicateId(String),
    /// An entry has no `spelled:` line.
    NoSpelling(String),
    /// Two entries claim the same spelling.
    SharedSpelling(String),
    /// A quote names a passage id that is not in the library.
    UnknownPassage {
        /// The entry.
        entity: String,
        /// The passage id.
        passage: String,
    },
    /// A quote is not found verbatim in its passage.
    QuoteNotFound {
        /// The entry.
        entity: String,
        /// The quote.
        quote: String,
    },
    /// An entry is mentioned nowhere in the texts.
    NoMention(String),
}

/// One entry as the file gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Curated {
    /// Its id.
    pub id: String,
    /// Its kind.
    pub kind: Kind,
    /// Its heading.
    pub name: String,
    /// Its spellings, as listed.
    pub spellings: Vec<String>,
    /// `(passage id, quote)` pairs, as listed.
    pub says: Vec<(String, String)>,
}

/// Reads the curated file.
///
/// ```
/// let e = &reader_names::curated::parse("minsk | place | Minsk\nspelled: Minsk\n").unwrap()[0];
/// assert_eq!((e.id.as_str(), e.kind, e.spellings.len()), ("minsk", reader_names::Kind::Place, 1));
/// assert!(reader_names::curated::parse("spelled: Minsk\n").is_err());
/// ```
pub fn parse(source: &str) -> Result<Vec<Curated>, NamesError> {
    let mut entries: Vec<Curated> = Vec::new();
    for (i, raw) in source.lines().enumerate() {
        let line = i + 1;
        let text = raw.trim();
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        let syntax = |expected| NamesError::Syntax { line, expected };
        if let Some(list) = text.strip_prefix("spelled:") {
            let e = entries
                .last_mut()
                .ok_or(syntax("an entry line before `spelled:`"))?;
            e.spellings.extend(
                list.split('|')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from),
            );
        } else if let Some(rest) = text.strip_prefix("says ") {
            let (passage, quote) = rest
                .split_once(": ")
                .ok_or(syntax("says PASSAGE-ID: QUOTE"))?;
            let e = entries
                .last_mut()
                .ok_or(syntax("an entry line before `says`"))?;
            e.says.push((passage.trim().into(), quote.trim().into()));
        } else {
            let mut parts = text.split('|').map(str::trim);
            let (Some(id), Some(kind), Some(name), None) =
                (parts.next(), parts.next(), parts.next(), parts.next())
            else {
                return Err(syntax("ID | KIND | NAME"));
            };
            if id.is_empty()
                || !id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                return Err(syntax("an id of lower-case letters, digits and hyphens"));
            }
            let kind = Kind::from_word(kind).ok_or(NamesError::UnknownKind { line })?;
            if entries.iter().any(|e| e.id == id) {
                return Err(NamesError::DuplicateId(id.into()));
            }
            entries.push(Curated {
                id: id.into(),
                kind,
                name: name.into(),
                spellings: Vec::new(),
                says: Vec::new(),
            });
        }
    }
    if let Some(e) = entries.iter().find(|e| e.spellings.is_empty()) {
        return Err(NamesError::NoSpelling(e.id.clone()));
    }
    Ok(entries)
}
