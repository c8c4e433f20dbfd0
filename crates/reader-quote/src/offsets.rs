//! Converting offsets between the browser's UTF-16 code units (what a DOM `Range` and
//! `Selection` count) and the Unicode scalar values the selectors count.

/// The character offset in `text` of UTF-16 offset `utf16`; an offset inside a surrogate pair
/// rounds up to the end of that character, one past the end of the text to its end.
///
/// ```
/// // "𝄞" is one character and two UTF-16 code units.
/// assert_eq!(reader_quote::utf16_to_char("a𝄞b", 3), 2);
/// assert_eq!(reader_quote::utf16_to_char("a𝄞b", 2), 2);
/// assert_eq!(reader_quote::utf16_to_char("a𝄞b", 99), 3);
/// ```
pub fn utf16_to_char(text: &str, utf16: usize) -> usize {
    let mut units = 0;
    for (i, c) in text.chars().enumerate() {
        if units >= utf16 {
            return i;
        }
        units += c.len_utf16();
    }
    text.chars().count()
}

/// The UTF-16 offset in `text` of character offset `chars` (clamped to the end of the text).
///
/// ```
/// assert_eq!(reader_quote::char_to_utf16("a𝄞b", 2), 3);
/// ```
pub fn char_to_utf16(text: &str, chars: usize) -> usize {
    text.chars().take(chars).map(char::len_utf16).sum()
}
