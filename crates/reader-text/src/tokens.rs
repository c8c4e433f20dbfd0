//! Tokens: [`analyze`] splits a text into folded terms.
//!
//! [`analyze`] turns text into [`Token`]s: words, numbers and the joined form
//! of hyphenated words, each folded to a search term. The same function runs
//! at build time over the documents and at query time over the query, so both
//! sides always agree.
//!
//! Rules, in order:
//! 1. A word is a run of alphanumeric characters. Inside a word these
//!    connectors are kept: apostrophes (`'`, `’`, `‘`, `ʼ`), hyphens (`-`,
//!    `‐`, `‑`), `.` and `,` between two digits (`10,000`, `1.5`), and `.`
//!    between single letters (`U.S.`). A combining mark after a letter is
//!    part of the word (a decomposed `š` does not split it).
//! 2. Each character is lower-cased ([`lower`](crate::lower): Latin, Greek, Cyrillic) and Latin diacritics are
//!    removed by a small table ([`fold_char`](crate::fold_char)); combining marks are dropped.
//! 3. Possessive `'s` is removed (`Moscow’s` → `moscow`); other apostrophes
//!    are dropped (`don't` → `dont`); `,` in numbers and `.` in
//!    abbreviations are dropped.
//! 4. A hyphenated word gives one token per part at consecutive positions and
//!    then a [`TokenKind::Joined`] token spelling the parts together
//!    (`cease-fire` → `cease`, `fire`, `ceasefire`).
//!
//! Stemming ([`stem`](crate::stem)) is not applied to tokens; the index keeps the surface
//! term and maps stems to terms.

use core::ops::Range;

use crate::fold::fold_char;

/// Longest term kept, in bytes; longer words are cut at a character boundary.
pub const MAX_TERM_BYTES: usize = 48;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A word (or a part of a hyphenated word).
    Word,
    /// A number (only digits, with an optional decimal point).
    Number,
    /// The parts of a hyphenated word written together; it has the position
    /// of the first part and the byte range of the whole word.
    Joined,
}

/// One term found in a text.
///
/// ```
/// let t = &reader_text::analyze("Moscow’s plan")[0];
/// assert_eq!(t.term, "moscow");
/// assert_eq!(t.range, 0..10); // the whole word, possessive included
/// assert_eq!(t.position, 0);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The folded term.
    pub term: String,
    /// Byte range of the word in the analysed text.
    pub range: Range<usize>,
    /// Word position: 0, 1, 2, … ([`TokenKind::Joined`] tokens repeat the
    /// position of their first part).
    pub position: u32,
    /// Word, number or joined hyphenated word.
    pub kind: TokenKind,
}

/// Splits and folds `text` into tokens (see the module documentation for the rules).
///
/// ```
/// use reader_text::{analyze, TokenKind};
/// let terms: Vec<String> = analyze("A cease-fire, $630 million; Lukashénko’s U.S. visit")
///     .into_iter().map(|t| t.term).collect();
/// assert_eq!(terms, ["a", "cease", "fire", "ceasefire", "630", "million", "lukashenko", "us", "visit"]);
/// assert_eq!(analyze("  -- ?! ").len(), 0);
/// let joined = analyze("cease-fire").pop().unwrap();
/// assert_eq!((joined.kind, joined.position, joined.range), (TokenKind::Joined, 0, 0..10));
/// ```
pub fn analyze(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut position = 0u32;
    let mut iter = text.char_indices().peekable();
    while let Some(&(start, c)) = iter.peek() {
        if !c.is_alphanumeric() {
            iter.next();
            continue;
        }
        let end = scan_word(text, start);
        emit_word(text, start..end, &mut position, &mut out);
        while iter.peek().is_some_and(|&(i, _)| i < end) {
            iter.next();
        }
    }
    out
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ')
}

/// Combining diacritical marks (U+0300–U+036F), dropped by the folding.
fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Returns the end of the word starting at `start` (rule 1).
fn scan_word(text: &str, start: usize) -> usize {
    let bytes_after = |i: usize| text.get(i..).unwrap_or("");
    let mut end = start;
    // Length (in chars) of the current segment since the last connector.
    let mut segment = 0usize;
    let mut prev: Option<char> = None;
    loop {
        let mut chars = bytes_after(end).chars();
        let Some(c) = chars.next() else { break };
        // A combining mark belongs to the letter before it (`s` + U+030C is `š`).
        if c.is_alphanumeric() || (is_combining(c) && prev.is_some_and(char::is_alphanumeric)) {
            end += c.len_utf8();
            segment += 1;
            prev = Some(c);
            continue;
        }
        let Some(next) = chars.next() else { break };
        let joins = match c {
            _ if is_apostrophe(c) || is_hyphen(c) => next.is_alphanumeric(),
            '.' | ',' if prev.is_some_and(|p| p.is_ascii_digit()) => next.is_ascii_digit(),
            '.' => {
                // U.S. / D.C.: single letters separated by dots.
                let after = chars.next();
                segment == 1
                    && prev.is_some_and(char::is_alphabetic)
                    && next.is_alphabetic()
                    && !after.is_some_and(char::is_alphanumeric)
            }
            _ => false,
        };
        if !joins {
            break;
        }
        end += c.len_utf8();
        segment = 0;
        prev = Some(c);
    }
    end
}

/// Folds one word (rules 2–4) and pushes its tokens.
fn emit_word(text: &str, range: Range<usize>, position: &mut u32, out: &mut Vec<Token>) {
    let word = &text[range.clone()];
    if !word.contains(is_hyphen) {
        // One part and no joined form: the same as below without the part list.
        let term = fold_part(word);
        if !term.is_empty() {
            out.push(Token {
                kind: term_kind(&term),
                term,
                range,
                position: *position,
            });
            *position += 1;
        }
        return;
    }
    let mut parts: Vec<(String, Range<usize>)> = Vec::new();
    let mut part_start = range.start;
    for (i, c) in word.char_indices() {
        if is_hyphen(c) {
            parts.push((
                fold_part(&word[part_start - range.start..i]),
                part_start..range.start + i,
            ));
            part_start = range.start + i + c.len_utf8();
        }
    }
    parts.push((
        fold_part(&word[part_start - range.start..]),
        part_start..range.end,
    ));
    parts.retain(|(t, _)| !t.is_empty());
    let first = *position;
    for (term, r) in &parts {
        out.push(Token {
            term: term.clone(),
            range: r.clone(),
            position: *position,
            kind: term_kind(term),
        });
        *position += 1;
    }
    if parts.len() > 1 {
        let mut joined = String::new();
        for (t, _) in &parts {
            joined.push_str(t);
        }
        truncate_term(&mut joined);
        out.push(Token {
            term: joined,
            range,
            position: first,
            kind: TokenKind::Joined,
        });
    }
}

/// A number is only digits, with an optional decimal point.
fn term_kind(term: &str) -> TokenKind {
    if term.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        TokenKind::Number
    } else {
        TokenKind::Word
    }
}

/// Folds a hyphen-free piece of a word: case, diacritics, apostrophes, dots, commas.
fn fold_part(part: &str) -> String {
    let mut s = String::with_capacity(part.len());
    let mut chars = part.chars().peekable();
    let mut prev_digit = false;
    while let Some(c) = chars.next() {
        if is_apostrophe(c) {
            // Possessive: apostrophe + s at the end of the part.
            let mut rest = chars.clone();
            if matches!(rest.next(), Some('s' | 'S')) && rest.next().is_none() {
                break;
            }
            continue;
        }
        if c == ',' || (c == '.' && !prev_digit) {
            continue;
        }
        prev_digit = c.is_ascii_digit();
        fold_char(c, &mut s);
    }
    truncate_term(&mut s);
    s
}

fn truncate_term(s: &mut String) {
    if s.len() > MAX_TERM_BYTES {
        let mut cut = MAX_TERM_BYTES;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(s: &str) -> Vec<String> {
        analyze(s).into_iter().map(|t| t.term).collect()
    }

    #[test]
    fn quotes_possessives_numbers() {
        assert_eq!(
            terms("Moscow's Moscow’s Belarusians’ it's"),
            ["moscow", "moscow", "belarusians", "it"]
        );
        assert_eq!(
            terms("$12 billion, 10,000 and 1.5."),
            ["12", "billion", "10000", "and", "1.5"]
        );
        assert_eq!(terms("“quoted” ‘single’"), ["quoted", "single"]);
        assert_eq!(
            terms("U.S. D.C. George W. Bush"),
            ["us", "dc", "george", "w", "bush"]
        );
    }

    #[test]
    fn hyphens_and_positions() {
        let toks = analyze("a Cold War-style game");
        let v: Vec<(&str, u32)> = toks.iter().map(|t| (t.term.as_str(), t.position)).collect();
        assert_eq!(
            v,
            [
                ("a", 0),
                ("cold", 1),
                ("war", 2),
                ("style", 3),
                ("warstyle", 2),
                ("game", 4)
            ]
        );
        assert_eq!(&"a Cold War-style game"[toks[4].range.clone()], "War-style");
    }

    #[test]
    fn combining_marks_stay_in_the_word() {
        let s = "Łukas\u{30c}enka met";
        let toks = analyze(s);
        assert_eq!(toks.len(), 2);
        assert_eq!(
            (toks[0].term.as_str(), toks[0].range.clone()),
            ("lukasenka", 0..12)
        );
        assert_eq!(terms("\u{301}a"), ["a"]);
    }

    #[test]
    fn ranges_are_char_boundaries() {
        let s = "Łukašėnka’s — ñ 北京 x";
        for t in analyze(s) {
            assert!(s.get(t.range.clone()).is_some());
        }
    }
}
