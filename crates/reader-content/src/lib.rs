//! Curated editions of the two documents (work in progress).
use reader_model::Library;

/// Error raised when a curated source cannot be parsed.
#[derive(Debug)]
pub struct ContentError(pub String);

/// Parses the curated sources into the document model.
pub fn library() -> Result<Library, ContentError> {
    Ok(Library::default())
}
