//! The one error of every decoder.

use core::fmt;

/// Why bytes could not be decoded.
///
/// ```
/// use reader_format::{Error, Reader};
/// assert_eq!(Reader::new(&[]).u8(), Err(Error::UnexpectedEnd));
/// assert_eq!(Error::Corrupt("unknown block kind").to_string(), "corrupt data: unknown block kind");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The bytes end before the data they announce.
    UnexpectedEnd,
    /// The bytes do not start with the magic of the expected payload.
    BadMagic,
    /// The payload was written in another version of its layout (the one found).
    UnsupportedVersion(u8),
    /// The checksum trailer does not match the bytes before it.
    ChecksumMismatch,
    /// A string is not UTF-8.
    InvalidUtf8,
    /// A count announces more items than the bytes left can hold, or a
    /// length does not fit in memory.
    LengthOverflow,
    /// A varint is longer than 10 bytes or does not fit in 64 bits.
    VarintOverflow,
    /// A number does not fit the field it is read into.
    OutOfRange,
    /// Bytes follow the end of the payload.
    TrailingBytes,
    /// A rule of the payload's own layout is broken; the text says which.
    Corrupt(&'static str),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self {
            Error::UnexpectedEnd => "the bytes end early",
            Error::BadMagic => "not the expected payload (bad magic bytes)",
            Error::UnsupportedVersion(v) => return write!(f, "unsupported format version {v}"),
            Error::ChecksumMismatch => "checksum mismatch",
            Error::InvalidUtf8 => "a string is not UTF-8",
            Error::LengthOverflow => "a count or length is larger than the bytes left",
            Error::VarintOverflow => "a number overflows 64 bits",
            Error::OutOfRange => "a number is out of range",
            Error::TrailingBytes => "bytes after the end",
            Error::Corrupt(what) => return write!(f, "corrupt data: {what}"),
        };
        f.write_str(what)
    }
}

impl std::error::Error for Error {}
