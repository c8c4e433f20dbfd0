//! The Latin reading: Belarusian and Polish Latin spellings, and the output
//! of ISO 9, the national system and Łacinka, read as the English-language
//! spelling the documents use (`Łukašenka`, `Łukaszenka` → `lukashenka`;
//! `Astraviec` → `astraviets`; `Krawczenko` → `kravchenko`).
//!
//! Rules, left to right, longest first:
//!
//! | Latin | English | from |
//! | --- | --- | --- |
//! | `szcz` | `shch` | Polish (щ, шч) |
//! | `sz`, `š`, `ŝ` | `sh` (`ŝ` `shch`) | Polish, Łacinka, ISO 9 |
//! | `cz`, `č` | `ch` | Polish, Łacinka |
//! | `rz`, `ż`, `ž` | `zh` | Polish, Łacinka |
//! | `ch` | `kh` | Polish, Łacinka, the national system (х) |
//! | `c`, `ć` | `ts` | all (ц, ць) |
//! | `ś`, `ź`, `ń`, `ĺ`, `ł` | `s`, `z`, `n`, `l`, `l` | softness and ł are not written in English |
//! | `ŭ`, `ǔ`, `ú`, `w` | `u`, `u`, `u`, `v` | ў; Polish w |
//! | `j` | `y` | all (й, je, ja) |
//! | `û`, `â`, `ë` | `yu`, `ya`, `e` | ISO 9 (ю, я, ё) |
//! | `ʹ ʺ ’ ′` | nothing | soft and hard signs |
//!
//! Every other letter is folded like the index ([`fold_char`](crate::fold_char)).

use crate::fold::fold_char;

/// Reads `word` (lower case) as English spelling by the rules above.
///
/// ```
/// use reader_text::translit::latin::english;
/// assert_eq!(english("łukašenka"), "lukashenka");
/// assert_eq!(english("łukaszenka"), "lukashenka");
/// assert_eq!(english("krawczenko"), "kravchenko");
/// assert_eq!(english("astraviec"), "astraviets");
/// ```
pub fn english(word: &str) -> String {
    let mut out = String::with_capacity(word.len() + 4);
    let mut rest = word;
    while let Some(c) = rest.chars().next() {
        let (latin, english) = DIGRAPHS
            .iter()
            .find(|(d, _)| rest.as_bytes().starts_with(d.as_bytes()))
            .copied()
            .unwrap_or_else(|| {
                (
                    &rest[..c.len_utf8()],
                    super::lookup(LETTERS, c).unwrap_or(""),
                )
            });
        rest = &rest[latin.len()..];
        if english.is_empty() && !SIGNS.contains(&c) {
            fold_char(c, &mut out);
        } else {
            out.push_str(english);
        }
    }
    out
}

/// Letter pairs read together, longest first.
pub const DIGRAPHS: &[(&str, &str)] = &[
    ("szcz", "shch"),
    ("sz", "sh"),
    ("cz", "ch"),
    ("rz", "zh"),
    ("ch", "kh"),
];

/// Single letters and their English spelling, entries as in
/// [`Table::letters`](super::Table::letters).
pub const LETTERS: &str = "šsh ŝshch čch žzh żzh cts ćts śs źz ńn ĺl łl ŭu ǔu úu wv jy ûyu âya ëe";

/// Soft and hard signs, dropped.
pub const SIGNS: &[char] = &['ʹ', 'ʺ', '’', '”', '′'];

/// The Latin letters with diacritics that mark a word as Belarusian or
/// Polish Latin (a query word with one of them is read by [`english`]).
pub const MARKED: &[char] = &['ł', 'š', 'ž', 'č', 'ć', 'ŭ', 'ń', 'ś', 'ź', 'ż', 'ĺ', 'ǔ'];

/// `word` with a base letter and a following combining caron, breve or
/// acute composed into the marked letter (`s` + U+030C → `š`), so a
/// decomposed query reads like a composed one. Other characters are kept.
///
/// ```
/// assert_eq!(reader_text::translit::latin::compose("łukas\u{30c}enka"), "łukašenka");
/// assert_eq!(reader_text::translit::latin::compose("kraŭc\u{30c}anka"), "kraŭčanka");
/// ```
pub fn compose(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        let composed = chars.peek().and_then(|&m| {
            COMBINED
                .iter()
                .find(|(b, mark, _)| *b == c && *mark == m)
                .map(|(_, _, x)| *x)
        });
        match composed {
            Some(x) => {
                chars.next();
                out.push(x);
            }
            None => out.push(c),
        }
    }
    out
}

/// Base letter, combining mark, composed letter.
const COMBINED: &[(char, char, char)] = &[
    ('s', '\u{30c}', 'š'),
    ('z', '\u{30c}', 'ž'),
    ('c', '\u{30c}', 'č'),
    ('u', '\u{306}', 'ŭ'),
    ('c', '\u{301}', 'ć'),
    ('n', '\u{301}', 'ń'),
    ('s', '\u{301}', 'ś'),
    ('z', '\u{301}', 'ź'),
    ('l', '\u{301}', 'ĺ'),
    ('z', '\u{307}', 'ż'),
];
