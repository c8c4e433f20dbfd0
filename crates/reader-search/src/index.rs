//! The loaded index: validation at load time, term look-ups, statistics,
//! and the lazily built parts (stem groups, tokens of the blocks).

use std::sync::OnceLock;

use fst::raw::{Fst, Node};
use fst::{Automaton, Set};
use reader_format::checksum::crc32c;
use reader_format::{Error as FormatError, Reader};
use reader_model::Library;

use crate::analysis::stem;
use crate::format::{checksum, read_postings, HEADER};
use crate::fuzzy::{Damerau, DamerauState};
use crate::spans::{block_tokens, Token};
use crate::variants::variant_key;

/// One document of the index.
#[derive(Clone, Debug)]
pub(crate) struct DocMeta {
    pub id: String,
    /// Global number of its first block.
    pub first_block: u32,
    pub n_blocks: u32,
}

/// Sizes of an index, for the UI's "about" box and the README.
///
/// ```
/// let stats = reader_search::IndexStats { index_bytes: 10, terms: 2, text_bytes: 40, documents: 1, blocks: 1 };
/// assert_eq!(stats.to_string(), "index 10 bytes for 40 bytes of text (25.0 %), 2 terms, 1 documents, 1 blocks");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IndexStats {
    /// Size of the index bytes.
    pub index_bytes: usize,
    /// Distinct terms in the dictionary.
    pub terms: usize,
    /// Bytes of block text indexed (sum of `plain_text()` lengths).
    pub text_bytes: u64,
    /// Documents indexed.
    pub documents: usize,
    /// Blocks (passages) indexed.
    pub blocks: usize,
}

impl core::fmt::Display for IndexStats {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let pct = if self.text_bytes == 0 {
            0.0
        } else {
            self.index_bytes as f64 * 100.0 / self.text_bytes as f64
        };
        write!(
            f,
            "index {} bytes for {} bytes of text ({pct:.1} %), {} terms, {} documents, {} blocks",
            self.index_bytes, self.text_bytes, self.terms, self.documents, self.blocks
        )
    }
}

/// A search index loaded from bytes made by `build_index`.
///
/// Two parts are computed on first use and then kept (see [`Index::prepare`]):
/// the stem groups and the tokens of each block.
///
/// ```
/// let index = reader_search::Index::from_bytes(&reader_search::build_index(&Default::default())).unwrap();
/// assert_eq!(index.stats().terms, 0);
/// ```
#[derive(Clone)]
pub struct Index {
    pub(crate) size: usize,
    pub(crate) text_bytes: u64,
    pub(crate) docs: Vec<DocMeta>,
    pub(crate) block_len: Vec<u32>,
    pub(crate) heading: Vec<bool>,
    pub(crate) avg_len: f32,
    /// The terms; a term's ordinal is its rank ([`Index::term`]).
    pub(crate) terms: Set<Vec<u8>>,
    /// Number of terms below each node of `terms`, by node address.
    pub(crate) keys_below: Vec<u32>,
    /// Ordinal -> offset of its postings list in `postings`.
    pub(crate) term_offset: Vec<u32>,
    pub(crate) postings: Vec<u8>,
    pub(crate) aliases: Vec<(String, Vec<String>)>,
    /// Stem groups of the terms starting with `a`, `b`, … `z`, each made on first use.
    pub(crate) stems: Vec<OnceLock<Groups>>,
    /// Transliteration groups of the names (terms seen capitalized and never
    /// in lower case), made at load from the names in the index.
    pub(crate) variants: Groups,
    /// Tokens of each block (global block number) by term, from the library text.
    pub(crate) tokens: Vec<OnceLock<Box<[Token]>>>,
    /// (FNV-1a of the term, ordinal) of every term, sorted: finds the ordinals
    /// of a block's tokens faster than [`Index::term`] (made on first use).
    pub(crate) by_hash: OnceLock<Vec<(u32, u32)>>,
}

impl core::fmt::Debug for Index {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Index")
            .field("stats", &self.stats())
            .finish()
    }
}

/// Opens a term set, checking fst's own checksum first (a term set that is
/// not what fst wrote can make fst panic). The check is written here rather
/// than calling `verify()`: fst's CRC-32C brings a large slicing table into
/// the WASM, the shared [`crc32c`] makes a small one on the stack. The fst
/// error is not formatted (its `Display` is code too).
fn load_fst(bytes: &[u8]) -> Result<Fst<Vec<u8>>, FormatError> {
    if !fst_checksum_ok(bytes) {
        return Err(FormatError::ChecksumMismatch);
    }
    Fst::new(bytes.to_vec())
        .map_err(|_| FormatError::Corrupt("the fst crate rejected the term set"))
}

/// Counts the keys below every node of `fst` into `below` (by node address,
/// `u32::MAX` = not counted yet) and returns the count below `addr`. Fails on
/// a path deeper than any term could be (a cycle in a forged fst).
fn count_keys(fst: &Fst<Vec<u8>>, addr: usize, depth: usize, below: &mut [u32]) -> Option<u32> {
    if let Some(&n) = below.get(addr).filter(|&&n| n != u32::MAX) {
        return Some(n);
    }
    if depth > 4 * crate::analysis::MAX_TERM_BYTES {
        return None;
    }
    let node = fst.node(addr);
    let mut n = u32::from(node.is_final());
    for t in node.transitions() {
        n = n.checked_add(count_keys(fst, t.addr, depth + 1, below)?)?;
    }
    *below.get_mut(addr)? = n;
    Some(n)
}

/// fst (format 3) ends with the masked CRC-32C (Castagnoli) of all bytes before it.
fn fst_checksum_ok(bytes: &[u8]) -> bool {
    let Some(split) = bytes.len().checked_sub(4) else {
        return false;
    };
    let (data, stored) = bytes.split_at(split);
    let masked = crc32c(data).rotate_right(15).wrapping_add(0xA282_EAD8);
    stored == masked.to_le_bytes()
}

/// The node reached from the root by `key` and the number of terms smaller
/// than `key` (the terms below it come next, `below` counts them); `None`
/// when no term starts with `key`.
fn walk<'f>(fst: &'f Fst<Vec<u8>>, below: &[u32], key: &[u8]) -> Option<(Node<'f>, u32)> {
    let mut node = fst.root();
    let mut rank = 0u32;
    for &b in key {
        let i = node.find_input(b)?;
        for j in 0..i {
            rank += below.get(node.transition_addr(j))?;
        }
        rank += u32::from(node.is_final());
        node = fst.node(node.transition_addr(i));
    }
    Some((node, rank))
}

/// What a walk over the terms calls for each term it gives: the term, its
/// ordinal and its edit distance (0 without an automaton); `false` stops the walk.
type OnTerm<'a> = dyn FnMut(&[u8], u32, u8) -> bool + 'a;

/// Calls `f` for every term starting with `prefix` that `aut` matches (every
/// one without `aut`), in order. Once for every listing of terms: fst's streams
/// are generic over their automaton, and each of the three the query side had
/// (all terms, a prefix, [`Damerau`]) was its own copy of fst's stream code in
/// the WASM (about 1.8 KB each). The walk also counts the ordinals on the way
/// (`below`: terms below each node), which a stream does not give. Returns
/// `false` if a path was deeper than [`MAX_WALK_DEPTH`] (only a forged term set
/// has one; the load rejects it, so walks over a loaded index never stop so).
fn each_term(
    fst: &Fst<Vec<u8>>,
    below: &[u32],
    prefix: &[u8],
    aut: Option<&Damerau>,
    f: &mut OnTerm<'_>,
) -> bool {
    let Some((node, rank)) = walk(fst, below, prefix) else {
        return true;
    };
    let state = aut.map(|a| prefix.iter().fold(a.start(), |s, &b| a.accept(&s, b)));
    let mut w = TermWalk {
        fst,
        below,
        aut,
        key: prefix.to_vec(),
        rank,
        f,
        too_deep: false,
    };
    w.visit(node, state);
    !w.too_deep
}

/// How deep [`each_term`]'s walk goes: the walk recurses once per byte, and the
/// count at load bounds only the paths it has not met before, so a forged term
/// set could chain shared nodes into a path long enough to exhaust the stack.
const MAX_WALK_DEPTH: usize = 4 * crate::analysis::MAX_TERM_BYTES;

/// The state of [`each_term`]'s depth-first walk (its depth is bounded by
/// [`MAX_WALK_DEPTH`]).
struct TermWalk<'a, 'f> {
    fst: &'a Fst<Vec<u8>>,
    below: &'a [u32],
    aut: Option<&'a Damerau>,
    /// The bytes of the path to the current node.
    key: Vec<u8>,
    /// The ordinal of the next term.
    rank: u32,
    f: &'a mut OnTerm<'f>,
    /// The walk stopped at a path deeper than [`MAX_WALK_DEPTH`].
    too_deep: bool,
}

impl TermWalk<'_, '_> {
    /// Walks the terms below `node` (`state`: the automaton's, there); `false` when stopped.
    fn visit(&mut self, node: Node<'_>, state: Option<DamerauState>) -> bool {
        if self.key.len() > MAX_WALK_DEPTH {
            self.too_deep = true;
            return false;
        }
        if node.is_final() {
            let distance = match self.aut.zip(state.as_ref()) {
                Some((a, s)) => a.matched(s),
                None => Some(0),
            };
            if let Some(d) = distance {
                if !(self.f)(&self.key, self.rank, d) {
                    return false;
                }
            }
            self.rank += 1;
        }
        let fst = self.fst;
        for t in node.transitions() {
            let next = self
                .aut
                .zip(state.as_ref())
                .map(|(a, s)| a.accept(s, t.inp));
            if let Some((a, s)) = self.aut.zip(next.as_ref()) {
                if !a.can_match(s) {
                    // No term below can match: count them without a visit.
                    self.rank += self.below.get(t.addr).copied().unwrap_or(0);
                    continue;
                }
            }
            self.key.push(t.inp);
            if !self.visit(fst.node(t.addr), next) {
                return false;
            }
            self.key.pop();
        }
        true
    }
}

impl Index {
    /// Loads and fully validates index bytes. Corrupt, truncated or foreign
    /// bytes give a [`FormatError`], never a panic; after a successful load
    /// every postings list and group is known to decode.
    ///
    /// ```
    /// use reader_search::{build_index, FormatError, Index};
    /// let bytes = build_index(&Default::default());
    /// assert!(Index::from_bytes(&bytes).is_ok());
    /// let cut = &bytes[..bytes.len() - 1];
    /// assert_eq!(Index::from_bytes(cut).unwrap_err(), FormatError::UnexpectedEnd);
    /// assert_eq!(Index::from_bytes(b"BRAL\x02").unwrap_err(), FormatError::BadMagic);
    /// ```
    pub fn from_bytes(bytes: &[u8]) -> Result<Index, FormatError> {
        let mut r = HEADER.open(bytes)?;
        let (meta, terms, names, postings, aliases) =
            (r.bytes()?, r.bytes()?, r.bytes()?, r.bytes()?, r.bytes()?);
        if !r.is_empty() {
            return Err(FormatError::Corrupt("bytes after the last section"));
        }

        let mut m = Reader::new(meta);
        let text_bytes = m.varint()?;
        let n_docs = m.varint()?;
        let (mut docs, mut block_len, mut heading) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..n_docs {
            let id = m.str()?.to_string();
            let first_block = block_len.len() as u32;
            let n_blocks: u32 = m.varint_as()?;
            for _ in 0..n_blocks {
                let v = m.varint()?;
                let len =
                    u32::try_from(v >> 1).map_err(|_| FormatError::Corrupt("block token count"))?;
                block_len.push(len);
                heading.push(v & 1 == 1);
            }
            docs.push(DocMeta {
                id,
                first_block,
                n_blocks,
            });
        }
        if !m.is_empty() {
            return Err(FormatError::Corrupt("bytes after the document table"));
        }
        let n_blocks =
            u32::try_from(block_len.len()).map_err(|_| FormatError::Corrupt("too many blocks"))?;
        let total: f64 = block_len.iter().map(|&l| f64::from(l)).sum();
        let avg_len = if n_blocks == 0 {
            1.0
        } else {
            (total / f64::from(n_blocks)).max(1.0) as f32
        };

        let terms = load_fst(terms)?;
        let mut keys_below = vec![u32::MAX; terms.as_bytes().len()];
        let root = terms.root().addr();
        if count_keys(&terms, root, 0, &mut keys_below) != Some(terms.len() as u32) {
            return Err(FormatError::Corrupt("term set structure"));
        }

        // The names: ascending ordinals (checked against the terms below).
        let mut n = Reader::new(names);
        let mut name_list = Vec::new();
        let mut next = 0u32;
        for _ in 0..n.varint()? {
            let name = next
                .checked_add(n.varint_as()?)
                .filter(|&o| (o as usize) < terms.len())
                .ok_or(FormatError::Corrupt("name is not a term"))?;
            name_list.push(name);
            next = name + 1;
        }
        if !n.is_empty() {
            return Err(FormatError::Corrupt("bytes after the names"));
        }

        // Every term is UTF-8 and its postings decode right after the
        // previous term's; nothing follows the last list. The names get their
        // transliteration keys on the way.
        let mut term_offset = Vec::with_capacity(terms.len());
        let mut variants = Vec::new();
        let mut names = name_list.iter().peekable();
        let mut scratch = Vec::new();
        let mut at = 0usize;
        let mut check = |key: &[u8], ordinal: u32| -> Result<(), FormatError> {
            let key =
                core::str::from_utf8(key).map_err(|_| FormatError::Corrupt("term is not UTF-8"))?;
            if names.next_if_eq(&&ordinal).is_some() {
                if let Some(v) = variant_key(key) {
                    variants.push((v, ordinal));
                }
            }
            let offset =
                u32::try_from(at).map_err(|_| FormatError::Corrupt("postings too long"))?;
            term_offset.push(offset);
            scratch.clear();
            at = read_postings(postings, at, n_blocks, &mut scratch)?;
            Ok(())
        };
        let mut failed = Ok(());
        let whole = each_term(&terms, &keys_below, b"", None, &mut |key, ordinal, _| {
            failed = check(key, ordinal);
            failed.is_ok()
        });
        failed?;
        if !whole {
            return Err(FormatError::Corrupt("term set structure"));
        }
        let terms = Set::from(terms);
        if at != postings.len() {
            return Err(FormatError::Corrupt("bytes after the last postings list"));
        }

        let mut a = Reader::new(aliases);
        let mut alias_list = Vec::new();
        for _ in 0..a.varint()? {
            let acronym = a.str()?.to_string();
            let mut expansion = Vec::new();
            for _ in 0..a.varint()? {
                expansion.push(a.str()?.to_string());
            }
            if expansion.is_empty() {
                return Err(FormatError::Corrupt("empty acronym expansion"));
            }
            alias_list.push((acronym, expansion));
        }
        if !a.is_empty() {
            return Err(FormatError::Corrupt("bytes after the aliases"));
        }

        Ok(Index {
            size: bytes.len(),
            text_bytes,
            docs,
            tokens: block_len.iter().map(|_| OnceLock::new()).collect(),
            by_hash: OnceLock::new(),
            block_len,
            heading,
            avg_len,
            terms,
            keys_below,
            term_offset,
            variants: group_by_key(variants),
            postings: postings.to_vec(),
            aliases: alias_list,
            stems: (b'a'..=b'z').map(|_| OnceLock::new()).collect(),
        })
    }

    /// Computes now what the index otherwise computes on first use, so that
    /// no later query pays for it: the stem groups (every term stemmed once)
    /// and, from `lib`, the tokens of every block by term (the index stores
    /// only the blocks holding each term; word positions, term frequencies
    /// and highlights are found again in the block text). `lib` must be the library the index was built from, as for
    /// [`Index::search`]. Calling it again does nothing; searching without it
    /// gives the same results.
    ///
    /// In the app: call it once after loading, off the first paint (it takes
    /// 2.2 ms natively on the project machine for the two documents), so the
    /// first keystrokes stay fast: without it, the first query touching a block
    /// or a first letter pays its share (up to 1.4 ms for `the`).
    ///
    /// ```
    /// use reader_model::{Block, BlockKind, Document, Inline, Library};
    /// use reader_search::{build_index, Index};
    /// let text = "A cease-fire was agreed; the sanctioned firms were listed.";
    /// let doc = Document {
    ///     id: "d".into(),
    ///     blocks: vec![Block::new("d-p", BlockKind::Paragraph, vec![Inline::Text(text.into())])],
    ///     ..Document::default()
    /// };
    /// let lib = Library { documents: vec![doc] };
    /// let index = Index::from_bytes(&build_index(&lib)).unwrap();
    /// index.prepare(&lib);
    /// let hit = &index.search(&lib, "ceasefire sanctions").hits[0];
    /// let marked: Vec<&str> = hit.block_highlights.iter().map(|r| &text[r.clone()]).collect();
    /// assert_eq!(marked, ["cease-fire", "sanctioned"]);
    /// ```
    pub fn prepare(&self, lib: &Library) {
        for letter in b'a'..=b'z' {
            self.stem_groups(letter);
        }
        for d in &self.docs {
            let Some(doc) = lib.document(&d.id) else {
                continue;
            };
            for (local, block) in doc.blocks.iter().enumerate().take(d.n_blocks as usize) {
                self.kept_tokens(d.first_block + local as u32, &block.text());
            }
        }
    }

    /// Sizes of the index and of the text it indexes.
    ///
    /// ```
    /// let index = reader_search::Index::from_bytes(&reader_search::build_index(&Default::default())).unwrap();
    /// let s = index.stats();
    /// assert_eq!((s.documents, s.blocks, s.text_bytes), (0, 0, 0));
    /// assert!(s.index_bytes > 16);
    /// ```
    pub fn stats(&self) -> IndexStats {
        IndexStats {
            index_bytes: self.size,
            terms: self.terms.len(),
            text_bytes: self.text_bytes,
            documents: self.docs.len(),
            blocks: self.block_len.len(),
        }
    }

    /// The acronyms learned from the text, with their long forms as terms.
    ///
    /// ```
    /// let index = reader_search::Index::from_bytes(&reader_search::build_index(&Default::default())).unwrap();
    /// assert!(index.acronyms().is_empty());
    /// ```
    pub fn acronyms(&self) -> &[(String, Vec<String>)] {
        &self.aliases
    }

    /// Up to `n` index terms nearest to `word` (for "No results — did you
    /// mean …?"): within 1 edit for words under 5 letters, 2 from 5, ordered
    /// by distance, then by how many passages hold them, then alphabetically.
    /// The word itself is not suggested, nor anything for a single character:
    /// it is the start of a word, not a typo, and every one- or two-letter term
    /// is one edit from it ("L" gave "a", "rl", "i").
    ///
    /// ```
    /// use reader_model::{Block, BlockKind, Document, Inline, Library};
    /// use reader_search::{build_index, Index};
    /// let text = "Sanctions, sanctions, and a station.";
    /// let doc = Document {
    ///     id: "d".into(),
    ///     blocks: vec![Block::new("d-p", BlockKind::Paragraph, vec![Inline::Text(text.into())])],
    ///     ..Document::default()
    /// };
    /// let index = Index::from_bytes(&build_index(&Library { documents: vec![doc] })).unwrap();
    /// assert_eq!(index.suggest("sanctoins", 3), ["sanctions"]);
    /// assert!(index.suggest("", 3).is_empty());
    /// assert!(index.suggest("s", 3).is_empty());
    /// ```
    pub fn suggest(&self, word: &str, n: usize) -> Vec<String> {
        let Some(term) = crate::analyze(word)
            .into_iter()
            .next()
            .map(|t| t.term)
            .filter(|t| t.chars().nth(1).is_some())
        else {
            return Vec::new();
        };
        let max = if term.chars().count() < 5 { 1 } else { 2 };
        let Some(aut) = Damerau::new(&term, max) else {
            return Vec::new();
        };
        let mut found: Vec<(u8, core::cmp::Reverse<u32>, String)> = Vec::new();
        let mut occ = Vec::new();
        self.each_term(b"", Some(&aut), &mut |key, ordinal, d| {
            if found.len() >= 256 {
                return false;
            }
            match core::str::from_utf8(key) {
                Ok(key) if key != term => {
                    occ.clear();
                    self.blocks_into(ordinal, &mut occ);
                    found.push((d, core::cmp::Reverse(occ.len() as u32), key.to_string()));
                }
                _ => {}
            }
            true
        });
        crate::sort::sort(&mut found);
        found.into_iter().take(n).map(|(_, _, k)| k).collect()
    }

    /// Decodes the postings of the term with `ordinal` (the global blocks
    /// holding it, ascending), appending to `out`. Cannot fail after a
    /// successful load; on failure it appends nothing more.
    pub(crate) fn blocks_into(&self, ordinal: u32, out: &mut Vec<u32>) {
        let before = out.len();
        let offset = self.term_offset.get(ordinal as usize);
        let decoded = offset.is_some_and(|&offset| {
            read_postings(
                &self.postings,
                offset as usize,
                self.block_len.len() as u32,
                out,
            )
            .is_ok()
        });
        if !decoded {
            out.truncate(before);
        }
    }

    /// The ordinal of a term: the number of smaller terms. The term set
    /// stores no values (ordinals cost 1.5 KB in the fst); this walks the
    /// term's path, adding up the terms below the smaller transitions and
    /// those that end on the way.
    pub(crate) fn term(&self, term: &[u8]) -> Option<u32> {
        let (node, rank) = walk(self.terms.as_fst(), &self.keys_below, term)?;
        node.is_final().then_some(rank)
    }

    /// The ordinals of the terms starting with `prefix` (consecutive: they
    /// are the terms below its node).
    pub(crate) fn completions(&self, prefix: &[u8]) -> core::ops::Range<u32> {
        match walk(self.terms.as_fst(), &self.keys_below, prefix) {
            Some((node, rank)) => {
                let n = self.keys_below.get(node.addr()).copied().unwrap_or(0);
                rank..rank.saturating_add(n)
            }
            None => 0..0,
        }
    }

    /// Calls `f` with the terms starting with `prefix` that `aut` matches
    /// (every one without `aut`), their ordinals and edit distances, in
    /// order, until `f` returns `false`.
    pub(crate) fn each_term(&self, prefix: &[u8], aut: Option<&Damerau>, f: &mut OnTerm<'_>) {
        each_term(self.terms.as_fst(), &self.keys_below, prefix, aut, f);
    }

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
    fn stem_groups(&self, letter: u8) -> &[(String, Vec<u32>)] {
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

    /// The tokens of a global block by term: kept from an earlier call, or
    /// made now from its text in `lib` and kept. `None` when `lib` has no such
    /// block or its text does not have the block's number of words (not the
    /// library the index was made from; nothing is kept then).
    pub(crate) fn block_tokens(&self, lib: &Library, block: u32) -> Option<&[Token]> {
        if let Some(kept) = self.tokens.get(block as usize)?.get() {
            return Some(kept);
        }
        let (d, local) = self.locate(block)?;
        let text = lib.document(&self.docs[d].id)?.blocks.get(local)?.text();
        self.kept_tokens(block, &text)
    }

    fn kept_tokens(&self, block: u32, text: &str) -> Option<&[Token]> {
        let cell = self.tokens.get(block as usize)?;
        if let Some(kept) = cell.get() {
            return Some(kept);
        }
        let words = *self.block_len.get(block as usize)?;
        let made = block_tokens(text, words, |t| self.token_ordinal(t))?;
        Some(cell.get_or_init(|| made))
    }

    /// The ordinal of a token's term, found by its hash (one binary search
    /// instead of an fst walk, 4 times faster natively); an fst walk only when
    /// two terms share the hash. A term that is not in the index may be given
    /// the ordinal of a term with its hash: every token of the text the index
    /// was made from is a term.
    fn token_ordinal(&self, term: &str) -> Option<u32> {
        let table = self.by_hash.get_or_init(|| {
            let mut table = Vec::with_capacity(self.terms.len());
            self.each_term(b"", None, &mut |key, o, _| {
                table.push((checksum(key), o));
                true
            });
            crate::sort::sort(&mut table);
            table
        });
        let h = checksum(term.as_bytes());
        let i = table.partition_point(|e| e.0 < h);
        match table.get(i..).unwrap_or_default() {
            [(a, _), (b, _), ..] if *a == h && *b == h => self.term(term.as_bytes()),
            [(a, o), ..] if *a == h => Some(*o),
            _ => None,
        }
    }

    /// The document (index into `docs`) and local block number of a global block.
    pub(crate) fn locate(&self, block: u32) -> Option<(usize, usize)> {
        let d = self
            .docs
            .partition_point(|d| d.first_block <= block)
            .checked_sub(1)?;
        let local = block - self.docs[d].first_block;
        (local < self.docs[d].n_blocks).then_some((d, local as usize))
    }
}

/// Terms grouped by a key computed from them (a stem, a variant key): the
/// keys sorted, each with its term ordinals, ascending.
pub(crate) type Groups = Vec<(String, Vec<u32>)>;

/// Sorts (key, ordinal) pairs and gathers the ordinals of each key, ascending.
fn group_by_key(mut pairs: Vec<(String, u32)>) -> Groups {
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

    use crate::analysis::stem;
    use crate::fuzzy::Damerau;
    use crate::{build_index, Index};

    #[test]
    fn the_term_walk_stops_at_paths_deeper_than_any_term() {
        let walk_all = |key_len: usize| {
            let set = fst::Set::from_iter([vec![b'a'; key_len]]).unwrap();
            let fst = set.into_fst();
            let mut seen = 0;
            let whole = super::each_term(&fst, &[], b"", None, &mut |_, _, _| {
                seen += 1;
                true
            });
            (whole, seen)
        };
        assert_eq!(walk_all(super::MAX_WALK_DEPTH), (true, 1));
        assert_eq!(walk_all(super::MAX_WALK_DEPTH + 1), (false, 0));
    }

    fn real() -> Index {
        let lib = reader_content::library().expect("curated documents parse");
        Index::from_bytes(&build_index(&lib)).expect("index loads")
    }

    #[test]
    fn a_terms_ordinal_is_its_rank() {
        let index = real();
        let mut stream = index.terms.stream();
        let mut n = 0u32;
        while let Some(key) = stream.next() {
            assert_eq!(
                index.term(key),
                Some(n),
                "{:?}",
                String::from_utf8_lossy(key)
            );
            let mut longer = key.to_vec();
            longer.push(b'~');
            assert_eq!(index.term(&longer), None);
            if key.len() > 1 && index.terms.contains(&key[..key.len() - 1]) {
                assert!(index.term(&key[..key.len() - 1]) < Some(n));
            }
            n += 1;
        }
        assert_eq!(n as usize, index.terms.len());
        assert_eq!(index.term(b""), None);
        assert_eq!(index.term(b"zzzzzz"), None);
    }

    #[test]
    fn a_tokens_ordinal_by_hash_is_its_rank() {
        let index = real();
        let mut stream = index.terms.stream();
        let mut ordinal = 0;
        while let Some(key) = stream.next() {
            let key = core::str::from_utf8(key).unwrap();
            assert_eq!(index.token_ordinal(key), Some(ordinal), "{key}");
            ordinal += 1;
        }
        assert_eq!(index.token_ordinal("not-a-term"), None);
    }

    #[test]
    fn a_stem_starts_with_the_letter_of_its_word() {
        let index = real();
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
        let index = real();
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

    #[test]
    fn the_term_walk_gives_what_fst_streams_give() {
        use fst::automaton::{Automaton, Str};
        // Every listing the query side makes: all terms, a prefix, a typo automaton.
        let index = real();
        let walked = |prefix: &[u8], aut: Option<&Damerau>| {
            let mut v = Vec::new();
            index.each_term(prefix, aut, &mut |k, o, d| {
                v.push((k.to_vec(), o, d));
                true
            });
            v
        };
        for prefix in [
            "", "a", "s", "sa", "sanc", "lukash", "z", "zz", "\u{e9}", "1",
        ] {
            let mut expected = Vec::new();
            let mut stream = index
                .terms
                .search(Str::new(prefix).starts_with())
                .into_stream();
            while let Some(k) = stream.next() {
                expected.push((k.to_vec(), index.term(k).unwrap(), 0));
            }
            assert_eq!(walked(prefix.as_bytes(), None), expected, "{prefix}");
            let range = index.completions(prefix.as_bytes());
            let ordinals: Vec<u32> = expected.iter().map(|e| e.1).collect();
            assert_eq!(range.collect::<Vec<_>>(), ordinals, "{prefix}");
        }
        for (word, max) in [
            ("sanctoins", 2),
            ("moscw", 1),
            ("lukashnko", 2),
            ("the", 1),
            ("belarus", 3),
        ] {
            let aut = Damerau::new(word, max).unwrap();
            let mut expected = Vec::new();
            let mut stream = index.terms.search(&aut).into_stream();
            while let Some(k) = stream.next() {
                let d = aut.distance(core::str::from_utf8(k).unwrap()).unwrap();
                expected.push((k.to_vec(), index.term(k).unwrap(), d));
            }
            assert!(!expected.is_empty(), "{word}");
            assert_eq!(walked(b"", Some(&aut)), expected, "{word}");
        }
    }

    #[test]
    fn fst_checksum_agrees_with_fst_verify() {
        let map = fst::Map::from_iter([("minsk", 1u64), ("moscow", 2), ("vilnius", 3)]).unwrap();
        let mut bytes = map.as_fst().as_bytes().to_vec();
        assert!(map.as_fst().verify().is_ok());
        assert!(super::fst_checksum_ok(&bytes));
        bytes[3] ^= 4;
        assert!(!super::fst_checksum_ok(&bytes));
        assert!(!super::fst_checksum_ok(&[1, 2, 3]));
    }
}
