//! Normalized text for matching quotes that differ from the passage only in typography: runs of
//! whitespace become one space, typographic quotes and dashes their ASCII forms, invisible
//! characters (soft hyphen, zero-width spaces, BOM) vanish. Each normalized character remembers
//! which original characters it stands for, so a match maps back to the passage.

/// A normalized text with its map back to the original characters.
pub(crate) struct Normalized {
    /// The normalized characters.
    pub chars: Vec<char>,
    /// For each normalized character, the original range it stands for (start, end exclusive).
    pub spans: Vec<(usize, usize)>,
}

impl Normalized {
    /// Normalizes `text`; with `fold_case`, letters are also lowercased (one to one, so the map
    /// stays exact: a letter whose lowercase form is several characters is kept as it is).
    pub fn new(text: &[char], fold_case: bool) -> Normalized {
        let mut n = Normalized {
            chars: Vec::with_capacity(text.len()),
            spans: Vec::with_capacity(text.len()),
        };
        for (i, &c) in text.iter().enumerate() {
            let Some(c) = fold(c, fold_case) else {
                continue;
            };
            if c == ' ' && n.chars.last() == Some(&' ') {
                // Extend the space that stands for the whole run.
                if let Some(span) = n.spans.last_mut() {
                    span.1 = i + 1;
                }
                continue;
            }
            n.chars.push(c);
            n.spans.push((i, i + 1));
        }
        n
    }

    /// The same text without leading and trailing spaces (for the quoted words themselves).
    pub fn trimmed(&self) -> &[char] {
        let s = &self.chars[..];
        let s = s.strip_prefix(&[' ']).unwrap_or(s);
        s.strip_suffix(&[' ']).unwrap_or(s)
    }

    /// The original character range that normalized characters `start..end` stand for.
    pub fn original(&self, start: usize, end: usize) -> (usize, usize) {
        (self.spans[start].0, self.spans[end - 1].1)
    }
}

/// The normalized form of one character, `None` for an invisible one.
fn fold(c: char, fold_case: bool) -> Option<char> {
    Some(match c {
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => return None,
        '‘' | '’' | '‚' | '‛' | '′' | '`' => '\'',
        '“' | '”' | '„' | '‟' | '″' | '«' | '»' => '"',
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => '-',
        c if c.is_whitespace() => ' ',
        c if fold_case => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => l,
                _ => c,
            }
        }
        c => c,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_of_space_and_typography_fold_and_map_back() {
        let text: Vec<char> = "A  “b’s”\u{00AD}—\tC".chars().collect();
        let n = Normalized::new(&text, true);
        assert_eq!(n.chars.iter().collect::<String>(), "a \"b's\"- c");
        // The single space stands for both original spaces.
        assert_eq!(n.original(1, 2), (1, 3));
        // The dash after the soft hyphen maps to the dash alone.
        assert_eq!(n.original(7, 8), (9, 10));
    }
}
