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
    letters: "аa бb вv гg дd еye ёyë жzh \
        зz иi йy кk лl мm нn оo \
        пp рr сs тt уu фf хkh цts \
        чch шsh щshch ъ” ыy ь’ эe юyu \
        яya",
    after_consonant: "еe ёë",
    softened: "",
    soft_l: false,
    latin_reading: false,
};
