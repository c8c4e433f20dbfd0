//! Transliteration variants of proper names.
//!
//! The two documents spell Belarusian names differently: one transliterates
//! the Belarusian form (Lukashenka, Krauchenka, Astravets, Alyaksandr), the
//! other the Russian form (Lukashenko, Kravchenko, Ostrovets, Alexander).
//! [`variant_key`] maps both spellings to one key with a few general rules:
//!
//! 1. `x` → `ks`, `w` → `v`, and `u` after a vowel → `v` (Belarusian `ў`:
//!    *Krau*chenka / *Krav*chenko).
//! 2. A leading vowel becomes `*` (Belarusian akanne: *A*stravets /
//!    *O*strovets; *Aly*aksandr / *Ale*xander).
//! 3. All other vowels (`a e i o u y`) are dropped: transliterations differ
//!    mostly in vowels (final `-a`/`-o`, `ya`/`e`, unstressed `a`/`o`).
//! 4. Runs of one consonant collapse to one.
//!
//! The key is used only when it keeps at least four characters, and the
//! indexer gives keys only to proper names (terms that occur capitalized and
//! never in lower case). The test `variant_groups_are_reviewed` in
//! reader-search's `tests/relevance.rs` lists every group of index terms that
//! share a key, so an unwanted merge shows up as a test failure.

/// Shortest key that is used; shorter keys would merge unrelated names.
pub const MIN_KEY_LEN: usize = 4;

/// The variant key of a folded term, or `None` when the term is not a plain
/// ASCII word or its key would be too short to be safe.
///
/// ```
/// use reader_text::variant_key;
/// assert_eq!(variant_key("lukashenko"), variant_key("lukashenka"));
/// assert_eq!(variant_key("kravchenko"), variant_key("krauchenka"));
/// assert_eq!(variant_key("ostrovets"), variant_key("astravets"));
/// assert_eq!(variant_key("alexander"), variant_key("alyaksandr"));
/// assert_ne!(variant_key("russia"), variant_key("eurasia"));
/// assert_eq!(variant_key("hale"), None);
/// ```
pub fn variant_key(term: &str) -> Option<String> {
    if !term.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let is_vowel = |b: u8| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    // Rule 1.
    let mut spelled: Vec<u8> = Vec::with_capacity(term.len() + 2);
    for b in term.bytes() {
        match b {
            b'x' => spelled.extend_from_slice(b"ks"),
            b'w' => spelled.push(b'v'),
            b'u' if spelled.last().is_some_and(|&p| is_vowel(p)) => spelled.push(b'v'),
            _ => spelled.push(b),
        }
    }
    let mut key = String::with_capacity(spelled.len());
    for (i, &b) in spelled.iter().enumerate() {
        if is_vowel(b) {
            // Rule 2 and 3.
            if i == 0 {
                key.push('*');
            }
            continue;
        }
        // Rule 4.
        if key.as_bytes().last() != Some(&b) {
            key.push(b as char);
        }
    }
    (key.len() >= MIN_KEY_LEN).then_some(key)
}
