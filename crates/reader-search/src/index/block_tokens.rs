//! The tokens of each block by term, found again in the block text on first
//! use and kept (the postings store only the blocks holding a term).

use reader_model::Library;

use super::Index;
use crate::format::checksum;
use crate::spans::{block_tokens, Token};

impl Index {
    /// The tokens of a global block by term: kept from an earlier call, or
    /// made now from its text in `lib` and kept. `None` when `lib` has no such
    /// block or its text does not have the block's number of words (not the
    /// library the index was made from; nothing is kept then).
    pub(crate) fn block_tokens(&self, lib: &Library, block: u32) -> Option<&[Token]> {
        if let Some(kept) = self.tokens.get(block as usize)?.get() {
            return Some(kept);
        }
        let (d, local) = self.locate(block)?;
        let text = lib.document(&self.docs[d].id)?.blocks.get(local)?.text();
        self.kept_tokens(block, &text)
    }

    pub(super) fn kept_tokens(&self, block: u32, text: &str) -> Option<&[Token]> {
        let cell = self.tokens.get(block as usize)?;
        if let Some(kept) = cell.get() {
            return Some(kept);
        }
        let words = *self.block_len.get(block as usize)?;
        let made = block_tokens(text, words, |t| self.token_ordinal(t))?;
        Some(cell.get_or_init(|| made))
    }

    /// The ordinal of a token's term, found by its hash (one binary search
    /// instead of an fst walk, faster); an fst walk only when
    /// two terms share the hash. A term that is not in the index may be given
    /// the ordinal of a term with its hash: every token of the text the index
    /// was made from is a term.
    fn token_ordinal(&self, term: &str) -> Option<u32> {
        let table = self.by_hash.get_or_init(|| {
            let mut table = Vec::with_capacity(self.terms.len());
            self.each_term(b"", None, &mut |key, o, _| {
                table.push((checksum(key), o));
                true
            });
            crate::sort::sort(&mut table);
            table
        });
        let h = checksum(term.as_bytes());
        let i = table.partition_point(|e| e.0 < h);
        match table.get(i..).unwrap_or_default() {
            [(a, _), (b, _), ..] if *a == h && *b == h => self.term(term.as_bytes()),
            [(a, o), ..] if *a == h => Some(*o),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use fst::Streamer;

    use crate::index::curated;

    #[test]
    fn a_tokens_ordinal_by_hash_is_its_rank() {
        let index = curated();
        let mut stream = index.terms.stream();
        let mut ordinal = 0;
        while let Some(key) = stream.next() {
            let key = core::str::from_utf8(key).unwrap();
            assert_eq!(index.token_ordinal(key), Some(ordinal), "{key}");
            ordinal += 1;
        }
        assert_eq!(index.token_ordinal("not-a-term"), None);
    }
}
