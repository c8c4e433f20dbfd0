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
    letters: "аa бb вv гg ґg\u{300} дd еe ёë \
        жž зz иi іì йj кk лl мm \
        нn оo пp рr сs тt уu ўǔ \
        фf хh цc чč шš щŝ ъʺ ыy \
        ьʹ эè юû яâ",
    after_consonant: "",
    softened: "",
    soft_l: false,
    latin_reading: true,
};
