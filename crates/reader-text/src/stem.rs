//! English stems (Snowball English, also called Porter2, from `rust-stemmers`).

/// English stem of a folded term (Snowball English, also called Porter2).
/// Numbers and terms with non-letters are returned unchanged.
///
/// ```
/// use reader_text::stem;
/// assert_eq!(stem("sanctions"), stem("sanctioned"));
/// assert_eq!(stem("2006"), "2006");
/// ```
pub fn stem(term: &str) -> String {
    if !term.bytes().all(|b| b.is_ascii_lowercase()) {
        return term.to_string();
    }
    rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English)
        .stem(term)
        .into_owned()
}
