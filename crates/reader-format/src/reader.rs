//! The checked reader: every read is bounds-checked, and counts are checked
//! against the bytes left before anything is allocated for them.

use crate::{varint, Error};

/// A cursor over bytes; a failed read is an [`Error`], never a panic.
///
/// ```
/// use reader_format::{Error, Reader};
/// let mut r = Reader::new(&[0xac, 0x02, 2, b'h', b'i', 7]);
/// assert_eq!(r.varint(), Ok(300));
/// assert_eq!(r.str(), Ok("hi"));
/// assert_eq!(r.u8(), Ok(7));
/// assert_eq!(r.u8(), Err(Error::UnexpectedEnd));
/// assert_eq!(r.finish(), Ok(()));
/// ```
#[derive(Clone, Debug)]
pub struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    /// Reads from the start of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { rest: bytes }
    }

    /// The bytes not read yet.
    pub fn rest(&self) -> &'a [u8] {
        self.rest
    }

    /// How many bytes are not read yet.
    pub fn remaining(&self) -> usize {
        self.rest.len()
    }

    /// True when every byte was read.
    pub fn is_empty(&self) -> bool {
        self.rest.is_empty()
    }

    /// Ends the reading: [`Error::TrailingBytes`] unless every byte was read.
    pub fn finish(self) -> Result<(), Error> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(Error::TrailingBytes)
        }
    }

    /// The next `n` bytes.
    pub fn take(&mut self, n: usize) -> Result<&'a [u8], Error> {
        if n > self.rest.len() {
            return Err(Error::UnexpectedEnd);
        }
        let (head, rest) = self.rest.split_at(n);
        self.rest = rest;
        Ok(head)
    }

    /// One byte.
    pub fn u8(&mut self) -> Result<u8, Error> {
        Ok(self.take(1)?[0])
    }

    /// Four bytes, little-endian.
    pub fn u32(&mut self) -> Result<u32, Error> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// One byte that must be 0 (`false`) or 1 (`true`).
    pub fn bool(&mut self) -> Result<bool, Error> {
        match self.u8()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(Error::Corrupt("a flag is neither 0 nor 1")),
        }
    }

    /// A varint.
    pub fn varint(&mut self) -> Result<u64, Error> {
        let (v, len) = varint::get(self.rest)?;
        self.rest = &self.rest[len..];
        Ok(v)
    }

    /// A varint that must fit in `T` ([`Error::OutOfRange`] otherwise).
    ///
    /// ```
    /// let mut r = reader_format::Reader::new(&[0xac, 0x02, 0xac, 0x02]);
    /// assert_eq!(r.varint_as::<u16>(), Ok(300));
    /// assert_eq!(r.varint_as::<u8>(), Err(reader_format::Error::OutOfRange));
    /// ```
    pub fn varint_as<T: TryFrom<u64>>(&mut self) -> Result<T, Error> {
        T::try_from(self.varint()?).map_err(|_| Error::OutOfRange)
    }

    /// A count of items that each take at least `min_item_len` bytes (at
    /// least 1): [`Error::LengthOverflow`] when they cannot fit in the bytes
    /// left, so a hostile count cannot make the caller allocate much.
    ///
    /// ```
    /// let mut r = reader_format::Reader::new(&[200, 1, 0, 0]);
    /// assert_eq!(r.count(1), Err(reader_format::Error::LengthOverflow));
    /// ```
    pub fn count(&mut self, min_item_len: usize) -> Result<usize, Error> {
        let n = self.varint()?;
        if n > (self.rest.len() / min_item_len.max(1)) as u64 {
            return Err(Error::LengthOverflow);
        }
        Ok(n as usize)
    }

    /// A [`count`](Self::count) followed by that many items read by `item`.
    pub fn seq<T>(
        &mut self,
        min_item_len: usize,
        mut item: impl FnMut(&mut Self) -> Result<T, Error>,
    ) -> Result<Vec<T>, Error> {
        let n = self.count(min_item_len)?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(item(self)?);
        }
        Ok(out)
    }

    /// A varint length followed by that many bytes.
    pub fn bytes(&mut self) -> Result<&'a [u8], Error> {
        let n = self.varint_as().map_err(|_| Error::LengthOverflow)?;
        self.take(n)
    }

    /// A length-prefixed UTF-8 string.
    pub fn str(&mut self) -> Result<&'a str, Error> {
        core::str::from_utf8(self.bytes()?).map_err(|_| Error::InvalidUtf8)
    }

    /// A string written by [`write::known`](crate::write::known): one of `known`, by its
    /// position, or the string itself; a position past the end is [`Error::OutOfRange`].
    ///
    /// ```
    /// use reader_format::{Error, Reader};
    /// let known = ["rferl-a", "rferl-b"];
    /// let mut r = Reader::new(&[2, 0, 1, b'x', 3]);
    /// assert_eq!(r.known(&known), Ok("rferl-b".to_string()));
    /// assert_eq!(r.known(&known), Ok("x".to_string()));
    /// assert_eq!(r.known(&known), Err(Error::OutOfRange));
    /// ```
    pub fn known(&mut self, known: &[&str]) -> Result<String, Error> {
        match self.varint_as::<usize>()? {
            0 => self.str().map(String::from),
            k => known
                .get(k - 1)
                .map(|s| s.to_string())
                .ok_or(Error::OutOfRange),
        }
    }
}
