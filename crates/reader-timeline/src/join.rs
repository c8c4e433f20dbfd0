//! Joining: the same event told by both documents. Two events join when their dates can be
//! the same moment (one lies within the other: March 2006 within 2006) and their statements
//! share at least [`MIN_SHARED`] distinctive terms (stems, both spellings of a name as one,
//! without the terms of more than a fifth of all events: Belarus, Russia, the U.S.); each
//! event joins at most once, the best-sharing pairs first. The computed joins are checked
//! against the reviewed list in `content/timeline.txt` by the tests.

use std::collections::{BTreeSet, HashMap};

use reader_model::Library;

use crate::error::{Error, Problem};
use crate::figures::{figures, pair, term_key};
use crate::review::{Entry, Reviewed};
use crate::{passage_text, Agreement, Date, Event, FigurePair, Join};

/// The fewest distinctive terms two statements of one event share.
pub const MIN_SHARED: usize = 2;

/// The joins of `events` (between the library's first two documents), in time order.
pub fn joins(library: &Library, events: &[Event]) -> Vec<Join> {
    let [a_doc, b_doc] = match library.documents.as_slice() {
        [a, b, ..] => [a.id.as_str(), b.id.as_str()],
        _ => return Vec::new(),
    };
    let texts: Vec<String> = events.iter().map(|e| span_text(library, e)).collect();
    let terms: Vec<BTreeSet<String>> = texts.iter().map(|t| terms_of(t)).collect();
    let mut df: HashMap<&str, usize> = HashMap::new();
    terms
        .iter()
        .flatten()
        .for_each(|t| *df.entry(t).or_default() += 1);
    let common = |t: &str| df.get(t).copied().unwrap_or(0) * 5 > events.len();
    let mut candidates = Vec::new();
    for (i, a) in events.iter().enumerate().filter(|(_, e)| e.doc == a_doc) {
        for (j, b) in events.iter().enumerate().filter(|(_, e)| e.doc == b_doc) {
            if !(a.date.within(&b.date) || b.date.within(&a.date)) {
                continue;
            }
            let shared = terms[i]
                .intersection(&terms[j])
                .filter(|t| !common(t))
                .count();
            if shared >= MIN_SHARED {
                let stated = usize::from(!a.inferred) + usize::from(!b.inferred);
                candidates.push((shared, stated, i, j));
            }
        }
    }
    candidates.sort_by(|x, y| {
        (y.0, y.1)
            .cmp(&(x.0, x.1))
            .then((x.2, x.3).cmp(&(y.2, y.3)))
    });
    let (mut used_a, mut used_b) = (BTreeSet::new(), BTreeSet::new());
    let mut out: Vec<Join> = Vec::new();
    for (_, _, i, j) in candidates {
        if !used_a.contains(&i) && !used_b.contains(&j) {
            used_a.insert(i);
            used_b.insert(j);
            out.push(join(library, events, i, j));
        }
    }
    out.sort_by_key(|j| (j.a.min(j.b), j.a));
    out
}

/// The join of events `i` and `j`: their dates and their figures compared.
fn join(library: &Library, events: &[Event], i: usize, j: usize) -> Join {
    let (a, b) = (&events[i], &events[j]);
    let (ta, tb) = (span_text(library, a), span_text(library, b));
    let (fa, fb) = (figures(&ta), figures(&tb));
    let figures = pair(&fa, &fb)
        .into_iter()
        .map(|(x, y, agreement, reason)| FigurePair {
            a: shift(&fa[x].range, a.span.start),
            b: shift(&fb[y].range, b.span.start),
            agreement,
            reason,
        })
        .collect();
    Join {
        a: i as u32,
        b: j as u32,
        dates: compare_dates(a.date, b.date),
        figures,
    }
}

/// How two dates of one event compare.
fn compare_dates(a: Date, b: Date) -> (Agreement, String) {
    if a == b {
        (Agreement::Same, format!("Both date it {}.", a.label()))
    } else {
        let (fine, coarse) = if a.within(&b) { (a, b) } else { (b, a) };
        (
            Agreement::Compatible,
            format!(
                "{} lies within {}; one source is more precise.",
                fine.label(),
                coarse.label()
            ),
        )
    }
}

/// The reviewed joins as event indices (first document's event first).
pub fn reviewed(
    library: &Library,
    events: &[Event],
    review: &[Reviewed],
) -> Result<Vec<(u32, u32)>, Error> {
    // The event whose statement holds `text`; of two statements in one sentence, the one
    // whose date expression `text` holds.
    let find = |doc: &str, text: &str, line| {
        let mut hits: Vec<usize> = (0..events.len())
            .filter(|&i| events[i].doc == doc && span_text(library, &events[i]).contains(text))
            .collect();
        if hits.len() > 1 {
            hits.retain(|&i| {
                let e = &events[i];
                let at = e.span.start as usize + span_text(library, e).find(text).unwrap_or(0);
                e.mention
                    .as_ref()
                    .is_some_and(|m| at <= m.start as usize && m.end as usize <= at + text.len())
            });
        }
        match hits.as_slice() {
            [i] => Ok(*i as u32),
            _ => Err(Error::Review {
                line,
                problem: Problem::Events(text.into(), hits.len()),
            }),
        }
    };
    review
        .iter()
        .filter_map(|r| match &r.entry {
            Entry::Join(a, b) => Some((|| {
                Ok((
                    find(&a.doc, &a.text, r.line)?,
                    find(&b.doc, &b.text, r.line)?,
                ))
            })()),
            _ => None,
        })
        .collect()
}

/// The distinctive-term candidates of a statement: stems of its content words.
fn terms_of(text: &str) -> BTreeSet<String> {
    let dates: Vec<_> = crate::extract::mentions(text)
        .into_iter()
        .map(|m| m.range)
        .collect();
    reader_text::analyze(text)
        .into_iter()
        .filter(|t| {
            !dates
                .iter()
                .any(|d| d.start <= t.range.start && t.range.end <= d.end)
        })
        .map(|t| t.term)
        .filter(|t| {
            t.chars().count() > 2
                && !t.bytes().all(|b| b.is_ascii_digit())
                && !reader_text::is_stop_word(t)
        })
        .map(|t| term_key(&t))
        .collect()
}

fn span_text(library: &Library, e: &Event) -> String {
    let text = passage_text(library, &e.block);
    text.get(e.span.start as usize..e.span.end as usize)
        .unwrap_or_default()
        .to_string()
}

fn shift(r: &std::ops::Range<usize>, by: u32) -> std::ops::Range<u32> {
    r.start as u32 + by..r.end as u32 + by
}
