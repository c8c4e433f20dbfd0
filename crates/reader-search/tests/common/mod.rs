//! Helpers shared by the integration tests.

use reader_model::{Block, Document, Library};

/// A library of one document, `d`, holding `blocks`.
pub fn one_document(blocks: Vec<Block>) -> Library {
    Library {
        documents: vec![Document {
            id: "d".into(),
            blocks,
            ..Document::default()
        }],
    }
}
