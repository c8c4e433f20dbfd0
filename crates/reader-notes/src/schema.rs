//! The stored records: one annotation per record, as compact Web Annotation JSON (`w3c`,
//! with the tombstone flag), in a store whose schema has a version number.
//!
//! The page keeps [`SCHEMA_VERSION`] with the records (IndexedDB's database version). A record
//! written by an older version is brought up to date by the migration from each version to
//! the next ([`MIGRATIONS`]), in order, before it is read; a record from a newer version (an
//! older reader opened after a newer one) is refused, not rewritten, so it is not damaged.
//!
//! This is version 1, the first: there is no older schema, so no migration yet. Changing the
//! record's form means raising the version and adding the migration from the version before
//! (a test keeps the two in step).

use std::fmt;

use crate::json::{self, SyntaxError, Value};
use crate::validate::FieldError;
use crate::write::Writer;
use crate::{w3c, Annotation};

/// The version of the stored records' schema.
pub const SCHEMA_VERSION: u32 = 1;

/// A migration: a record of version `n` (as JSON) made into one of version `n + 1`.
pub(crate) type Migration = fn(Value) -> Result<Value, FieldError>;

/// The migrations: the one at index `i` takes a record from version `i + 1` to `i + 2`.
pub(crate) const MIGRATIONS: [Migration; SCHEMA_VERSION as usize - 1] = [];

/// Why a stored record cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordError {
    /// Written by a newer version of the reader (schema `version`).
    NewerSchema {
        /// The record's schema version.
        version: u32,
    },
    /// Schema version 0: no version of the reader writes it.
    UnknownSchema,
    /// The record is not JSON.
    NotJson(SyntaxError),
    /// A field of the record fails its check.
    Invalid(FieldError),
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecordError::NewerSchema { version } => write!(
                f,
                "A saved note was written by a newer version of the reader (schema {version}); \
                 reload to get that version. It is kept as it is."
            ),
            RecordError::UnknownSchema => f.write_str("A saved note has no schema version."),
            RecordError::NotJson(e) => write!(f, "A saved note is damaged ({e})."),
            RecordError::Invalid(e) => write!(f, "A saved note is damaged: {e}."),
        }
    }
}

impl std::error::Error for RecordError {}

/// The record of `a` for the store (schema [`SCHEMA_VERSION`]).
///
/// ```
/// # let library = reader_content::library().unwrap();
/// # let doc = library.document("rferl").unwrap();
/// # let text = doc.blocks[1].text();
/// use reader_notes::{Annotation, AnnotationId, Colour, Place, Timestamp, SCHEMA_VERSION};
/// let id = AnnotationId::parse("0b6e8a2c-1d3f-4a5b-8c7d-9e0f1a2b3c4d").unwrap();
/// let place = Place { document: "rferl", edition: "e1", passage: &doc.blocks[1].id };
/// let now = Timestamp::from_millis(1_796_661_900_000).unwrap();
/// let mut a = Annotation::new(id, place, reader_quote::select(&text, 0..10).unwrap(), Colour::Blue, now).unwrap();
/// a.delete(now);
/// let record = reader_notes::encode_record(&a);
/// assert!(record.ends_with(",\"deleted\":true}"));
/// assert_eq!(reader_notes::decode_record(SCHEMA_VERSION, &record), Ok(a));
/// ```
pub fn encode_record(a: &Annotation) -> String {
    let mut w = Writer::new(false);
    w3c::write(&mut w, a, "", true);
    w.finish()
}

/// Reads a record stored under schema `version`, migrating it first if it is older.
pub fn decode_record(version: u32, record: &str) -> Result<Annotation, RecordError> {
    decode_with(version, record, &MIGRATIONS)
}

/// [`decode_record`] with the given migrations (`migrations[i]` from version `i + 1`).
pub(crate) fn decode_with(
    version: u32,
    record: &str,
    migrations: &[Migration],
) -> Result<Annotation, RecordError> {
    let current = migrations.len() as u32 + 1;
    if version == 0 {
        return Err(RecordError::UnknownSchema);
    }
    if version > current {
        return Err(RecordError::NewerSchema { version });
    }
    let mut value = json::parse(record).map_err(RecordError::NotJson)?;
    for migrate in &migrations[version as usize - 1..] {
        value = migrate(value).map_err(RecordError::Invalid)?;
    }
    w3c::read(&value, &|_| None).map_err(RecordError::Invalid)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::Problem;

    const RECORD: &str = r##"{"id":"urn:uuid:0b6e8a2c-1d3f-4a5b-8c7d-9e0f1a2b3c4d","type":"Annotation","motivation":"highlighting","created":"2026-12-07T16:45:00.000Z","modified":"2026-12-07T16:45:00.000Z","target":{"type":"SpecificResource","source":"#/rferl-x","styleClass":"green","selector":[{"type":"TextQuoteSelector","exact":"oil","prefix":"cut-rate ","suffix":" sales"},{"type":"TextPositionSelector","start":39,"end":42}],"document":"rferl","passage":"rferl-x","edition":"e1"}}"##;

    #[test]
    fn every_older_version_has_its_migration() {
        assert_eq!(MIGRATIONS.len() as u32, SCHEMA_VERSION - 1);
    }

    #[test]
    fn a_current_record_round_trips() {
        let a = decode_record(SCHEMA_VERSION, RECORD).unwrap();
        assert_eq!(a.quote.exact, "oil");
        assert_eq!(encode_record(&a), RECORD);
    }

    #[test]
    fn newer_and_versionless_records_are_refused_not_guessed() {
        assert_eq!(
            decode_record(SCHEMA_VERSION + 1, RECORD),
            Err(RecordError::NewerSchema {
                version: SCHEMA_VERSION + 1
            })
        );
        assert_eq!(decode_record(0, RECORD), Err(RecordError::UnknownSchema));
        assert!(matches!(
            decode_record(SCHEMA_VERSION, "{\"id\":"),
            Err(RecordError::NotJson(_))
        ));
        let bad = RECORD.replace("\"green\"", "\"red\"");
        assert_eq!(
            decode_record(SCHEMA_VERSION, &bad),
            Err(RecordError::Invalid(FieldError {
                field: "target.styleClass",
                problem: Problem::UnknownColour
            }))
        );
    }

    /// The migration chain runs from the record's version on, in order: checked with two
    /// test migrations (records of a made-up version 1 without colours, version 2 without
    /// editions), since the real schema has no older version yet.
    #[test]
    fn migrations_run_in_order_from_the_records_version() {
        fn add_colour(mut v: Value) -> Result<Value, FieldError> {
            if let Value::Object(members) = &mut v {
                for (name, target) in members.iter_mut() {
                    if let (true, Value::Object(t)) = (name == "target", target) {
                        t.push(("styleClass".into(), Value::String("pink".into())));
                    }
                }
            }
            Ok(v)
        }
        fn add_edition(mut v: Value) -> Result<Value, FieldError> {
            if let Value::Object(members) = &mut v {
                for (name, target) in members.iter_mut() {
                    if let (true, Value::Object(t)) = (name == "target", target) {
                        // Only a record that went through `add_colour` first has one.
                        assert!(t.iter().any(|(n, _)| n == "styleClass"));
                        t.push(("edition".into(), Value::String("e0".into())));
                    }
                }
            }
            Ok(v)
        }
        let v1 = RECORD
            .replace(",\"styleClass\":\"green\"", "")
            .replace(",\"edition\":\"e1\"", "");
        let chain: [Migration; 2] = [add_colour, add_edition];
        let a = decode_with(1, &v1, &chain).unwrap();
        assert_eq!((a.colour, a.edition.as_str()), (crate::Colour::Pink, "e0"));
        let v2 = RECORD.replace(",\"edition\":\"e1\"", "");
        let a = decode_with(2, &v2, &chain).unwrap();
        assert_eq!((a.colour, a.edition.as_str()), (crate::Colour::Green, "e0"));
        assert_eq!(decode_with(3, RECORD, &chain).unwrap().edition, "e1");
        assert_eq!(
            decode_with(4, RECORD, &chain),
            Err(RecordError::NewerSchema { version: 4 })
        );
    }
}
