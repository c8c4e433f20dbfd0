//! The review (`content/timeline.txt`): every year and month the texts name is on the
//! timeline or on its reviewed list of non-events; every reviewed decision changes what the
//! rules alone give (none is stale); a wrong line is a clear error with its line number.

mod support;
use reader_timeline::review::{parse, Entry, EMBEDDED};
use reader_timeline::{timeline_with, Error, Problem, MONTHS};
use support::{text_of, timeline};

/// Byte ranges of every year (four digits, 19xx or 20xx) and month name in `text`, found
/// without the extractor: a plain scan of the words.
fn named_dates(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            let w = &text[s..i];
            let year = w.len() == 4
                && (w.starts_with("19") || w.starts_with("20"))
                && w.bytes().all(|b| b.is_ascii_digit());
            if year || MONTHS.contains(&w) {
                out.push((s, i));
            }
        }
    }
    out
}

#[test]
fn every_named_year_and_month_is_an_event_or_a_reviewed_non_event() {
    let (lib, tl) = timeline();
    let review = parse(EMBEDDED).unwrap();
    let mut checked = 0;
    for doc in &lib.documents {
        for block in &doc.blocks {
            let text = block.plain_text();
            for (s, e) in named_dates(&text) {
                checked += 1;
                let on_timeline = tl.events.iter().any(|ev| {
                    ev.block == block.id
                        && ev
                            .mention
                            .as_ref()
                            .is_some_and(|m| m.start as usize <= s && e <= m.end as usize)
                });
                let non_event = review.iter().any(|r| match &r.entry {
                    Entry::NotEvent(q) => {
                        q.doc == doc.id
                            && text
                                .match_indices(q.text.as_str())
                                .any(|(i, _)| i <= s && e <= i + q.text.len())
                    }
                    _ => false,
                });
                assert!(
                    on_timeline ^ non_event,
                    "{}: “{}” in {} is {}",
                    doc.id,
                    &text[s..e],
                    block.id,
                    if on_timeline {
                        "both an event and a non-event"
                    } else {
                        "neither an event nor a reviewed non-event"
                    }
                );
            }
        }
    }
    assert_eq!(checked, 49, "year and month names in both texts");
}

#[test]
fn every_reviewed_decision_changes_what_the_rules_give() {
    let lib = reader_content::library().unwrap();
    let rules = timeline_with(&lib, "").unwrap();
    let (_, reviewed) = timeline();
    let review = parse(EMBEDDED).unwrap();
    for r in &review {
        match &r.entry {
            Entry::Date(q, _) | Entry::Anchor(q, _) | Entry::Extend(q, _) => {
                let of = |tl: &reader_timeline::Timeline| {
                    tl.events
                        .iter()
                        .find(|e| {
                            e.doc == q.doc
                                && e.mention.is_some()
                                && text_of(&lib, &e.block, &e.span).contains(&q.text)
                        })
                        .map(|e| (e.date, e.span.clone()))
                        .unwrap()
                };
                assert_ne!(of(&rules), of(&reviewed), "line {} changes nothing", r.line);
            }
            Entry::NotEvent(_) | Entry::Event(..) | Entry::Join(..) => {}
        }
    }
    assert_eq!(
        rules.events.len() + 1 - 4,
        reviewed.events.len(),
        "four non-events out, one undated event in"
    );
}

#[test]
fn a_wrong_line_names_its_line_and_problem() {
    let lib = reader_content::library().unwrap();
    let err = |text: &str| timeline_with(&lib, text).unwrap_err();
    let at = |line, problem| Error::Review { line, problem };
    assert_eq!(
        err("\nnot-event: rferl | Lukashenka in Minsk | no"),
        at(2, Problem::Ambiguous("Lukashenka in Minsk".into()))
    );
    assert_eq!(
        err("not-event: rferl | Tallinn | no"),
        at(1, Problem::NotFound("Tallinn".into()))
    );
    assert_eq!(
        err("not-event: nyt | 2008 | no"),
        at(1, Problem::UnknownDocument("nyt".into()))
    );
    assert_eq!(
        err("date: rferl | Lukashenka has been in power | 1994-13 | no"),
        at(1, Problem::BadDate("1994-13".into()))
    );
    assert_eq!(
        err("date: rferl | Lukashenka has been in power | 1994 | the"),
        at(
            1,
            Problem::Mentions("Lukashenka has been in power".into(), 0)
        )
    );
    assert_eq!(
        err("anchor: rferl | In August 2015 | A year later the two | no"),
        at(1, Problem::Order("A year later the two".into()))
    );
    assert_eq!(
        err("maybe: rferl | x | y"),
        at(1, Problem::UnknownKind("maybe".into()))
    );
    assert!(matches!(
        err("anchor: rferl | x"),
        Error::Review {
            line: 1,
            problem: Problem::Syntax(_)
        }
    ));
    let message = err("\n\nnot-event: rferl | Tallinn | no").to_string();
    assert_eq!(
        message,
        "content/timeline.txt line 3: “Tallinn” is not in the document"
    );
}
