//! The binary index format: header, sections, varints and checked reading.
//!
//! ```text
//! header  (16 bytes)
//!   magic     "BRSI"
//!   version   u16 LE  (FORMAT_VERSION)
//!   reserved  u16 LE  (0)
//!   body_len  u32 LE  (bytes after the header)
//!   checksum  u32 LE  (FNV-1a of the body)
//! body: six sections, each a varint length followed by its bytes
//!   1 meta      varint text_bytes, varint doc count, per doc: string id,
//!               varint block count, per block: varint token count, u8 flags (1 = heading)
//!   2 terms     fst::Map: term -> offset of its postings list in section 5
//!   3 groups    fst::Map: b"S" + stem | b"V" + variant key -> (term offset << 1 | 1) for a
//!               group of one term, else (offset of a list in section 4) << 1; a stem whose
//!               only term is the stem itself has no group (the query looks the stem up)
//!   4 lists     per group: varint n, n varint term offsets, delta-coded (ascending)
//!   5 postings  per term: varint df, per block: varint block delta (global block
//!               number, first absolute), varint tf, per occurrence: varint position
//!               delta, varint byte-start delta (from the previous start), varint length
//!   6 aliases   varint n, per acronym: string acronym, varint k, k strings (long form terms)
//! strings are a varint byte length followed by UTF-8
//! ```

use core::fmt;

/// The four bytes an index starts with.
pub const MAGIC: &[u8; 4] = b"BRSI";
/// The format version written by this crate and the only one it reads.
pub const FORMAT_VERSION: u16 = 1;
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

/// One occurrence of a term.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Occurrence {
    /// Global block number (blocks of all documents in order).
    pub block: u32,
    /// Word position in the block.
    pub position: u32,
    /// Byte start in the block's plain text.
    pub start: u32,
    /// Byte end in the block's plain text.
    pub end: u32,
}

/// Encodes a postings list; `occ` must be sorted by (block, position).
#[cfg(feature = "build")]
pub(crate) fn put_postings(out: &mut Vec<u8>, occ: &[Occurrence]) {
    let mut blocks: Vec<&[Occurrence]> = Vec::new();
    let mut rest = occ;
    while let Some(first) = rest.first() {
        let n = rest.iter().take_while(|o| o.block == first.block).count();
        blocks.push(&rest[..n]);
        rest = &rest[n..];
    }
    put_varint(out, blocks.len() as u64);
    let mut prev_block = 0;
    for b in blocks {
        put_varint(out, u64::from(b[0].block - prev_block));
        prev_block = b[0].block;
        put_varint(out, b.len() as u64);
        let (mut prev_pos, mut prev_start) = (0, 0);
        for o in b {
            put_varint(out, u64::from(o.position - prev_pos));
            put_varint(out, u64::from(o.start - prev_start));
            put_varint(out, u64::from(o.end - o.start));
            prev_pos = o.position;
            prev_start = o.start;
        }
    }
}

/// Decodes the postings list at `offset` of `postings`, appending to `out`.
/// Rejects block numbers at or above `n_blocks` and arithmetic overflow.
pub(crate) fn read_postings(
    postings: &[u8],
    offset: u64,
    n_blocks: u32,
    out: &mut Vec<Occurrence>,
) -> Result<(), IndexError> {
    let tail = usize::try_from(offset)
        .ok()
        .and_then(|o| postings.get(o..))
        .ok_or(IndexError::Corrupt("postings offset"))?;
    let mut r = Reader::new(tail);
    let df = r.varint_u32()?;
    let mut block = 0u32;
    for i in 0..df {
        let delta = r.varint_u32()?;
        if i > 0 && delta == 0 {
            return Err(IndexError::Corrupt("postings blocks not ascending"));
        }
        block = block
            .checked_add(delta)
            .filter(|&b| b < n_blocks)
            .ok_or(IndexError::Corrupt("postings block number"))?;
        let tf = r.varint_u32()?;
        if tf == 0 || tf as usize > tail.len() {
            return Err(IndexError::Corrupt("postings term frequency"));
        }
        let (mut position, mut start) = (0u32, 0u32);
        for _ in 0..tf {
            let overflow = IndexError::Corrupt("postings position overflow");
            position = position
                .checked_add(r.varint_u32()?)
                .ok_or(overflow.clone())?;
            start = start.checked_add(r.varint_u32()?).ok_or(overflow.clone())?;
            let end = start.checked_add(r.varint_u32()?).ok_or(overflow)?;
            out.push(Occurrence {
                block,
                position,
                start,
                end,
            });
        }
    }
    Ok(())
}

/// The document frequency (number of blocks) at the head of a postings list.
pub(crate) fn read_df(postings: &[u8], offset: u64) -> u32 {
    usize::try_from(offset)
        .ok()
        .and_then(|o| postings.get(o..))
        .and_then(|t| Reader::new(t).varint_u32().ok())
        .unwrap_or(0)
}
