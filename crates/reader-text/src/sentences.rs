//! Sentences: [`sentences`] cuts a passage into sentences, for the
//! alignment's sentence statistics and embeddings, and [`last_sentence`]
//! gives the sentence a footnote marker closes.

/// Splits a passage into sentences: after `.`, `!` or `?` (and any closing
/// quotes or brackets) followed by a space and an upper-case letter or an
/// opening quote — except after an abbreviation with inner dots (`U.S.`)
/// or a single capital letter (`George W. Bush`).
///
/// ```
/// let s = reader_text::sentences("In 2006, the U.S. imposed sanctions. Bush acted. George W. Bush “agreed.” Yes?");
/// assert_eq!(s, ["In 2006, the U.S. imposed sanctions.", "Bush acted.", "George W. Bush “agreed.”", "Yes?"]);
/// ```
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if matches!(c, '.' | '!' | '?') {
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '"' | '”' | '’' | '\'' | ')' | ']') {
                j += 1;
            }
            let followed = j + 1 < chars.len()
                && chars[j].1 == ' '
                && (chars[j + 1].1.is_uppercase() || matches!(chars[j + 1].1, '"' | '“' | '‘'));
            if followed && !(c == '.' && is_abbreviation(&text[start..pos])) {
                let end = chars[j].0;
                out.push(text[start..end].trim());
                start = chars[j + 1].0;
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// True when the text before a `.` ends with `U.S` or a lone capital letter.
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    word.contains('.') || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
}

/// The last sentence of `text` (for a footnote: the text of its block up to
/// the marker), or `""` when `text` is blank.
///
/// ```
/// assert_eq!(reader_text::last_sentence("One. In 2006, the U.S. imposed sanctions."), "In 2006, the U.S. imposed sanctions.");
/// assert_eq!(reader_text::last_sentence("He said “stop.” and left."), "He said “stop.” and left.");
/// assert_eq!(reader_text::last_sentence(" "), "");
/// ```
pub fn last_sentence(text: &str) -> &str {
    sentences(text).pop().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_sentence_skips_initialisms_and_lowercase_continuations() {
        assert_eq!(
            last_sentence("One. In 2006, the U.S. imposed sanctions."),
            "In 2006, the U.S. imposed sanctions."
        );
        assert_eq!(last_sentence("A “quote.” Next one,"), "Next one,");
        assert_eq!(last_sentence("No boundary here"), "No boundary here");
        assert_eq!(
            last_sentence("He said “stop.” and left."),
            "He said “stop.” and left."
        );
    }
}
