//! LEB128 varints: 7 bits a byte, low bits first, high bit set on every byte but the last.

use crate::Error;

/// The longest varint of a `u64`.
pub const MAX_LEN: usize = 10;

/// Appends `v` as a varint.
///
/// ```
/// let mut out = Vec::new();
/// reader_format::varint::put(&mut out, 300);
/// assert_eq!(out, [0xac, 0x02]);
/// ```
pub fn put(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push(v as u8 | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Reads a varint from the start of `bytes`: its value and its length.
///
/// ```
/// use reader_format::{varint, Error};
/// assert_eq!(varint::get(&[0xac, 0x02, 7]), Ok((300, 2)));
/// assert_eq!(varint::get(&[0x80]), Err(Error::UnexpectedEnd));
/// assert_eq!(varint::get(&[0xff; 10]), Err(Error::VarintOverflow));
/// ```
pub fn get(bytes: &[u8]) -> Result<(u64, usize), Error> {
    let mut v = 0u64;
    for (i, &b) in bytes.iter().take(MAX_LEN).enumerate() {
        let part = u64::from(b & 0x7f);
        if i == MAX_LEN - 1 && part > 1 {
            return Err(Error::VarintOverflow);
        }
        v |= part << (7 * i);
        if b & 0x80 == 0 {
            return Ok((v, i + 1));
        }
    }
    Err(if bytes.len() < MAX_LEN {
        Error::UnexpectedEnd
    } else {
        Error::VarintOverflow
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_at_the_edges() {
        for v in [
            0,
            1,
            127,
            128,
            16_383,
            16_384,
            u64::from(u32::MAX),
            u64::MAX,
        ] {
            let mut out = Vec::new();
            put(&mut out, v);
            assert_eq!(get(&out), Ok((v, out.len())), "{v}");
        }
        let mut max = Vec::new();
        put(&mut max, u64::MAX);
        assert_eq!(max.len(), MAX_LEN);
        max[MAX_LEN - 1] = 2;
        assert_eq!(get(&max), Err(Error::VarintOverflow));
    }
}
