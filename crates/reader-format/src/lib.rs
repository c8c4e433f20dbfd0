//! The one binary format of Belarus Reader's embedded payloads (the document
//! model, the search index, the related passages), shared by their codecs.
//!
//! A payload is a [`Header`] (four magic bytes and a layout version), a body
//! of values, and, where the payload asks for it, a checksum trailer
//! ([`checksum::seal`], [`Header::open_sealed`]). Numbers, lengths, counts
//! and tags are LEB128 [`varint`]s; strings are a varint byte length and
//! UTF-8; fixed-size values are little-endian. A codec writes with the
//! functions of [`write`] and reads with a [`Reader`], whose reads are all
//! checked; anything wrong is one [`Error`], never a panic. Each codec keeps
//! only what is its own: the order of its fields and the rules its values obey.
//!
//! ```
//! use reader_format::{write, Error, Header};
//!
//! const HEADER: Header = Header::new(*b"DEMO", 1);
//!
//! fn encode(words: &[&str]) -> Vec<u8> {
//!     let mut out = HEADER.start();
//!     write::seq(&mut out, words, |out, w| write::str(out, w));
//!     out
//! }
//!
//! fn decode(bytes: &[u8]) -> Result<Vec<String>, Error> {
//!     let mut r = HEADER.open(bytes)?;
//!     let words = r.seq(1, |r| r.str().map(String::from))?;
//!     r.finish()?;
//!     Ok(words)
//! }
//!
//! let bytes = encode(&["Minsk", "Moscow"]);
//! assert_eq!(decode(&bytes).unwrap(), ["Minsk", "Moscow"]);
//! assert_eq!(decode(&bytes[..bytes.len() - 1]), Err(Error::UnexpectedEnd));
//! assert_eq!(decode(b"OMED\x01\x00"), Err(Error::BadMagic));
//! let mut longer = bytes.clone();
//! longer.push(0);
//! assert_eq!(decode(&longer), Err(Error::TrailingBytes));
//! ```
//!
//! What is verified in the browser, and why: the payloads are made at build
//! time, embedded in the WASM and delivered under subresource integrity, so
//! accidental corruption on the way is already caught, and a checksum of a
//! whole payload at each load would be work against no threat. What stays is
//! what keeps a decoder from panicking or allocating without bound on bytes it
//! did not expect (a stale build, mixed-up payloads, a test feeding garbage):
//! the header, bounds on every read, counts checked against the bytes left,
//! UTF-8, overflowing varints, trailing bytes. Two checksums stay on purpose:
//! the search index checks the CRC-32C that `fst` writes at the end of its term
//! set, because the `fst` crate trusts its bytes and a forged set makes it
//! panic; and the related-passage alignment keeps a [trailer](checksum::seal),
//! because its decoder promises that every corruption is reported, and a
//! flipped bit in an id or a score would otherwise decode to a wrong but valid
//! value. The document model and the rest of the index carry no checksum.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod checksum;
mod error;
mod header;
mod reader;
pub mod varint;
pub mod write;

pub use error::Error;
pub use header::{Header, HEADER_LEN};
pub use reader::Reader;
