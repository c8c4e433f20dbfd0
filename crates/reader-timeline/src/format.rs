//! The embedded bytes of a [`Timeline`], on the shared `reader-format` layout.
//!
//! ```text
//! header  "BRTL", version 2
//! events  varint n; n × (known doc, known block, varint start, varint length,
//!                       u8 has mention, [varint start from the span's, varint length],
//!                       varint year, u8 month (0: none), u8 day (0: none),
//!                       bool inferred, string reasoning)
//! joins   varint n; n × (varint a, varint b, u8 agreement, string reason,
//!                       varint k; k × (varint start, varint length, varint start,
//!                                      varint length, u8 agreement, string reason))
//! ```
//!
//! The document and block ids are [`write::known`] strings: the position of an id the
//! decoder already has (the library's, passed to [`decode_with`]; written as one more than
//! that position, 0 meaning the string follows), so they do not travel twice. Beyond the shared reader's checks, decoding checks that dates are valid, that a date
//! expression lies inside its span, that joins name existing events and that agreements
//! are known; anything wrong is a [`FormatError`], never a panic. No checksum (as for the
//! document model): a wrong but valid range shows wrong text, which the ranges' checks
//! against the passage in the app make a message, not a crash.

use std::ops::Range;

use reader_format::{write, Error as FormatError, Header, Reader};

use crate::{Agreement, Date, Event, FigurePair, Join, Timeline};

/// The header of encoded timeline bytes.
const HEADER: Header = Header::new(*b"BRTL", 2);

/// Encodes a timeline into compact bytes (format in the module source).
///
/// ```
/// let bytes = reader_timeline::encode(&reader_timeline::Timeline::default());
/// assert_eq!(&bytes[..4], b"BRTL");
/// ```
pub fn encode(timeline: &Timeline) -> Vec<u8> {
    encode_with(timeline, &[])
}

/// [`encode`], writing the ids found in `known` as their position there (the decoder passes
/// the same list to [`decode_with`]).
pub fn encode_with(timeline: &Timeline, known: &[&str]) -> Vec<u8> {
    let mut out = HEADER.start();
    write::seq(&mut out, &timeline.events, |out, e| {
        write::known(out, known, &e.doc);
        write::known(out, known, &e.block);
        range(out, &e.span, 0);
        match &e.mention {
            Some(m) => {
                out.push(1);
                range(out, m, e.span.start);
            }
            None => out.push(0),
        }
        write::varint(out, u64::from(e.date.year));
        out.push(e.date.month.unwrap_or(0));
        out.push(e.date.day.unwrap_or(0));
        out.push(u8::from(e.inferred));
        write::str(out, &e.reasoning);
    });
    write::seq(&mut out, &timeline.joins, |out, j| {
        write::varint(out, u64::from(j.a));
        write::varint(out, u64::from(j.b));
        out.push(tag(j.dates.0));
        write::str(out, &j.dates.1);
        write::seq(out, &j.figures, |out, f| {
            range(out, &f.a, 0);
            range(out, &f.b, 0);
            out.push(tag(f.agreement));
            write::str(out, &f.reason);
        });
    });
    out
}

/// Decodes bytes made by [`encode`]. Corrupt input is an error, never a panic.
///
/// ```
/// assert!(reader_timeline::decode(b"BRTL\x02").is_err());
/// ```
pub fn decode(bytes: &[u8]) -> Result<Timeline, FormatError> {
    decode_with(bytes, &[])
}

/// Decodes bytes made by [`encode_with`] with the same `known` ids.
pub fn decode_with(bytes: &[u8], known: &[&str]) -> Result<Timeline, FormatError> {
    let mut r = HEADER.open(bytes)?;
    let events = r.seq(12, |r| {
        let doc = r.known(known)?;
        let block = r.known(known)?;
        let span = read_range(r, 0)?;
        let mention = match r.u8()? {
            0 => None,
            1 => Some(read_range(r, span.start)?),
            _ => return Err(FormatError::Corrupt("mention flag")),
        };
        if mention.as_ref().is_some_and(|m| m.end > span.end) {
            return Err(FormatError::Corrupt(
                "date expression outside its statement",
            ));
        }
        let year = r.varint_as()?;
        let month = Some(r.u8()?).filter(|&m| m != 0);
        let day = Some(r.u8()?).filter(|&d| d != 0);
        let date = Date { year, month, day };
        if !date.is_valid() {
            return Err(FormatError::Corrupt("date"));
        }
        let inferred = r.bool()?;
        let reasoning = r.str()?.to_string();
        Ok(Event {
            doc,
            block,
            span,
            mention,
            date,
            inferred,
            reasoning,
        })
    })?;
    let joins = r.seq(5, |r| {
        let (a, b): (u32, u32) = (r.varint_as()?, r.varint_as()?);
        if a as usize >= events.len() || b as usize >= events.len() {
            return Err(FormatError::OutOfRange);
        }
        let dates = (agreement(r.u8()?)?, r.str()?.to_string());
        let figures = r.seq(6, |r| {
            Ok(FigurePair {
                a: read_range(r, 0)?,
                b: read_range(r, 0)?,
                agreement: agreement(r.u8()?)?,
                reason: r.str()?.to_string(),
            })
        })?;
        Ok(Join {
            a,
            b,
            dates,
            figures,
        })
    })?;
    r.finish()?;
    Ok(Timeline { events, joins })
}

/// A range as its start (from `base`) and length.
fn range(out: &mut Vec<u8>, r: &Range<u32>, base: u32) {
    write::varint(out, u64::from(r.start - base));
    write::varint(out, u64::from(r.end - r.start));
}

fn read_range(r: &mut Reader, base: u32) -> Result<Range<u32>, FormatError> {
    let start = base
        .checked_add(r.varint_as()?)
        .ok_or(FormatError::OutOfRange)?;
    let end = start
        .checked_add(r.varint_as()?)
        .ok_or(FormatError::OutOfRange)?;
    Ok(start..end)
}

fn tag(a: Agreement) -> u8 {
    match a {
        Agreement::Same => 0,
        Agreement::Compatible => 1,
        Agreement::Conflict => 2,
    }
}

fn agreement(t: u8) -> Result<Agreement, FormatError> {
    match t {
        0 => Ok(Agreement::Same),
        1 => Ok(Agreement::Compatible),
        2 => Ok(Agreement::Conflict),
        _ => Err(FormatError::Corrupt("agreement")),
    }
}
