//! Łacinka, the Belarusian Latin alphabet (Łukašenka, Astraviec,
//! Kraŭčanka), in its modern standard form.
//!
//! Table: the modern Łacinka alphabet as published in the comparison tables
//! of the romanizations of Belarusian (e.g. Wikipedia, "Belarusian Latin
//! alphabet", table "Cyrillic and Latin"), letter by letter: `г h`, `ґ g`, `ж ž`,
//! `й j`, `л ł`, `ў ŭ`, `х ch`, `ц c`, `ч č`, `ш š`; `е ё ю я` are `je jo ju
//! ja` at the start of a word, after a vowel, the apostrophe, `ь` and `ў`,
//! `ie io iu ia` after a consonant, and `e o u a` after `л`; `л` is `l`
//! (not `ł`) before `ь`, `е ё і ю я`; a consonant before `ь` takes an acute
//! (`зь ź`, `нь ń`, `сь ś`, `ць ć`), `ль` is `l`.

use super::Table;

/// The Belarusian letters and their Łacinka spelling.
pub const TABLE: Table = Table {
    letters: "аa бb вv гh ґg дd еje ёjo \
        жž зz іi йj кk лł мm нn \
        оo пp рr сs тt уu ўŭ фf \
        хch цc чč шš ыy ь эe юju \
        яja",
    after_consonant: "еie ёio юiu яia",
    softened: "зź лl нń сś цć",
    soft_l: true,
    latin_reading: true,
};
