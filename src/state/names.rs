//! The index of names in the reader: its entries (decoded once, A–Z within each kind), the
//! passages that mention an entry as marks for the documents ("n of m" steps through them as
//! through search matches), and the entry a query names.

use reader_model::Library;
use reader_names::{Entity, Kind, NameIndex};
use reader_search::{Hit, MatchKind, SearchResults};
use reader_text::{analyze, latin_forms, query_term, variant_key};

/// The index of names with what the reader looks up in it.
#[derive(Debug, Default)]
pub struct Names {
    /// The entries, in the order of the curated file.
    pub index: NameIndex,
    /// Entry indexes A–Z (people by their last name) within each kind, kinds in
    /// [`Kind::ALL`] order.
    pub order: Vec<usize>,
    /// Per entry, per spelling, the key of each word ([`word_key`]).
    keys: Vec<Vec<Vec<String>>>,
}

impl PartialEq for Names {
    /// Loaded once: two handles are equal when they are the same load.
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// The key a word is compared by: its transliteration-variant key when it has one
/// (Lukashenka and Lukashenko share it), else the folded word.
fn word_key(term: &str) -> String {
    variant_key(term).unwrap_or_else(|| term.to_string())
}

/// The sort key of an entry: folded, a person by the last word of the name.
fn sort_key(e: &Entity) -> String {
    let words = analyze(&e.name);
    let words: Vec<&str> = words.iter().map(|t| t.term.as_str()).collect();
    match (e.kind, words.split_last()) {
        (Kind::Person, Some((last, rest))) => format!("{last} {}", rest.join(" ")),
        _ => words.join(" "),
    }
}

impl Names {
    /// The embedded index (empty if its bytes do not decode: a broken build, which
    /// `data::names`'s test catches).
    pub fn load() -> Names {
        Names::new(crate::data::names().unwrap_or_default())
    }

    /// The index with its order and keys.
    pub fn new(index: NameIndex) -> Names {
        let mut order: Vec<usize> = (0..index.entities.len()).collect();
        let keys_of = |e: &Entity| (e.kind, sort_key(e));
        let sort: Vec<_> = index.entities.iter().map(keys_of).collect();
        reader_search::sort::sort_by(&mut order, |a, b| sort[*a] < sort[*b]);
        let keys = index
            .entities
            .iter()
            .map(|e| {
                e.spellings
                    .iter()
                    .map(|s| analyze(s).iter().map(|t| word_key(&t.term)).collect())
                    .collect()
            })
            .collect();
        Names { index, order, keys }
    }

    /// The entry with this id, by index.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.index.entities.iter().position(|e| e.id == id)
    }

    /// The entry a search query names, if any: every word of the query, in any script
    /// (Лукашенко, Łukašenka, Lukashenko), is a word of one of its spellings. Of several, the
    /// one whose spelling has the fewest other words. None for phrases and exclusions.
    pub fn entry_for_query(&self, query: &str) -> Option<usize> {
        if query.contains(['"', '“', '”']) || query.split_whitespace().any(|w| w.starts_with('-'))
        {
            return None;
        }
        let words: Vec<Vec<String>> = analyze(query)
            .into_iter()
            .map(|t| {
                let term = query_term(&query[t.range.clone()], t.term);
                let mut keys: Vec<String> =
                    latin_forms(&term).iter().map(|f| word_key(f)).collect();
                keys.push(word_key(&term));
                keys
            })
            .collect();
        if words.is_empty() {
            return None;
        }
        let mut best: Option<(usize, usize)> = None;
        for (i, spellings) in self.keys.iter().enumerate() {
            for spelling in spellings {
                let all = words
                    .iter()
                    .all(|keys| keys.iter().any(|k| spelling.contains(k)));
                let extra = spelling.len().saturating_sub(words.len());
                if all && best.is_none_or(|(_, b)| extra < b) {
                    best = Some((i, extra));
                }
            }
        }
        best.map(|(i, _)| i)
    }

    /// The passages mentioning entry `i` as search results: one hit per passage with the
    /// mentions as its marked ranges, and the count per document.
    pub fn mention_results(&self, library: &Library, i: usize) -> SearchResults {
        let mut results = SearchResults::default();
        let Some(e) = self.index.entities.get(i) else {
            return results;
        };
        for m in &e.mentions {
            let Some(doc) = library.documents.get(m.doc as usize) else {
                continue;
            };
            let Some(block) = doc.blocks.get(m.block as usize) else {
                continue;
            };
            let range = m.start as usize..m.end as usize;
            match results.hits.last_mut() {
                Some(h) if h.block_id == block.id => h.block_highlights.push(range),
                _ => results.hits.push(Hit {
                    doc_id: doc.id.clone(),
                    block_id: block.id.clone(),
                    block_index: m.block as usize,
                    heading: None,
                    score: 0.0,
                    snippet: String::new(),
                    snippet_highlights: Vec::new(),
                    block_highlights: vec![range],
                    match_kind: MatchKind::Exact,
                }),
            }
        }
        results.counts = library
            .documents
            .iter()
            .map(|d| {
                let n = results.hits.iter().filter(|h| h.doc_id == d.id).count();
                (d.id.clone(), n)
            })
            .collect();
        results
    }
}

#[cfg(test)]
mod tests {
    use super::Names;

    fn names() -> Names {
        Names::load()
    }

    fn entry<'n>(n: &'n Names, q: &str) -> Option<&'n str> {
        n.entry_for_query(q)
            .map(|i| n.index.entities[i].id.as_str())
    }

    #[test]
    fn a_name_in_any_script_or_spelling_names_its_entry() {
        let n = names();
        for q in [
            "Lukashenko",
            "Lukashenka",
            "lukashenka’s",
            "Лукашенко",
            "Лукашэнка",
            "Łukašenka",
            "Łukaszenka",
            "Alexander Lukashenko",
        ] {
            assert_eq!(entry(&n, q), Some("lukashenka"), "{q}");
        }
        assert_eq!(entry(&n, "Кравченко"), Some("krauchenka"));
        assert_eq!(entry(&n, "Краўчанка"), Some("krauchenka"));
        for q in [
            "sanctions",
            "Lukash",
            "\"Lukashenka\"",
            "-Lukashenka",
            "",
            "  ",
        ] {
            assert_eq!(entry(&n, q), None, "{q}");
        }
    }

    #[test]
    fn the_order_is_by_kind_then_a_to_z_with_people_by_last_name() {
        let n = names();
        assert_eq!(n.order.len(), n.index.entities.len());
        let kinds: Vec<_> = n.order.iter().map(|&i| n.index.entities[i].kind).collect();
        assert!(kinds.windows(2).all(|w| w[0] <= w[1]), "{kinds:?}");
        let people: Vec<&str> = n
            .order
            .iter()
            .map(|&i| &n.index.entities[i])
            .filter(|e| e.kind == reader_names::Kind::Person)
            .map(|e| e.id.as_str())
            .collect();
        let bolton = people.iter().position(|p| *p == "bolton").unwrap();
        let lukashenka = people.iter().position(|p| *p == "lukashenka").unwrap();
        assert!(bolton < lukashenka, "{people:?}");
    }

    #[test]
    fn mentions_become_one_hit_per_passage_with_the_names_marked() {
        let n = names();
        let lib = reader_content::library().expect("curated content");
        let i = n.position("lukashenka").unwrap();
        let r = n.mention_results(&lib, i);
        let e = &n.index.entities[i];
        let passages: std::collections::BTreeSet<_> =
            e.mentions.iter().map(|m| (m.doc, m.block)).collect();
        assert_eq!(r.hits.len(), passages.len());
        assert_eq!(r.counts.iter().map(|(_, c)| c).sum::<usize>(), r.hits.len());
        assert!(r.counts.iter().all(|(_, c)| *c > 0), "both documents");
        for h in &r.hits {
            let (doc, b) = lib.find_block(&h.block_id).unwrap();
            let text = doc.blocks[b].plain_text();
            for range in &h.block_highlights {
                let word = &text[range.clone()];
                assert!(
                    e.spellings.iter().any(|s| word.starts_with(s.as_str())),
                    "{word}"
                );
            }
        }
        assert!(n.mention_results(&lib, usize::MAX).hits.is_empty());
    }
}
