//! The embedded bytes of an [`Alignment`].
//!
//! ```text
//! header (9 bytes): "BRAL", u8 version (1), u32 LE FNV-1a of the body
//! body:
//!   strings  varint n; n × (varint length, UTF-8 bytes)     -- ids and terms, each once
//!   pairs    varint n; n × (varint a, varint b, f32 LE score, varint k, k × varint term)
//!   notes    varint n; n × (varint doc, varint number, varint m,
//!                           m × (varint block, f32 LE score, varint k, k × varint term))
//! ```
//!
//! Strings are referred to by their index in the string table. Decoding checks
//! the header, the checksum, every index, every length against the bytes left,
//! UTF-8, that scores are finite and that no byte is left over; anything wrong
//! is an [`AlignError`], never a panic.

use std::collections::BTreeMap;

use crate::{Alignment, NoteLinks, Pair, Related};

const MAGIC: &[u8; 4] = b"BRAL";
const VERSION: u8 = 1;
const HEADER_LEN: usize = 9;

/// Error returned by [`decode`] for bytes that are not a valid alignment.
///
/// ```
/// let err = reader_align::decode(b"nope").unwrap_err();
/// assert_eq!(err.to_string(), "alignment could not be decoded: too short for the header");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AlignError(String);

impl core::fmt::Display for AlignError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "alignment could not be decoded: {}", self.0)
    }
}

impl std::error::Error for AlignError {}

fn err<T>(what: &str) -> Result<T, AlignError> {
    Err(AlignError(what.to_string()))
}

fn fnv1a(bytes: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in bytes {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

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
        put_varint(out, self.index[s]);
    }
}

/// Encodes an alignment into compact bytes (format in the module source).
///
/// ```
/// let bytes = reader_align::encode(&reader_align::Alignment::default());
/// assert_eq!(&bytes[..4], b"BRAL");
/// ```
pub fn encode(alignment: &Alignment) -> Vec<u8> {
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
    let mut body = Vec::new();
    put_varint(&mut body, strings.order.len() as u64);
    for s in &strings.order {
        put_varint(&mut body, s.len() as u64);
        body.extend_from_slice(s.as_bytes());
    }
    let put_shared = |body: &mut Vec<u8>, shared: &[String]| {
        put_varint(body, shared.len() as u64);
        shared.iter().for_each(|t| strings.put(body, t));
    };
    put_varint(&mut body, alignment.pairs.len() as u64);
    for p in &alignment.pairs {
        strings.put(&mut body, &p.a);
        strings.put(&mut body, &p.b);
        body.extend_from_slice(&p.score.to_le_bytes());
        put_shared(&mut body, &p.shared);
    }
    put_varint(&mut body, alignment.notes.len() as u64);
    for n in &alignment.notes {
        strings.put(&mut body, &n.doc);
        put_varint(&mut body, u64::from(n.number));
        put_varint(&mut body, n.related.len() as u64);
        for r in &n.related {
            strings.put(&mut body, &r.block);
            body.extend_from_slice(&r.score.to_le_bytes());
            put_shared(&mut body, &r.shared);
        }
    }
    let mut out = Vec::with_capacity(HEADER_LEN + body.len());
    out.extend_from_slice(MAGIC);
    out.push(VERSION);
    out.extend_from_slice(&fnv1a(&body).to_le_bytes());
    out.extend_from_slice(&body);
    out
}

/// A checked cursor over the body.
struct Reader<'a> {
    bytes: &'a [u8],
    strings: Vec<&'a str>,
}

impl<'a> Reader<'a> {
    fn varint(&mut self) -> Result<u64, AlignError> {
        let mut v: u64 = 0;
        for i in 0..10 {
            let Some((&b, rest)) = self.bytes.split_first() else {
                return err("truncated number");
            };
            self.bytes = rest;
            if i == 9 && b > 1 {
                return err("number too large");
            }
            v |= u64::from(b & 0x7f) << (7 * i);
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        err("number too long")
    }

    /// A count of items that each take at least `min_bytes` bytes.
    fn count(&mut self, min_bytes: usize) -> Result<usize, AlignError> {
        let n = self.varint()?;
        if n > (self.bytes.len() / min_bytes) as u64 {
            return err("count larger than the bytes left");
        }
        Ok(n as usize)
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], AlignError> {
        if n > self.bytes.len() {
            return err("truncated");
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Ok(head)
    }

    fn string(&mut self) -> Result<String, AlignError> {
        let i = usize::try_from(self.varint()?).or_else(|_| err("string index out of range"))?;
        match self.strings.get(i) {
            Some(s) => Ok((*s).to_string()),
            None => err("string index out of range"),
        }
    }

    fn score(&mut self) -> Result<f32, AlignError> {
        let b = self.take(4)?;
        let score = f32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        if !score.is_finite() {
            return err("score is not a finite number");
        }
        Ok(score)
    }

    /// A block id, a score and shared terms (the tail of a pair, or a note's entry).
    fn related(&mut self) -> Result<Related, AlignError> {
        let block = self.string()?;
        let score = self.score()?;
        let k = self.count(1)?;
        let shared = (0..k).map(|_| self.string()).collect::<Result<_, _>>()?;
        Ok(Related {
            block,
            score,
            shared,
        })
    }
}

/// Decodes bytes made by [`encode`]. Corrupt or truncated input is an
/// [`AlignError`], never a panic.
///
/// ```
/// let bytes = reader_align::encode(&reader_align::Alignment::default());
/// assert!(reader_align::decode(&bytes).is_ok());
/// assert!(reader_align::decode(&bytes[..bytes.len() - 1]).is_err());
/// assert!(reader_align::decode(&[0xff; 32]).is_err());
/// ```
pub fn decode(bytes: &[u8]) -> Result<Alignment, AlignError> {
    if bytes.len() < HEADER_LEN {
        return err("too short for the header");
    }
    let (header, body) = bytes.split_at(HEADER_LEN);
    if &header[..4] != MAGIC {
        return err("not an alignment (bad magic)");
    }
    if header[4] != VERSION {
        return err("unsupported version");
    }
    let sum = u32::from_le_bytes([header[5], header[6], header[7], header[8]]);
    if fnv1a(body) != sum {
        return err("checksum mismatch");
    }
    let mut r = Reader {
        bytes: body,
        strings: Vec::new(),
    };
    let n = r.count(1)?;
    let mut strings = Vec::with_capacity(n);
    for _ in 0..n {
        let len = r.varint()?;
        if len > r.bytes.len() as u64 {
            return err("string longer than the bytes left");
        }
        let s =
            core::str::from_utf8(r.take(len as usize)?).or_else(|_| err("string is not UTF-8"))?;
        strings.push(s);
    }
    r.strings = strings;

    let n = r.count(7)?;
    let mut pairs = Vec::with_capacity(n);
    for _ in 0..n {
        let a = r.string()?;
        let Related {
            block: b,
            score,
            shared,
        } = r.related()?;
        pairs.push(Pair {
            a,
            b,
            score,
            shared,
        });
    }
    let n = r.count(3)?;
    let mut notes = Vec::with_capacity(n);
    for _ in 0..n {
        let doc = r.string()?;
        let number = u16::try_from(r.varint()?).or_else(|_| err("note number too large"))?;
        let m = r.count(6)?;
        let mut related = Vec::with_capacity(m);
        for _ in 0..m {
            related.push(r.related()?);
        }
        notes.push(NoteLinks {
            doc,
            number,
            related,
        });
    }
    if !r.bytes.is_empty() {
        return err("bytes left over after the notes");
    }
    Ok(Alignment { pairs, notes })
}
