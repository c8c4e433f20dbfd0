//! What is cited: the edition's own metadata (front matter) read into the parts the styles
//! need, and what the editors supplied marked as such.

use reader_model::Document;

use crate::{CiteError, PubDate};

/// A person's name, split for "Family, Given" orders: the last word is the family name.
/// (Enough for the names the edition carries; particles such as "van" are not handled.)
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name {
    /// Given names ("Todd").
    pub given: String,
    /// Family name ("Prince").
    pub family: String,
}

impl Name {
    /// Splits a name as written ("Todd Prince").
    ///
    /// ```
    /// let n = reader_cite::Name::parse("Alexis Mrachek");
    /// assert_eq!((n.given.as_str(), n.family.as_str()), ("Alexis", "Mrachek"));
    /// assert_eq!(n.initials(), "A.");
    /// ```
    pub fn parse(full: &str) -> Name {
        let full = full.trim();
        match full.rsplit_once(' ') {
            Some((given, family)) => Name {
                given: given.trim().to_string(),
                family: family.to_string(),
            },
            None => Name {
                given: String::new(),
                family: full.to_string(),
            },
        }
    }

    /// "Todd Prince".
    pub(crate) fn natural(&self) -> String {
        join(&self.given, " ", &self.family)
    }

    /// "Prince, Todd".
    pub(crate) fn inverted(&self) -> String {
        join(&self.family, ", ", &self.given)
    }

    /// APA initials of the given names: "Todd Michael" gives "T. M.".
    pub fn initials(&self) -> String {
        let mut s = String::new();
        for word in self.given.split_whitespace() {
            if !s.is_empty() {
                s.push(' ');
            }
            s.extend(word.chars().next());
            s.push('.');
        }
        s
    }
}

fn join(a: &str, sep: &str, b: &str) -> String {
    let mut s = String::from(a);
    if !a.is_empty() && !b.is_empty() {
        s.push_str(sep);
    }
    s.push_str(b);
    s
}

/// What kind of work it is, as far as the styles tell kinds apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An article on a news website: the site is the container (`kind: News article`).
    News,
    /// A report or a section of one, published by an organization (`kind: Report…`).
    Report,
    /// Anything else: cited as a web page.
    WebPage,
}

/// A citable work: one document of the edition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Work {
    /// The document id, used as the export key when no author names one.
    pub id: String,
    /// The authors in order.
    pub authors: Vec<Name>,
    /// The title as the edition gives it (not re-cased: see the crate documentation).
    pub title: String,
    /// True when the editors supplied the title: the styles put it in square brackets.
    pub title_supplied: bool,
    /// The publisher (for news, also the website's name).
    pub publisher: String,
    /// The kind, for the styles.
    pub kind: Kind,
    /// The kind as the edition words it ("Report section"), for exports.
    pub kind_label: String,
    /// The date of publication, if the edition has one.
    pub date: Option<PubDate>,
    /// True when the date is inferred by the editors: the styles put it in square brackets,
    /// and it counts as undated for the styles that then want an access date.
    pub date_inferred: bool,
}

impl Work {
    /// Reads a document's metadata.
    ///
    /// ```
    /// let library = reader_content::library().unwrap();
    /// let work = reader_cite::Work::from_document(library.document("heritage").unwrap()).unwrap();
    /// assert_eq!(work.authors[0].family, "Mrachek");
    /// assert!(work.title_supplied && work.date_inferred);
    /// assert_eq!(work.kind, reader_cite::Kind::Report);
    /// ```
    pub fn from_document(doc: &Document) -> Result<Work, CiteError> {
        if doc.title.value.trim().is_empty() {
            return Err(CiteError::NoTitle);
        }
        let kind = match doc.kind.to_ascii_lowercase() {
            k if k.starts_with("news") => Kind::News,
            k if k.starts_with("report") => Kind::Report,
            _ => Kind::WebPage,
        };
        let date = match &doc.date {
            Some(d) => Some(PubDate::parse(&d.value)?),
            None => None,
        };
        Ok(Work {
            id: doc.id.clone(),
            authors: doc.authors.iter().map(|a| Name::parse(a)).collect(),
            title: doc.title.value.trim().to_string(),
            title_supplied: doc.title.editorial,
            publisher: doc.publisher.clone(),
            kind,
            kind_label: doc.kind.clone(),
            date,
            date_inferred: doc.date.as_ref().is_some_and(|d| d.editorial),
        })
    }

    /// True when the styles that ask for an access date for undated web sources (Chicago,
    /// MLA) should give one: the source itself states no date.
    pub fn undated(&self) -> bool {
        self.date.is_none() || self.date_inferred
    }

    /// The title as the styles show it, bracketed when supplied.
    pub(crate) fn shown_title(&self) -> String {
        bracketed(&self.title, self.title_supplied)
    }

    /// What the editors supplied, in one sentence for exports' notes, if anything.
    pub(crate) fn editors_note(&self) -> Option<&'static str> {
        match (self.title_supplied, self.date_inferred) {
            (true, true) => {
                Some("Title supplied and date inferred by the editors of this edition.")
            }
            (true, false) => Some("Title supplied by the editors of this edition."),
            (false, true) => Some("Date inferred by the editors of this edition."),
            (false, false) => None,
        }
    }
}

/// `s` in square brackets when `supplied`.
pub(crate) fn bracketed(s: &str, supplied: bool) -> String {
    if !supplied {
        return s.to_string();
    }
    let mut b = String::with_capacity(s.len() + 2);
    b.push('[');
    b.push_str(s);
    b.push(']');
    b
}
