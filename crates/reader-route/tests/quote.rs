//! Quote links: the quote round-trips as text, whatever it holds, and an unreadable quote is
//! reported and dropped while the rest of the link still applies.

use proptest::prelude::*;
use reader_route::{Problem, QuoteProblem, Route, TextQuoteSelector, View, MAX_QUOTE_CHARS};

fn quote(exact: &str, prefix: &str, suffix: &str) -> TextQuoteSelector {
    TextQuoteSelector {
        exact: exact.into(),
        prefix: prefix.into(),
        suffix: suffix.into(),
    }
}

#[test]
fn a_quote_link_reads_back() {
    let r =
        Route::parse("#/rferl-x?quote=will%20again&pre=that%20they%20&suf=%20exchange&view=rferl");
    assert_eq!(r.block.as_deref(), Some("rferl-x"));
    assert_eq!(
        r.quote,
        Some(quote("will again", "that they ", " exchange"))
    );
    assert_eq!(r.view, View::Single("rferl".into()));
    assert!(r.problems.is_empty());
    // Keys in any order; pre and suf are optional.
    let r = Route::parse("#/rferl-x?suf=%21&quote=yes");
    assert_eq!(r.quote, Some(quote("yes", "", "!")));
    assert_eq!(r.to_fragment(), "#/rferl-x?quote=yes&suf=%21");
}

#[test]
fn injection_payloads_round_trip_as_text() {
    let payloads = [
        "<script>alert(1)</script>",
        "\"quoted\" & 'single'",
        "#/other?quote=x&view=rferl",
        "100% & 50%25",
        "a=b&c",
        "javascript:alert(1)//",
    ];
    for p in payloads {
        let q = quote(p, p, p);
        let f = Route::default()
            .quote_link("rferl-x", q.clone())
            .to_fragment();
        // Only the separators are raw; the text is percent-encoded.
        assert!(!f[1..].contains(['<', '>', '"', '\'', '#', ' ']), "{f}");
        assert_eq!(f.matches('&').count(), 2, "{f}");
        let r = Route::parse(&f);
        assert_eq!(r.quote, Some(q), "{f}");
        assert!(r.problems.is_empty(), "{f}");
        assert_eq!(r.block.as_deref(), Some("rferl-x"));
    }
}

#[test]
fn unreadable_quotes_are_reported_and_dropped() {
    let cases = [
        ("#/rferl-x?quote=%E2%80&q=oil", QuoteProblem::BadEncoding),
        (
            "#/rferl-x?quote=ok&pre=%zz&q=oil",
            QuoteProblem::BadEncoding,
        ),
        ("#/rferl-x?quote=&q=oil", QuoteProblem::Empty),
        ("#/rferl-x?pre=before&q=oil", QuoteProblem::ContextOnly),
        ("#/?quote=words&q=oil", QuoteProblem::NoPassage),
    ];
    for (f, problem) in cases {
        let r = Route::parse(f);
        assert_eq!(r.quote, None, "{f}");
        assert_eq!(r.problems, vec![Problem::Quote(problem)], "{f}");
        assert_eq!(r.query, "oil", "{f}: the rest of the link applies");
        assert!(r.problems[0]
            .to_string()
            .starts_with("The quote in the link could not be read ("));
    }
    let long = "a".repeat(MAX_QUOTE_CHARS + 1);
    let r = Route::parse(&format!("#/rferl-x?quote={long}"));
    assert_eq!(r.problems, vec![Problem::Quote(QuoteProblem::TooLong)]);
    assert_eq!(r.block.as_deref(), Some("rferl-x"));
}

#[test]
fn links_to_other_passages_carry_no_quote() {
    let r = Route::parse("#/rferl-x?quote=yes&q=oil");
    assert_eq!(r.fragment_at("rferl-y"), "#/rferl-y?q=oil");
    assert_eq!(r.permalink("rferl-y").quote, None);
    // A quote without words is not written (it would not read back).
    let empty = Route::default().quote_link("rferl-x", quote("", "a", "b"));
    assert_eq!(empty.to_fragment(), "#/rferl-x");
}

proptest! {
    #[test]
    fn format_then_parse_round_trips_with_quotes(
        block in "[a-z0-9-]{1,30}",
        exact in "\\PC{1,60}",
        prefix in "\\PC{0,40}",
        suffix in "\\PC{0,40}",
        query in "\\PC{0,40}",
        single in proptest::option::of("[a-z]{1,10}"),
        embed: bool,
    ) {
        let view = match single { Some(d) if d != "both" => View::Single(d), _ => View::Both };
        let base = Route { query, view, embed, ..Route::default() };
        let r = Route { query: base.query.clone(), ..base.quote_link(&block, quote(&exact, &prefix, &suffix)) };
        let parsed = Route::parse(&r.to_fragment());
        prop_assert_eq!(parsed, r);
    }

    #[test]
    fn quote_parts_never_panic(s in "(quote|pre|suf|q)=\\PC{0,40}(&(quote|pre|suf)=[%A-F0-9a-z]{0,12}){0,3}") {
        let r = Route::parse(&format!("#/rferl-x?{s}"));
        prop_assert_eq!(Route::parse(&r.to_fragment()).quote, r.quote);
    }
}
