//! The loaded index: validation at load time, term look-ups, statistics.

use fst::{IntoStreamer, Map, Streamer};

use crate::format::{open, read_df, read_postings, IndexError, Occurrence, Reader};
use crate::fuzzy::Damerau;

/// Key prefix of stem groups in the groups map.
pub(crate) const STEM_PREFIX: u8 = b'S';
/// Key prefix of variant groups in the groups map.
pub(crate) const VARIANT_PREFIX: u8 = b'V';

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
    pub(crate) terms: Map<Vec<u8>>,
    pub(crate) groups: Map<Vec<u8>>,
    pub(crate) lists: Vec<u8>,
    pub(crate) postings: Vec<u8>,
    pub(crate) aliases: Vec<(String, Vec<String>)>,
}

impl core::fmt::Debug for Index {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Index")
            .field("stats", &self.stats())
            .finish()
    }
}

/// Opens a term map, checking fst's own checksum first (the fuzz tests reseal
/// the body checksum, and a term map that is not what fst wrote can make fst
/// panic). The check is written here rather than calling `verify()`: fst's
/// CRC-32C uses a 16 KB slicing table, all of it in the WASM; a 1 KB table
/// made on the stack does the same in well under a millisecond. The fst
/// error is not formatted (its `Display` is code too).
fn load_fst(bytes: &[u8]) -> Result<Map<Vec<u8>>, IndexError> {
    if !fst_checksum_ok(bytes) {
        return Err(IndexError::Fst(String::from("term map checksum mismatch")));
    }
    Map::new(bytes.to_vec())
        .map_err(|_| IndexError::Fst(String::from("the fst crate rejected a term map")))
}

/// fst (format 3) ends with the masked CRC-32C (Castagnoli) of all bytes before it.
fn fst_checksum_ok(bytes: &[u8]) -> bool {
    let Some(split) = bytes.len().checked_sub(4) else {
        return false;
    };
    let (data, stored) = bytes.split_at(split);
    let mut table = [0u32; 256];
    for (i, t) in table.iter_mut().enumerate() {
        let mut c = i as u32;
        for _ in 0..8 {
            c = if c & 1 == 1 {
                (c >> 1) ^ 0x82F6_3B78
            } else {
                c >> 1
            };
        }
        *t = c;
    }
    let mut crc = !0u32;
    for &b in data {
        crc = table[usize::from((crc as u8) ^ b)] ^ (crc >> 8);
    }
    let masked = (!crc).rotate_right(15).wrapping_add(0xA282_EAD8);
    stored == masked.to_le_bytes()
}

impl Index {
    /// Loads and fully validates index bytes. Corrupt, truncated or foreign
    /// bytes give an [`IndexError`], never a panic; after a successful load
    /// every postings list and group is known to decode.
    ///
    /// ```
    /// use reader_search::{build_index, Index, IndexError};
    /// let mut bytes = build_index(&Default::default());
    /// assert!(Index::from_bytes(&bytes).is_ok());
    /// let last = bytes.len() - 1;
    /// bytes[last] ^= 1;
    /// assert_eq!(Index::from_bytes(&bytes).unwrap_err(), IndexError::ChecksumMismatch);
    /// ```
    pub fn from_bytes(bytes: &[u8]) -> Result<Index, IndexError> {
        let body = open(bytes)?;
        let mut r = Reader::new(body);
        let (meta, terms, groups, lists, postings, aliases) = (
            r.bytes()?,
            r.bytes()?,
            r.bytes()?,
            r.bytes()?,
            r.bytes()?,
            r.bytes()?,
        );
        if !r.is_empty() {
            return Err(IndexError::Corrupt("bytes after the last section"));
        }

        let mut m = Reader::new(meta);
        let text_bytes = m.varint()?;
        let n_docs = m.varint()?;
        let (mut docs, mut block_len, mut heading) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..n_docs {
            let id = m.str()?.to_string();
            let first_block = block_len.len() as u32;
            let n_blocks = m.varint_u32()?;
            for _ in 0..n_blocks {
                block_len.push(m.varint_u32()?);
                heading.push(match m.u8()? {
                    0 => false,
                    1 => true,
                    _ => return Err(IndexError::Corrupt("block flags")),
                });
            }
            docs.push(DocMeta {
                id,
                first_block,
                n_blocks,
            });
        }
        if !m.is_empty() {
            return Err(IndexError::Corrupt("bytes after the document table"));
        }
        let n_blocks =
            u32::try_from(block_len.len()).map_err(|_| IndexError::Corrupt("too many blocks"))?;
        let total: f64 = block_len.iter().map(|&l| f64::from(l)).sum();
        let avg_len = if n_blocks == 0 {
            1.0
        } else {
            (total / f64::from(n_blocks)).max(1.0) as f32
        };

        let terms = load_fst(terms)?;
        let groups = load_fst(groups)?;

        // Every term is UTF-8 and its postings decode.
        let mut offsets = Vec::with_capacity(terms.len());
        let mut scratch = Vec::new();
        let mut stream = terms.stream();
        while let Some((key, offset)) = stream.next() {
            if core::str::from_utf8(key).is_err() {
                return Err(IndexError::Corrupt("term is not UTF-8"));
            }
            scratch.clear();
            read_postings(postings, offset, n_blocks, &mut scratch)?;
            offsets.push(offset);
        }
        crate::sort::sort(&mut offsets);
        // Every group list decodes to known term offsets.
        let mut stream = groups.stream();
        while let Some((_, list)) = stream.next() {
            let members = group_members(lists, list).ok_or(IndexError::Corrupt("group list"))?;
            if members.iter().any(|m| offsets.binary_search(m).is_err()) {
                return Err(IndexError::Corrupt("group member is not a term"));
            }
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
                return Err(IndexError::Corrupt("empty acronym expansion"));
            }
            alias_list.push((acronym, expansion));
        }
        if !a.is_empty() {
            return Err(IndexError::Corrupt("bytes after the aliases"));
        }

        Ok(Index {
            size: bytes.len(),
            text_bytes,
            docs,
            block_len,
            heading,
            avg_len,
            terms,
            groups,
            lists: lists.to_vec(),
            postings: postings.to_vec(),
            aliases: alias_list,
        })
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
    /// The word itself is not suggested.
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
    /// ```
    pub fn suggest(&self, word: &str, n: usize) -> Vec<String> {
        let Some(term) = crate::analyze(word).into_iter().next().map(|t| t.term) else {
            return Vec::new();
        };
        let max = if term.chars().count() < 5 { 1 } else { 2 };
        let Some(aut) = Damerau::new(&term, max) else {
            return Vec::new();
        };
        let mut found: Vec<(u8, core::cmp::Reverse<u32>, String)> = Vec::new();
        let mut stream = self.terms.search(&aut).into_stream();
        while let Some((key, offset)) = stream.next() {
            if found.len() >= 256 {
                break;
            }
            let Ok(key) = core::str::from_utf8(key) else {
                continue;
            };
            if key == term {
                continue;
            }
            if let Some(d) = aut.distance(key) {
                found.push((
                    d,
                    core::cmp::Reverse(read_df(&self.postings, offset)),
                    key.to_string(),
                ));
            }
        }
        crate::sort::sort(&mut found);
        found.into_iter().take(n).map(|(_, _, k)| k).collect()
    }

    /// Decodes the postings of the term at `offset`, appending to `out`.
    /// Cannot fail after a successful load; on failure it appends nothing more.
    pub(crate) fn postings_into(&self, offset: u64, out: &mut Vec<Occurrence>) {
        let before = out.len();
        if read_postings(&self.postings, offset, self.block_len.len() as u32, out).is_err() {
            out.truncate(before);
        }
    }

    /// The term offsets of the group with `prefix` + `key`.
    pub(crate) fn group(&self, prefix: u8, key: &str) -> Vec<u64> {
        let mut k = Vec::with_capacity(key.len() + 1);
        k.push(prefix);
        k.extend_from_slice(key.as_bytes());
        self.groups
            .get(&k)
            .and_then(|value| group_members(&self.lists, value))
            .unwrap_or_default()
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

/// The members of a group: its map value is a term offset `<< 1 | 1` for a
/// group of one, else a list offset `<< 1`.
fn group_members(lists: &[u8], value: u64) -> Option<Vec<u64>> {
    if value & 1 == 1 {
        Some(vec![value >> 1])
    } else {
        read_list(lists, value >> 1)
    }
}

/// Decodes a group list (varint count, delta-coded offsets).
fn read_list(lists: &[u8], offset: u64) -> Option<Vec<u64>> {
    let mut r = Reader::new(lists.get(usize::try_from(offset).ok()?..)?);
    let n = r.varint().ok()?;
    let mut out = Vec::new();
    let mut prev = 0u64;
    for _ in 0..n {
        prev = prev.checked_add(r.varint().ok()?)?;
        out.push(prev);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
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
