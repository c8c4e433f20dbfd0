//! The index of names: every person, organisation and place (and the events
//! and works) named in either document, with its spellings merged, what the
//! documents say about it (quoted verbatim, with the passage) and where it
//! is mentioned.
//!
//! * [`model`]: [`NameIndex`], [`Entity`], [`Kind`], [`Description`],
//!   [`Mention`]; places are document and block indexes of the library.
//! * [`codec`]: [`encode`] and [`decode`], on `reader-format` (the bytes the
//!   app embeds).
//! * At build time (feature `build`): [`curated`] reads the reviewed file
//!   `content/names.txt` ([`CURATED`]); [`mentions`] finds every spelling in
//!   the library and checks every quote; [`build`] does both; [`coverage`]
//!   lists the capitalised words of the texts that are neither in a mention
//!   nor on the reviewed list of non-names (`content/non-names.txt`,
//!   [`NON_NAMES`]). Nothing in the index comes from outside the two texts.
//!
//! ```
//! # #[cfg(feature = "build")] {
//! use reader_model::{Block, BlockKind, Document, Inline, Library};
//! let para = |id: &str, t: &str| Block::new(id, BlockKind::Paragraph, vec![Inline::Text(t.into())]);
//! let lib = Library { documents: vec![Document {
//!     id: "d".into(),
//!     blocks: vec![para("d-a", "Eugene Chausovsky, a Eurasia analyst, met Chausovsky’s friend.")],
//!     ..Document::default()
//! }] };
//! let curated = "chausovsky | person | Eugene Chausovsky\n\
//!                spelled: Eugene Chausovsky | Chausovsky\n\
//!                says d-a: a Eurasia analyst\n";
//! let index = reader_names::build(&lib, curated).unwrap();
//! let e = &index.entities[0];
//! assert_eq!(e.mentions.len(), 2);
//! let text = lib.documents[0].blocks[0].plain_text();
//! assert_eq!(e.descriptions[0].quote(&text), Some("a Eurasia analyst"));
//! let bytes = reader_names::encode(&index);
//! assert_eq!(reader_names::decode(&bytes).unwrap(), index);
//! # }
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod codec;
#[cfg(feature = "build")]
pub mod coverage;
#[cfg(feature = "build")]
pub mod curated;
#[cfg(feature = "build")]
pub mod mentions;
pub mod model;

pub use codec::{decode, encode};
#[cfg(feature = "build")]
pub use curated::NamesError;
#[cfg(feature = "build")]
pub use mentions::build;
pub use model::{Description, Entity, Kind, Mention, NameIndex};

/// The reviewed index of names, `content/names.txt`.
#[cfg(feature = "build")]
pub const CURATED: &str = include_str!("../../../content/names.txt");

/// The reviewed list of capitalised words that are not names, `content/non-names.txt`.
#[cfg(feature = "build")]
pub const NON_NAMES: &str = include_str!("../../../content/non-names.txt");
