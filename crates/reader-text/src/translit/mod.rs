//! Names in other scripts: transliteration of Russian and Belarusian
//! Cyrillic by the published systems, and the reading of Latin spellings
//! with diacritics, so that a query in any of them finds the spelling the
//! documents use.
//!
//! * A module per system, each a [`Table`] tested letter by letter:
//!   [`bgn_russian`] (BGN/PCGN Russian, 1947), [`bgn_belarusian`]
//!   (BGN/PCGN Belarusian, 1979), [`iso9`] (ISO 9:1995), [`national`] (the
//!   Belarusian national system, 2000/2007) and [`lacinka`] (Łacinka).
//! * [`latin`]: Latin with diacritics (ł š ž č ć ŭ ń ś ź) and Polish-press
//!   spellings (sz, cz, rz, w) read as English spelling.
//! * [`latin_forms`]: the ASCII spellings a query word may stand for; the
//!   search looks each up as it looks up the word itself (exact, variant
//!   key, prefix, typo) and ranks what they find as variant matches.
//! * [`query_term`]: the term of a query word that keeps what the reading
//!   needs (the index folds `š` to `s`; the query keeps `š`).
//!
//! ```
//! use reader_text::translit::latin_forms;
//! assert!(latin_forms("лукашенко").contains(&"lukashenko".to_string()));
//! assert!(latin_forms("лукашэнка").contains(&"lukashenka".to_string()));
//! assert!(latin_forms("мінск").contains(&"minsk".to_string()));
//! assert!(latin_forms("łukaszenka").contains(&"lukashenka".to_string()));
//! assert!(latin_forms("sanctions").is_empty());
//! ```

pub mod bgn_belarusian;
pub mod bgn_russian;
pub mod iso9;
pub mod lacinka;
pub mod latin;
pub mod national;

use crate::fold::{fold_char, lower};

/// One transliteration system: its letters and the few context rules the
/// five systems need.
#[derive(Clone, Copy, Debug)]
pub struct Table {
    /// Every lower-case letter of the alphabet(s) the system covers, with its
    /// Latin at the start of a word and after a vowel or sign: entries
    /// separated by spaces, each the letter followed by its Latin (`жzh`).
    /// (One string rather than a slice of pairs: a third of the bytes in the WASM.)
    pub letters: &'static str,
    /// The Latin of a letter after a consonant, where it differs (`еie`).
    pub after_consonant: &'static str,
    /// A consonant followed by `ь`, where the pair is one Latin letter (`зź`).
    pub softened: &'static str,
    /// Łacinka's `л`: `l` before `ь е ё і ю я` (which then lose their `i`/`j`), `ł` elsewhere.
    pub soft_l: bool,
    /// Whether the Latin needs the [`latin`] reading to become English spelling.
    pub latin_reading: bool,
}

/// The five systems, in the order [`latin_forms`] tries them.
pub const SYSTEMS: [(&str, Table); 5] = [
    ("BGN/PCGN Russian", bgn_russian::TABLE),
    ("BGN/PCGN Belarusian", bgn_belarusian::TABLE),
    ("ISO 9", iso9::TABLE),
    ("Belarusian national", national::TABLE),
    ("Łacinka", lacinka::TABLE),
];

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'а' | 'е' | 'ё' | 'и' | 'і' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я'
    )
}

/// `е ё ю я`: the vowels a system may write with `i`/`j` before them.
fn is_iotated(c: char) -> bool {
    matches!(c, 'е' | 'ё' | 'ю' | 'я')
}

fn is_cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{4ff}').contains(&c)
}

/// The Latin of `c` in a list of entries (see [`Table::letters`]).
///
/// ```
/// assert_eq!(reader_text::translit::lookup("аa жzh ь", 'ж'), Some("zh"));
/// assert_eq!(reader_text::translit::lookup("аa жzh ь", 'ь'), Some(""));
/// assert_eq!(reader_text::translit::lookup("аa жzh ь", 'б'), None);
/// ```
pub fn lookup(list: &'static str, c: char) -> Option<&'static str> {
    list.split_ascii_whitespace().find_map(|entry| {
        let mut chars = entry.chars();
        (chars.next() == Some(c)).then_some(chars.as_str())
    })
}

/// The signs and `й`, `ў` after which `е ё ю я` are written as at the start of a word.
fn is_sign(c: char) -> bool {
    matches!(c, 'ь' | 'ъ' | 'ў' | 'й')
}

impl Table {
    /// The word (lower-case Cyrillic) in this system's Latin, or `None` when a
    /// Cyrillic letter of it is not in the system's alphabet (`і` in Russian).
    /// Other characters are kept.
    ///
    /// ```
    /// use reader_text::translit::{bgn_russian, lacinka, national};
    /// assert_eq!(bgn_russian::TABLE.transliterate("лукашенко").as_deref(), Some("lukashenko"));
    /// assert_eq!(bgn_russian::TABLE.transliterate("мінск"), None);
    /// assert_eq!(lacinka::TABLE.transliterate("лукашэнка").as_deref(), Some("łukašenka"));
    /// assert_eq!(lacinka::TABLE.transliterate("вялікае").as_deref(), Some("vialikaje"));
    /// assert_eq!(national::TABLE.transliterate("астравец").as_deref(), Some("astraviec"));
    /// ```
    pub fn transliterate(&self, word: &str) -> Option<String> {
        let mut out = String::with_capacity(word.len());
        let chars: Vec<char> = word.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let prev = i.checked_sub(1).map(|p| chars[p]);
            let next = chars.get(i + 1).copied();
            if !is_cyrillic(c) {
                out.push(c);
                continue;
            }
            let after_consonant =
                prev.is_some_and(|p| is_cyrillic(p) && !is_vowel(p) && !is_sign(p));
            let latin = if next == Some('ь') && lookup(self.softened, c).is_some() {
                lookup(self.softened, c)
            } else if c == 'ь' && prev.is_some_and(|p| lookup(self.softened, p).is_some()) {
                Some("")
            } else if self.soft_l
                && c == 'л'
                && next.is_some_and(|n| n == 'ь' || n == 'і' || is_iotated(n))
            {
                Some("l")
            } else if self.soft_l && prev == Some('л') && is_iotated(c) {
                lookup(self.after_consonant, c).map(|s| &s[1..])
            } else if after_consonant {
                lookup(self.after_consonant, c).or_else(|| lookup(self.letters, c))
            } else {
                lookup(self.letters, c)
            };
            out.push_str(latin?);
        }
        Some(out)
    }
}

/// The ASCII spellings a (folded) query word may stand for, besides itself:
///
/// * Cyrillic: its transliteration by each system that covers its letters,
///   read as English spelling where the system's Latin needs it;
/// * Latin with the diacritics of [`latin::MARKED`]: the [`latin`] reading and
///   the plain folding;
/// * ASCII with a Polish digraph (`sz`, `cz`, `rz`): the [`latin`] reading.
///
/// Each spelling once, the word itself left out; empty for other words.
pub fn latin_forms(term: &str) -> Vec<String> {
    let mut forms: Vec<String> = Vec::new();
    let mut add = |f: String| {
        if f != term && !f.is_empty() && f.is_ascii() && !forms.contains(&f) {
            forms.push(f);
        }
    };
    if term.chars().any(is_cyrillic) {
        for (_, table) in &SYSTEMS {
            if let Some(latin) = table.transliterate(term) {
                add(if table.latin_reading {
                    latin::english(&latin)
                } else {
                    plain(&latin)
                });
            }
        }
    } else if term.chars().any(|c| latin::MARKED.contains(&c)) {
        add(latin::english(term));
        add(plain(term));
    } else if term
        .as_bytes()
        .windows(2)
        .any(|w| matches!(w, b"sz" | b"cz" | b"rz"))
    {
        add(latin::english(term));
    }
    forms
}

/// Latin that is English spelling already (BGN/PCGN): signs dropped, folded.
fn plain(latin: &str) -> String {
    let mut out = String::with_capacity(latin.len());
    for c in latin.chars().filter(|c| !latin::SIGNS.contains(c)) {
        fold_char(c, &mut out);
    }
    out
}

/// The query term of a word of the query: `folded` (what the index's
/// analysis made of it) unless the word has a letter of [`latin::MARKED`]
/// (composed or decomposed), whose marks the reading needs: then the word in
/// lower case, composed, without apostrophes.
///
/// ```
/// use reader_text::translit::query_term;
/// assert_eq!(query_term("Łukašenka", "lukasenka".into()), "łukašenka");
/// assert_eq!(query_term("Łukas\u{30c}enka’s", "lukasenka".into()), "łukašenka");
/// assert_eq!(query_term("Minsk", "minsk".into()), "minsk");
/// ```
pub fn query_term(word: &str, folded: String) -> String {
    let lowered: String = word.chars().map(lower).collect();
    let composed = latin::compose(&lowered);
    if !composed.chars().any(|c| latin::MARKED.contains(&c)) {
        return folded;
    }
    let mut term: String = composed.chars().filter(|&c| c.is_alphanumeric()).collect();
    let possessive = ["’s", "'s"].map(str::as_bytes);
    if possessive.iter().any(|p| composed.as_bytes().ends_with(p)) && term.ends_with('s') {
        term.pop();
    }
    term
}
