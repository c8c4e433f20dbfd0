//! Terms of a passage as the alignment compares them: each word becomes a
//! [`Key`] (its stem or synonym group, a name's transliteration key, a
//! number, an acronym), with the word as written to explain a pair.

use std::collections::BTreeSet;

use reader_model::Library;
use reader_text::{
    acronym_definitions, analyze, is_stop_word, stem, variant_key, Definition, Names, TokenKind,
};

use crate::Params;

/// Near-synonyms of the political and economic vocabulary of the two
/// documents: each group is matched as one term (shown with the first
/// passage's word). Stems (Porter2), first entry names the group; an entry
/// that is not a stem (`forces`) matches that word only, where the stem
/// would be too broad (`forc`: forced, forcing).
///
/// ```
/// assert!(reader_align::SYNONYMS.iter().any(|g| g.contains(&"annex") && g.contains(&"seizur")));
/// ```
pub const SYNONYMS: &[&[&str]] = &[
    &["seiz", "seizur", "annex", "annexat", "takeov"],
    &["troop", "forces"],
    &["oil", "energi"],
    &["loan", "debt", "borrow"],
    &["ambassador", "diplomat"],
    &["resum", "resumpt", "reinstat", "restor", "reviv", "renew"],
];

/// What a term of a passage is matched by. The order (numbers, acronyms,
/// names, stems, variant keys) is the order the terms of a vector are
/// summed and tied terms are shown in.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Key {
    /// A number (`2006`).
    Number(String),
    /// An acronym, or its long form, as the folded acronym (`csto`).
    Acronym(String),
    /// A name too short for a transliteration key.
    Name(String),
    /// The stem of a word, or the first stem of its synonym group.
    Stem(String),
    /// The transliteration key of a name (`Lukashenka` = `Lukashenko`).
    Variant(String),
}

impl Key {
    /// A year: a number from 1900 to 2099.
    pub(crate) fn is_year(&self) -> bool {
        match self {
            Key::Number(n) => n.parse::<u32>().is_ok_and(|y| (1900..2100).contains(&y)),
            _ => false,
        }
    }

    /// A proper name or an acronym.
    pub(crate) fn is_name(&self) -> bool {
        matches!(self, Key::Acronym(_) | Key::Variant(_) | Key::Name(_))
    }
}

/// One analysed term of a passage.
#[derive(Clone, Debug)]
pub(crate) struct Feature {
    /// What it is matched by.
    pub(crate) key: Key,
    /// The word as written (possessive removed).
    pub(crate) surface: String,
}

/// What is learned from the whole library before comparing passages.
pub(crate) struct Lexicon {
    /// Terms seen capitalized and never in lower case.
    names: BTreeSet<String>,
    definitions: Vec<Definition>,
    synonyms: bool,
    demonyms: bool,
}

/// The place name a name-adjective is formed from, if that place name is
/// itself a name of the library: `crimean` → `crimea`, `lithuanian` →
/// `lithuania`, `ukrainian` → `ukraine`, `european` → `europe`, `american`
/// → `america` (suffix `-n`, `-an`, `-ian`, `-ean`, the place name ending
/// in nothing, `-a` or `-e`).
fn place_of<'n>(term: &str, names: &'n BTreeSet<String>) -> Option<&'n str> {
    ["n", "an", "ian", "ean"].iter().find_map(|suffix| {
        let root = term.strip_suffix(suffix)?;
        ["", "a", "e"].iter().find_map(|end| {
            let place = format!("{root}{end}");
            (place != term && place.len() >= 4)
                .then(|| names.get(&place))
                .flatten()
                .map(String::as_str)
        })
    })
}

impl Lexicon {
    pub(crate) fn new(lib: &Library, params: &Params) -> Lexicon {
        let blocks = || lib.documents.iter().flat_map(|d| &d.blocks);
        let mut names = Names::default();
        for block in blocks() {
            let text = block.plain_text();
            for t in analyze(&text) {
                names.observe(&text, &t);
            }
        }
        Lexicon {
            names: names.finish(),
            definitions: acronym_definitions(blocks().map(|b| b.plain_text())),
            synonyms: params.synonyms,
            demonyms: params.demonyms,
        }
    }

    /// The terms of `text`, in order: an acronym's long form counts as the
    /// acronym; stop words and one-letter words are left out.
    pub(crate) fn features(&self, text: &str) -> Vec<Feature> {
        let tokens: Vec<_> = analyze(text)
            .into_iter()
            .filter(|t| t.kind != TokenKind::Joined)
            .collect();
        let mut out = Vec::new();
        let mut i = 0;
        'tokens: while i < tokens.len() {
            for d in &self.definitions {
                let n = d.expansion.len();
                if tokens.len() >= i + n
                    && tokens[i..i + n]
                        .iter()
                        .zip(&d.expansion)
                        .all(|(t, e)| &t.term == e)
                {
                    out.push(Feature {
                        key: Key::Acronym(d.acronym.clone()),
                        surface: d.acronym.to_uppercase(),
                    });
                    i += n;
                    continue 'tokens;
                }
            }
            let t = &tokens[i];
            i += 1;
            let raw = &text[t.range.clone()];
            let surface = raw
                .strip_suffix("’s")
                .or_else(|| raw.strip_suffix("'s"))
                .unwrap_or(raw)
                .to_string();
            let key = if t.kind == TokenKind::Number {
                Key::Number(t.term.clone())
            } else if self.definitions.iter().any(|d| d.acronym == t.term) {
                out.push(Feature {
                    key: Key::Acronym(t.term.clone()),
                    surface: t.term.to_uppercase(),
                });
                continue;
            } else if t.term.chars().count() < 2
                || (is_stop_word(&t.term) && !surface.contains('.'))
            {
                continue;
            } else if self.names.contains(&t.term) {
                let name = self
                    .demonyms
                    .then(|| place_of(&t.term, &self.names))
                    .flatten()
                    .unwrap_or(&t.term);
                match variant_key(name) {
                    Some(k) => Key::Variant(k),
                    None => Key::Name(name.to_string()),
                }
            } else {
                let stemmed = stem(&t.term);
                let group = self
                    .synonyms
                    .then(|| {
                        SYNONYMS
                            .iter()
                            .find(|g| g.contains(&stemmed.as_str()) || g.contains(&t.term.as_str()))
                    })
                    .flatten();
                Key::Stem(group.map_or(stemmed, |g| g[0].to_string()))
            };
            out.push(Feature { key, surface });
        }
        out
    }
}
