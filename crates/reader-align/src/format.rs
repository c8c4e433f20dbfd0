//! The embedded bytes of an [`Alignment`], on the shared `reader-format` layout.
//!
//! ```text
//! header   "BRAL", version 3
//! strings  varint n; n × known string                       -- ids and terms, each once
//! pairs    varint n; n × (varint a, varint b, f32 LE score, varint k, k × varint term)
//! notes    varint n; n × (varint doc, varint number, varint m,
//!                         m × (varint block, f32 LE score, varint k, k × varint term))
//! trailer  CRC-32C of every byte before it
//! ```
//!
//! Strings are referred to by their index in the string table. The table's
//! entries are [`write::known`] strings: a block id the decoder already has
//! (the library's, passed to [`decode_with`]) is its position there (written
//! as that position + 1, 0 meaning the string follows), so the
//! ids do not travel twice. Beyond the
//! shared reader's checks (header, trailer, lengths, counts, UTF-8, no byte
//! left over), decoding checks every string index and that scores are
//! finite; anything wrong is a [`FormatError`], never a panic. The trailer
//! stays because this decoder reports every corruption: a flipped bit in an
//! id or a score would otherwise decode to a wrong but valid value.

use std::collections::BTreeMap;

use reader_format::{checksum, write, Error as FormatError, Header, Reader};

use crate::{Alignment, NoteLinks, Pair, Related};

/// The header of encoded alignment bytes.
const HEADER: Header = Header::new(*b"BRAL", 3);

/// Interns strings in first-use order.
#[derive(Default)]
struct Strings<'a> {
    index: BTreeMap<&'a str, u64>,
    order: Vec<&'a str>,
}

impl<'a> Strings<'a> {
    fn add(&mut self, s: &'a str) {
        if !self.index.contains_key(s) {
            self.index.insert(s, self.order.len() as u64);
            self.order.push(s);
        }
    }
    fn put(&self, out: &mut Vec<u8>, s: &str) {
        write::varint(out, self.index[s]);
    }
}

/// Encodes an alignment into compact bytes (format in the module source).
///
/// ```
/// let bytes = reader_align::encode(&reader_align::Alignment::default());
/// assert_eq!(&bytes[..4], b"BRAL");
/// ```
pub fn encode(alignment: &Alignment) -> Vec<u8> {
    encode_with(alignment, &[])
}

/// [`encode`], writing the strings found in `known` as their position there (the decoder
/// passes the same list to [`decode_with`]).
pub fn encode_with(alignment: &Alignment, known: &[&str]) -> Vec<u8> {
    let mut strings = Strings::default();
    for p in &alignment.pairs {
        strings.add(&p.a);
        strings.add(&p.b);
        p.shared.iter().for_each(|t| strings.add(t));
    }
    for n in &alignment.notes {
        strings.add(&n.doc);
        for r in &n.related {
            strings.add(&r.block);
            r.shared.iter().for_each(|t| strings.add(t));
        }
    }
    let mut out = HEADER.start();
    write::seq(&mut out, &strings.order, |out, s| {
        write::known(out, known, s)
    });
    let related = |out: &mut Vec<u8>, score: f32, shared: &[String]| {
        write::u32(out, score.to_bits());
        write::seq(out, shared, |out, t| strings.put(out, t));
    };
    write::seq(&mut out, &alignment.pairs, |out, p| {
        strings.put(out, &p.a);
        strings.put(out, &p.b);
        related(out, p.score, &p.shared);
    });
    write::seq(&mut out, &alignment.notes, |out, n| {
        strings.put(out, &n.doc);
        write::varint(out, u64::from(n.number));
        write::seq(out, &n.related, |out, r| {
            strings.put(out, &r.block);
            related(out, r.score, &r.shared);
        });
    });
    checksum::seal(&mut out);
    out
}

/// A string of the table, by its index.
fn string(r: &mut Reader<'_>, strings: &[String]) -> Result<String, FormatError> {
    let i: usize = r.varint_as()?;
    match strings.get(i) {
        Some(s) => Ok(s.clone()),
        None => Err(FormatError::Corrupt("string index out of range")),
    }
}

/// A block id, a score and shared terms (the tail of a pair, or a note's entry).
fn related(r: &mut Reader<'_>, strings: &[String]) -> Result<Related, FormatError> {
    let block = string(r, strings)?;
    let score = f32::from_bits(r.u32()?);
    if !score.is_finite() {
        return Err(FormatError::Corrupt("score is not a finite number"));
    }
    let shared = r.seq(1, |r| string(r, strings))?;
    Ok(Related {
        block,
        score,
        shared,
    })
}

/// Decodes bytes made by [`encode`]. Corrupt or truncated input is a
/// [`FormatError`], never a panic.
///
/// ```
/// use reader_align::{decode, encode, Alignment, FormatError};
/// let bytes = encode(&Alignment::default());
/// assert!(decode(&bytes).is_ok());
/// assert_eq!(decode(&bytes[..bytes.len() - 1]), Err(FormatError::ChecksumMismatch));
/// assert_eq!(decode(b"BR"), Err(FormatError::UnexpectedEnd));
/// assert_eq!(decode(&[0xff; 32]), Err(FormatError::BadMagic));
/// ```
pub fn decode(bytes: &[u8]) -> Result<Alignment, FormatError> {
    decode_with(bytes, &[])
}

/// Decodes bytes made by [`encode_with`] with the same `known` strings.
pub fn decode_with(bytes: &[u8], known: &[&str]) -> Result<Alignment, FormatError> {
    let mut r = HEADER.open_sealed(bytes)?;
    let strings = r.seq(1, |r| r.known(known))?;
    let strings = &strings[..];
    let pairs = r.seq(7, |r| {
        let a = string(r, strings)?;
        let Related {
            block: b,
            score,
            shared,
        } = related(r, strings)?;
        Ok(Pair {
            a,
            b,
            score,
            shared,
        })
    })?;
    let notes = r.seq(3, |r| {
        Ok(NoteLinks {
            doc: string(r, strings)?,
            number: r.varint_as()?,
            related: r.seq(6, |r| related(r, strings))?,
        })
    })?;
    r.finish()?;
    Ok(Alignment { pairs, notes })
}
