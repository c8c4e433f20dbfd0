//! Every dated statement of both texts, with the date and precision a reader gets from the
//! text, written from reading the texts (content/*.md) before the extraction existed.
//!
//! Columns: document, a snippet of the statement, the date expression exactly as written, the
//! expected date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the precision), whether it is inferred
//! (not fully stated by the text), and a word the reasoning must give (the anchor it used).

mod support;
use support::{find, text_of, timeline};

/// (doc, snippet, mention, date, inferred, reasoning must contain)
type Row = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    bool,
    &'static str,
);

#[rustfmt::skip]
const RFERL: &[Row] = &[
    // The caption and the text: the year is the document's (September 2019, itself inferred).
    ("rferl", "David Hale in Minsk on September 17", "September 17", "2019-09-17", true, "2019"),
    // "remain out in the cold five years after Moscow's seizure": the present (2019) is five
    // years after the seizure, so the seizure is 2014 (reviewed: the rule would count forward).
    ("rferl", "five years after Moscow", "five years after", "2014", true, "five years"),
    ("rferl", "announced in September that they will", "September", "2019-09", true, "September 2019"),
    ("rferl", "five-day war with Georgia in 2008", "2008", "2008", false, ""),
    ("rferl", "in power in Belarus since 1994", "1994", "1994", false, ""),
    ("rferl", "talks with Lukashenka in Minsk on September 17", "September 17", "2019-09-17", true, "2019"),
    ("rferl", "make that choice in 2013", "2013", "2013", false, ""),
    ("rferl", "balance of power” since 2014", "2014", "2014", false, ""),
    ("rferl", "in a September report", "September", "2019-09", true, "September 2019"),
    ("rferl", "said this month following a meeting", "this month", "2019-09", true, "September 2019"),
    ("rferl", "met with Lukashenka in November 2018", "November 2018", "2018-11", false, ""),
    // "a two-decade old plan for a union state", said in 2019.
    ("rferl", "two-decade old plan", "two-decade old", "1999", true, "2019"),
    ("rferl", "term limits in 2024", "2024", "2024", false, ""),
    ("rferl", "hinted back in 2002", "2002", "2002", false, ""),
    ("rferl", "In January, Belarusian Deputy Foreign Minister", "January", "2019-01", true, "September 2019"),
    ("rferl", "crude oil by 2024", "2024", "2024", false, ""),
    ("rferl", "European Games in Minsk in June", "June", "2019-06", true, "September 2019"),
    // Past tense, written in September 2019: the December before.
    ("rferl", "Lukashenka said in December", "December", "2018-12", true, "September 2019"),
    ("rferl", "Belarus in August hired", "August", "2019-08", true, "September 2019"),
    // Reviewed: the outburst is Lukashenka's December statement two passages up, not the
    // lobbyist of August that stands between them.
    ("rferl", "a month after Lukashenka’s outburst", "a month after", "2019-01", true, "December 2018"),
    ("rferl", "deteriorated in March 2006", "March 2006", "2006-03", false, ""),
    ("rferl", "Bush widened the sanctions in 2008", "2008", "2008", false, ""),
    ("rferl", "expanded the sanctions in 2012", "2012", "2012", false, ""),
    ("rferl", "seizure of Crimea in March 2014", "March 2014", "2014-03", false, ""),
    // Reviewed: the narrative runs on from March 2014.
    ("rferl", "By September, Belarusian Prime Minister", "September", "2014-09", true, "March 2014"),
    ("rferl", "In August 2015, Lukashenka released", "August 2015", "2015-08", false, ""),
    ("rferl", "told RFE/RL in September 2019", "September 2019", "2019-09", false, ""),
    // Reviewed: a year after the release of August 2015, not after the statement of 2019.
    ("rferl", "A year later the two countries", "A year later", "2016", true, "August 2015"),
    ("rferl", "Hale signaled on September 17", "September 17", "2019-09-17", true, "2019"),
    // "is set to hold": the November to come.
    ("rferl", "parliamentary elections in November", "November", "2019-11", true, "September 2019"),
    ("rferl", "presidential election in 2020", "2020", "2020", false, ""),
];

#[rustfmt::skip]
const HERITAGE: &[Row] = &[
    ("heritage", "independence from the Soviet Union in 1991", "1991", "1991", false, ""),
    // The document is dated 2019 (inferred): "last year" is 2018.
    ("heritage", "last year, the Lukashenko government", "last year", "2018", true, "2019"),
    ("heritage", "In 2006, the U.S. imposed", "2006", "2006", false, ""),
    ("heritage", "In 2008, the U.S. tightened", "2008", "2008", false, ""),
    ("heritage", "Until this past January", "this past January", "2019-01", true, "2019"),
    ("heritage", "Crimean peninsula in 2014", "2014", "2014", false, ""),
    ("heritage", "In 2015, the U.S. allowed", "2015", "2015", false, ""),
    ("heritage", "In January 2019, Belarus finally lifted", "January 2019", "2019-01", false, ""),
    ("heritage", "In 1997, Belarus and Russia", "1997", "1997", false, ""),
    // Two years after the framework treaty of 1997.
    ("heritage", "Two years later, they signed", "Two years later", "1999", true, "1997"),
    // Twenty years after the Union State of 1999.
    ("heritage", "After 20 years of deferment", "After 20 years", "2019", true, "1999"),
    ("heritage", "ends in 2024", "2024", "2024", false, ""),
    // "are meant to generate a decision by December 8": the December to come in 2019.
    ("heritage", "decision by December 8", "December 8", "2019-12-08", true, "2019"),
    ("heritage", "this past year took on", "this past year", "2018", true, "2019"),
    ("heritage", "Last December, the CSTO", "Last December", "2018-12", true, "2019"),
    ("heritage", "This past year, Russia declared", "This past year", "2018", true, "2019"),
    ("heritage", "Zapad war games in September 2017", "September 2017", "2017-09", false, ""),
];

/// Undated statements the review dates from the text around them.
#[rustfmt::skip]
const FROM_CONTEXT: &[Row] = &[
    // The arrests and the sanctions follow the March 2006 election of the passage before.
    ("rferl", "Police arrested hundreds of demonstrators", "", "2006-03", true, "March 2006"),
];

fn check(rows: &[Row], mentioned: bool) {
    let (lib, tl) = timeline();
    for &(doc, snippet, mention, date, inferred, reason) in rows {
        let e = find(&lib, &tl, doc, snippet, mentioned.then_some(mention));
        assert_eq!(e.date.to_string(), date, "{doc}: {snippet}");
        assert_eq!(e.inferred, inferred, "{doc}: {snippet} inferred");
        assert!(
            e.reasoning.contains(reason),
            "{doc}: {snippet}: reasoning {:?} lacks {reason:?}",
            e.reasoning
        );
        assert_eq!(
            e.inferred,
            !e.reasoning.is_empty(),
            "{doc}: {snippet}: an inferred date says why"
        );
    }
}

#[test]
fn every_dated_statement_of_rferl() {
    check(RFERL, true);
}

#[test]
fn every_dated_statement_of_heritage() {
    check(HERITAGE, true);
}

#[test]
fn undated_statements_dated_from_their_context() {
    check(FROM_CONTEXT, false);
}

#[test]
fn nothing_else_is_an_event() {
    let (_, tl) = timeline();
    for doc in ["rferl", "heritage"] {
        let expected = [RFERL, HERITAGE, FROM_CONTEXT]
            .concat()
            .iter()
            .filter(|r| r.0 == doc)
            .count();
        let got = tl.events.iter().filter(|e| e.doc == doc).count();
        assert_eq!(got, expected, "{doc}: events beyond the expected list");
    }
}

#[test]
fn spans_are_the_text_itself_and_hold_their_date_expression() {
    let (lib, tl) = timeline();
    for e in &tl.events {
        let span = text_of(&lib, &e.block, &e.span);
        assert!(!span.trim().is_empty());
        if let Some(m) = &e.mention {
            assert!(e.span.start <= m.start && m.end <= e.span.end, "{span}");
        }
    }
}

#[test]
fn durations_and_periods_are_not_dates() {
    // Spans of time, not points on the axis: none may be an event's date expression.
    let (lib, tl) = timeline();
    let mentions: Vec<String> = tl
        .events
        .iter()
        .filter_map(|e| {
            e.mention
                .as_ref()
                .map(|m| text_of(&lib, &e.block, m).to_lowercase())
        })
        .collect();
    for period in [
        "for years",
        "more than a decade",
        "in recent years",
        "last four years",
        "quarter century",
        "next five years",
        "20 years of",
    ] {
        assert!(!mentions.iter().any(|m| m.contains(period)), "{period}");
    }
}

#[test]
fn events_are_in_time_order() {
    let (_, tl) = timeline();
    assert!(tl.events.windows(2).all(|w| w[0].date <= w[1].date));
}
