//! Block ids: the document id and a slug of the block's first words.

/// How many words of a block's text make its id.
const SLUG_WORDS: usize = 5;

/// The id slug of a block's text: its first five words, each folded to ASCII
/// lowercase letters and digits ([`reader_text::fold_char`], then anything
/// else dropped; words that fold to nothing are skipped), joined by `-`.
pub(crate) fn slug(text: &str) -> String {
    text.split_whitespace()
        .map(fold_word)
        .filter(|w| !w.is_empty())
        .take(SLUG_WORDS)
        .collect::<Vec<_>>()
        .join("-")
}

fn fold_word(word: &str) -> String {
    let mut folded = String::new();
    for c in word.chars() {
        reader_text::fold_char(c, &mut folded);
    }
    folded.retain(|c| c.is_ascii_alphanumeric());
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_takes_five_folded_words() {
        assert_eq!(
            slug("“The number one priority is to halt"),
            "the-number-one-priority-is"
        );
        assert_eq!(
            slug("WASHINGTON -- While U.S. relations with"),
            "washington-while-us-relations-with"
        );
        assert_eq!(slug("Russia’s seizure"), "russias-seizure");
        assert_eq!(slug("Škoda Łódź café"), "skoda-lodz-cafe");
        assert_eq!(slug("-- ..."), "");
    }
}
