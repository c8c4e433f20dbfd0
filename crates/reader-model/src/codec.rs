//! The compact encoding of a [`Library`], written by hand.
//!
//! The bytes are what `postcard` made for the former `serde` derives (so
//! nothing changed on the wire): unsigned integers, lengths and enum tags are
//! LEB128 varints, strings are a length and UTF-8, `Option` and `bool` are one
//! byte (0 or 1), struct fields follow in declaration order. Writing the codec
//! by hand removes `serde`'s generated visitors and `postcard`'s error strings
//! from the WASM; the decoder is a few small loops.

use crate::{Attributed, Block, BlockKind, DecodeError, Document, Footnote, Inline, Library};

/// Encodes a library.
pub(crate) fn encode(lib: &Library) -> Vec<u8> {
    let mut w = Vec::new();
    seq(&mut w, &lib.documents, doc);
    w
}

/// Decodes bytes made by [`encode`]; every byte must be used.
pub(crate) fn decode(bytes: &[u8]) -> Result<Library, DecodeError> {
    let mut r = Reader(bytes);
    let documents = r.seq(Reader::doc)?;
    if !r.0.is_empty() {
        return Err(err("bytes after the library"));
    }
    Ok(Library { documents })
}

fn err(what: &'static str) -> DecodeError {
    DecodeError(what)
}

fn varint(w: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        w.push(v as u8 | 0x80);
        v >>= 7;
    }
    w.push(v as u8);
}

fn string(w: &mut Vec<u8>, s: &str) {
    varint(w, s.len() as u64);
    w.extend_from_slice(s.as_bytes());
}

fn seq<T>(w: &mut Vec<u8>, items: &[T], mut put: impl FnMut(&mut Vec<u8>, &T)) {
    varint(w, items.len() as u64);
    for item in items {
        put(w, item);
    }
}

fn attributed(w: &mut Vec<u8>, a: &Attributed) {
    string(w, &a.value);
    w.push(u8::from(a.editorial));
}

fn doc(w: &mut Vec<u8>, d: &Document) {
    string(w, &d.id);
    string(w, &d.short_name);
    attributed(w, &d.title);
    seq(w, &d.authors, |w, s| string(w, s));
    string(w, &d.publisher);
    string(w, &d.kind);
    match &d.date {
        None => w.push(0),
        Some(a) => {
            w.push(1);
            attributed(w, a);
        }
    }
    seq(w, &d.editorial_notes, |w, s| string(w, s));
    seq(w, &d.blocks, |w, b| {
        string(w, &b.id);
        varint(w, b.kind as u64);
        seq(w, &b.inlines, |w, i| match i {
            Inline::Text(t) => tagged(w, 0, t),
            Inline::Emphasis(t) => tagged(w, 1, t),
            Inline::Strong(t) => tagged(w, 2, t),
            Inline::NoteRef(n) => {
                w.push(3);
                varint(w, u64::from(*n));
            }
        });
    });
    seq(w, &d.footnotes, |w, f| {
        varint(w, u64::from(f.number));
        string(w, &f.block_id);
        string(w, &f.sentence);
        match &f.text {
            None => w.push(0),
            Some(t) => tagged(w, 1, t),
        }
    });
}

fn tagged(w: &mut Vec<u8>, tag: u8, s: &str) {
    w.push(tag);
    string(w, s);
}

/// The bytes not read yet.
struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn u8(&mut self) -> Result<u8, DecodeError> {
        let (&b, rest) = self.0.split_first().ok_or(err("truncated"))?;
        self.0 = rest;
        Ok(b)
    }

    fn varint(&mut self) -> Result<u64, DecodeError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err(err("varint too long"))
    }

    fn u16(&mut self) -> Result<u16, DecodeError> {
        u16::try_from(self.varint()?).map_err(|_| err("number out of range"))
    }

    fn flag(&mut self) -> Result<bool, DecodeError> {
        match self.u8()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(err("bad flag")),
        }
    }

    fn string(&mut self) -> Result<String, DecodeError> {
        let n = usize::try_from(self.varint()?).map_err(|_| err("length out of range"))?;
        if n > self.0.len() {
            return Err(err("truncated"));
        }
        let (s, rest) = self.0.split_at(n);
        self.0 = rest;
        core::str::from_utf8(s)
            .map(String::from)
            .map_err(|_| err("text is not UTF-8"))
    }

    /// A sequence; its length is checked against the bytes left (every item
    /// takes at least one byte), so corrupt lengths cannot allocate much.
    fn seq<T>(
        &mut self,
        mut item: impl FnMut(&mut Self) -> Result<T, DecodeError>,
    ) -> Result<Vec<T>, DecodeError> {
        let n = self.varint()?;
        if n > self.0.len() as u64 {
            return Err(err("truncated"));
        }
        let mut out = Vec::with_capacity(n as usize);
        for _ in 0..n {
            out.push(item(self)?);
        }
        Ok(out)
    }

    fn attributed(&mut self) -> Result<Attributed, DecodeError> {
        Ok(Attributed {
            value: self.string()?,
            editorial: self.flag()?,
        })
    }

    fn doc(&mut self) -> Result<Document, DecodeError> {
        Ok(Document {
            id: self.string()?,
            short_name: self.string()?,
            title: self.attributed()?,
            authors: self.seq(Self::string)?,
            publisher: self.string()?,
            kind: self.string()?,
            date: if self.flag()? {
                Some(self.attributed()?)
            } else {
                None
            },
            editorial_notes: self.seq(Self::string)?,
            blocks: self.seq(Self::block)?,
            footnotes: self.seq(Self::footnote)?,
        })
    }

    fn block(&mut self) -> Result<Block, DecodeError> {
        let id = self.string()?;
        let kind = match self.varint()? {
            0 => BlockKind::Heading,
            1 => BlockKind::Paragraph,
            2 => BlockKind::ListItem,
            3 => BlockKind::Caption,
            4 => BlockKind::AuthorNote,
            5 => BlockKind::PublisherNotice,
            _ => return Err(err("unknown block kind")),
        };
        let inlines = self.seq(|r| {
            Ok(match r.varint()? {
                0 => Inline::Text(r.string()?),
                1 => Inline::Emphasis(r.string()?),
                2 => Inline::Strong(r.string()?),
                3 => Inline::NoteRef(r.u16()?),
                _ => return Err(err("unknown inline kind")),
            })
        })?;
        Ok(Block { id, kind, inlines })
    }

    fn footnote(&mut self) -> Result<Footnote, DecodeError> {
        Ok(Footnote {
            number: self.u16()?,
            block_id: self.string()?,
            sentence: self.string()?,
            text: if self.flag()? {
                Some(self.string()?)
            } else {
                None
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Library {
        let doc = Document {
            id: "heritage".into(),
            short_name: "Heritage".into(),
            title: Attributed {
                value: "Belarus — a title".into(),
                editorial: true,
            },
            authors: vec!["Alexis Mrachek".into()],
            publisher: "The Heritage Foundation".into(),
            kind: "Report section".into(),
            date: Some(Attributed {
                value: "2020".into(),
                editorial: true,
            }),
            editorial_notes: vec!["one".into(), "two".into()],
            blocks: vec![
                Block::new(
                    "h-1",
                    BlockKind::Heading,
                    vec![Inline::Text("Łukašėnka".into())],
                ),
                Block::new(
                    "h-2",
                    BlockKind::PublisherNotice,
                    vec![
                        Inline::Emphasis("e".into()),
                        Inline::Strong("s".repeat(300)),
                        Inline::NoteRef(300),
                    ],
                ),
            ],
            footnotes: vec![Footnote {
                number: 300,
                block_id: "h-2".into(),
                sentence: "s".into(),
                text: None,
            }],
        };
        Library {
            documents: vec![doc, Document::default()],
        }
    }

    #[test]
    fn round_trip() {
        let lib = sample();
        assert_eq!(decode(&encode(&lib)).unwrap(), lib);
    }

    #[test]
    fn wire_format_is_postcards() {
        // A block as postcard encoded it: id, kind tag, inlines (tag + payload).
        let lib = Library {
            documents: vec![Document {
                id: "d".into(),
                blocks: vec![Block::new(
                    "b",
                    BlockKind::Caption,
                    vec![Inline::NoteRef(200)],
                )],
                ..Document::default()
            }],
        };
        let bytes = encode(&lib);
        let expected: &[u8] = &[
            1, // one document
            1, b'd', 0, 0, 0, 0, 0, 0, 0,
            0, // id, short_name, title, authors, publisher, kind, date, notes
            1, 1, b'b', 3, 1, 3, 0xc8,
            0x01, // one block: id, kind 3, one inline: NoteRef(200)
            0,    // footnotes
        ];
        assert_eq!(bytes, expected);
    }

    #[test]
    fn every_cut_and_corruption_is_an_error_not_a_panic() {
        let bytes = encode(&sample());
        for cut in 0..bytes.len() {
            assert!(decode(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(decode(&longer).is_err());
        for i in 0..bytes.len() {
            for bit in 0..8 {
                let mut b = bytes.clone();
                b[i] ^= 1 << bit;
                let _ = decode(&b);
            }
        }
        assert!(decode(&[0xff; 11]).is_err());
    }
}
