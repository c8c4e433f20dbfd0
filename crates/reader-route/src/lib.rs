//! The URL fragment format of Belarus Reader.
//!
//! A [`Route`] says what the reader shows: which documents, which passage, which search.
//! [`Route::parse`] never fails; what it cannot read is reported in [`Route::problems`].
//!
//! ```
//! use reader_route::{Route, View};
//!
//! let r = Route::parse("#/rferl-strategic-nation?q=air%20base&view=rferl");
//! assert_eq!(r.block.as_deref(), Some("rferl-strategic-nation"));
//! assert_eq!(r.query, "air base");
//! assert_eq!(r.view, View::Single("rferl".into()));
//! assert_eq!(Route::parse(&r.to_fragment()), r);
//! ```
//!
//! A link to a quote names the passage and carries the quoted words with a little context
//! (a [`TextQuoteSelector`], made by `reader_quote::select`), so the page can find the words
//! again even when the edition changes:
//!
//! ```
//! use reader_quote::TextQuoteSelector;
//! use reader_route::Route;
//!
//! let quote = TextQuoteSelector {
//!     exact: "mostly unfree nation.".into(),
//!     prefix: "designating it as a “".into(),
//!     suffix: "”".into(),
//! };
//! let link = Route::default().quote_link("heritage-in-terms-of-press-freedom", quote.clone());
//! assert_eq!(
//!     link.to_fragment(),
//!     "#/heritage-in-terms-of-press-freedom?quote=mostly%20unfree%20nation.\
//!      &pre=designating%20it%20as%20a%20%E2%80%9C&suf=%E2%80%9D"
//! );
//! assert_eq!(Route::parse(&link.to_fragment()).quote, Some(quote));
//! ```

#![forbid(unsafe_code)]

mod encoding;
mod problem;
mod quote;

pub use encoding::percent_decode;
pub use problem::{Problem, QuoteProblem};
pub use quote::MAX_QUOTE_CHARS;
pub use reader_quote::TextQuoteSelector;

use encoding::{decode_into, encode_into, truncate};
use quote::QuoteParts;

// A route keeps at most this many characters of a query (the one cap, from `reader-text`);
// longer queries are cut and reported as `Problem::QueryCut`.
use reader_text::MAX_QUERY_CHARS;

/// What the panes show.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    /// Both documents side by side (tabs on narrow screens).
    #[default]
    Both,
    /// One document alone, by id.
    Single(String),
    /// The timeline of both sources beside a document (`view=timeline`).
    Timeline,
    /// The index of names beside a document (`view=index`).
    Index,
}

/// A parsed fragment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Route {
    /// Passage to show, by block id (not checked here: the app checks it exists).
    pub block: Option<String>,
    /// Words of that passage to highlight (only with a passage; see [`Route::quote_link`]).
    pub quote: Option<TextQuoteSelector>,
    /// Search query, may be empty.
    pub query: String,
    /// Restrict results to one document.
    pub filter: Option<String>,
    /// Which documents to show.
    pub view: View,
    /// The entry of the index of names whose mentions are marked (`entity=ID`; not checked
    /// here: the app checks it exists).
    pub entity: Option<String>,
    /// Embedded in an iframe: compact chrome.
    pub embed: bool,
    /// What could not be read, for the app to show; [`Route::to_fragment`] ignores it.
    pub problems: Vec<Problem>,
}

impl Route {
    /// Parses a fragment (with or without the leading `#`). Never fails.
    ///
    /// ```
    /// let r = reader_route::Route::parse("#/?q=%E2%80%9CUnion%20State%E2%80%9D&in=heritage");
    /// assert_eq!(r.query, "“Union State”");
    /// assert_eq!(r.filter.as_deref(), Some("heritage"));
    /// assert!(reader_route::Route::parse("").problems.is_empty());
    /// assert!(!reader_route::Route::parse("#/?q=%E2%80").problems.is_empty());
    /// ```
    pub fn parse(fragment: &str) -> Route {
        let mut route = Route::default();
        let frag = fragment.strip_prefix('#').unwrap_or(fragment);
        if frag.is_empty() || frag == "/" {
            return route;
        }
        let Some(rest) = frag.strip_prefix('/') else {
            route.problems.push(Problem::NotARoute(truncate(frag, 60)));
            return route;
        };
        let (path, params) = match rest.split_once('?') {
            Some((p, q)) => (p, q),
            None => (rest, ""),
        };
        let path = decode_into(path, &mut route.problems);
        let path = path.trim_matches('/');
        if !path.is_empty() {
            route.block = Some(path.to_string());
        }
        let mut quote = QuoteParts::default();
        for pair in params.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = match pair.split_once('=') {
                Some((k, v)) => (k, v),
                None => (pair, ""),
            };
            if quote.read(key, value) {
                continue;
            }
            let value = decode_into(value, &mut route.problems);
            match key {
                "q" => {
                    let (query, cut) = reader_text::cut_chars(&value, MAX_QUERY_CHARS);
                    if cut {
                        route.problems.push(Problem::QueryCut);
                    }
                    route.query = query.to_string();
                }
                "in" if !value.is_empty() => route.filter = Some(value),
                "in" => {}
                "view" => {
                    route.view = match value.as_str() {
                        "" | "both" => View::Both,
                        "timeline" => View::Timeline,
                        "index" => View::Index,
                        other => View::Single(other.to_string()),
                    }
                }
                "entity" if !value.is_empty() => route.entity = Some(value),
                "entity" => {}
                "embed" => route.embed = true,
                other => route
                    .problems
                    .push(Problem::UnknownKey(truncate(other, 40))),
            }
        }
        match quote.finish(route.block.is_some()) {
            Ok(q) => route.quote = q,
            Err(p) => route.problems.push(Problem::Quote(p)),
        }
        route
    }

    /// The canonical fragment for this route, starting with `#/`.
    ///
    /// ```
    /// let r = reader_route::Route { query: "a&b c".into(), embed: true, ..Default::default() };
    /// assert_eq!(r.to_fragment(), "#/?q=a%26b%20c&embed");
    /// ```
    pub fn to_fragment(&self) -> String {
        self.fragment(self.block.as_deref(), self.quote.as_ref())
    }

    /// The fragment of this route pointing at passage `block_id` instead of its own (same
    /// search, filter, view and embed mode; no quote): a search result's link, made without a
    /// copy of the route.
    ///
    /// ```
    /// let r = reader_route::Route::parse("#/rferl-a?q=oil&in=rferl");
    /// assert_eq!(r.fragment_at("rferl-b"), "#/rferl-b?q=oil&in=rferl");
    /// ```
    pub fn fragment_at(&self, block_id: &str) -> String {
        self.fragment(Some(block_id), None)
    }

    /// The fragment: `quote` is written only with a passage and when it has words, as
    /// [`Route::parse`] accepts it.
    fn fragment(&self, block: Option<&str>, quote: Option<&TextQuoteSelector>) -> String {
        let mut s = String::from("#/");
        if let Some(b) = block {
            encode_into(b, &mut s);
        }
        let mut sep = '?';
        let mut param = |s: &mut String, key: &str, value: Option<&str>| {
            s.push(sep);
            sep = '&';
            s.push_str(key);
            if let Some(v) = value {
                s.push('=');
                encode_into(v, s);
            }
        };
        if let (Some(_), Some(q)) = (block, quote.filter(|q| !q.exact.is_empty())) {
            param(&mut s, "quote", Some(&q.exact));
            for (key, text) in [("pre", &q.prefix), ("suf", &q.suffix)] {
                if !text.is_empty() {
                    param(&mut s, key, Some(text));
                }
            }
        }
        if !self.query.is_empty() {
            param(&mut s, "q", Some(&self.query));
        }
        if let Some(f) = &self.filter {
            param(&mut s, "in", Some(f));
        }
        match &self.view {
            View::Single(doc) => param(&mut s, "view", Some(doc)),
            View::Timeline => param(&mut s, "view", Some("timeline")),
            View::Index => param(&mut s, "view", Some("index")),
            View::Both => {}
        }
        if let Some(e) = &self.entity {
            param(&mut s, "entity", Some(e));
        }
        if self.embed {
            param(&mut s, "embed", None);
        }
        s
    }

    /// The same route pointing at a passage (permalink), keeping view and embed mode
    /// but not the search, the marked entry of the index (nor a quote).
    ///
    /// ```
    /// let r = reader_route::Route::parse("#/?q=oil&view=rferl");
    /// assert_eq!(r.permalink("rferl-x").to_fragment(), "#/rferl-x?view=rferl");
    /// ```
    pub fn permalink(&self, block_id: &str) -> Route {
        Route {
            block: Some(block_id.to_string()),
            quote: None,
            query: String::new(),
            filter: None,
            view: self.view.clone(),
            entity: None,
            embed: self.embed,
            problems: Vec::new(),
        }
    }

    /// The same route without the marked entry of the index of names (nor a passage to go to):
    /// the link that clears the marks.
    ///
    /// ```
    /// let r = reader_route::Route::parse("#/rferl-x?view=index&entity=hale");
    /// assert_eq!(r.without_entity().to_fragment(), "#/?view=index");
    /// ```
    pub fn without_entity(&self) -> Route {
        Route {
            query: self.query.clone(),
            filter: self.filter.clone(),
            view: self.view.clone(),
            embed: self.embed,
            ..Route::default()
        }
    }

    /// The link to entry `id` of the index of names, opened in the index view (keeping embed
    /// mode only).
    ///
    /// ```
    /// let r = reader_route::Route::parse("#/rferl-x?q=oil&embed");
    /// assert_eq!(r.entity_link("lukashenka").to_fragment(), "#/?view=index&entity=lukashenka&embed");
    /// ```
    pub fn entity_link(&self, id: &str) -> Route {
        Route {
            view: View::Index,
            entity: Some(id.to_string()),
            embed: self.embed,
            ..Route::default()
        }
    }

    /// The link to `quote` in passage `block_id`: the permalink of the passage with the quote.
    ///
    /// ```
    /// let quote = reader_route::TextQuoteSelector { exact: "a & b".into(), ..Default::default() };
    /// let r = reader_route::Route::parse("#/?q=oil&embed").quote_link("rferl-x", quote);
    /// assert_eq!(r.to_fragment(), "#/rferl-x?quote=a%20%26%20b&embed");
    /// ```
    pub fn quote_link(&self, block_id: &str, quote: TextQuoteSelector) -> Route {
        Route {
            quote: Some(quote),
            ..self.permalink(block_id)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_root_are_the_start_page() {
        for f in ["", "#", "#/", "/"] {
            assert_eq!(Route::parse(f), Route::default(), "{f:?}");
        }
    }

    #[test]
    fn unknown_keys_and_foreign_fragments_are_reported_not_fatal() {
        let r = Route::parse("#/rferl-x?zoom=3&q=oil");
        assert_eq!(r.query, "oil");
        assert_eq!(r.problems, vec![Problem::UnknownKey("zoom".into())]);
        let r = Route::parse("#section-2");
        assert_eq!(r.problems.len(), 1);
        assert!(r.problems[0]
            .to_string()
            .contains("not a Belarus Reader address"));
    }

    #[test]
    fn malformed_percent_encoding_is_kept_as_written() {
        let r = Route::parse("#/?q=100%");
        assert_eq!(r.query, "100%");
        assert!(matches!(r.problems[0], Problem::BadEncoding(_)));
        let r = Route::parse("#/?q=%C3%28");
        assert_eq!(r.query, "%C3%28");
    }

    #[test]
    fn the_timeline_view_round_trips() {
        let r = Route::parse("#/rferl-x?view=timeline");
        assert_eq!(r.view, View::Timeline);
        assert_eq!(r.to_fragment(), "#/rferl-x?view=timeline");
        assert_eq!(
            r.permalink("heritage-y").to_fragment(),
            "#/heritage-y?view=timeline"
        );
    }

    #[test]
    fn the_index_view_and_an_entity_round_trip() {
        let r = Route::parse("#/?view=index&entity=lukashenka");
        assert_eq!(r.view, View::Index);
        assert_eq!(r.entity.as_deref(), Some("lukashenka"));
        assert_eq!(r.to_fragment(), "#/?view=index&entity=lukashenka");
        let r = Route::parse("#/rferl-x?entity=csto&q=oil");
        assert_eq!(r.to_fragment(), "#/rferl-x?q=oil&entity=csto");
        assert_eq!(r.fragment_at("rferl-y"), "#/rferl-y?q=oil&entity=csto");
        assert_eq!(r.permalink("rferl-y").to_fragment(), "#/rferl-y");
        assert_eq!(Route::parse("#/?entity=").entity, None);
        assert!(Route::parse("#/?entity=").problems.is_empty());
    }

    #[test]
    fn long_queries_are_cut() {
        let q = "a".repeat(1000);
        let r = Route::parse(&format!("#/?q={q}"));
        assert_eq!(r.query.len(), MAX_QUERY_CHARS);
        assert_eq!(r.problems, vec![Problem::QueryCut]);
    }

    #[test]
    fn injection_payloads_stay_text() {
        let r = Route::parse("#/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assert_eq!(r.query, "<script>alert(1)</script>");
        assert_eq!(
            r.to_fragment(),
            "#/?q=%3Cscript%3Ealert%281%29%3C%2Fscript%3E"
        );
    }

    proptest::proptest! {
        #[test]
        fn parse_never_panics(s in "\\PC{0,300}") {
            let _ = Route::parse(&s);
        }

        #[test]
        fn format_then_parse_round_trips(
            block in proptest::option::of("[a-z0-9-]{1,30}"),
            query in "\\PC{0,80}",
            filter in proptest::option::of("[a-z]{1,10}"),
            single in proptest::option::of("[a-z]{1,10}"),
            entity in proptest::option::of("\\PC{1,30}"),
            embed: bool,
        ) {
            let view = match single.as_deref() {
                Some("timeline") => View::Timeline,
                Some("index") => View::Index,
                Some(d) if d != "both" => View::Single(d.to_string()),
                _ => View::Both,
            };
            let r = Route { block, quote: None, query, filter, view, entity, embed, problems: vec![] };
            proptest::prop_assert_eq!(Route::parse(&r.to_fragment()), r);
        }
    }
}
