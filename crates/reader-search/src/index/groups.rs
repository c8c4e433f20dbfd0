//! Groups of terms that a query word expands to: the stem groups (made by
//! first letter on first use) and the transliteration groups of the names
//! (made at load).

use super::{Groups, Index};
use reader_text::stem;

impl Index {
    /// The ordinals of the lower-case ASCII terms whose stem is `stem`, ascending.
    pub(crate) fn stem_group(&self, stem: &str) -> &[u32] {
        match stem.bytes().next() {
            Some(letter) => group(self.stem_groups(letter), stem),
            None => &[],
        }
    }

    /// The stem groups of the lower-case ASCII terms starting with `letter`:
    /// a stem starts with the letter of its word (no Snowball English step
    /// rewrites it: suffix removals leave at least that letter, R1 starts at
    /// the third letter at the earliest, a first `y` marked as a consonant is
    /// turned back; checked on the stemmer's 29,417-word test vocabulary and
    /// by `a_stem_starts_with_the_letter_of_its_word`), so a query stem's
    /// group is found by stemming only the terms with its first letter.
    pub(super) fn stem_groups(&self, letter: u8) -> &[(String, Vec<u32>)] {
        let Some(cell) = letter
            .checked_sub(b'a')
            .and_then(|i| self.stems.get(usize::from(i)))
        else {
            return &[];
        };
        cell.get_or_init(|| {
            let mut pairs = Vec::new();
            self.each_term(&[letter], None, &mut |key, o, _| {
                let Ok(key) = core::str::from_utf8(key) else {
                    return false;
                };
                if key.bytes().all(|b| b.is_ascii_lowercase()) {
                    pairs.push((stem(key), o));
                }
                true
            });
            group_by_key(pairs)
        })
    }

    /// The ordinals of the names whose transliteration variant key is `key`, ascending.
    pub(crate) fn variant_group(&self, key: &str) -> &[u32] {
        group(&self.variants, key)
    }
}

/// Sorts (key, ordinal) pairs and gathers the ordinals of each key, ascending.
pub(super) fn group_by_key(mut pairs: Vec<(String, u32)>) -> Groups {
    crate::sort::sort(&mut pairs);
    let mut groups: Groups = Vec::new();
    for (key, o) in pairs {
        match groups.last_mut() {
            Some((last, members)) if *last == key => members.push(o),
            _ => groups.push((key, vec![o])),
        }
    }
    groups
}

/// The members of the group with `key` (none when there is no such group).
fn group<'a>(groups: &'a [(String, Vec<u32>)], key: &str) -> &'a [u32] {
    match groups.binary_search_by(|(k, _)| k.as_str().cmp(key)) {
        Ok(i) => &groups[i].1,
        Err(_) => &[],
    }
}

#[cfg(test)]
mod tests {
    use fst::{IntoStreamer, Streamer};
    use reader_text::stem;

    use crate::index::curated;

    #[test]
    fn a_stem_starts_with_the_letter_of_its_word() {
        let index = curated();
        let mut stream = index.terms.into_stream();
        let tricky = [
            "dying", "lying", "tying", "skies", "skis", "yelling", "youth", "ies", "ied", "sses",
            "yes", "early", "only", "ugly", "idly", "eed", "ying", "aed", "oed", "uses",
        ];
        let mut words: Vec<String> = tricky.iter().map(|w| w.to_string()).collect();
        while let Some(key) = stream.next() {
            if key.iter().all(u8::is_ascii_lowercase) {
                words.push(String::from_utf8(key.to_vec()).unwrap());
            }
        }
        for w in words {
            assert_eq!(stem(&w).bytes().next(), w.bytes().next(), "{w}");
        }
    }

    #[test]
    fn stem_groups_by_letter_are_the_stem_groups() {
        let index = curated();
        let mut all: Vec<(String, u32)> = Vec::new();
        let mut stream = index.terms.stream();
        let mut n = 0;
        while let Some(key) = stream.next() {
            if key.iter().all(u8::is_ascii_lowercase) {
                all.push((stem(core::str::from_utf8(key).unwrap()), n));
            }
            n += 1;
        }
        for (s, o) in &all {
            assert!(index.stem_group(s).contains(o), "{s}");
        }
        let members: usize = (b'a'..=b'z')
            .map(|l| {
                index
                    .stem_groups(l)
                    .iter()
                    .map(|g| g.1.len())
                    .sum::<usize>()
            })
            .sum();
        assert_eq!(members, all.len());
    }
}
