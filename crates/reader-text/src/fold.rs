//! Case and diacritics folding: [`fold_char`] and [`lower`].
//!
//! A hand-written table instead of Unicode normalization: it covers Latin-1
//! Supplement and Latin Extended-A (the letters in names of this region and
//! of Western Europe), ligatures and combining marks, at a fraction of the
//! size of the normalization tables. The search runs in the browser, so this
//! code is in the app's WASM.

/// The base letter of each lower-case letter from U+00E0 to U+017F, `.` for
/// none (the letter is kept), 32 a row. A table rather than a `match` with a
/// case per letter: the same folding (checked for every character by a test)
/// in less WASM (see BENCHMARKS.md).
const LATIN_FOLD: &[u8; 160] = b"aaaaaa.ceeeeiiiidnooooo.ouuuuy.y\
    .a.a.a.c.c.c.c.d.d.e.e.e.e.e.g.g\
    .g.g.h.h.i.i.i.i.i...j.k..l.l.l.\
    l.l.n.n.n....o.o.o...r.r.r.s.s.s\
    .s.t.t.t.u.u.u.u.u.u.w.y..z.z.z.";

/// Lower-cases `c`, removes Latin diacritics and pushes the result (see
/// the module documentation for what is covered).
///
/// ```
/// let mut s = String::new();
/// for c in "Łukašėnka Æ Straße".chars() { reader_text::fold_char(c, &mut s); }
/// assert_eq!(s, "lukasenka ae strasse");
/// ```
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if ('\u{300}'..='\u{36f}').contains(&c) {
        return; // combining diacritical marks
    }
    let l = lower(c);
    let folded: &str = match l {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        'ș' => "s",
        'ț' => "t",
        _ => {
            let base = (l as usize)
                .checked_sub(0xe0)
                .and_then(|i| LATIN_FOLD.get(i))
                .filter(|&&b| b != b'.');
            out.push(base.map_or(l, |&b| char::from(b)));
            return;
        }
    };
    out.push_str(folded);
}

/// Lower case for the scripts the reader can meet: Latin-1 Supplement, Latin
/// Extended-A, Greek and Cyrillic (ASCII is handled before); other characters
/// are kept. Rules instead of `char::to_lowercase`, whose table would be most
/// of the folding's WASM (see BENCHMARKS.md). `İ` becomes a plain `i`.
///
/// ```
/// use reader_text::lower;
/// assert_eq!("ÀÉÞŁŠŽŸİΣЛЁ".chars().map(lower).collect::<String>(), "àéþłšžÿiσлё");
/// assert_eq!(lower('×'), '×');
/// ```
pub fn lower(c: char) -> char {
    let u = c as u32;
    let l = match u {
        0x41..=0x5a | 0xc0..=0xd6 | 0xd8..=0xde => u + 0x20,
        0x100..=0x12f | 0x132..=0x137 | 0x14a..=0x177 if u.is_multiple_of(2) => u + 1,
        0x139..=0x148 | 0x179..=0x17e if !u.is_multiple_of(2) => u + 1,
        0x130 => 0x69,
        0x178 => 0xff,
        0x391..=0x3a1 | 0x3a3..=0x3ab | 0x410..=0x42f => u + 0x20,
        0x400..=0x40f => u + 0x50,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The folding written as one case per letter: the reference [`LATIN_FOLD`] is checked against.
    fn fold_char_by_cases(c: char, out: &mut String) {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            return;
        }
        if ('\u{300}'..='\u{36f}').contains(&c) {
            return;
        }
        let l = lower(c);
        let folded: &str = match l {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
            'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
            'ď' | 'đ' | 'ð' => "d",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
            'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
            'ĥ' | 'ħ' => "h",
            'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
            'ĵ' => "j",
            'ķ' => "k",
            'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
            'ñ' | 'ń' | 'ņ' | 'ň' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
            'ŕ' | 'ŗ' | 'ř' => "r",
            'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
            'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
            'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
            'ŵ' => "w",
            'ý' | 'ÿ' | 'ŷ' => "y",
            'ź' | 'ż' | 'ž' => "z",
            'ß' => "ss",
            'æ' => "ae",
            'œ' => "oe",
            'þ' => "th",
            _ => {
                out.push(l);
                return;
            }
        };
        out.push_str(folded);
    }

    #[test]
    fn the_fold_table_folds_every_character_as_the_cases_did() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let (mut table, mut cases) = (String::new(), String::new());
            fold_char(c, &mut table);
            fold_char_by_cases(c, &mut cases);
            assert_eq!(table, cases, "{c:?}");
        }
    }
}
