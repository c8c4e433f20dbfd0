//! Text analysis for Belarus Reader, one copy of each idea, shared by the
//! content parser, the search index and query, and the alignment.
//!
//! In the browser (no feature): the search analyses queries exactly as the
//! indexer analysed the documents, so both sides agree.
//!
//! * [`analyze`] ([`tokens`](mod@tokens)): a text becomes [`Token`]s, words,
//!   numbers and the joined form of hyphenated words, each folded to a term.
//! * [`fold_char`], [`lower`] ([`fold`](mod@fold)): lower case for Latin,
//!   Greek and Cyrillic, Latin diacritics removed by a small table.
//! * [`stem`] ([`stem`](mod@stem)): the English (Porter2) stem of a term.
//! * [`variant_key`] ([`variants`]): one key for the Belarusian and the
//!   Russian transliteration of a name.
//! * [`MAX_QUERY_CHARS`], [`cut_chars`] ([`limits`]): the one cap on a
//!   query's length.
//! * [`latin_forms`], [`query_term`] ([`translit`]): a name typed in
//!   Russian or Belarusian Cyrillic (BGN/PCGN, ISO 9, the national system,
//!   Łacinka) or in Latin with diacritics, as the ASCII spellings to look up.
//!
//! At build time (feature `build`; the browser does not need them):
//!
//! * `sentences`, `last_sentence` (module `sentences`): one sentence
//!   splitter, for the alignment's sentence statistics and embeddings and
//!   for the sentence a footnote marker closes.
//! * `find_definitions`, `acronym_definitions` (module `acronyms`):
//!   `Collective Security Treaty Organization (CSTO)`.
//! * `Names` (module `names`): the terms of a corpus seen capitalized and
//!   never in lower case (proper names).
//! * `STOP_WORDS`, `is_stop_word` (module `stop_words`): the alignment's stop list.
//!
//! ```
//! use reader_text::{analyze, stem, variant_key, TokenKind};
//!
//! let tokens = analyze("Lukashénka’s cease-fire");
//! let terms: Vec<&str> = tokens.iter().map(|t| t.term.as_str()).collect();
//! assert_eq!(terms, ["lukashenka", "cease", "fire", "ceasefire"]);
//! assert_eq!(tokens[3].kind, TokenKind::Joined);
//! assert_eq!(stem("sanctions"), stem("sanctioned"));
//! assert_eq!(variant_key("lukashenka"), variant_key("lukashenko"));
//! ```
//!
//! ```
//! # #[cfg(feature = "build")] {
//! let s = reader_text::sentences("The U.S. eased sanctions. Minsk agreed.");
//! assert_eq!(s, ["The U.S. eased sanctions.", "Minsk agreed."]);
//! let d = &reader_text::acronym_definitions(["the Eurasian Economic Union (EAEU)"])[0];
//! assert_eq!((d.acronym.as_str(), d.expansion.len()), ("eaeu", 3));
//! assert!(reader_text::is_stop_word("said"));
//! # }
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

#[cfg(feature = "build")]
pub mod acronyms;
pub mod fold;
pub mod limits;
#[cfg(feature = "build")]
pub mod names;
#[cfg(feature = "build")]
pub mod sentences;
pub mod stem;
#[cfg(feature = "build")]
pub mod stop_words;
pub mod tokens;
pub mod translit;
pub mod variants;

#[cfg(feature = "build")]
pub use acronyms::{acronym_definitions, find_definitions, Definition};
pub use fold::{fold_char, lower};
pub use limits::{cut_chars, MAX_QUERY_CHARS};
#[cfg(feature = "build")]
pub use names::Names;
#[cfg(feature = "build")]
pub use sentences::{last_sentence, sentences};
pub use stem::stem;
#[cfg(feature = "build")]
pub use stop_words::{is_stop_word, STOP_WORDS};
pub use tokens::{analyze, Token, TokenKind, MAX_TERM_BYTES};
pub use translit::{latin_forms, query_term};
pub use variants::{variant_key, MIN_KEY_LEN};
