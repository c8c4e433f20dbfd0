//! Import of a JSON export: the file is checked as a whole first (size, text, JSON, a Web
//! Annotation collection, page or annotation), then each annotation field by field; a file
//! that fails the first checks is refused with an [`ImportError`] and changes nothing, an
//! annotation that fails its own is skipped with the reason. What passes is merged by id
//! (newer wins, see `merge`) into a copy: [`import`] reads only, and gives the page the
//! annotations to save and the [`Summary`] to show.

use std::collections::BTreeSet;
use std::fmt;

use reader_model::Library;

use crate::json::{self, SyntaxError, Value};
use crate::merge::{outcome, Merge};
use crate::validate::FieldError;
use crate::{w3c, Annotation, Notes};

/// The largest file imported: 5 MB, 5,000,000 bytes (an export of 1,000 highlights, half of
/// them with a note, is about 1 MB).
pub const MAX_IMPORT_BYTES: usize = 5_000_000;

/// Why a file is not imported at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`].
    TooLarge {
        /// The file's size in bytes.
        bytes: usize,
    },
    /// Not UTF-8 text.
    NotText,
    /// Not JSON.
    NotJson(SyntaxError),
    /// JSON, but not Web Annotations (no collection, page or annotation).
    NotAnnotations,
    /// A collection whose annotations are on pages not in the file.
    PagesMissing,
}

impl fmt::Display for ImportError {
    /// ```
    /// let e = reader_notes::ImportError::TooLarge { bytes: 6_000_000 };
    /// assert_eq!(e.to_string(), "The file is too large to import (6.0 MB; at most 5 MB). Nothing was changed.");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "The file is too large to import ({}.{} MB; at most 5 MB).",
                bytes / 1_000_000,
                bytes / 100_000 % 10
            ),
            ImportError::NotText => f.write_str("The file is not a text file."),
            ImportError::NotJson(e) => write!(f, "The file is not valid JSON ({e})."),
            ImportError::NotAnnotations => f.write_str(
                "The file is JSON but holds no Web Annotations: export notes from Belarus \
                 Reader and import that file.",
            ),
            ImportError::PagesMissing => f.write_str(
                "The file holds only part of a collection of annotations: its pages are \
                 not in it.",
            ),
        }?;
        f.write_str(" Nothing was changed.")
    }
}

impl std::error::Error for ImportError {}

/// Why one annotation of the file was not imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SkipReason {
    /// A field fails its check.
    Invalid(FieldError),
    /// Its document is not one of this reader's.
    UnknownDocument(String),
    /// Exactly this copy is here already.
    Unchanged,
    /// The copy here is newer (a deleted one too: it stays deleted).
    NewerHere,
    /// An earlier annotation of the file has the same id.
    Repeated,
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SkipReason::Invalid(e) => write!(f, "{e}"),
            SkipReason::UnknownDocument(d) => write!(f, "the document “{d}” is not in this reader"),
            SkipReason::Unchanged => f.write_str("already here"),
            SkipReason::NewerHere => f.write_str("the copy here is newer"),
            SkipReason::Repeated => f.write_str("its id appears earlier in the file"),
        }
    }
}

/// One annotation not imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// Its place among the file's annotations, from 1.
    pub number: usize,
    /// Its id, when it had a readable one.
    pub id: Option<String>,
    /// Why.
    pub reason: SkipReason,
}

/// What an import does.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Annotations new here.
    pub added: usize,
    /// Annotations here replaced by a newer copy.
    pub updated: usize,
    /// Annotations not imported, with the reasons.
    pub skipped: Vec<Skipped>,
}

impl Summary {
    /// One line for the page: "Imported 3 (2 new, 1 updated); 1 skipped."
    pub fn describe(&self) -> String {
        let mut s = format!(
            "Imported {} ({} new, {} updated)",
            self.added + self.updated,
            self.added,
            self.updated
        );
        if !self.skipped.is_empty() {
            s.push_str(&format!("; {} skipped", self.skipped.len()));
        }
        s.push('.');
        s
    }
}

/// An import checked and merged, not yet saved.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Import {
    /// The annotations to save and merge (new or newer than here).
    pub changes: Vec<Annotation>,
    /// What they are and what was skipped.
    pub summary: Summary,
}

/// Reads `file` (the bytes of a JSON export) against what is `here`, for the documents of
/// `library`. Changes nothing: the page saves `changes`, then merges them.
pub fn import(file: &[u8], here: &Notes, library: &Library) -> Result<Import, ImportError> {
    if file.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: file.len() });
    }
    let text = std::str::from_utf8(file).map_err(|_| ImportError::NotText)?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let value = json::parse(text).map_err(ImportError::NotJson)?;
    let items = annotations(&value)?;
    let document_of = |passage: &str| library.find_block(passage).map(|(doc, _)| doc.id.clone());
    let mut out = Import::default();
    let mut seen = BTreeSet::new();
    for (i, item) in items.iter().enumerate() {
        let id = item
            .get("id")
            .and_then(Value::as_str)
            .map(|s| s.chars().take(60).collect::<String>());
        let reason = match w3c::read(item, &document_of) {
            Err(e) => Some(SkipReason::Invalid(e)),
            Ok(a) if library.document(&a.document).is_none() => Some(SkipReason::UnknownDocument(
                a.document.chars().take(60).collect(),
            )),
            Ok(a) if !seen.insert(a.id.clone()) => Some(SkipReason::Repeated),
            Ok(a) => match outcome(&a, here.get(&a.id)) {
                Merge::Added => {
                    out.summary.added += 1;
                    out.changes.push(a);
                    None
                }
                Merge::Updated => {
                    out.summary.updated += 1;
                    out.changes.push(a);
                    None
                }
                Merge::Same => Some(SkipReason::Unchanged),
                Merge::NewerHere => Some(SkipReason::NewerHere),
            },
        };
        if let Some(reason) = reason {
            out.summary.skipped.push(Skipped {
                number: i + 1,
                id,
                reason,
            });
        }
    }
    Ok(out)
}

/// The annotations of a collection (its embedded first page), a page, or one annotation.
fn annotations(v: &Value) -> Result<&[Value], ImportError> {
    let Some(t) = v.get("type") else {
        return Err(ImportError::NotAnnotations);
    };
    if t.has_type("Annotation") {
        return Ok(std::slice::from_ref(v));
    }
    let page = if t.has_type("AnnotationCollection") {
        match v.get("first") {
            Some(p @ Value::Object(_)) => p,
            Some(_) => return Err(ImportError::PagesMissing),
            // An empty collection has no pages.
            None if v.get("total").and_then(Value::as_u64) == Some(0) => return Ok(&[]),
            None => return Err(ImportError::NotAnnotations),
        }
    } else if t.has_type("AnnotationPage") {
        v
    } else {
        return Err(ImportError::NotAnnotations);
    };
    if !page
        .get("type")
        .is_some_and(|t| t.has_type("AnnotationPage"))
    {
        return Err(ImportError::NotAnnotations);
    }
    if page.get("next").is_some() {
        return Err(ImportError::PagesMissing);
    }
    match page.get("items") {
        Some(Value::Array(items)) => Ok(items),
        _ => Err(ImportError::NotAnnotations),
    }
}
