//! A small strict JSON reader (RFC 8259) for imported files and stored records: no trailing
//! commas, no comments, no duplicate member names, no lone surrogates, at most
//! [`MAX_DEPTH`] levels of nesting. Numbers are kept as written and read as integers where
//! the format wants them. It never panics: every byte is checked before it is used.

use std::fmt;

/// How deeply arrays and objects may nest (an export needs seven levels).
pub const MAX_DEPTH: usize = 32;

/// Objects with up to this many members are checked for repeated names member by member.
const SMALL_OBJECT: usize = 16;

const TWICE: &str = "a member name appears twice in one object";

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Value {
    Null,
    Bool(bool),
    /// A number as written (checked against the grammar).
    Number(String),
    String(String),
    Array(Vec<Value>),
    /// Members in the order written.
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The member `name` of an object.
    pub fn get(&self, name: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().find(|(n, _)| n == name).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// A whole number from 0 to `u64::MAX` written without fraction or exponent.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.parse().ok(),
            _ => None,
        }
    }

    /// The value itself, or the items of an array: JSON-LD allows one value or several.
    pub fn one_or_many(&self) -> &[Value] {
        match self {
            Value::Array(items) => items,
            v => std::slice::from_ref(v),
        }
    }

    /// True for a string equal to `name`, or an array holding one (a JSON-LD `type`).
    pub fn has_type(&self, name: &str) -> bool {
        self.one_or_many().iter().any(|t| t.as_str() == Some(name))
    }
}

/// Where and why a text is not JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// The line (from 1).
    pub line: usize,
    /// The column (from 1, in characters).
    pub column: usize,
    /// What was wrong.
    pub what: &'static str,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}, column {}: {}",
            self.line, self.column, self.what
        )
    }
}

/// Parses `text` as one JSON value (surrounding whitespace allowed).
pub(crate) fn parse(text: &str) -> Result<Value, SyntaxError> {
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        at: 0,
    };
    p.space();
    let v = p.value(0)?;
    p.space();
    if p.at < p.bytes.len() {
        return Err(p.error("text after the end of the JSON value"));
    }
    Ok(v)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn error(&self, what: &'static str) -> SyntaxError {
        let before = self.text.get(..self.at).unwrap_or(self.text);
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        SyntaxError { line, column, what }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn expect(&mut self, word: &'static str, what: &'static str) -> Result<(), SyntaxError> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(())
        } else {
            Err(self.error(what))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        match self.peek() {
            None => Err(self.error("the file ends where a value should be")),
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self
                .expect("true", "not a JSON value")
                .map(|_| Value::Bool(true)),
            Some(b'f') => self
                .expect("false", "not a JSON value")
                .map(|_| Value::Bool(false)),
            Some(b'n') => self.expect("null", "not a JSON value").map(|_| Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("not a JSON value")),
        }
    }

    fn nest(&self, depth: usize) -> Result<(), SyntaxError> {
        match depth > MAX_DEPTH {
            true => Err(self.error("nested too deeply")),
            false => Ok(()),
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        self.nest(depth)?;
        self.at += 1;
        let mut items = Vec::new();
        self.space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Value::Array(items));
        }
        loop {
            self.space();
            items.push(self.value(depth)?);
            self.space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.error("expected , or ] in an array")),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        self.nest(depth)?;
        self.at += 1;
        let mut members: Vec<(String, Value)> = Vec::new();
        self.space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Value::Object(members));
        }
        loop {
            self.space();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a member name in quotes"));
            }
            let start = self.at;
            let name = self.string()?;
            // Small objects (all of an export's) are checked as they are read; large ones
            // once, sorted, at their end, so a file of one huge object stays fast.
            if members.len() < SMALL_OBJECT && members.iter().any(|(n, _)| *n == name) {
                self.at = start;
                return Err(self.error(TWICE));
            }
            self.space();
            if self.peek() != Some(b':') {
                return Err(self.error("expected : after a member name"));
            }
            self.at += 1;
            self.space();
            let v = self.value(depth)?;
            members.push((name, v));
            self.space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    if members.len() > SMALL_OBJECT {
                        let mut names: Vec<&str> =
                            members.iter().map(|(n, _)| n.as_str()).collect();
                        names.sort_unstable();
                        if names.windows(2).any(|w| w[0] == w[1]) {
                            return Err(self.error(TWICE));
                        }
                    }
                    self.at += 1;
                    return Ok(Value::Object(members));
                }
                _ => return Err(self.error("expected , or } in an object")),
            }
        }
    }

    fn number(&mut self) -> Result<Value, SyntaxError> {
        let start = self.at;
        let digits = |p: &mut Parser| {
            let from = p.at;
            while matches!(p.peek(), Some(b'0'..=b'9')) {
                p.at += 1;
            }
            p.at - from
        };
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        let int_start = self.at;
        let n = digits(self);
        if n == 0 || (n > 1 && self.bytes[int_start] == b'0') {
            return Err(self.error("a malformed number"));
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if digits(self) == 0 {
                return Err(self.error("a malformed number"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if digits(self) == 0 {
                return Err(self.error("a malformed number"));
            }
        }
        // Only ASCII was consumed, so this is a char boundary.
        Ok(Value::Number(self.text[start..self.at].to_string()))
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.at += 1;
        let mut s = String::new();
        loop {
            let run = self.at;
            while matches!(self.peek(), Some(c) if c != b'"' && c != b'\\' && c >= 0x20) {
                self.at += 1;
            }
            // Stopped at an ASCII byte or the end: a char boundary.
            s.push_str(&self.text[run..self.at]);
            match self.peek() {
                None => return Err(self.error("the file ends inside a string")),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(s);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let c = self.escape()?;
                    s.push(c);
                }
                Some(_) => return Err(self.error("a control character inside a string")),
            }
        }
    }

    fn escape(&mut self) -> Result<char, SyntaxError> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.at += 1;
                let high = self.hex4()?;
                let code = match high {
                    0xD800..=0xDBFF => {
                        if !self.bytes[self.at..].starts_with(b"\\u") {
                            return Err(self.error("a lone surrogate in a \\u escape"));
                        }
                        self.at += 2;
                        let low = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return Err(self.error("a lone surrogate in a \\u escape"));
                        }
                        0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                    }
                    0xDC00..=0xDFFF => return Err(self.error("a lone surrogate in a \\u escape")),
                    c => c,
                };
                return char::from_u32(code).ok_or_else(|| self.error("a bad \\u escape"));
            }
            _ => return Err(self.error("an unknown escape in a string")),
        };
        self.at += 1;
        Ok(c)
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut n = 0;
        for _ in 0..4 {
            let d = self
                .peek()
                .and_then(|c| (c as char).to_digit(16))
                .ok_or_else(|| self.error("a bad \\u escape"))?;
            n = n * 16 + d;
            self.at += 1;
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_rfc_8259_allows() {
        let v =
            parse(r#" {"a": [1, -0.5e+3, true, null], "b": "x\u00e9\ud834\udd1e\n\"/"} "#).unwrap();
        assert_eq!(
            v.get("a"),
            Some(&Value::Array(vec![
                Value::Number("1".into()),
                Value::Number("-0.5e+3".into()),
                Value::Bool(true),
                Value::Null
            ]))
        );
        assert_eq!(v.get("b").and_then(Value::as_str), Some("xé𝄞\n\"/"));
        assert_eq!(parse("\"é ok\"").unwrap(), Value::String("é ok".into()));
    }

    #[test]
    fn refuses_what_it_does_not() {
        for (bad, what) in [
            ("", "the file ends where a value should be"),
            ("[1,]", "not a JSON value"),
            ("{\"a\":1,}", "expected a member name in quotes"),
            (
                "{\"a\":1,\"a\":2}",
                "a member name appears twice in one object",
            ),
            ("01", "a malformed number"),
            ("1.", "a malformed number"),
            ("\"\\ud800\"", "a lone surrogate in a \\u escape"),
            ("\"\\udc00\"", "a lone surrogate in a \\u escape"),
            ("\"a\nb\"", "a control character inside a string"),
            ("\"abc", "the file ends inside a string"),
            ("{} {}", "text after the end of the JSON value"),
            ("// no\n{}", "not a JSON value"),
            ("tru", "not a JSON value"),
        ] {
            assert_eq!(parse(bad).map_err(|e| e.what), Err(what), "{bad:?}");
        }
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert_eq!(parse(&deep).unwrap_err().what, "nested too deeply");
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&ok).is_ok());
        let wide: Vec<String> = (0..40).map(|i| format!("\"k{}\": {i}", i % 39)).collect();
        let wide = format!("{{{}}}", wide.join(","));
        assert_eq!(parse(&wide).unwrap_err().what, TWICE);
        let e = parse("{\n  \"a\": x\n}").unwrap_err();
        assert_eq!((e.line, e.column), (2, 8));
    }
}
