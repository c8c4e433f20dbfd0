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
    letters: &[
        ('а', "a"),
        ('б', "b"),
        ('в', "v"),
        ('г', "h"),
        ('ґ', "g"),
        ('д', "d"),
        ('е', "je"),
        ('ё', "jo"),
        ('ж', "ž"),
        ('з', "z"),
        ('і', "i"),
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
        ('ў', "ŭ"),
        ('ф', "f"),
        ('х', "ch"),
        ('ц', "c"),
        ('ч', "č"),
        ('ш', "š"),
        ('ы', "y"),
        ('ь', "ʹ"),
        ('э', "e"),
        ('ю', "ju"),
        ('я', "ja"),
    ],
    after_consonant: &[('е', "ie"), ('ё', "io"), ('ю', "iu"), ('я', "ia")],
    softened: &[('з', "ź"), ('л', "ĺ"), ('н', "ń"), ('с', "ś"), ('ц', "ć")],
    soft_l: false,
    latin_reading: true,
};
