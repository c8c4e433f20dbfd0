//! ISO 9:1995 (GOST 7.79-2000 system A): one Latin letter for each Cyrillic
//! letter of every Slavic alphabet, Russian and Belarusian alike, reversible.
//!
//! Table: ISO 9:1995, *Information and documentation — Transliteration of
//! Cyrillic characters into Latin characters — Slavic and non-Slavic
//! languages*, table 1 (the letters used in Russian and Belarusian). No
//! letter depends on its neighbours. Its Latin (č, š, ž, c = ц, h = х) is
//! read as English spelling by the [Latin reading](super::latin).

use super::Table;

/// The Russian and Belarusian letters and their ISO 9 transliteration.
pub const TABLE: Table = Table {
    letters: &[
        ('а', "a"),
        ('б', "b"),
        ('в', "v"),
        ('г', "g"),
        ('ґ', "g\u{300}"),
        ('д', "d"),
        ('е', "e"),
        ('ё', "ë"),
        ('ж', "ž"),
        ('з', "z"),
        ('и', "i"),
        ('і', "ì"),
        ('й', "j"),
        ('к', "k"),
        ('л', "l"),
        ('м', "m"),
        ('н', "n"),
        ('о', "o"),
        ('п', "p"),
        ('р', "r"),
        ('с', "s"),
        ('т', "t"),
        ('у', "u"),
        ('ў', "ǔ"),
        ('ф', "f"),
        ('х', "h"),
        ('ц', "c"),
        ('ч', "č"),
        ('ш', "š"),
        ('щ', "ŝ"),
        ('ъ', "ʺ"),
        ('ы', "y"),
        ('ь', "ʹ"),
        ('э', "è"),
        ('ю', "û"),
        ('я', "â"),
    ],
    after_consonant: &[],
    softened: &[],
    soft_l: false,
    latin_reading: true,
};
