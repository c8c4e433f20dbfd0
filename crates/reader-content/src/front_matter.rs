//! The front matter: `key: value` lines between `---` lines, read into the
//! document's metadata. `author` and `note` may repeat; `id`, `short_name`,
//! `title`, `author`, `publisher` and `kind` are required.
//!
//! A YAML or TOML parser would not read the curated sources unchanged: their
//! values are free text (`note: … (no date): the article …` is not a YAML
//! scalar) and `author`/`note` repeat, so the lines are split here.

use std::collections::HashMap;

use reader_model::{Attributed, Document};

use crate::ContentError;

/// The document's name in error messages: its id once known.
pub(crate) fn name(doc: &Document) -> &str {
    if doc.id.is_empty() {
        "document"
    } else {
        &doc.id
    }
}

/// Reads the front matter `text` (its first line is `first_line` of the
/// source) into `doc`'s metadata.
pub(crate) fn read(doc: &mut Document, text: &str, first_line: usize) -> Result<(), ContentError> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut title_editorial = false;
    let mut date_editorial = None;
    for (i, raw) in text.lines().enumerate() {
        let line = first_line + i;
        let err = |document: &str, m: String| ContentError::new(document, line, m);
        if raw.trim().is_empty() {
            continue;
        }
        let Some((key, value)) = raw.split_once(':') else {
            return Err(err(
                name(doc),
                format!("front-matter line `{raw}` is not `key: value`"),
            ));
        };
        let (key, value) = (key.trim(), value.trim().to_string());
        if value.is_empty() {
            return Err(err(
                name(doc),
                format!("front-matter key `{key}` has no value"),
            ));
        }
        let repeatable = matches!(key, "author" | "note");
        if let Some(first) = seen.insert(key, line) {
            if !repeatable {
                return Err(err(
                    name(doc),
                    format!("front-matter key `{key}` repeats line {first}"),
                ));
            }
        }
        match key {
            "id" => {
                if !value
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                {
                    return Err(err(
                        name(doc),
                        format!("id `{value}` must be ASCII lowercase letters, digits and `-`"),
                    ));
                }
                doc.id = value;
            }
            "short_name" => doc.short_name = value,
            "title" => doc.title.value = value,
            "title_editorial" => {
                title_editorial = parse_bool(&value).map_err(|m| err(name(doc), m))?
            }
            "author" => doc.authors.push(value),
            "publisher" => doc.publisher = value,
            "kind" => doc.kind = value,
            "date" => {
                doc.date = Some(Attributed {
                    value,
                    editorial: false,
                })
            }
            "date_editorial" => {
                date_editorial = Some(parse_bool(&value).map_err(|m| err(name(doc), m))?)
            }
            "note" => doc.editorial_notes.push(value),
            _ => return Err(err(name(doc), format!("unknown front-matter key `{key}`"))),
        }
    }
    doc.title.editorial = title_editorial;
    match (&mut doc.date, date_editorial) {
        (Some(date), Some(editorial)) => date.editorial = editorial,
        (None, Some(_)) => {
            let line = seen["date_editorial"];
            return Err(ContentError::new(
                name(doc),
                line,
                "`date_editorial` without `date`",
            ));
        }
        _ => {}
    }
    for key in ["id", "short_name", "title", "author", "publisher", "kind"] {
        if !seen.contains_key(key) {
            return Err(ContentError::new(
                name(doc),
                first_line - 1,
                format!("front matter lacks `{key}`"),
            ));
        }
    }
    Ok(())
}

fn parse_bool(value: &str) -> Result<bool, String> {
    match value {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(format!("`{value}` is not `true` or `false`")),
    }
}
