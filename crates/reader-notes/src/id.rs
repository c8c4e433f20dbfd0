//! Annotation ids: UUIDs, exported as `urn:uuid:` IRIs (the Web Annotation model wants an IRI
//! for every annotation).

use std::fmt;

/// An annotation's id: a UUID in its 36-character form, lowercase.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AnnotationId(String);

impl AnnotationId {
    /// Reads a UUID ("0b6e8a2c-…", any case; what `crypto.randomUUID()` gives).
    ///
    /// ```
    /// use reader_notes::AnnotationId;
    /// let id = AnnotationId::parse("0B6E8A2C-1D3F-4A5B-8C7D-9E0F1A2B3C4D").unwrap();
    /// assert_eq!(id.as_str(), "0b6e8a2c-1d3f-4a5b-8c7d-9e0f1a2b3c4d");
    /// assert_eq!(id.iri(), "urn:uuid:0b6e8a2c-1d3f-4a5b-8c7d-9e0f1a2b3c4d");
    /// assert!(AnnotationId::parse("0b6e8a2c1d3f4a5b8c7d9e0f1a2b3c4d").is_none());
    /// ```
    pub fn parse(s: &str) -> Option<AnnotationId> {
        let b = s.as_bytes();
        let ok = b.len() == 36
            && b.iter().enumerate().all(|(i, c)| match i {
                8 | 13 | 18 | 23 => *c == b'-',
                _ => c.is_ascii_hexdigit(),
            });
        ok.then(|| AnnotationId(s.to_ascii_lowercase()))
    }

    /// Reads the id of an exported annotation: `urn:uuid:UUID` (or the bare UUID).
    pub fn parse_iri(s: &str) -> Option<AnnotationId> {
        let uuid = match s.get(..9) {
            Some(p) if p.eq_ignore_ascii_case("urn:uuid:") => &s[9..],
            _ => s,
        };
        AnnotationId::parse(uuid)
    }

    /// The UUID.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The id as an IRI: `urn:uuid:UUID`.
    pub fn iri(&self) -> String {
        format!("urn:uuid:{}", self.0)
    }
}

impl fmt::Display for AnnotationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
