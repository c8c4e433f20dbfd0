//! CRC-32C (Castagnoli), and the trailer that carries it at the end of a payload.

use crate::Error;

/// Length of the trailer: the CRC-32C of every byte before it, little-endian.
pub const TRAILER_LEN: usize = 4;

/// The CRC-32C of `bytes` (the checksum `fst` also uses). Its byte table is
/// made on the stack for each call, so the binary carries no table.
///
/// ```
/// assert_eq!(reader_format::checksum::crc32c(b"123456789"), 0xe306_9283);
/// ```
pub fn crc32c(bytes: &[u8]) -> u32 {
    let mut table = [0u32; 256];
    for (i, t) in table.iter_mut().enumerate() {
        let mut c = i as u32;
        for _ in 0..8 {
            c = if c & 1 == 1 {
                (c >> 1) ^ 0x82F6_3B78
            } else {
                c >> 1
            };
        }
        *t = c;
    }
    let mut crc = !0u32;
    for &b in bytes {
        crc = table[usize::from((crc as u8) ^ b)] ^ (crc >> 8);
    }
    !crc
}

/// Appends the trailer: the CRC-32C of everything in `out`.
pub fn seal(out: &mut Vec<u8>) {
    let sum = crc32c(out);
    crate::write::u32(out, sum);
}

/// Checks the trailer made by [`seal`] and returns the bytes before it.
///
/// ```
/// use reader_format::{checksum, Error};
/// let mut bytes = b"payload".to_vec();
/// checksum::seal(&mut bytes);
/// assert_eq!(checksum::verify(&bytes), Ok(&b"payload"[..]));
/// bytes[0] ^= 1;
/// assert_eq!(checksum::verify(&bytes), Err(Error::ChecksumMismatch));
/// assert_eq!(checksum::verify(&[1, 2]), Err(Error::UnexpectedEnd));
/// ```
pub fn verify(bytes: &[u8]) -> Result<&[u8], Error> {
    let split = bytes
        .len()
        .checked_sub(TRAILER_LEN)
        .ok_or(Error::UnexpectedEnd)?;
    let (data, trailer) = bytes.split_at(split);
    if trailer != crc32c(data).to_le_bytes() {
        return Err(Error::ChecksumMismatch);
    }
    Ok(data)
}
