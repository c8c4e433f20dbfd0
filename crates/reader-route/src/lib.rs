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

#![forbid(unsafe_code)]

use std::fmt;

/// How many characters of a query a route keeps; longer queries are cut (and reported).
pub const MAX_QUERY_CHARS: usize = 256;

/// What the panes show.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    /// Both documents side by side (tabs on narrow screens).
    #[default]
    Both,
    /// One document alone, by id.
    Single(String),
}

/// Something in a fragment that could not be used as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Percent-encoding was malformed; the text was kept as written.
    BadEncoding(String),
    /// A key the reader does not know.
    UnknownKey(String),
    /// The query was longer than [`MAX_QUERY_CHARS`] and was cut.
    QueryCut,
    /// The fragment did not start with `#/`.
    NotARoute(String),
}

impl fmt::Display for Problem {
    /// ```
    /// let p = reader_route::Problem::UnknownKey("zoom".into());
    /// assert_eq!(p.to_string(), "The link has an unknown part “zoom”; it was ignored.");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::BadEncoding(s) => write!(
                f,
                "Part of the link is badly encoded (“{s}”); it was read as written."
            ),
            Problem::UnknownKey(k) => {
                write!(f, "The link has an unknown part “{k}”; it was ignored.")
            }
            Problem::QueryCut => write!(
                f,
                "The search in the link was too long and was cut to {MAX_QUERY_CHARS} characters."
            ),
            Problem::NotARoute(s) => write!(
                f,
                "The link “#{s}” is not a Belarus Reader address; showing the start page."
            ),
        }
    }
}

/// A parsed fragment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Route {
    /// Passage to show, by block id (not checked here: the app checks it exists).
    pub block: Option<String>,
    /// Search query, may be empty.
    pub query: String,
    /// Restrict results to one document.
    pub filter: Option<String>,
    /// Which documents to show.
    pub view: View,
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
        for pair in params.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = match pair.split_once('=') {
                Some((k, v)) => (k, v),
                None => (pair, ""),
            };
            let value = decode_into(value, &mut route.problems);
            match key {
                "q" => {
                    if value.chars().count() > MAX_QUERY_CHARS {
                        route.query = value.chars().take(MAX_QUERY_CHARS).collect();
                        route.problems.push(Problem::QueryCut);
                    } else {
                        route.query = value;
                    }
                }
                "in" if !value.is_empty() => route.filter = Some(value),
                "in" => {}
                "view" => {
                    route.view = match value.as_str() {
                        "" | "both" => View::Both,
                        other => View::Single(other.to_string()),
                    }
                }
                "embed" => route.embed = true,
                other => route
                    .problems
                    .push(Problem::UnknownKey(truncate(other, 40))),
            }
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
        self.fragment(self.block.as_deref())
    }

    /// The fragment of this route pointing at passage `block_id` instead of its own (same
    /// search, filter, view and embed mode): a search result's link, made without a copy of
    /// the route.
    ///
    /// ```
    /// let r = reader_route::Route::parse("#/rferl-a?q=oil&in=rferl");
    /// assert_eq!(r.fragment_at("rferl-b"), "#/rferl-b?q=oil&in=rferl");
    /// ```
    pub fn fragment_at(&self, block_id: &str) -> String {
        self.fragment(Some(block_id))
    }

    fn fragment(&self, block: Option<&str>) -> String {
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
        if !self.query.is_empty() {
            param(&mut s, "q", Some(&self.query));
        }
        if let Some(f) = &self.filter {
            param(&mut s, "in", Some(f));
        }
        if let View::Single(doc) = &self.view {
            param(&mut s, "view", Some(doc));
        }
        if self.embed {
            param(&mut s, "embed", None);
        }
        s
    }

    /// The same route pointing at a passage (permalink), keeping view and embed mode
    /// but not the search.
    ///
    /// ```
    /// let r = reader_route::Route::parse("#/?q=oil&view=rferl");
    /// assert_eq!(r.permalink("rferl-x").to_fragment(), "#/rferl-x?view=rferl");
    /// ```
    pub fn permalink(&self, block_id: &str) -> Route {
        Route {
            block: Some(block_id.to_string()),
            query: String::new(),
            filter: None,
            view: self.view.clone(),
            embed: self.embed,
            problems: Vec::new(),
        }
    }
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max).collect();
        t.push('…');
        t
    }
}

/// Percent-decodes `s` as UTF-8; `+` stays `+`. Malformed input is kept as written and reported.
fn decode_into(s: &str, problems: &mut Vec<Problem>) -> String {
    match percent_decode(s) {
        Some(d) => d,
        None => {
            problems.push(Problem::BadEncoding(truncate(s, 40)));
            s.to_string()
        }
    }
}

/// Percent-decodes; `None` when an escape is malformed or the bytes are not UTF-8.
///
/// ```
/// assert_eq!(reader_route::percent_decode("a%20b"), Some("a b".to_string()));
/// assert_eq!(reader_route::percent_decode("%zz"), None);
/// ```
pub fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hi = hex(*bytes.get(i + 1)?)?;
            let lo = hex(*bytes.get(i + 2)?)?;
            out.push(hi << 4 | lo);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Percent-encodes everything but unreserved characters (RFC 3986) and a few safe ones.
fn encode_into(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 15) as usize] as char);
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
            embed: bool,
        ) {
            let view = match single { Some(d) if d != "both" => View::Single(d), _ => View::Both };
            let r = Route { block, query, filter, view, embed, problems: vec![] };
            proptest::prop_assert_eq!(Route::parse(&r.to_fragment()), r);
        }
    }
}
