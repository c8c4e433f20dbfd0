//! The indexer (feature `build`): a [`Library`] in, index bytes out.

use std::collections::{BTreeMap, BTreeSet};

use reader_model::{BlockKind, Library};

use reader_text::{acronym_definitions, analyze, variant_key, Definition, Names, TokenKind};

use crate::format::{put_postings, put_str, put_varint, seal};

/// Builds the search index of a library (see [`crate::format`] for the layout).
///
/// ```
/// use reader_model::{Block, BlockKind, Document, Inline, Library};
/// use reader_search::{build_index, Index};
/// let doc = Document {
///     id: "d".into(),
///     blocks: vec![Block::new("d-p", BlockKind::Paragraph, vec![Inline::Text("Sanctions on Minsk.".into())])],
///     ..Document::default()
/// };
/// let lib = Library { documents: vec![doc] };
/// let index = Index::from_bytes(&build_index(&lib)).unwrap();
/// assert_eq!(index.search(&lib, "sanctioned").hits[0].block_id, "d-p");
/// ```
pub fn build_index(lib: &Library) -> Vec<u8> {
    let corpus = Corpus::collect(lib);
    let mut body = Vec::new();

    // 1 meta
    let mut meta = Vec::new();
    put_varint(&mut meta, corpus.text_bytes);
    put_varint(&mut meta, lib.documents.len() as u64);
    let mut lens = corpus.block_lens.iter();
    for doc in &lib.documents {
        put_str(&mut meta, &doc.id);
        put_varint(&mut meta, doc.blocks.len() as u64);
        for block in &doc.blocks {
            let len = lens.next().copied().unwrap_or(0);
            put_varint(
                &mut meta,
                len << 1 | u64::from(block.kind == BlockKind::Heading),
            );
        }
    }

    // 4 postings, and 2 the term set (a term's ordinal is its rank)
    let mut postings = Vec::new();
    let mut terms = fst::SetBuilder::memory();
    for (term, blocks) in &corpus.blocks {
        put_postings(&mut postings, blocks);
        terms.insert(term).expect("terms are inserted in order");
    }
    let terms = terms.into_inner().expect("in-memory fst");

    // 3 names (their transliteration groups are made by the query side)
    let mut names = Vec::new();
    let name_ordinals: Vec<u64> = (corpus.blocks.keys().enumerate())
        .filter(|(_, term)| corpus.names.contains(*term))
        .map(|(ordinal, _)| ordinal as u64)
        .collect();
    put_varint(&mut names, name_ordinals.len() as u64);
    let mut next = 0;
    for o in name_ordinals {
        put_varint(&mut names, o - next);
        next = o + 1;
    }

    // 5 aliases
    let mut aliases = Vec::new();
    put_varint(&mut aliases, corpus.definitions.len() as u64);
    for d in &corpus.definitions {
        put_str(&mut aliases, &d.acronym);
        put_varint(&mut aliases, d.expansion.len() as u64);
        for t in &d.expansion {
            put_str(&mut aliases, t);
        }
    }

    for section in [&meta, &terms, &names, &postings, &aliases] {
        put_varint(&mut body, section.len() as u64);
        body.extend_from_slice(section);
    }
    seal(body)
}

/// The groups of distinct index terms that share a transliteration variant
/// key, for review: every group with more than one term, sorted.
///
/// ```
/// use reader_model::{Block, BlockKind, Document, Inline, Library};
/// let text = "Lukashenka met Lukashenko and Hale.";
/// let doc = Document {
///     id: "d".into(),
///     blocks: vec![Block::new("d-p", BlockKind::Paragraph, vec![Inline::Text(text.into())])],
///     ..Document::default()
/// };
/// let groups = reader_search::variant_groups(&Library { documents: vec![doc] });
/// assert_eq!(groups, [vec!["lukashenka".to_string(), "lukashenko".to_string()]]);
/// ```
pub fn variant_groups(lib: &Library) -> Vec<Vec<String>> {
    let corpus = Corpus::collect(lib);
    let mut groups: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    for name in &corpus.names {
        if let Some(key) = variant_key(name) {
            groups.entry(key).or_default().insert(name);
        }
    }
    let mut out: Vec<Vec<String>> = groups
        .into_values()
        .filter(|g| g.len() > 1)
        .map(|g| g.into_iter().map(str::to_string).collect())
        .collect();
    out.sort();
    out
}

/// Everything the indexer learns from one pass over the library.
struct Corpus {
    /// Per term: the global numbers of the blocks holding it, ascending.
    blocks: BTreeMap<String, Vec<u32>>,
    /// Token count (joined tokens excluded) per block, in global block order.
    block_lens: Vec<u64>,
    /// Terms that occur capitalized and never in lower case.
    names: BTreeSet<String>,
    definitions: Vec<Definition>,
    text_bytes: u64,
}

impl Corpus {
    fn collect(lib: &Library) -> Corpus {
        let mut blocks: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        let mut block_lens = Vec::new();
        let mut names = Names::default();
        let mut text_bytes = 0u64;
        // Global number of the current block.
        let mut global = 0u32;
        for doc in &lib.documents {
            for block in &doc.blocks {
                let text = block.plain_text();
                text_bytes += text.len() as u64;
                let tokens = analyze(&text);
                let mut len = 0u32;
                for t in &tokens {
                    let holding = blocks.entry(t.term.clone()).or_default();
                    if holding.last() != Some(&global) {
                        holding.push(global);
                    }
                    if t.kind == TokenKind::Joined {
                        continue;
                    }
                    len += 1;
                    names.observe(&text, t);
                }
                block_lens.push(u64::from(len));
                global += 1;
            }
        }
        let texts = lib.documents.iter().flat_map(|d| &d.blocks);
        Corpus {
            blocks,
            block_lens,
            names: names.finish(),
            definitions: acronym_definitions(texts.map(|b| b.plain_text())),
            text_bytes,
        }
    }
}
