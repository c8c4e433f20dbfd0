//! BGN/PCGN romanization of Belarusian (1979): the spelling of RFE/RL and
//! of English-language maps of Belarus (Lukashenka, Krauchenka are close to
//! it; Astravyets, Alyaksandr follow it).
//!
//! Table: BGN/PCGN, *Romanization of Belarusian* (U.S. Board on Geographic
//! Names and the Permanent Committee on Geographical Names, 1979; in
//! *Romanization Systems and Roman-Script Spellings*, BGN/PCGN, 1994).
//! No letter depends on its neighbours (`е` is always `ye`: Беліца =
//! Byelitsa); `ў` is `w`, the soft sign `’`, the interpunct is not written.

use super::Table;

/// The letters of the Belarusian alphabet and their romanization.
pub const TABLE: Table = Table {
    letters: &[
        ('а', "a"),
        ('б', "b"),
        ('в', "v"),
        ('г', "h"),
        ('ґ', "g"),
        ('д', "d"),
        ('е', "ye"),
        ('ё', "yo"),
        ('ж', "zh"),
        ('з', "z"),
        ('і', "i"),
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
        ('ў', "w"),
        ('ф', "f"),
        ('х', "kh"),
        ('ц', "ts"),
        ('ч', "ch"),
        ('ш', "sh"),
        ('ы', "y"),
        ('ь', "’"),
        ('э', "e"),
        ('ю', "yu"),
        ('я', "ya"),
    ],
    after_consonant: &[],
    softened: &[],
    soft_l: false,
    latin_reading: false,
};
