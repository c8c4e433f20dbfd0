//! The transliteration tables, letter by letter and system by system, against
//! the published tables (copied here independently of the crate's tables),
//! then the context rules with the examples the publications give.

use reader_text::translit::{
    bgn_belarusian, bgn_russian, iso9, lacinka, latin, latin_forms, lookup, national, query_term,
    Table, SYSTEMS,
};

const RUSSIAN: &str = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
const BELARUSIAN: &str = "абвгґдеёжзійклмнопрстуўфхцчшыьэюя";

/// `letters` (the alphabet) against `expected` (one Latin spelling per letter,
/// space-separated, `-` for none), each letter alone at the start of a word.
fn check_letters(name: &str, table: Table, letters: &str, expected: &str) {
    let expected: Vec<&str> = expected.split(' ').collect();
    assert_eq!(
        letters.chars().count(),
        expected.len(),
        "{name}: table length"
    );
    for (c, want) in letters.chars().zip(expected) {
        let want = if want == "-" { "" } else { want };
        let got = table.transliterate(&c.to_string());
        assert_eq!(got.as_deref(), Some(want), "{name}: {c}");
    }
    assert_eq!(
        table.letters.split_ascii_whitespace().count(),
        letters.chars().count(),
        "{name}: the table has exactly the alphabet's letters"
    );
}

#[test]
fn bgn_pcgn_russian_letter_by_letter() {
    check_letters(
        "BGN/PCGN Russian",
        bgn_russian::TABLE,
        RUSSIAN,
        "a b v g d ye yë zh z i y k l m n o p r s t u f kh ts ch sh shch ” y ’ e yu ya",
    );
    // е, ё after a consonant; after a vowel and after ь, ъ, й as at the start.
    let t = |w: &str| bgn_russian::TABLE.transliterate(w).unwrap();
    assert_eq!(t("лукашенко"), "lukashenko");
    assert_eq!(t("кравченко"), "kravchenko");
    assert_eq!(t("островец"), "ostrovets");
    assert_eq!(t("ельцин"), "yel’tsin");
    assert_eq!(t("объект"), "ob”yekt");
    assert_eq!(t("чаусовский"), "chausovskiy");
    assert_eq!(t("щёлково"), "shchëlkovo");
    assert_eq!(
        bgn_russian::TABLE.transliterate("мінск"),
        None,
        "і is not Russian"
    );
}

#[test]
fn bgn_pcgn_belarusian_letter_by_letter() {
    check_letters(
        "BGN/PCGN Belarusian",
        bgn_belarusian::TABLE,
        BELARUSIAN,
        "a b v h g d ye yo zh z i y k l m n o p r s t u w f kh ts ch sh y ’ e yu ya",
    );
    // The published examples: no context rules.
    let t = |w: &str| bgn_belarusian::TABLE.transliterate(w).unwrap();
    assert_eq!(t("беліца"), "byelitsa");
    assert_eq!(t("гомель"), "homyel’");
    assert_eq!(t("нёман"), "nyoman");
    assert_eq!(t("лукашэнка"), "lukashenka");
    assert_eq!(t("аляксандр"), "alyaksandr");
    assert_eq!(t("магілёў"), "mahilyow");
    assert_eq!(
        bgn_belarusian::TABLE.transliterate("щи"),
        None,
        "щ, и are not Belarusian"
    );
}

#[test]
fn iso_9_letter_by_letter() {
    let both = "абвгґдеёжзиійклмнопрстуўфхцчшщъыьэюя";
    check_letters(
        "ISO 9",
        iso9::TABLE,
        both,
        "a b v g g\u{300} d e ë ž z i ì j k l m n o p r s t u ǔ f h c č š ŝ ʺ y ʹ è û â",
    );
    let t = |w: &str| iso9::TABLE.transliterate(w).unwrap();
    assert_eq!(t("лукашэнка"), "lukašènka");
    assert_eq!(t("магілёў"), "magìlëǔ");
}

#[test]
fn belarusian_national_system_letter_by_letter() {
    check_letters(
        "national",
        national::TABLE,
        BELARUSIAN,
        "a b v h g d je jo ž z i j k l m n o p r s t u ŭ f ch c č š y ʹ e ju ja",
    );
    let t = |w: &str| national::TABLE.transliterate(w).unwrap();
    // After a consonant: ie io iu ia; after a vowel, ь, ў: je jo ju ja.
    assert_eq!(t("беларусь"), "bielaruś");
    assert_eq!(t("магілёў"), "mahilioŭ");
    assert_eq!(t("астравец"), "astraviec");
    assert_eq!(t("заяц"), "zajac");
    assert_eq!(t("ўюн"), "ŭjun");
    // A consonant before ь: ź ĺ ń ś ć; other consonants keep ʹ.
    assert_eq!(t("зьльньсьць"), "źĺńść");
    assert_eq!(t("зась"), "zaś");
    assert_eq!(t("пь"), "pʹ");
}

#[test]
fn lacinka_letter_by_letter() {
    check_letters(
        "Łacinka",
        lacinka::TABLE,
        BELARUSIAN,
        "a b v h g d je jo ž z i j k ł m n o p r s t u ŭ f ch c č š y - e ju ja",
    );
    let t = |w: &str| lacinka::TABLE.transliterate(w).unwrap();
    assert_eq!(t("лукашэнка"), "łukašenka");
    assert_eq!(t("краўчанка"), "kraŭčanka");
    assert_eq!(t("беларусь"), "biełaruś");
    // л before a soft vowel or ь is l, and the vowel loses its i/j.
    assert_eq!(t("аляксандр"), "alaksandr");
    assert_eq!(t("лёс"), "los");
    assert_eq!(t("любоў"), "luboŭ");
    assert_eq!(t("ліда"), "lida");
    assert_eq!(t("кальвін"), "kalvin");
    assert_eq!(t("мясніковіч"), "miasnikovič");
}

#[test]
fn every_system_is_listed() {
    let names: Vec<&str> = SYSTEMS.iter().map(|(n, _)| *n).collect();
    assert_eq!(
        names,
        [
            "BGN/PCGN Russian",
            "BGN/PCGN Belarusian",
            "ISO 9",
            "Belarusian national",
            "Łacinka"
        ]
    );
}

#[test]
fn latin_reading_letter_by_letter() {
    let read = [
        ("ł", "l"),
        ("š", "sh"),
        ("ž", "zh"),
        ("č", "ch"),
        ("ć", "ts"),
        ("ŭ", "u"),
        ("ń", "n"),
        ("ś", "s"),
        ("ź", "z"),
        ("ż", "zh"),
        ("ĺ", "l"),
        ("ǔ", "u"),
        ("ŝ", "shch"),
        ("û", "yu"),
        ("â", "ya"),
        ("ë", "e"),
        ("sz", "sh"),
        ("cz", "ch"),
        ("rz", "zh"),
        ("szcz", "shch"),
        ("ch", "kh"),
        ("c", "ts"),
        ("w", "v"),
        ("j", "y"),
        ("ʹ", ""),
        ("é", "e"),
    ];
    for (l, e) in read {
        assert_eq!(latin::english(l), e, "{l}");
    }
    for c in latin::MARKED {
        assert!(lookup(latin::LETTERS, *c).is_some(), "{c} is read");
    }
}

#[test]
fn the_issue_examples_reach_the_documents_spelling() {
    let has = |word: &str, form: &str| {
        let term = query_term(word, reader_text::analyze(word)[0].term.clone());
        let forms = latin_forms(&term);
        assert!(
            forms.iter().any(|f| f == form),
            "{word} -> {forms:?} lacks {form}"
        );
    };
    has("Лукашенко", "lukashenko");
    has("Лукашэнка", "lukashenka");
    has("Łukašenka", "lukashenka");
    has("Łukas\u{30c}enka", "lukashenka");
    has("Łukaszenka", "lukashenka");
    has("Мінск", "minsk");
    has("Минск", "minsk");
    has("Островец", "ostrovets");
    has("Астравец", "astraviets");
    has("Кравченко", "kravchenko");
    has("Krawczenko", "kravchenko");
    // Краўчанка reaches Krauchenka through the variant key (krauchanka).
    has("Краўчанка", "krauchanka");
    assert!(latin_forms("minsk").is_empty());
}
