//! Writing JSON by hand (no serde in the WASM): objects and arrays, pretty (two spaces, one
//! member a line, for exports people may read) or compact (for stored records). Strings go
//! through `reader_cite::json_string`, which also escapes `<`, `>` and `&`.

/// A JSON text being written.
pub(crate) struct Writer {
    s: String,
    pretty: bool,
    /// For each open array or object: whether it has no member yet.
    empty: Vec<bool>,
}

impl Writer {
    pub fn new(pretty: bool) -> Writer {
        Writer {
            s: String::new(),
            pretty,
            empty: Vec::new(),
        }
    }

    /// Starts an object (`{`) or array (`[`), as a member's value or an item.
    pub fn open(&mut self, bracket: char) {
        self.s.push(bracket);
        self.empty.push(true);
    }

    /// Ends the innermost object (`}`) or array (`]`).
    pub fn close(&mut self, bracket: char) {
        if self.empty.pop() == Some(false) {
            self.newline();
        }
        self.s.push(bracket);
    }

    /// Starts the next item of an array.
    pub fn item(&mut self) {
        if let Some(empty) = self.empty.last_mut() {
            let first = std::mem::replace(empty, false);
            if !first {
                self.s.push(',');
            }
        }
        self.newline();
    }

    /// Starts member `name` of an object; its value follows.
    pub fn key(&mut self, name: &str) {
        self.item();
        reader_cite::json_string(name, &mut self.s);
        self.s.push(':');
        if self.pretty {
            self.s.push(' ');
        }
    }

    /// A string value.
    pub fn string(&mut self, value: &str) {
        reader_cite::json_string(value, &mut self.s);
    }

    /// A number value.
    pub fn number(&mut self, value: u64) {
        self.s.push_str(&value.to_string());
    }

    /// A member with a string value.
    pub fn pair(&mut self, name: &str, value: &str) {
        self.key(name);
        self.string(value);
    }

    /// JSON written elsewhere (only this crate's own constants).
    pub fn raw(&mut self, json: &str) {
        self.s.push_str(json);
    }

    fn newline(&mut self) {
        if self.pretty {
            self.s.push('\n');
            for _ in 0..self.empty.len() {
                self.s.push_str("  ");
            }
        }
    }

    pub fn finish(mut self) -> String {
        if self.pretty {
            self.s.push('\n');
        }
        self.s
    }
}
