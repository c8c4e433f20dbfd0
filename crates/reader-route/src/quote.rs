//! Reading the quote a link carries: `quote` (the quoted words), `pre` and `suf` (the text
//! just before and after them), each percent-encoded, as a W3C text quote selector.
//!
//! Unlike the other parts, a quote that cannot be read is not used as written: a badly
//! encoded or cut quote would only find the wrong words, so it is dropped (the passage is
//! shown) and a [`Problem::Quote`](crate::Problem::Quote) says why.

use reader_quote::TextQuoteSelector;

use crate::encoding::percent_decode;
use crate::QuoteProblem;

/// How many characters each quote part may have; longer ones are not used. Curated passages
/// are under 1,100 characters, so a quote with its context never needs more.
pub const MAX_QUOTE_CHARS: usize = 2000;

/// The quote parts read so far from a fragment's parameters.
#[derive(Default)]
pub(crate) struct QuoteParts {
    exact: Option<String>,
    prefix: Option<String>,
    suffix: Option<String>,
    problem: Option<QuoteProblem>,
}

impl QuoteParts {
    /// Reads the still encoded `value` of `key` if it is a quote key; false if it is not.
    pub fn read(&mut self, key: &str, value: &str) -> bool {
        let slot = match key {
            "quote" => &mut self.exact,
            "pre" => &mut self.prefix,
            "suf" => &mut self.suffix,
            _ => return false,
        };
        match percent_decode(value) {
            None => {
                self.problem.get_or_insert(QuoteProblem::BadEncoding);
            }
            Some(v) if v.chars().count() > MAX_QUOTE_CHARS => {
                self.problem.get_or_insert(QuoteProblem::TooLong);
            }
            Some(v) => *slot = Some(v),
        }
        true
    }

    /// The quote, if the fragment had one (`has_block`: whether it names a passage).
    pub fn finish(self, has_block: bool) -> Result<Option<TextQuoteSelector>, QuoteProblem> {
        if let Some(p) = self.problem {
            return Err(p);
        }
        let Some(exact) = self.exact else {
            return match self.prefix.is_some() || self.suffix.is_some() {
                true => Err(QuoteProblem::ContextOnly),
                false => Ok(None),
            };
        };
        if exact.is_empty() {
            return Err(QuoteProblem::Empty);
        }
        if !has_block {
            return Err(QuoteProblem::NoPassage);
        }
        Ok(Some(TextQuoteSelector {
            exact,
            prefix: self.prefix.unwrap_or_default(),
            suffix: self.suffix.unwrap_or_default(),
        }))
    }
}
