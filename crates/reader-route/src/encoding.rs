//! Percent-encoding of route parts (RFC 3986), and cutting over-long text for messages.

use crate::Problem;

/// `s` cut to `max` characters, with an ellipsis when cut (for messages).
pub(crate) fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max).collect();
        t.push('…');
        t
    }
}

/// Percent-decodes `s` as UTF-8; `+` stays `+`. Malformed input is kept as written and reported.
pub(crate) fn decode_into(s: &str, problems: &mut Vec<Problem>) -> String {
    match percent_decode(s) {
        Some(d) => d,
        None => {
            problems.push(Problem::BadEncoding(truncate(s, 40)));
            s.to_string()
        }
    }
}

/// Percent-decodes; `None` when an escape is malformed or the bytes are not UTF-8.
///
/// ```
/// assert_eq!(reader_route::percent_decode("a%20b"), Some("a b".to_string()));
/// assert_eq!(reader_route::percent_decode("%zz"), None);
/// ```
pub fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hi = hex(*bytes.get(i + 1)?)?;
            let lo = hex(*bytes.get(i + 2)?)?;
            out.push(hi << 4 | lo);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Percent-encodes everything but unreserved characters (RFC 3986) and a few safe ones.
pub(crate) fn encode_into(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 15) as usize] as char);
        }
    }
}
