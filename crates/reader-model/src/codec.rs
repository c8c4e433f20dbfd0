//! The compact encoding of a [`Library`], on the shared `reader-format`
//! layout: the header, then the documents, struct fields in declaration
//! order; integers, lengths and enum tags are varints, strings a length and
//! UTF-8, `Option` and `bool` one byte (0 or 1). Beyond the shared reader's
//! checks, the decoder checks only the tags.

use reader_format::{write, Error, Header, Reader};

use crate::{Attributed, Block, BlockKind, Document, Footnote, Inline, Library};

/// The header of an encoded library.
pub(crate) const HEADER: Header = Header::new(*b"BRDM", 1);

/// Encodes a library.
pub(crate) fn encode(lib: &Library) -> Vec<u8> {
    let mut w = HEADER.start();
    write::seq(&mut w, &lib.documents, doc);
    w
}

/// Decodes bytes made by [`encode`]; every byte must be used.
pub(crate) fn decode(bytes: &[u8]) -> Result<Library, Error> {
    let mut r = HEADER.open(bytes)?;
    let documents = r.seq(1, read_doc)?;
    r.finish()?;
    Ok(Library { documents })
}

fn attributed(w: &mut Vec<u8>, a: &Attributed) {
    write::str(w, &a.value);
    w.push(u8::from(a.editorial));
}

fn strings(w: &mut Vec<u8>, items: &[String]) {
    write::seq(w, items, |w, s| write::str(w, s));
}

fn doc(w: &mut Vec<u8>, d: &Document) {
    write::str(w, &d.id);
    write::str(w, &d.short_name);
    attributed(w, &d.title);
    strings(w, &d.authors);
    write::str(w, &d.publisher);
    write::str(w, &d.kind);
    match &d.date {
        None => w.push(0),
        Some(a) => {
            w.push(1);
            attributed(w, a);
        }
    }
    strings(w, &d.editorial_notes);
    write::seq(w, &d.blocks, |w, b| {
        write::str(w, &b.id);
        write::varint(w, b.kind as u64);
        write::seq(w, &b.inlines, |w, i| match i {
            Inline::Text(t) => tagged(w, 0, t),
            Inline::Emphasis(t) => tagged(w, 1, t),
            Inline::Strong(t) => tagged(w, 2, t),
            Inline::NoteRef(n) => {
                w.push(3);
                write::varint(w, u64::from(*n));
            }
        });
    });
    write::seq(w, &d.footnotes, |w, f| {
        write::varint(w, u64::from(f.number));
        write::str(w, &f.block_id);
        write::str(w, &f.sentence);
        match &f.text {
            None => w.push(0),
            Some(t) => tagged(w, 1, t),
        }
    });
}

fn tagged(w: &mut Vec<u8>, tag: u8, s: &str) {
    w.push(tag);
    write::str(w, s);
}

fn string(r: &mut Reader<'_>) -> Result<String, Error> {
    r.str().map(String::from)
}

fn read_attributed(r: &mut Reader<'_>) -> Result<Attributed, Error> {
    Ok(Attributed {
        value: string(r)?,
        editorial: r.bool()?,
    })
}

fn read_doc(r: &mut Reader<'_>) -> Result<Document, Error> {
    Ok(Document {
        id: string(r)?,
        short_name: string(r)?,
        title: read_attributed(r)?,
        authors: r.seq(1, string)?,
        publisher: string(r)?,
        kind: string(r)?,
        date: if r.bool()? {
            Some(read_attributed(r)?)
        } else {
            None
        },
        editorial_notes: r.seq(1, string)?,
        blocks: r.seq(1, read_block)?,
        footnotes: r.seq(1, read_footnote)?,
    })
}

fn read_block(r: &mut Reader<'_>) -> Result<Block, Error> {
    let id = string(r)?;
    let kind = match r.varint()? {
        0 => BlockKind::Heading,
        1 => BlockKind::Paragraph,
        2 => BlockKind::ListItem,
        3 => BlockKind::Caption,
        4 => BlockKind::AuthorNote,
        5 => BlockKind::PublisherNotice,
        _ => return Err(Error::Corrupt("unknown block kind")),
    };
    let inlines = r.seq(1, |r| {
        Ok(match r.varint()? {
            0 => Inline::Text(string(r)?),
            1 => Inline::Emphasis(string(r)?),
            2 => Inline::Strong(string(r)?),
            3 => Inline::NoteRef(r.varint_as()?),
            _ => return Err(Error::Corrupt("unknown inline kind")),
        })
    })?;
    Ok(Block { id, kind, inlines })
}

fn read_footnote(r: &mut Reader<'_>) -> Result<Footnote, Error> {
    Ok(Footnote {
        number: r.varint_as()?,
        block_id: string(r)?,
        sentence: string(r)?,
        text: if r.bool()? { Some(string(r)?) } else { None },
    })
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
    fn wire_format() {
        // The header, then a block: id, kind tag, inlines (tag + payload).
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
            b'B', b'R', b'D', b'M', 1, // header
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
