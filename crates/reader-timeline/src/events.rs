//! Events: every date expression of every passage resolved in reading order, the review
//! applied, each event the sentence (or sentences) holding its date as a span of the text.

use std::collections::HashMap;
use std::ops::Range;

use reader_model::{BlockKind, Document, Library};

use crate::date::Date;
use crate::error::{Error, Problem};
use crate::extract::{mentions, Kind, Mention};
use crate::resolve::{resolve, Context};
use crate::review::{Entry, Quote, Reviewed};
use crate::Event;

/// A date expression of a document: its passage and where it stands.
struct Found {
    block: usize,
    mention: Mention,
    sentence: Range<usize>,
}

/// One document's passages and date expressions, and where quoted text stands in them.
struct Doc<'a> {
    doc: &'a Document,
    texts: Vec<String>,
    found: Vec<Found>,
}

impl<'a> Doc<'a> {
    fn new(doc: &'a Document) -> Doc<'a> {
        let texts: Vec<String> = doc
            .blocks
            .iter()
            .map(|b| {
                if b.kind == BlockKind::Heading {
                    String::new()
                } else {
                    b.plain_text()
                }
            })
            .collect();
        let found = texts
            .iter()
            .enumerate()
            .flat_map(|(block, text)| {
                mentions(text).into_iter().map(move |mention| Found {
                    block,
                    sentence: sentence_at(text, mention.range.start),
                    mention,
                })
            })
            .collect();
        Doc { doc, texts, found }
    }

    /// The one place `text` occurs: passage and byte range.
    fn locate(&self, text: &str, line: usize) -> Result<(usize, Range<usize>), Error> {
        let mut hits = self.texts.iter().enumerate().flat_map(|(b, t)| {
            t.match_indices(text)
                .map(move |(i, _)| (b, i..i + text.len()))
        });
        let fail = |problem| Error::Review { line, problem };
        let first = hits.next().ok_or(fail(Problem::NotFound(text.into())))?;
        match hits.next() {
            Some(_) => Err(fail(Problem::Ambiguous(text.into()))),
            None => Ok(first),
        }
    }

    /// The date expressions inside the one place `text` occurs.
    fn inside(&self, text: &str, line: usize) -> Result<Vec<usize>, Error> {
        let (block, range) = self.locate(text, line)?;
        Ok((0..self.found.len())
            .filter(|&i| {
                let f = &self.found[i];
                f.block == block
                    && range.start <= f.mention.range.start
                    && f.mention.range.end <= range.end
            })
            .collect())
    }

    /// The one date expression inside `text`.
    fn one(&self, text: &str, line: usize) -> Result<usize, Error> {
        match self.inside(text, line)?.as_slice() {
            [i] => Ok(*i),
            other => Err(Error::Review {
                line,
                problem: Problem::Mentions(text.into(), other.len()),
            }),
        }
    }

    fn written(&self, i: usize) -> &str {
        let f = &self.found[i];
        &self.texts[f.block][f.mention.range.clone()]
    }
}

/// The reviewed decisions about one document's expressions, by expression.
#[derive(Default)]
struct Decisions<'r> {
    skip: HashMap<usize, &'r str>,
    date: HashMap<usize, (Date, &'r str)>,
    anchor: HashMap<usize, (usize, &'r str)>,
    extend: HashMap<usize, (usize, &'r str)>,
    events: Vec<(usize, Range<usize>, usize, &'r str)>,
}

/// The events of every document, in time order (then document and reading order).
pub fn events(library: &Library, review: &[Reviewed]) -> Result<Vec<Event>, Error> {
    let docs: Vec<Doc> = library.documents.iter().map(Doc::new).collect();
    let doc_of = |q: &Quote, line| {
        docs.iter()
            .position(|d| d.doc.id == q.doc)
            .ok_or(Error::Review {
                line,
                problem: Problem::UnknownDocument(q.doc.clone()),
            })
    };
    let mut decisions: Vec<Decisions> = docs.iter().map(|_| Decisions::default()).collect();
    for r in review {
        let (line, reason) = (r.line, r.reason.as_str());
        let order = |t: &str| Error::Review {
            line,
            problem: Problem::Order(t.into()),
        };
        match &r.entry {
            Entry::NotEvent(q) => {
                let d = doc_of(q, line)?;
                let inside = docs[d].inside(&q.text, line)?;
                if inside.is_empty() {
                    return Err(Error::Review {
                        line,
                        problem: Problem::Mentions(q.text.clone(), 0),
                    });
                }
                for i in inside {
                    decisions[d].skip.insert(i, reason);
                }
            }
            Entry::Date(q, date) => {
                let d = doc_of(q, line)?;
                let i = docs[d].one(&q.text, line)?;
                decisions[d].date.insert(i, (*date, reason));
            }
            Entry::Anchor(q, a) => {
                let d = doc_of(q, line)?;
                let (i, j) = (docs[d].one(&q.text, line)?, docs[d].one(a, line)?);
                if j >= i {
                    return Err(order(a));
                }
                decisions[d].anchor.insert(i, (j, reason));
            }
            Entry::Extend(q, through) => {
                let d = doc_of(q, line)?;
                let i = docs[d].one(&q.text, line)?;
                let (block, range) = docs[d].locate(through, line)?;
                let f = &docs[d].found[i];
                if block != f.block || range.start < f.sentence.start {
                    return Err(order(through));
                }
                let end = sentence_at(&docs[d].texts[block], range.start).end;
                decisions[d].extend.insert(i, (end, reason));
            }
            Entry::Event(q, a) => {
                let d = doc_of(q, line)?;
                let (block, range) = docs[d].locate(&q.text, line)?;
                let j = docs[d].one(a, line)?;
                let sentence = sentence_at(&docs[d].texts[block], range.start);
                decisions[d].events.push((block, sentence, j, reason));
            }
            Entry::Join(..) => {}
        }
    }
    let mut out = Vec::new();
    for (doc, dec) in docs.iter().zip(&decisions) {
        out.extend(doc_events(doc, dec)?);
    }
    let position = |e: &Event| {
        let (d, i) = library
            .find_block(&e.block)
            .map(|(d, i)| (d.id.clone(), i))
            .unwrap_or_default();
        (
            library.documents.iter().position(|x| x.id == d),
            i,
            e.span.start,
        )
    };
    out.sort_by_cached_key(|e| (e.date, position(e)));
    Ok(out)
}

/// One document's events, resolved in reading order.
fn doc_events(d: &Doc, dec: &Decisions) -> Result<Vec<Event>, Error> {
    let date = d.doc.date.as_ref();
    let written = date
        .and_then(|a| Date::parse_label(&a.value))
        .ok_or_else(|| Error::NoDocumentDate(d.doc.id.clone()))?;
    let written_inferred = date.is_some_and(|a| a.editorial);
    let mut resolved: Vec<Option<Date>> = vec![None; d.found.len()];
    let mut last: Option<usize> = None;
    let mut out = Vec::new();
    for (i, f) in d.found.iter().enumerate() {
        if dec.skip.contains_key(&i) {
            continue;
        }
        let text = &d.texts[f.block];
        let reviewed_anchor = dec.anchor.get(&i);
        let anchor_index = match (reviewed_anchor, f.mention.kind) {
            (Some((j, _)), _) => Some(*j),
            (None, Kind::Later { .. }) => last,
            _ => None,
        };
        let anchor = anchor_index.and_then(|j| resolved[j].map(|date| (date, d.written(j))));
        let cx = Context {
            written,
            written_inferred,
            sentence: &text[f.sentence.clone()],
            anchor,
        };
        let mut r = resolve(f.mention.kind, &cx);
        if let Some((j, reason)) = reviewed_anchor {
            if resolved[*j].is_none() {
                return Err(Error::Review {
                    line: 0,
                    problem: Problem::Order(d.written(*j).into()),
                });
            }
            r.reasoning = format!("{} Reviewed: {reason}", r.reasoning);
        }
        if let Some((date, reason)) = dec.date.get(&i) {
            r.date = *date;
            r.reasoning = format!("Reviewed: {reason}");
        }
        resolved[i] = Some(r.date);
        last = Some(i);
        let end = dec.extend.get(&i).map_or(f.sentence.end, |(end, _)| *end);
        out.push(Event {
            doc: d.doc.id.clone(),
            block: d.doc.blocks[f.block].id.clone(),
            span: to_u32(f.sentence.start..end),
            mention: Some(to_u32(f.mention.range.clone())),
            date: r.date,
            inferred: !r.reasoning.is_empty(),
            reasoning: r.reasoning,
        });
    }
    for (block, sentence, j, reason) in &dec.events {
        let date = resolved[*j].ok_or_else(|| Error::Review {
            line: 0,
            problem: Problem::Order(d.written(*j).into()),
        })?;
        out.push(Event {
            doc: d.doc.id.clone(),
            block: d.doc.blocks[*block].id.clone(),
            span: to_u32(sentence.clone()),
            mention: None,
            date,
            inferred: true,
            reasoning: format!(
                "Undated: the date of “{}” ({}). Reviewed: {reason}",
                d.written(*j),
                date.label()
            ),
        });
    }
    Ok(out)
}

/// The byte range of the sentence of `text` that holds byte `at`.
fn sentence_at(text: &str, at: usize) -> Range<usize> {
    let base = text.as_ptr() as usize;
    reader_text::sentences(text)
        .into_iter()
        .map(|s| {
            let start = s.as_ptr() as usize - base;
            start..start + s.len()
        })
        .find(|r| r.start <= at && at < r.end)
        .unwrap_or(0..text.len())
}

fn to_u32(r: Range<usize>) -> Range<u32> {
    r.start as u32..r.end as u32
}
