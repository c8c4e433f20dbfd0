//! Query-word expansion: the index terms a word stands for (itself, its
//! stem group, its transliteration variants, its completions, and, when none
//! of these is in the index, its near misspellings). A word in Cyrillic or
//! in Belarusian or Polish Latin is looked up under each of its ASCII
//! spellings ([`latin_forms`]) the same way, and what they find counts as a
//! variant match at best.

use reader_text::{latin_forms, stem, variant_key};

use super::results::MatchKind;
use crate::fuzzy::{max_distance, Damerau};
use crate::index::Index;
use crate::sort::sort;

/// Most terms a prefix expands to.
pub const PREFIX_CAP: usize = 64;
/// Most terms a misspelled word expands to.
pub const FUZZY_CAP: usize = 16;

/// The expansions of one word: term ordinals with the best kind for each.
#[derive(Default)]
pub(super) struct Expansion(pub(super) Vec<(u32, MatchKind)>);

impl Expansion {
    pub(super) fn push(&mut self, ordinal: u32, kind: MatchKind) {
        match self.0.iter_mut().find(|(o, _)| *o == ordinal) {
            Some(e) => e.1 = e.1.min(kind),
            None => self.0.push((ordinal, kind)),
        }
    }
}

impl Index {
    /// Term ordinals a word expands to: its own expansions and those of its
    /// other-script spellings (typos are looked for when neither found anything).
    pub(super) fn expand(&self, term: &str, prefix: bool, fuzzy: bool) -> Expansion {
        let forms = latin_forms(term);
        let mut exp = self.expand_plain(term, prefix, fuzzy && forms.is_empty());
        for form in &forms {
            for (o, kind) in self.expand_plain(form, prefix, false).0 {
                exp.push(o, kind.max(MatchKind::Variant));
            }
        }
        // Typos: the spellings in turn, until one finds terms (each try walks the term set).
        if exp.0.is_empty() && fuzzy {
            for form in &forms {
                self.fuzzy_into(form, &mut exp);
                if !exp.0.is_empty() {
                    break;
                }
            }
        }
        exp
    }

    /// Term ordinals one spelling of a word expands to.
    fn expand_plain(&self, term: &str, prefix: bool, fuzzy: bool) -> Expansion {
        let mut exp = Expansion::default();
        if let Some(o) = self.term(term.as_bytes()) {
            exp.push(o, MatchKind::Exact);
        }
        if term.bytes().all(|b| b.is_ascii_lowercase()) {
            let stem = stem(term);
            for &o in self
                .stem_group(&stem)
                .iter()
                .chain(&self.term(stem.as_bytes()))
            {
                exp.push(o, MatchKind::Stemmed);
            }
        }
        if let Some(key) = variant_key(term) {
            for &o in self.variant_group(&key) {
                exp.push(o, MatchKind::Variant);
            }
        }
        if prefix && term.chars().count() >= 2 {
            for o in self.completions(term.as_bytes()).take(PREFIX_CAP) {
                exp.push(o, MatchKind::Prefix);
            }
        }
        if exp.0.is_empty() && fuzzy {
            self.fuzzy_into(term, &mut exp);
        }
        exp
    }

    fn fuzzy_into(&self, term: &str, exp: &mut Expansion) {
        let max = max_distance(term);
        let Some(aut) = Damerau::new(term, max).filter(|_| max > 0) else {
            return;
        };
        let mut found: Vec<(u8, u32)> = Vec::new();
        self.each_term(b"", Some(&aut), &mut |_, o, d| {
            found.push((d, o));
            found.len() < 4 * FUZZY_CAP
        });
        sort(&mut found);
        for (_, o) in found.into_iter().take(FUZZY_CAP) {
            exp.push(o, MatchKind::Fuzzy);
        }
    }
}
