//! Block ids, made from the text: `DOCUMENT-SLUG`, the slug being the block's first five
//! words folded to ASCII, suffixed `-2`, `-3` when it repeats in the document. The curated
//! content gives the blocks these ids, and the encoding does not store an id it can make
//! again from the text.

/// How many words of a block's text make its id.
const SLUG_WORDS: usize = 5;

/// The id slug of a block's text: its first five words, each folded to ASCII lowercase
/// letters and digits ([`reader_text::fold_char`], then anything else dropped; words that
/// fold to nothing are skipped), joined by `-`.
///
/// ```
/// use reader_model::slug;
/// assert_eq!(slug("WASHINGTON -- While U.S. relations with"), "washington-while-us-relations-with");
/// assert_eq!(slug("Škoda Łódź café"), "skoda-lodz-cafe");
/// assert_eq!(slug("-- ..."), "");
/// ```
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for word in text
        .split_whitespace()
        .map(fold_word)
        .filter(|w| !w.is_empty())
        .take(SLUG_WORDS)
    {
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word);
    }
    out
}

fn fold_word(word: &str) -> String {
    let mut folded = String::new();
    for c in word.chars() {
        reader_text::fold_char(c, &mut folded);
    }
    folded.retain(|c| c.is_ascii_alphanumeric());
    folded
}

/// Makes the ids of one document's blocks, in order.
///
/// ```
/// let mut ids = reader_model::BlockIds::new("rferl");
/// assert_eq!(ids.next("Minsk and Moscow"), "rferl-minsk-and-moscow");
/// assert_eq!(ids.next("Minsk and Moscow."), "rferl-minsk-and-moscow-2");
/// ```
#[derive(Debug)]
pub struct BlockIds<'a> {
    doc: &'a str,
    /// The id of every block so far, without its suffix.
    made: Vec<String>,
}

impl<'a> BlockIds<'a> {
    /// The ids of document `doc`'s blocks.
    pub fn new(doc: &'a str) -> BlockIds<'a> {
        BlockIds {
            doc,
            made: Vec::new(),
        }
    }

    /// The id of the next block, whose text is `text`.
    pub fn next(&mut self, text: &str) -> String {
        let mut id = String::from(self.doc);
        id.push('-');
        id.push_str(&slug(text));
        let n = self.made.iter().filter(|m| **m == id).count() + 1;
        self.made.push(id.clone());
        if n > 1 {
            id.push('-');
            id.push_str(&n.to_string());
        }
        id
    }
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
        assert_eq!(slug("Russia’s seizure"), "russias-seizure");
        assert_eq!(slug("Škoda Łódź café"), "skoda-lodz-cafe");
        assert_eq!(slug("-- ..."), "");
    }
}
