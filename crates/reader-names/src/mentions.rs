//! Finding the mentions of the curated entries in the library, and checking
//! the quotes: [`build`].
//!
//! A spelling matches a run of words of a block whose folded terms are the
//! spelling's (so `Lukashenka’s` is a mention of `Lukashenka`, and
//! `Washington, D.C.` of `Washington, D.C.`) and whose first letters have the
//! spelling's case (`U.S.` is not the pronoun `us`). At each word the longest
//! matching spelling of any entry wins, and its words are not matched again.

use reader_model::Library;
use reader_text::{analyze, Token, TokenKind};

use crate::curated::{parse, NamesError};
use crate::model::{Description, Entity, Mention, NameIndex};

/// One word of a spelling or of a text: its folded term and whether it is capitalised.
type Word = (String, bool);

fn words(text: &str) -> Vec<(Word, Token)> {
    analyze(text)
        .into_iter()
        .filter(|t| t.kind != TokenKind::Joined)
        .map(|t| {
            let upper = text[t.range.clone()]
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            ((t.term.clone(), upper), t)
        })
        .collect()
}

/// Every spelling of every entry as words, longest first: `(words, entry)`.
fn spellings(entries: &[crate::curated::Curated]) -> Result<Vec<(Vec<Word>, usize)>, NamesError> {
    let mut all: Vec<(Vec<Word>, usize)> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        for s in &e.spellings {
            let w: Vec<Word> = words(s).into_iter().map(|(w, _)| w).collect();
            if all.iter().any(|(other, j)| *other == w && *j != i) {
                return Err(NamesError::SharedSpelling(s.clone()));
            }
            all.push((w, i));
        }
    }
    all.sort_by_key(|(w, _)| core::cmp::Reverse(w.len()));
    Ok(all)
}

/// The mentions in one text: `(entry, byte range)` in text order.
pub(crate) fn find(
    text: &str,
    spellings: &[(Vec<Word>, usize)],
) -> Vec<(usize, core::ops::Range<usize>)> {
    let ws = words(text);
    let mut found = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let hit = spellings.iter().find(|(s, _)| {
            !s.is_empty()
                && ws.len() - i >= s.len()
                && s.iter().zip(&ws[i..]).all(|(a, (b, _))| a == b)
        });
        match hit {
            Some((s, entry)) => {
                let range = ws[i].1.range.start..ws[i + s.len() - 1].1.range.end;
                found.push((*entry, range));
                i += s.len();
            }
            None => i += 1,
        }
    }
    found
}

/// The index of names of `lib` from the curated file `source`: every entry
/// with its mentions in document order and its quotes placed; an error when
/// the file is malformed, a quote is not verbatim in its passage or an entry
/// is mentioned nowhere.
pub fn build(lib: &Library, source: &str) -> Result<NameIndex, NamesError> {
    let entries = parse(source)?;
    let spellings = spellings(&entries)?;
    let mut entities: Vec<Entity> = entries
        .iter()
        .map(|e| Entity {
            id: e.id.clone(),
            kind: e.kind,
            name: e.name.clone(),
            spellings: e.spellings.clone(),
            descriptions: Vec::new(),
            mentions: Vec::new(),
        })
        .collect();
    for (d, doc) in lib.documents.iter().enumerate() {
        for (b, block) in doc.blocks.iter().enumerate() {
            for (entry, range) in find(&block.plain_text(), &spellings) {
                entities[entry].mentions.push(Mention {
                    doc: d as u32,
                    block: b as u32,
                    start: range.start as u32,
                    end: range.end as u32,
                });
            }
        }
    }
    for (entity, e) in entities.iter_mut().zip(&entries) {
        for (passage, quote) in &e.says {
            let place = lib.documents.iter().enumerate().find_map(|(d, doc)| {
                let b = doc.blocks.iter().position(|b| &b.id == passage)?;
                Some((d, b, doc.blocks[b].plain_text()))
            });
            let Some((d, b, text)) = place else {
                return Err(NamesError::UnknownPassage {
                    entity: e.id.clone(),
                    passage: passage.clone(),
                });
            };
            let Some(start) = text.find(quote.as_str()) else {
                return Err(NamesError::QuoteNotFound {
                    entity: e.id.clone(),
                    quote: quote.clone(),
                });
            };
            entity.descriptions.push(Description {
                doc: d as u32,
                block: b as u32,
                start: start as u32,
                end: (start + quote.len()) as u32,
            });
        }
        if entity.mentions.is_empty() {
            return Err(NamesError::NoMention(e.id.clone()));
        }
    }
    Ok(NameIndex { entities })
}

/// The spellings of the curated file as words, for [`crate::coverage`].
pub(crate) fn curated_spellings(source: &str) -> Result<Vec<(Vec<Word>, usize)>, NamesError> {
    spellings(&parse(source)?)
}
