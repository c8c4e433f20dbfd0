//! One annotation as a W3C Web Annotation (JSON-LD, Web Annotation Data Model §3), the form
//! of both the export's items and the stored records:
//!
//! - `id` is `urn:uuid:UUID`, `type` `Annotation`, `motivation` `highlighting` or (with a
//!   note) `commenting`; `created` and `modified` are `xsd:dateTime`s in UTC;
//! - the note is the `body`: a `TextualBody` in `text/plain` with purpose `commenting`;
//! - the `target` is a `SpecificResource`: its `source` is the passage's link (the selectors'
//!   offsets count the passage's text, so the passage is the resource selected from), its
//!   `styleClass` the colour's name, its `selector` a `TextQuoteSelector` and a
//!   `TextPositionSelector`; three terms of the reader's own (`document`, `passage`,
//!   `edition`, defined in the export's `@context`) say where it belongs without parsing the
//!   link;
//! - stored records add `"deleted": true` to a tombstone (exports leave tombstones out).
//!
//! Reading accepts what other Web Annotation tools write as well: one value or an array for
//! `type`, `body`, `target` and `selector`; the passage taken from the `source` link when the
//! `passage` term is missing. Every field is then checked (`validate`).

use reader_quote::{TextPositionSelector, TextQuoteSelector};
use reader_route::Route;

use crate::json::Value;
use crate::validate::{self, FieldError, Problem};
use crate::write::Writer;
use crate::{Annotation, AnnotationId, Colour, Timestamp};

/// Writes `a` as an annotation object; `stored` adds the tombstone flag.
pub(crate) fn write(w: &mut Writer, a: &Annotation, base: &str, stored: bool) {
    w.open('{');
    w.pair("id", &a.id.iri());
    w.pair("type", "Annotation");
    let motivation = match a.note.is_empty() {
        true => "highlighting",
        false => "commenting",
    };
    w.pair("motivation", motivation);
    w.pair("created", &a.created.to_iso());
    w.pair("modified", &a.modified.to_iso());
    if !a.note.is_empty() {
        w.key("body");
        w.open('{');
        w.pair("type", "TextualBody");
        w.pair("value", &a.note);
        w.pair("format", "text/plain");
        w.pair("purpose", "commenting");
        w.close('}');
    }
    w.key("target");
    w.open('{');
    w.pair("type", "SpecificResource");
    w.pair("source", &crate::link::passage_link(base, &a.passage));
    w.pair("styleClass", a.colour.name());
    w.key("selector");
    w.open('[');
    w.item();
    w.open('{');
    w.pair("type", "TextQuoteSelector");
    w.pair("exact", &a.quote.exact);
    w.pair("prefix", &a.quote.prefix);
    w.pair("suffix", &a.quote.suffix);
    w.close('}');
    if let Some(p) = a.position {
        w.item();
        w.open('{');
        w.pair("type", "TextPositionSelector");
        w.key("start");
        w.number(p.start as u64);
        w.key("end");
        w.number(p.end as u64);
        w.close('}');
    }
    w.close(']');
    w.pair("document", &a.document);
    w.pair("passage", &a.passage);
    w.pair("edition", &a.edition);
    w.close('}');
    if stored && a.deleted {
        w.key("deleted");
        w.raw("true");
    }
    w.close('}');
}

fn fail<T>(field: &'static str, problem: Problem) -> Result<T, FieldError> {
    Err(FieldError { field, problem })
}

/// A string member, if there.
fn text<'a>(v: &'a Value, name: &str, field: &'static str) -> Result<Option<&'a str>, FieldError> {
    match v.get(name) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => fail(field, Problem::WrongKind),
    }
}

fn required<'a>(v: &'a Value, name: &str, field: &'static str) -> Result<&'a str, FieldError> {
    text(v, name, field)?.ok_or(FieldError {
        field,
        problem: Problem::Missing,
    })
}

fn time(v: &Value, name: &str, field: &'static str) -> Result<Option<Timestamp>, FieldError> {
    match text(v, name, field)? {
        None => Ok(None),
        Some(s) => Timestamp::parse_iso(s).map(Some).ok_or(FieldError {
            field,
            problem: Problem::BadForm,
        }),
    }
}

/// Reads one annotation object; `document_of` names the document of a passage when the
/// annotation does not (an import looks it up in the library; the store never needs it).
pub(crate) fn read(
    v: &Value,
    document_of: &dyn Fn(&str) -> Option<String>,
) -> Result<Annotation, FieldError> {
    if !matches!(v, Value::Object(_)) {
        return fail("annotation", Problem::WrongKind);
    }
    match v.get("type") {
        None => return fail("type", Problem::Missing),
        Some(t) if !t.has_type("Annotation") => return fail("type", Problem::BadForm),
        Some(_) => {}
    }
    let id = AnnotationId::parse_iri(required(v, "id", "id")?).ok_or(FieldError {
        field: "id",
        problem: Problem::BadForm,
    })?;
    let created = time(v, "created", "created")?.ok_or(FieldError {
        field: "created",
        problem: Problem::Missing,
    })?;
    let modified = time(v, "modified", "modified")?.unwrap_or(created);
    let note = match v.get("body") {
        None => String::new(),
        Some(body) => {
            // A textual body (typed so, or an untyped object); of several, the comment
            // rather than, say, a tag.
            let textual = |b: &&Value| {
                b.get("type").is_some_and(|t| t.has_type("TextualBody"))
                    || matches!(b, Value::Object(_)) && b.get("type").is_none()
            };
            let bodies = body.one_or_many();
            let commenting =
                |b: &&Value| b.get("purpose").is_some_and(|p| p.has_type("commenting"));
            let textual = bodies
                .iter()
                .filter(textual)
                .find(commenting)
                .or_else(|| bodies.iter().find(textual));
            match textual {
                Some(b) => validate::note(required(b, "value", "body.value")?)?,
                None => return fail("body", Problem::WrongKind),
            }
        }
    };
    let target = match v.get("target").map(Value::one_or_many) {
        None | Some([]) => return fail("target", Problem::Missing),
        Some([t, ..]) if matches!(t, Value::Object(_)) => t,
        Some(_) => return fail("target", Problem::WrongKind),
    };
    let colour = match text(target, "styleClass", "target.styleClass")? {
        None => Colour::default(),
        Some(name) => Colour::parse(name).ok_or(FieldError {
            field: "target.styleClass",
            problem: Problem::UnknownColour,
        })?,
    };
    let (quote, position) = selectors(target)?;
    let passage = match text(target, "passage", "target.passage")? {
        Some(p) => p.to_string(),
        None => {
            let source = required(target, "source", "target.source")?;
            let fragment = source.split_once('#').map_or("", |(_, f)| f);
            Route::parse(fragment).block.ok_or(FieldError {
                field: "target.passage",
                problem: Problem::Missing,
            })?
        }
    };
    let document = match text(target, "document", "target.document")? {
        Some(d) => d.to_string(),
        None => document_of(&passage).ok_or(FieldError {
            field: "target.document",
            problem: Problem::Missing,
        })?,
    };
    let edition = text(target, "edition", "target.edition")?.unwrap_or_default();
    let deleted = match v.get("deleted") {
        None => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return fail("deleted", Problem::WrongKind),
    };
    let a = Annotation {
        id,
        document,
        edition: edition.to_string(),
        passage,
        quote,
        position,
        colour,
        note,
        created,
        modified,
        deleted,
    };
    validate::annotation(&a)?;
    Ok(a)
}

/// The target's text quote selector (required) and text position selector (optional).
fn selectors(
    target: &Value,
) -> Result<(TextQuoteSelector, Option<TextPositionSelector>), FieldError> {
    let Some(list) = target.get("selector").map(Value::one_or_many) else {
        return fail("target.selector", Problem::Missing);
    };
    let of_type = |name: &str| {
        list.iter()
            .find(|s| s.get("type").is_some_and(|t| t.has_type(name)))
    };
    let q = of_type("TextQuoteSelector").ok_or(FieldError {
        field: "target.selector",
        problem: Problem::Missing,
    })?;
    let quote = TextQuoteSelector {
        exact: required(q, "exact", "target.selector.exact")?.to_string(),
        prefix: text(q, "prefix", "target.selector.prefix")?
            .unwrap_or_default()
            .to_string(),
        suffix: text(q, "suffix", "target.selector.suffix")?
            .unwrap_or_default()
            .to_string(),
    };
    let position = match of_type("TextPositionSelector") {
        None => None,
        Some(p) => {
            let offset = |name: &str, field: &'static str| match p.get(name) {
                None => fail(field, Problem::Missing),
                Some(n) => n
                    .as_u64()
                    .and_then(|n| usize::try_from(n).ok())
                    .filter(|&n| n <= validate::MAX_OFFSET)
                    .ok_or(FieldError {
                        field,
                        problem: Problem::BadRange,
                    }),
            };
            Some(TextPositionSelector {
                start: offset("start", "target.selector.start")?,
                end: offset("end", "target.selector.end")?,
            })
        }
    };
    Ok((quote, position))
}
