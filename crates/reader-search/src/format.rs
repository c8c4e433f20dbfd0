//! The binary index format: its sections and the encoding of a postings
//! list; the header, varints, checked reads and errors are `reader-format`'s.
//!
//! ```text
//! header  "BRSI", version 4 (the shared `reader-format` header)
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

use reader_format::{Error as FormatError, Header, Reader};

/// The header an index starts with; this crate reads only its own version.
pub const HEADER: Header = Header::new(*b"BRSI", 4);

/// FNV-1a, 32 bits: the hash that keys the token table (see
/// [`Index::prepare`](crate::Index::prepare)). The index bytes carry no
/// checksum of their own (see `reader-format` for why).
///
/// ```
/// assert_eq!(reader_search::format::checksum(b""), 0x811c9dc5);
/// ```
pub fn checksum(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5u32, |h, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

pub use reader_format::varint::put as put_varint;

#[cfg(feature = "build")]
pub(crate) use reader_format::write::str as put_str;

/// Puts the header in front of a finished body.
#[cfg(feature = "build")]
pub(crate) fn seal(body: Vec<u8>) -> Vec<u8> {
    let mut out = HEADER.start();
    out.extend_from_slice(&body);
    out
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
) -> Result<usize, FormatError> {
    let tail = postings
        .get(offset..)
        .ok_or(FormatError::Corrupt("postings offset"))?;
    let mut r = Reader::new(tail);
    let head = r.varint()?;
    let more = if head & 1 == 1 {
        r.varint()?.saturating_add(1)
    } else {
        0
    };
    // Every further block takes at least one byte.
    if more > r.remaining() as u64 {
        return Err(FormatError::Corrupt("postings count"));
    }
    let bad = FormatError::Corrupt("postings block");
    let mut block = u32::try_from(head >> 1).map_err(|_| bad)?;
    for i in 0..=more {
        if i > 0 {
            let delta: u32 = r.varint_as()?;
            block = block.checked_add(delta).filter(|_| delta > 0).ok_or(bad)?;
        }
        if block >= n_blocks {
            return Err(bad);
        }
        out.push(block);
    }
    Ok(offset + tail.len() - r.remaining())
}
