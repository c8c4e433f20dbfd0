//! BGN/PCGN romanization of Russian (1947), the system of English-language
//! maps and of most English-language press (Lukashenko, Kravchenko).
//!
//! Table: BGN/PCGN, *Romanization of Russian* (U.S. Board on Geographic
//! Names and the Permanent Committee on Geographical Names, 1947; in
//! *Romanization Systems and Roman-Script Spellings*, BGN/PCGN, 1994).
//! `е` and `ё` are `ye` and `yë` at the start of a word, after a vowel and
//! after `й`, `ъ`, `ь`; `e` and `ë` after other consonants. The optional
//! interpunct (`t·s`) is not written. The signs are `”` (`ъ`) and `’` (`ь`).

use super::Table;

/// The letters of the Russian alphabet and their romanization.
pub const TABLE: Table = Table {
    letters: &[
        ('а', "a"),
        ('б', "b"),
        ('в', "v"),
        ('г', "g"),
        ('д', "d"),
        ('е', "ye"),
        ('ё', "yë"),
        ('ж', "zh"),
        ('з', "z"),
        ('и', "i"),
        ('й', "y"),
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
        ('ф', "f"),
        ('х', "kh"),
        ('ц', "ts"),
        ('ч', "ch"),
        ('ш', "sh"),
        ('щ', "shch"),
        ('ъ', "”"),
        ('ы', "y"),
        ('ь', "’"),
        ('э', "e"),
        ('ю', "yu"),
        ('я', "ya"),
    ],
    after_consonant: &[('е', "e"), ('ё', "ë")],
    softened: &[],
    soft_l: false,
    latin_reading: false,
};
