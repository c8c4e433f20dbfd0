//! The writer: appends values to a `Vec<u8>` as the [`Reader`](crate::Reader) reads them.

pub use crate::varint::put as varint;

/// Appends four bytes, little-endian.
pub fn u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// Appends a varint length and the bytes.
pub fn bytes(out: &mut Vec<u8>, b: &[u8]) {
    varint(out, b.len() as u64);
    out.extend_from_slice(b);
}

/// Appends a length-prefixed UTF-8 string.
///
/// ```
/// let mut out = Vec::new();
/// reader_format::write::str(&mut out, "hi");
/// assert_eq!(out, [2, b'h', b'i']);
/// ```
pub fn str(out: &mut Vec<u8>, s: &str) {
    bytes(out, s.as_bytes());
}

/// Appends a varint count and every item written by `put`.
///
/// ```
/// let mut out = Vec::new();
/// reader_format::write::seq(&mut out, &[1u64, 300], |out, &v| reader_format::write::varint(out, v));
/// assert_eq!(out, [2, 1, 0xac, 0x02]);
/// ```
pub fn seq<T>(out: &mut Vec<u8>, items: &[T], mut put: impl FnMut(&mut Vec<u8>, &T)) {
    varint(out, items.len() as u64);
    for item in items {
        put(out, item);
    }
}

/// Appends `s` as a reference into `known` (strings the decoder has already, such as the
/// library's block ids): a varint `k`, where `k > 0` is `known[k - 1]` and `0` is followed by
/// `s` itself ([`Reader::known`](crate::Reader::known) reads it back).
///
/// ```
/// let known = ["rferl-a", "rferl-b"];
/// let mut out = Vec::new();
/// reader_format::write::known(&mut out, &known, "rferl-b");
/// reader_format::write::known(&mut out, &known, "x");
/// assert_eq!(out, [2, 0, 1, b'x']);
/// ```
pub fn known(out: &mut Vec<u8>, known: &[&str], s: &str) {
    match known.iter().position(|k| *k == s) {
        Some(i) => varint(out, i as u64 + 1),
        None => {
            out.push(0);
            self::str(out, s);
        }
    }
}
