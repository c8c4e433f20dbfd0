//! Writing a citation as plain text and as HTML at once: every piece goes to both, escaped for
//! HTML, italics and links only where the HTML has them.

use crate::Cited;

/// A citation being written.
#[derive(Default)]
pub(crate) struct Out {
    text: String,
    html: String,
}

impl Out {
    /// Plain words.
    pub fn put(&mut self, s: &str) {
        self.text.push_str(s);
        escape_html(s, &mut self.html);
    }

    /// Words in italics in the HTML (titles, where the style says so).
    pub fn italic(&mut self, s: &str) {
        self.text.push_str(s);
        self.html.push_str("<i>");
        escape_html(s, &mut self.html);
        self.html.push_str("</i>");
    }

    /// `shown` as a link to `url` in the HTML; a URL that is not http(s) or file is shown as
    /// text only, so a `javascript:` link cannot reach the page.
    pub fn link(&mut self, url: &str, shown: &str) {
        self.text.push_str(shown);
        if !is_web(url) {
            escape_html(shown, &mut self.html);
            return;
        }
        self.html.push_str("<a href=\"");
        escape_html(url, &mut self.html);
        self.html.push_str("\">");
        escape_html(shown, &mut self.html);
        self.html.push_str("</a>");
    }

    /// HTML markup around text written with the other methods (only this crate's own tags).
    pub fn tag(&mut self, markup: &str) {
        self.html.push_str(markup);
    }

    /// Text for the plain version only (e.g. a note number in brackets).
    pub fn text_only(&mut self, s: &str) {
        self.text.push_str(s);
    }

    /// The citation written.
    pub fn finish(self) -> Cited {
        Cited {
            text: self.text,
            html: self.html,
        }
    }
}

/// True for the URL schemes a citation links to.
fn is_web(url: &str) -> bool {
    ["https://", "http://", "file://"].iter().any(|s| {
        url.get(..s.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(s))
    })
}

/// Appends `s` to `out` with `& < > " '` escaped, safe in element text and in attributes.
///
/// ```
/// let mut out = String::new();
/// reader_cite::escape_html("<a href='x'>&\"", &mut out);
/// assert_eq!(out, "&lt;a href=&#39;x&#39;&gt;&amp;&quot;");
/// ```
pub fn escape_html(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}
