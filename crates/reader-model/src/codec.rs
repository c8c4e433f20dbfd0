//! The compact encoding of a [`Library`], on the shared `reader-format`
//! layout: the header, then the documents, struct fields in declaration
//! order; integers, lengths and enum tags are varints, strings a length and
//! UTF-8, `Option` and `bool` one byte (0 or 1). A block's id, and the block id
//! of a footnote, are one byte 0 when they are the ones the text makes
//! ([`BlockIds`]; the block holding the footnote's reference), else 1 and the
//! string. Beyond the shared reader's checks, the decoder checks only the tags.

use reader_format::{write, Error, Header, Reader};

use crate::{Attributed, Block, BlockIds, BlockKind, Document, Footnote, Inline, Library};

/// The header of an encoded library.
pub(crate) const HEADER: Header = Header::new(*b"BRDM", 2);

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
    let mut ids = BlockIds::new(&d.id);
    write::seq(w, &d.blocks, |w, b| {
        let made = ids.next(&b.text());
        unless_made(w, &b.id, &made);
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
        unless_made(
            w,
            &f.block_id,
            note_block(&d.blocks, f.number).unwrap_or_default(),
        );
        write::str(w, &f.sentence);
        match &f.text {
            None => w.push(0),
            Some(t) => tagged(w, 1, t),
        }
    });
}

/// Writes `id` as 0 when it is `made`, else as 1 and the string.
fn unless_made(w: &mut Vec<u8>, id: &str, made: &str) {
    if id == made {
        w.push(0);
    } else {
        tagged(w, 1, id);
    }
}

/// Reads what [`unless_made`] wrote.
fn read_unless_made(r: &mut Reader<'_>, made: impl FnOnce() -> String) -> Result<String, Error> {
    if r.bool()? {
        string(r)
    } else {
        Ok(made())
    }
}

/// The id of the block holding the reference to footnote `number`.
fn note_block(blocks: &[Block], number: u16) -> Option<&str> {
    let holds = |b: &&Block| b.inlines.contains(&Inline::NoteRef(number));
    blocks.iter().find(holds).map(|b| b.id.as_str())
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
    let id = string(r)?;
    let short_name = string(r)?;
    let title = read_attributed(r)?;
    let authors = r.seq(1, string)?;
    let publisher = string(r)?;
    let kind = string(r)?;
    let date = if r.bool()? {
        Some(read_attributed(r)?)
    } else {
        None
    };
    let editorial_notes = r.seq(1, string)?;
    let mut ids = BlockIds::new(&id);
    let blocks = r.seq(2, |r| read_block(r, &mut ids))?;
    let footnotes = r.seq(1, |r| read_footnote(r, &blocks))?;
    Ok(Document {
        id,
        short_name,
        title,
        authors,
        publisher,
        kind,
        date,
        editorial_notes,
        blocks,
        footnotes,
    })
}

fn read_block(r: &mut Reader<'_>, ids: &mut BlockIds) -> Result<Block, Error> {
    let given = if r.bool()? { Some(string(r)?) } else { None };
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
    let mut block = Block {
        id: String::new(),
        kind,
        inlines,
    };
    // Every block takes its turn in `ids`, so a later repeat gets the right suffix.
    let made = ids.next(&block.text());
    block.id = given.unwrap_or(made);
    Ok(block)
}

fn read_footnote(r: &mut Reader<'_>, blocks: &[Block]) -> Result<Footnote, Error> {
    let number = r.varint_as()?;
    Ok(Footnote {
        number,
        block_id: read_unless_made(r, || {
            note_block(blocks, number).unwrap_or_default().to_string()
        })?,
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
        // The header, then a block: id (1: not the one its text makes), kind tag, inlines
        // (tag + payload).
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
            b'B', b'R', b'D', b'M', 2, // header
            1, // one document
            1, b'd', 0, 0, 0, 0, 0, 0, 0,
            0, // id, short_name, title, authors, publisher, kind, date, notes
            1, 1, 1, b'b', 3, 1, 3, 0xc8,
            0x01, // one block: id, kind 3, one inline: NoteRef(200)
            0,    // footnotes
        ];
        assert_eq!(bytes, expected);
    }

    #[test]
    fn ids_the_text_makes_are_not_written() {
        let block = |id: &str, text: &str| {
            Block::new(id, BlockKind::Paragraph, vec![Inline::Text(text.into())])
        };
        let mut b = block("d-minsk-and-moscow", "Minsk and Moscow");
        b.inlines.push(Inline::NoteRef(1));
        let lib = Library {
            documents: vec![Document {
                id: "d".into(),
                blocks: vec![
                    b,
                    block("d-minsk-and-moscow-2", "Minsk and Moscow."),
                    block("d-given", "Minsk and Moscow"),
                    block("d-minsk-and-moscow-4", "Minsk, and Moscow"),
                ],
                footnotes: vec![Footnote {
                    number: 1,
                    block_id: "d-minsk-and-moscow".into(),
                    sentence: String::new(),
                    text: None,
                }],
                ..Document::default()
            }],
        };
        let bytes = encode(&lib);
        assert_eq!(decode(&bytes).unwrap(), lib);
        let count = |needle: &[u8]| bytes.windows(needle.len()).filter(|w| *w == needle).count();
        assert_eq!(count(b"d-minsk"), 0, "made ids are not written");
        assert_eq!(count(b"d-given"), 1, "a given id is");
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
