//! Query parsing: words, `"quoted phrases"`, `-exclusions`, limits.

use reader_text::{analyze, cut_chars, query_term, TokenKind, MAX_QUERY_CHARS};

/// Most words (clauses) in a query; more are cut.
pub const MAX_QUERY_WORDS: usize = 16;

/// What the search did to a query it could not take whole; the UI words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QueryNotice {
    /// Cut to `reader_text::MAX_QUERY_CHARS` characters.
    CutToChars,
    /// Cut to [`MAX_QUERY_WORDS`] words.
    CutToWords,
}

/// What one clause asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Spec {
    /// One term; `prefix` when it is the word being typed.
    Word { term: String, prefix: bool },
    /// Terms that must stand next to each other.
    Phrase(Vec<String>),
    /// A hyphenated word: the joined term or the parts as a phrase.
    Joined {
        joined: String,
        parts: Vec<String>,
        prefix: bool,
    },
    /// An acronym or its long form; `typed_acronym` says which the user wrote.
    Acronym {
        acronym: String,
        expansion: Vec<String>,
        typed_acronym: bool,
        prefix: bool,
    },
}

/// One clause of a query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Clause {
    pub spec: Spec,
    pub negated: bool,
}

/// A parsed query.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Parsed {
    pub clauses: Vec<Clause>,
    pub notice: Option<QueryNotice>,
}

const QUOTES: [char; 6] = ['"', '“', '”', '„', '«', '»'];

fn is_quote(c: char) -> bool {
    QUOTES.contains(&c)
}

fn ends_word(c: char) -> bool {
    c.is_whitespace() || is_quote(c)
}

/// `s` without its first character when that is a quote. (Helpers taking
/// `fn(char) -> bool` rather than `str` methods with a pattern: each pattern
/// type is its own copy of the searcher code in the WASM.)
fn strip_quote(s: &str) -> Option<&str> {
    let c = s.chars().next().filter(|&c| is_quote(c))?;
    Some(&s[c.len_utf8()..])
}

/// Parses a query; `aliases` are the acronyms learned at build time.
pub(crate) fn parse(query: &str, aliases: &[(String, Vec<String>)]) -> Parsed {
    let (query, cut) = cut_chars(query, MAX_QUERY_CHARS);
    let mut notice = cut.then_some(QueryNotice::CutToChars);
    let typing = !query.chars().next_back().is_some_and(char::is_whitespace);
    let mut clauses = Vec::new();
    let mut rest = query;
    loop {
        rest = rest.trim_start();
        let Some(first) = rest.chars().next() else {
            break;
        };
        let negated = first == '-' && rest[1..].chars().next().is_some_and(|c| !c.is_whitespace());
        if negated {
            rest = &rest[1..];
        }
        // A quoted phrase runs to the next quote (and the quote goes), a word
        // to the next space or quote.
        let quoted = strip_quote(rest);
        let (inner, stop): (&str, fn(char) -> bool) = match quoted {
            Some(inner) => (inner, is_quote),
            None => (rest, ends_word),
        };
        let end = inner.find(stop).unwrap_or(inner.len());
        let text = &inner[..end];
        rest = &inner[end..];
        if quoted.is_some() {
            rest = strip_quote(rest).unwrap_or("");
        }
        push_item(&mut clauses, text, quoted.is_some(), negated);
    }
    if clauses.len() > MAX_QUERY_WORDS {
        clauses.truncate(MAX_QUERY_WORDS);
        notice = Some(QueryNotice::CutToWords);
    } else if typing {
        if let Some(Clause {
            spec: Spec::Word { prefix, .. } | Spec::Joined { prefix, .. },
            negated: false,
        }) = clauses.last_mut()
        {
            *prefix = true;
        }
    }
    apply_aliases(&mut clauses, aliases);
    Parsed { clauses, notice }
}

/// The clauses for one item of the query (a word or a quoted phrase). An unquoted item that
/// analysis splits into several words with other characters between them ("Minsk/Moscow",
/// "<b>Minsk</b>") gives one clause per word, not a phrase: only quotes ask for adjacency.
/// The clauses are pushed straight onto `clauses` (no list per item).
fn push_item(clauses: &mut Vec<Clause>, text: &str, quoted: bool, negated: bool) {
    let mut push = |spec| clauses.push(Clause { spec, negated });
    match item_spec(text, quoted) {
        Some(Spec::Phrase(parts)) if !quoted => {
            for term in parts {
                push(Spec::Word {
                    term,
                    prefix: false,
                });
            }
        }
        Some(spec) => push(spec),
        None => {}
    }
}

/// The clause for one item of the query (a word or a quoted phrase).
fn item_spec(text: &str, quoted: bool) -> Option<Spec> {
    // One pass moving the terms out (no filtered copies).
    let (mut parts, mut joined) = (Vec::new(), Vec::new());
    for t in analyze(text) {
        match t.kind {
            TokenKind::Joined => joined.push(t.term),
            // A word with Belarusian or Polish Latin letters keeps them for the reading.
            TokenKind::Word => parts.push(query_term(&text[t.range], t.term)),
            TokenKind::Number => parts.push(t.term),
        }
    }
    match (parts.len(), joined.len()) {
        (0, _) => None,
        (1, _) => Some(Spec::Word {
            term: parts.pop()?,
            prefix: false,
        }),
        (_, 1) if !quoted => Some(Spec::Joined {
            joined: joined.pop()?,
            parts,
            prefix: false,
        }),
        _ => Some(Spec::Phrase(parts)),
    }
}

/// The term and prefix flag of a clause that is a plain word, not negated.
fn word(c: &Clause) -> Option<(&str, bool)> {
    match (&c.spec, c.negated) {
        (Spec::Word { term, prefix }, false) => Some((term, *prefix)),
        _ => None,
    }
}

/// Rewrites acronyms and their long forms into [`Spec::Acronym`] clauses.
fn apply_aliases(clauses: &mut Vec<Clause>, aliases: &[(String, Vec<String>)]) {
    let mut i = 0;
    while i < clauses.len() {
        for (acronym, expansion) in aliases {
            let n = expansion.len();
            let long_form = i + n <= clauses.len()
                && clauses[i..i + n]
                    .iter()
                    .zip(expansion)
                    .all(|(c, e)| word(c).is_some_and(|(t, _)| t == e));
            if long_form {
                let prefix = word(&clauses[i + n - 1]).is_some_and(|(_, p)| p);
                let spec = Spec::Acronym {
                    acronym: acronym.clone(),
                    expansion: expansion.clone(),
                    typed_acronym: false,
                    prefix,
                };
                // The first word becomes the clause (it is not negated), the others go.
                clauses[i].spec = spec;
                clauses.drain(i + 1..i + n);
                break;
            }
            if let Some((_, prefix)) = word(&clauses[i]).filter(|(t, _)| t == acronym) {
                let spec = Spec::Acronym {
                    acronym: acronym.clone(),
                    expansion: expansion.clone(),
                    typed_acronym: true,
                    prefix,
                };
                clauses[i].spec = spec;
                break;
            }
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(t: &str, prefix: bool) -> Spec {
        Spec::Word {
            term: t.into(),
            prefix,
        }
    }

    #[test]
    fn parses_items() {
        let p = parse("Moscow’s \"Union State\" -Crimea cease-fire", &[]);
        let specs: Vec<(Spec, bool)> = p.clauses.into_iter().map(|c| (c.spec, c.negated)).collect();
        assert_eq!(
            specs,
            [
                (word("moscow", false), false),
                (Spec::Phrase(vec!["union".into(), "state".into()]), false),
                (word("crimea", false), true),
                (
                    Spec::Joined {
                        joined: "ceasefire".into(),
                        parts: vec!["cease".into(), "fire".into()],
                        prefix: true
                    },
                    false
                ),
            ]
        );
    }

    #[test]
    fn only_quotes_ask_for_adjacency() {
        let specs: Vec<Spec> = parse("<b>Minsk</b> Minsk/Moscow ", &[])
            .clauses
            .into_iter()
            .map(|c| c.spec)
            .collect();
        let words = ["b", "minsk", "b", "minsk", "moscow"].map(|t| word(t, false));
        assert_eq!(specs, words);
        let quoted: Vec<Spec> = parse("\"Minsk/Moscow\"", &[])
            .clauses
            .into_iter()
            .map(|c| c.spec)
            .collect();
        assert_eq!(
            quoted,
            [Spec::Phrase(vec!["minsk".into(), "moscow".into()])]
        );
    }

    #[test]
    fn limits() {
        let long = "word ".repeat(100);
        let p = parse(&long, &[]);
        assert_eq!(p.clauses.len(), MAX_QUERY_WORDS);
        assert_eq!(p.notice, Some(QueryNotice::CutToWords));
        let p = parse(&"x".repeat(1000), &[]);
        assert_eq!(p.notice, Some(QueryNotice::CutToChars));
        assert!(parse(" ?! -- \"\" - ", &[]).clauses.is_empty());
    }

    #[test]
    fn aliases_both_ways() {
        let aliases = vec![(
            "csto".to_string(),
            vec!["collective".to_string(), "treaty".to_string()],
        )];
        let p = parse("the Collective Treaty ", &aliases);
        assert_eq!(p.clauses.len(), 2);
        assert!(matches!(
            &p.clauses[1].spec,
            Spec::Acronym {
                typed_acronym: false,
                ..
            }
        ));
        let p = parse("CSTO", &aliases);
        assert!(matches!(
            &p.clauses[0].spec,
            Spec::Acronym {
                typed_acronym: true,
                prefix: true,
                ..
            }
        ));
    }
}
