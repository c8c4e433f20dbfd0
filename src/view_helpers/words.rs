//! Cutting and editing text by words.

/// How many words of a passage the overview and the footnote popover show.
pub const PASSAGE_PREVIEW_WORDS: usize = 24;

/// The first `n` words of `text`, with "…" when cut.
pub fn first_words(text: &str, n: usize) -> String {
    let mut words = text.split_whitespace();
    let head: Vec<&str> = words.by_ref().take(n).collect();
    let mut s = head.join(" ");
    if words.next().is_some() {
        s.push('…');
    }
    s
}

/// The query with its last word replaced by `word` (for "Did you mean").
pub fn replace_last_word(query: &str, word: &str) -> String {
    let trimmed = query.trim_end();
    match trimmed.rfind(char::is_whitespace) {
        Some(i) => format!("{} {}", &trimmed[..i], word),
        None => word.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn first_words_cuts_with_an_ellipsis() {
        assert_eq!(super::first_words("a b c", 2), "a b…");
        assert_eq!(super::first_words("a b", 2), "a b");
        assert_eq!(super::first_words("", 2), "");
    }

    #[test]
    fn replaces_only_the_last_word() {
        assert_eq!(super::replace_last_word("air bsae ", "base"), "air base");
        assert_eq!(
            super::replace_last_word("sanctoins", "sanctions"),
            "sanctions"
        );
    }
}
