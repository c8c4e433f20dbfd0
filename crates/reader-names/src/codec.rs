//! The embedded bytes of a [`NameIndex`], on the shared `reader-format` layout.
//!
//! ```text
//! header    "BRNM", version 2
//! entities  varint n; n × entity
//! entity    string id, varint kind, string name,
//!           varint s; s × string spelling,
//!           varint d; d × (varint doc, varint block, varint start, varint length),
//!           varint m; m × (varint doc step, varint block step, varint start, varint length)
//! ```
//!
//! Mentions are in document order, so each says how far it is from the one before (the first
//! from document 0, block 0): the document step, then the block step when the document is the
//! same, else the block itself. Small repeated numbers, which compress well.
//!
//! Beyond the shared reader's checks (header, lengths, counts, UTF-8, no byte
//! left over), decoding checks the kind and that no range overflows; anything
//! wrong is a [`FormatError`], never a panic.

use reader_format::{write, Error as FormatError, Header, Reader};

use crate::model::{Description, Entity, Kind, Mention, NameIndex};

/// The header of encoded name-index bytes.
const HEADER: Header = Header::new(*b"BRNM", 2);

/// Encodes an index of names. Each entry's mentions must be in document order, as
/// [`crate::build`] makes them (the steps between them cannot go back).
pub fn encode(index: &NameIndex) -> Vec<u8> {
    let mut out = HEADER.start();
    write::seq(&mut out, &index.entities, |out, e| {
        write::str(out, &e.id);
        write::varint(out, e.kind as u64);
        write::str(out, &e.name);
        write::seq(out, &e.spellings, |out, s| write::str(out, s));
        write::seq(out, &e.descriptions, |out, d| {
            write::varint(out, d.doc.into());
            write::varint(out, d.block.into());
            write::varint(out, d.start.into());
            write::varint(out, (d.end - d.start).into());
        });
        let mut at = (0u32, 0u32);
        write::seq(out, &e.mentions, |out, m| {
            let doc_step = m.doc.saturating_sub(at.0);
            let block = if doc_step == 0 {
                m.block.saturating_sub(at.1)
            } else {
                m.block
            };
            at = (m.doc, m.block);
            write::varint(out, doc_step.into());
            write::varint(out, block.into());
            write::varint(out, m.start.into());
            write::varint(out, (m.end - m.start).into());
        });
    });
    out
}

/// Decodes what [`encode`] wrote.
///
/// ```
/// use reader_names::{decode, encode, NameIndex};
/// let bytes = encode(&NameIndex::default());
/// assert_eq!(decode(&bytes), Ok(NameIndex::default()));
/// assert!(decode(&bytes[..3]).is_err());
/// ```
pub fn decode(bytes: &[u8]) -> Result<NameIndex, FormatError> {
    let mut r = HEADER.open(bytes)?;
    let entities = r.seq(6, entity)?;
    r.finish()?;
    Ok(NameIndex { entities })
}

/// A place in the library: document, block and a byte range (start and length, which must not
/// overflow).
fn place(r: &mut Reader) -> Result<(u32, u32, u32, u32), FormatError> {
    let (doc, block, start) = (r.varint_as()?, r.varint_as()?, r.varint_as::<u32>()?);
    let end = start
        .checked_add(r.varint_as()?)
        .ok_or(FormatError::OutOfRange)?;
    Ok((doc, block, start, end))
}

fn entity(r: &mut Reader) -> Result<Entity, FormatError> {
    let id = r.str()?.to_string();
    let kind = *Kind::ALL
        .get(r.varint_as::<usize>()?)
        .ok_or(FormatError::Corrupt("kind of a name"))?;
    let name = r.str()?.to_string();
    let spellings = r.seq(1, |r| r.str().map(String::from))?;
    let descriptions = r.seq(4, |r| {
        let (doc, block, start, end) = place(r)?;
        Ok(Description {
            doc,
            block,
            start,
            end,
        })
    })?;
    let mut at = (0u32, 0u32);
    let mentions = r.seq(4, |r| {
        let (doc_step, block, start, end) = place(r)?;
        let doc = at.0.checked_add(doc_step).ok_or(FormatError::OutOfRange)?;
        let block = match doc_step {
            0 => at.1.checked_add(block).ok_or(FormatError::OutOfRange)?,
            _ => block,
        };
        at = (doc, block);
        Ok(Mention {
            doc,
            block,
            start,
            end,
        })
    })?;
    Ok(Entity {
        id,
        kind,
        name,
        spellings,
        descriptions,
        mentions,
    })
}
