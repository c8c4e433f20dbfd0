//! The Belarusian national system: the *Instruction on the transliteration
//! of Belarusian geographical names with letters of the Latin script*
//! (State Committee on Land Resources, Geodesy and Cartography of the
//! Republic of Belarus, 2000; adopted by the UN Conference on the
//! Standardization of Geographical Names, resolution IX/7, 2007), used on
//! Belarusian road signs and maps (Minsk, Astraviec, Mahilioŭ).
//!
//! `е ё ю я` are `je jo ju ja` at the start of a word, after a vowel, the
//! apostrophe, `ь` and `ў`, and `ie io iu ia` after a consonant; `г` is `h`,
//! `х` is `ch`, `ц` is `c`, `ў` is `ŭ`; a consonant before `ь` takes an acute
//! where the alphabet has one (`зь ź`, `ль ĺ`, `нь ń`, `сь ś`, `ць ć`),
//! elsewhere `ь` is `ʹ`. (The 2023 revision of the Instruction is not
//! covered here: its text was not available to check the table against.)

use super::Table;

/// The Belarusian letters and their national transliteration.
pub const TABLE: Table = Table {
    letters: "аa бb вv гh ґg дd еje ёjo \
        жž зz іi йj кk лl мm нn \
        оo пp рr сs тt уu ўŭ фf \
        хch цc чč шš ыy ьʹ эe юju \
        яja",
    after_consonant: "еie ёio юiu яia",
    softened: "зź лĺ нń сś цć",
    soft_l: false,
    latin_reading: true,
};
