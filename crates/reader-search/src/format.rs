//! The binary index format: header, sections, varints and checked reading.
//!
//! ```text
//! header  (16 bytes)
//!   magic     "BRSI"
//!   version   u16 LE  (FORMAT_VERSION)
//!   reserved  u16 LE  (0)
//!   body_len  u32 LE  (bytes after the header)
//!   checksum  u32 LE  (FNV-1a of the body)
//! body: five sections, each a varint length followed by its bytes
//!   1 meta      varint text_bytes, varint doc count, per doc: string id,
//!               varint block count, per block: varint (token count << 1 | heading)
//!   2 terms     fst::Set of the terms; a term's ordinal is its rank in it
//!               (0, 1, 2, … in key order; the query side counts the terms
//!               below each fst node at load to find ranks)
//!   3 names     varint n, n varints: the ordinals of the proper names (terms
//!               seen capitalized and never in lower case), each as the gap
//!               from the previous one + 1
//!   4 postings  per term, in ordinal order: the global numbers of the n
//!               blocks holding it (blocks of all documents in order),
//!               strictly ascending: varint (first << 1 | (n > 1)),
//!               varint n - 2 when n > 1, n - 1 varint deltas (each > 0)
//!   5 aliases   varint n, per acronym: string acronym, varint k, k strings (long form terms)
//! strings are a varint byte length followed by UTF-8
//! ```
//!
//! The query side recomputes instead of reading:
//! * a term's occurrences in a block (word positions for phrases, their
//!   number for BM25, byte ranges for highlights): from the block text, by
//!   [`analyze`](crate::analyze), the tokens of each block kept by term
//!   (see [`crate::Index::prepare`]);
//! * stem groups (`sanctioned` → `sanction`, `sanctioned`, `sanctions`): by
//!   stemming the terms with the stem's first letter, once per letter;
//! * transliteration groups: the variant keys of the names, at load;
//! * each term's postings offset: at load, while every list is checked.
//!
//! Version 1 stored per occurrence the block-local position, byte start and
//! length (per term: block count, per block: block delta and term frequency),
//! the term map's values (postings offsets), and the stem and variant groups
//! in an fst with their lists: 31,920 bytes (24.0 KB gzip) for the real
//! documents. Version 2 stored every occurrence's global word position
//! (postings 5,174 bytes, 4,866 gzip alone): 11,995 bytes (10.3 KB gzip).
//! Version 3 stores only the blocks (postings 3,115 bytes, 2,261 gzip alone):
//! 9,936 bytes (7.6 KB gzip).

use core::fmt;

/// The four bytes an index starts with.
pub const MAGIC: &[u8; 4] = b"BRSI";
/// The format version written by this crate and the only one it reads.
pub const FORMAT_VERSION: u16 = 3;
/// Length of the fixed header.
pub const HEADER_LEN: usize = 16;

/// Why index bytes could not be loaded.
///
/// ```
/// use reader_search::{Index, IndexError};
/// assert!(matches!(Index::from_bytes(b"BR"), Err(IndexError::Truncated)));
/// assert_eq!(IndexError::BadMagic.to_string(), "not a Belarus Reader search index (bad magic bytes)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum IndexError {
    /// The bytes end before the data they announce.
    Truncated,
    /// The bytes do not start with [`MAGIC`].
    BadMagic,
    /// The index was written by another format version.
    UnsupportedVersion(u16),
    /// The body does not match the checksum in the header.
    ChecksumMismatch,
    /// A section is inconsistent; the text says which and how.
    Corrupt(&'static str),
    /// A term dictionary was rejected by the `fst` crate.
    Fst(String),
}

impl fmt::Display for IndexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IndexError::Truncated => write!(f, "search index is truncated"),
            IndexError::BadMagic => {
                write!(f, "not a Belarus Reader search index (bad magic bytes)")
            }
            IndexError::UnsupportedVersion(v) => {
                write!(
                    f,
                    "search index format version {v} is not supported (expected {FORMAT_VERSION})"
                )
            }
            IndexError::ChecksumMismatch => write!(f, "search index checksum does not match"),
            IndexError::Corrupt(what) => write!(f, "search index is corrupt: {what}"),
            IndexError::Fst(e) => write!(f, "search index term dictionary is invalid: {e}"),
        }
    }
}

impl std::error::Error for IndexError {}

/// FNV-1a, 32 bits: catches bit flips and truncation of the body.
///
/// ```
/// assert_eq!(reader_search::format::checksum(b""), 0x811c9dc5);
/// ```
pub fn checksum(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5u32, |h, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// Appends `v` as a LEB128 varint.
///
/// ```
/// let mut v = Vec::new();
/// reader_search::format::put_varint(&mut v, 300);
/// assert_eq!(v, [0xac, 0x02]);
/// ```
pub fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Appends a length-prefixed string.
#[cfg(feature = "build")]
pub(crate) fn put_str(out: &mut Vec<u8>, s: &str) {
    put_varint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

/// Wraps a finished body in the header.
#[cfg(feature = "build")]
pub(crate) fn seal(body: Vec<u8>) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + body.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&(body.len() as u32).to_le_bytes());
    out.extend_from_slice(&checksum(&body).to_le_bytes());
    out.extend_from_slice(&body);
    out
}

/// Checks the header and returns the body.
pub(crate) fn open(bytes: &[u8]) -> Result<&[u8], IndexError> {
    let mut r = Reader::new(bytes);
    if r.take(4).map_err(|_| IndexError::Truncated)? != MAGIC {
        return Err(IndexError::BadMagic);
    }
    let version = r.u16()?;
    if version != FORMAT_VERSION {
        return Err(IndexError::UnsupportedVersion(version));
    }
    let _reserved = r.u16()?;
    let body_len = r.u32()? as usize;
    let sum = r.u32()?;
    let body = r.take(body_len).map_err(|_| IndexError::Truncated)?;
    if !r.is_empty() {
        return Err(IndexError::Corrupt("bytes after the body"));
    }
    if checksum(body) != sum {
        return Err(IndexError::ChecksumMismatch);
    }
    Ok(body)
}

/// Recomputes the header checksum after the body was changed. For fuzz tests
/// that want to reach the structural checks behind the checksum.
#[doc(hidden)]
pub fn reseal(bytes: &mut [u8]) {
    if bytes.len() >= HEADER_LEN {
        let sum = checksum(&bytes[HEADER_LEN..]);
        bytes[12..16].copy_from_slice(&sum.to_le_bytes());
    }
}

/// A cursor over bytes where every read is checked.
///
/// ```
/// let mut r = reader_search::format::Reader::new(&[0xac, 0x02, 7]);
/// assert_eq!(r.varint().unwrap(), 300);
/// assert_eq!(r.u8().unwrap(), 7);
/// assert!(r.u8().is_err());
/// ```
#[derive(Clone, Debug)]
pub struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// Reads from the start of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, pos: 0 }
    }

    /// True when every byte was read.
    pub fn is_empty(&self) -> bool {
        self.pos >= self.bytes.len()
    }

    /// The next `n` bytes.
    pub fn take(&mut self, n: usize) -> Result<&'a [u8], IndexError> {
        let end = self.pos.checked_add(n).ok_or(IndexError::Truncated)?;
        let s = self.bytes.get(self.pos..end).ok_or(IndexError::Truncated)?;
        self.pos = end;
        Ok(s)
    }

    /// One byte.
    pub fn u8(&mut self) -> Result<u8, IndexError> {
        Ok(self.take(1)?[0])
    }

    fn u16(&mut self) -> Result<u16, IndexError> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }

    fn u32(&mut self) -> Result<u32, IndexError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// A LEB128 varint of at most 10 bytes that fits in a `u64`.
    pub fn varint(&mut self) -> Result<u64, IndexError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            let part = u64::from(b & 0x7f);
            if shift == 63 && part > 1 {
                return Err(IndexError::Corrupt("varint overflows 64 bits"));
            }
            v |= part << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(IndexError::Corrupt("varint longer than 10 bytes"))
    }

    /// A varint that must fit in a `u32`.
    pub fn varint_u32(&mut self) -> Result<u32, IndexError> {
        u32::try_from(self.varint()?).map_err(|_| IndexError::Corrupt("number out of range"))
    }

    /// A varint length followed by that many bytes.
    pub fn bytes(&mut self) -> Result<&'a [u8], IndexError> {
        let n = usize::try_from(self.varint()?).map_err(|_| IndexError::Truncated)?;
        self.take(n)
    }

    /// A length-prefixed UTF-8 string.
    pub fn str(&mut self) -> Result<&'a str, IndexError> {
        core::str::from_utf8(self.bytes()?).map_err(|_| IndexError::Corrupt("string is not UTF-8"))
    }
}

/// Encodes the postings list of one term: the global numbers of the blocks
/// holding it (blocks of all documents in order), strictly ascending, at least one.
#[cfg(feature = "build")]
pub(crate) fn put_postings(out: &mut Vec<u8>, blocks: &[u32]) {
    let Some((&first, rest)) = blocks.split_first() else {
        return;
    };
    put_varint(out, u64::from(first) << 1 | u64::from(!rest.is_empty()));
    if !rest.is_empty() {
        put_varint(out, rest.len() as u64 - 1);
    }
    let mut prev = first;
    for &b in rest {
        put_varint(out, u64::from(b - prev));
        prev = b;
    }
}

/// Decodes the postings list at `offset` of `postings`, appending its blocks
/// to `out`, and returns the offset after it. Blocks at or above `n_blocks`,
/// blocks not strictly ascending, arithmetic overflow and truncation are errors.
pub(crate) fn read_postings(
    postings: &[u8],
    offset: usize,
    n_blocks: u32,
    out: &mut Vec<u32>,
) -> Result<usize, IndexError> {
    let tail = postings
        .get(offset..)
        .ok_or(IndexError::Corrupt("postings offset"))?;
    let mut r = Reader::new(tail);
    let head = r.varint()?;
    let more = if head & 1 == 1 {
        r.varint()?.saturating_add(1)
    } else {
        0
    };
    // Every further block takes at least one byte.
    if more > (tail.len() - r.pos) as u64 {
        return Err(IndexError::Corrupt("postings count"));
    }
    let bad = IndexError::Corrupt("postings block");
    let mut block = u32::try_from(head >> 1).map_err(|_| bad.clone())?;
    for i in 0..=more {
        if i > 0 {
            let delta = r.varint_u32()?;
            block = block
                .checked_add(delta)
                .filter(|_| delta > 0)
                .ok_or(bad.clone())?;
        }
        if block >= n_blocks {
            return Err(bad);
        }
        out.push(block);
    }
    Ok(offset + r.pos)
}
