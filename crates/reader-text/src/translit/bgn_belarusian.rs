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
    letters: "аa бb вv гh ґg дd еye ёyo \
        жzh зz іi йy кk лl мm нn \
        оo пp рr сs тt уu ўw фf \
        хkh цts чch шsh ыy ь’ эe юyu \
        яya",
    after_consonant: "",
    softened: "",
    soft_l: false,
    latin_reading: false,
};
