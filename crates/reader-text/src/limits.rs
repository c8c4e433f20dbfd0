//! The one cap on a query's length, applied wherever a query enters: the address bar
//! (`reader-route`), the search box (the app) and the search itself (`reader-search`).

/// Longest query, in characters; longer queries are cut.
pub const MAX_QUERY_CHARS: usize = 256;

/// `s` cut to its first `max` characters, and whether it was cut. It looks no further than
/// `max` characters, so a huge paste costs no more than a long query.
///
/// ```
/// use reader_text::cut_chars;
/// assert_eq!(cut_chars("Łukašenka", 4), ("Łuka", true));
/// assert_eq!(cut_chars("Minsk", 5), ("Minsk", false));
/// ```
pub fn cut_chars(s: &str, max: usize) -> (&str, bool) {
    match s.char_indices().nth(max) {
        Some((at, _)) => (&s[..at], true),
        None => (s, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_at_a_character_boundary() {
        let s = "ž".repeat(MAX_QUERY_CHARS + 3);
        let (cut, was_cut) = cut_chars(&s, MAX_QUERY_CHARS);
        assert!(was_cut);
        assert_eq!(cut.chars().count(), MAX_QUERY_CHARS);
        assert_eq!(cut_chars("", 0), ("", false));
        assert_eq!(cut_chars("ab", 0), ("", true));
    }
}
