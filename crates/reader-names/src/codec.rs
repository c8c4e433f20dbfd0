//! The embedded bytes of a [`NameIndex`], on the shared `reader-format` layout.
//!
//! ```text
//! header    "BRNM", version 1
//! entities  varint n; n × entity
//! entity    string id, varint kind, string name,
//!           varint s; s × string spelling,
//!           varint d; d × (varint doc, varint block, string quote),
//!           varint m; m × (varint doc, varint block, varint start, varint length)
//! ```
//!
//! Beyond the shared reader's checks (header, lengths, counts, UTF-8, no byte
//! left over), decoding checks the kind and that no range overflows; anything
//! wrong is a [`FormatError`], never a panic.

use reader_format::{write, Error as FormatError, Header, Reader};

use crate::model::{Description, Entity, Kind, Mention, NameIndex};

/// The header of encoded name-index bytes.
const HEADER: Header = Header::new(*b"BRNM", 1);

/// Encodes an index of names.
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
            write::str(out, &d.quote);
        });
        write::seq(out, &e.mentions, |out, m| {
            write::varint(out, m.doc.into());
            write::varint(out, m.block.into());
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

fn entity(r: &mut Reader) -> Result<Entity, FormatError> {
    let id = r.str()?.to_string();
    let kind = *Kind::ALL
        .get(r.varint_as::<usize>()?)
        .ok_or(FormatError::Corrupt("kind of a name"))?;
    let name = r.str()?.to_string();
    let spellings = r.seq(1, |r| r.str().map(String::from))?;
    let descriptions = r.seq(3, |r| {
        Ok(Description {
            doc: r.varint_as()?,
            block: r.varint_as()?,
            quote: r.str()?.to_string(),
        })
    })?;
    let mentions = r.seq(4, |r| {
        let (doc, block, start) = (r.varint_as()?, r.varint_as()?, r.varint_as::<u32>()?);
        let end = start
            .checked_add(r.varint_as()?)
            .ok_or(FormatError::OutOfRange)?;
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
