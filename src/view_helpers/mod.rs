//! Helpers that several views share, kept out of the components so that no component imports
//! another's internals: marking text ([`marks`]), cutting text to words ([`words`]) and the
//! ids and focus moves that connect the search box and the results list ([`ids`]).

pub mod ids;
pub mod marks;
pub mod words;
