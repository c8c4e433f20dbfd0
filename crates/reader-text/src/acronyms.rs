//! Acronyms defined in the text: `Collective Security Treaty Organization (CSTO)`.
//!
//! [`find_definitions`] looks for an upper-case word of 2 to 8 letters in
//! parentheses and matches its letters, right to left, against the words just
//! before the parenthesis (the Schwartz–Hearst algorithm): every letter must
//! occur in order, the first one at the start of a word, and the long form is
//! the shortest run of capitalized words (small words like `of` allowed
//! inside) that matches. `Eurasian Economic Union (EAEU)` works because `A`
//! is found inside `Eurasian`.

use crate::tokens::analyze;

/// An acronym and the terms of its long form.
///
/// ```
/// let d = &reader_text::find_definitions("the Eurasian Economic Union (EAEU), which")[0];
/// assert_eq!(d.acronym, "eaeu");
/// assert_eq!(d.expansion, ["eurasian", "economic", "union"]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Definition {
    /// The acronym, folded like a term.
    pub acronym: String,
    /// The terms of the long form, in order.
    pub expansion: Vec<String>,
}

const SMALL_WORDS: [&str; 6] = ["of", "and", "for", "the", "on", "in"];

/// Finds acronym definitions in one passage.
///
/// ```
/// use reader_text::find_definitions;
/// let d = find_definitions("part of the Collective Security Treaty Organization (CSTO), which");
/// assert_eq!(d[0].acronym, "csto");
/// assert_eq!(d[0].expansion.len(), 4);
/// assert!(find_definitions("the plant (or Astravets) and (NATO)").is_empty());
/// ```
pub fn find_definitions(text: &str) -> Vec<Definition> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut offset = 0;
    while let Some(open) = rest.find('(') {
        let after = &rest[open + 1..];
        let Some(close) = after.find(')') else { break };
        let inner = &after[..close];
        let before = &text[..offset + open];
        if (2..=8).contains(&inner.len()) && inner.bytes().all(|b| b.is_ascii_uppercase()) {
            if let Some(expansion) = long_form(inner, before) {
                out.push(Definition {
                    acronym: inner.to_ascii_lowercase(),
                    expansion,
                });
            }
        }
        offset += open + 1;
        rest = &text[offset..];
    }
    out
}

/// The long form of `acronym` at the end of `before`, as terms.
fn long_form(acronym: &str, before: &str) -> Option<Vec<String>> {
    let words: Vec<&str> = before.split_whitespace().collect();
    let max_words = (acronym.len() + 5).min(acronym.len() * 2).min(words.len());
    for n in 1..=max_words {
        let candidate = &words[words.len() - n..];
        let capitalized = candidate.iter().enumerate().all(|(i, w)| {
            let first_upper = w.chars().next().is_some_and(char::is_uppercase);
            first_upper || (i > 0 && SMALL_WORDS.contains(&w.to_lowercase().as_str()))
        });
        if !capitalized {
            return None;
        }
        if n >= 2 && matches_letters(acronym, &candidate.join(" ")) {
            return Some(
                analyze(&candidate.join(" "))
                    .into_iter()
                    .map(|t| t.term)
                    .collect(),
            );
        }
    }
    None
}

/// Schwartz–Hearst: acronym letters found right to left in `long`, the first
/// letter at the start of the first word.
fn matches_letters(acronym: &str, long: &str) -> bool {
    let long: Vec<char> = long.to_lowercase().chars().collect();
    let letters: Vec<char> = acronym.to_lowercase().chars().collect();
    let mut li = long.len();
    for (ai, &a) in letters.iter().enumerate().rev() {
        loop {
            if li == 0 {
                return false;
            }
            li -= 1;
            let at_word_start = li == 0 || !long[li - 1].is_alphanumeric();
            if long[li] == a && (ai > 0 || at_word_start) {
                break;
            }
        }
    }
    // The first letter must start the first word of the long form.
    long[..li].iter().all(|c| !c.is_alphanumeric())
}

/// The acronym definitions found in a sequence of passages, one per acronym
/// (the first definition wins).
///
/// ```
/// let defs = reader_text::acronym_definitions(["the Eurasian Economic Union (EAEU)", "the EAEU", "Eurasian Economic Union (EAEU)"]);
/// assert_eq!(defs.len(), 1);
/// ```
pub fn acronym_definitions<S: AsRef<str>>(
    passages: impl IntoIterator<Item = S>,
) -> Vec<Definition> {
    let mut definitions: Vec<Definition> = Vec::new();
    for text in passages {
        for d in find_definitions(text.as_ref()) {
            if !definitions.iter().any(|e| e.acronym == d.acronym) {
                definitions.push(d);
            }
        }
    }
    definitions
}
