//! Loading: index bytes are checked whole before an [`Index`] is made from
//! them, so that no later query can meet a malformed list.

use std::sync::OnceLock;

use fst::raw::Fst;
use fst::Set;

use super::groups::group_by_key;
use super::walk::each_term;
use super::{DocMeta, Index};
use crate::format::{read_postings, HEADER};
use reader_format::checksum::crc32c;
use reader_format::{Error as FormatError, Reader};
use reader_text::variant_key;

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
    if depth > 4 * reader_text::MAX_TERM_BYTES {
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

impl Index {
    /// Loads and fully validates index bytes. Corrupt, truncated or foreign
    /// bytes give an [`FormatError`], never a panic; after a successful load
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
