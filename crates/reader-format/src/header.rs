//! The header every payload starts with: four magic bytes naming the payload
//! and one byte for the version of its layout.

use crate::{checksum, Error, Reader};

/// Length of a [`Header`].
pub const HEADER_LEN: usize = 5;

/// The magic and layout version of one kind of payload.
///
/// ```
/// use reader_format::{Error, Header};
/// const HEADER: Header = Header::new(*b"DEMO", 1);
/// let mut bytes = HEADER.start();
/// bytes.push(7);
/// assert_eq!(HEADER.open(&bytes).unwrap().u8(), Ok(7));
/// assert_eq!(Header::new(*b"DEMO", 2).open(&bytes).unwrap_err(), Error::UnsupportedVersion(1));
/// assert_eq!(Header::new(*b"OMED", 1).open(&bytes).unwrap_err(), Error::BadMagic);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Header {
    /// Names the payload.
    pub magic: [u8; 4],
    /// The version of its layout; a decoder reads only its own.
    pub version: u8,
}

impl Header {
    /// A header.
    pub const fn new(magic: [u8; 4], version: u8) -> Header {
        Header { magic, version }
    }

    /// The header's bytes.
    pub fn bytes(&self) -> [u8; HEADER_LEN] {
        let [a, b, c, d] = self.magic;
        [a, b, c, d, self.version]
    }

    /// A new payload: a buffer holding the header.
    pub fn start(&self) -> Vec<u8> {
        self.bytes().to_vec()
    }

    /// Checks the header at the start of `bytes`; returns a reader of the rest.
    pub fn open<'a>(&self, bytes: &'a [u8]) -> Result<Reader<'a>, Error> {
        let mut r = Reader::new(bytes);
        if r.take(4)? != self.magic {
            return Err(Error::BadMagic);
        }
        match r.u8()? {
            v if v == self.version => Ok(r),
            v => Err(Error::UnsupportedVersion(v)),
        }
    }

    /// Like [`open`](Self::open) for a payload ended by a
    /// [checksum trailer](checksum::seal): checks the header, then the
    /// trailer; the reader stops before the trailer.
    ///
    /// ```
    /// use reader_format::{checksum, Error, Header};
    /// const HEADER: Header = Header::new(*b"DEMO", 1);
    /// let mut bytes = HEADER.start();
    /// bytes.push(7);
    /// checksum::seal(&mut bytes);
    /// assert_eq!(HEADER.open_sealed(&bytes).unwrap().rest(), [7]);
    /// bytes[5] ^= 1;
    /// assert_eq!(HEADER.open_sealed(&bytes).unwrap_err(), Error::ChecksumMismatch);
    /// ```
    pub fn open_sealed<'a>(&self, bytes: &'a [u8]) -> Result<Reader<'a>, Error> {
        self.open(bytes)?;
        self.open(checksum::verify(bytes)?)
    }
}
