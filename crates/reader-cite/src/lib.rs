//! Citations in Belarus Reader: references to a passage or a quote of one of the edition's
//! documents, made from the edition's own metadata only (the front matter's title, author,
//! publisher, kind and date, and whether the editors supplied the title or inferred the date).
//!
//! - [`cite`] writes a reference in one [`Style`]: Chicago 17th (note and bibliography entry),
//!   APA 7th, MLA 9th, as plain text and HTML ([`Cited`]); each style's module says which of
//!   its rules apply and how (supplied titles and inferred dates in square brackets, access
//!   dates only where the style asks for them: Chicago and MLA for undated web sources).
//! - [`bibtex`], [`ris`] and [`csl_json`] export the work for reference managers.
//! - [`copy_quote`] makes the "Copy quote" text: the quoted words, the citation, the link.
//!
//! The URL is the caller's: the passage's or the quote's link (`reader_route`). The access
//! date is the caller's too (today). Nothing else is added: no page numbers (the sources have
//! none), no place of publication, no invented URL. Titles are cited as the edition gives
//! them, not re-cased to a style's title or sentence case.
//!
//! ```
//! use reader_cite::{cite, Day, Link, Style, Work};
//!
//! let library = reader_content::library().unwrap();
//! let work = Work::from_document(library.document("heritage").unwrap()).unwrap();
//! let link = Link { url: "https://example.org/#/heritage-x", accessed: Day::parse_iso("2026-12-07").unwrap() };
//! let apa = cite(&work, Style::Apa, &link);
//! assert_eq!(
//!     apa.text,
//!     "Mrachek, A. ([2019]). [Belarus, Russia, and the United States]. The Heritage Foundation. \
//!      https://example.org/#/heritage-x"
//! );
//! assert!(apa.html.ends_with("<a href=\"https://example.org/#/heritage-x\">https://example.org/#/heritage-x</a>"));
//! ```

#![forbid(unsafe_code)]

mod apa;
mod bibtex;
mod chicago;
mod copy;
mod csl;
mod date;
mod mla;
mod out;
mod parts;
mod ris;
mod work;

use std::fmt;

pub use bibtex::escape as escape_bibtex;
pub use copy::copy_quote;
pub use csl::string as json_string;
pub use date::{Day, PubDate};
pub use out::escape_html;
pub use work::{Kind, Name, Work};

/// A citation style.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Style {
    /// Chicago 17th, notes and bibliography: the note.
    ChicagoNote,
    /// Chicago 17th, notes and bibliography: the bibliography entry.
    ChicagoBibliography,
    /// APA 7th: the reference list entry.
    Apa,
    /// MLA 9th: the works-cited entry.
    Mla,
}

impl Style {
    /// Every style, in the order a menu shows them.
    pub const ALL: [Style; 4] = [
        Style::ChicagoNote,
        Style::ChicagoBibliography,
        Style::Apa,
        Style::Mla,
    ];

    /// The style's name for a menu.
    ///
    /// ```
    /// assert_eq!(reader_cite::Style::Mla.name(), "MLA 9");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Style::ChicagoNote => "Chicago 17 (note)",
            Style::ChicagoBibliography => "Chicago 17 (bibliography)",
            Style::Apa => "APA 7",
            Style::Mla => "MLA 9",
        }
    }
}

/// A citation as plain text and as HTML (all text escaped; titles in `<i>` where the style
/// italicizes them; the URL as an `<a href>`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cited {
    /// Plain text.
    pub text: String,
    /// HTML, safe to insert as markup.
    pub html: String,
}

/// Where and when the work was read: the link cited and today's date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Link<'a> {
    /// The passage's or the quote's link.
    pub url: &'a str,
    /// The access date (today, from the caller), for the styles that ask for one.
    pub accessed: Day,
}

/// Why a citation cannot be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CiteError {
    /// The document has no title.
    NoTitle,
    /// The document's date is not in a form the styles can write.
    BadDate(String),
    /// The access date is not an ISO date (YYYY-MM-DD).
    BadAccessDate(String),
    /// The quoted range is empty or past the end of the passage (`len` characters).
    BadRange {
        /// The range's start.
        start: usize,
        /// The range's end.
        end: usize,
        /// The passage's length in characters.
        len: usize,
    },
}

impl fmt::Display for CiteError {
    /// ```
    /// let e = reader_cite::CiteError::BadDate("autumn".into());
    /// assert_eq!(e.to_string(), "The document's date “autumn” cannot be cited.");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CiteError::NoTitle => f.write_str("The document has no title to cite."),
            CiteError::BadDate(d) => write!(f, "The document's date “{d}” cannot be cited."),
            CiteError::BadAccessDate(d) => write!(f, "The access date “{d}” is not a date."),
            CiteError::BadRange { start, end, len } => write!(
                f,
                "The quote {start}..{end} is not a part of the passage ({len} characters)."
            ),
        }
    }
}

impl std::error::Error for CiteError {}

/// The reference to `work` at `link` in `style`.
///
/// ```
/// use reader_cite::{cite, Day, Link, Style, Work};
/// let library = reader_content::library().unwrap();
/// let work = Work::from_document(library.document("rferl").unwrap()).unwrap();
/// let link = Link { url: "https://example.org/", accessed: Day::parse_iso("2026-12-07").unwrap() };
/// assert!(cite(&work, Style::Mla, &link).text.ends_with("[Sept. 2019], example.org/. Accessed 7 Dec. 2026."));
/// ```
pub fn cite(work: &Work, style: Style, link: &Link) -> Cited {
    match style {
        Style::ChicagoNote => chicago::note(work, link),
        Style::ChicagoBibliography => chicago::bibliography(work, link),
        Style::Apa => apa::reference(work, link),
        Style::Mla => mla::works_cited(work, link),
    }
}

/// The BibTeX entry for `work` at `link`.
///
/// ```
/// # let library = reader_content::library().unwrap();
/// # let work = reader_cite::Work::from_document(library.document("rferl").unwrap()).unwrap();
/// # let link = reader_cite::Link { url: "https://example.org/", accessed: reader_cite::Day::parse_iso("2026-12-07").unwrap() };
/// assert!(reader_cite::bibtex(&work, &link).starts_with("@article{prince2019,\n  author = {Prince, Todd},\n"));
/// ```
pub fn bibtex(work: &Work, link: &Link) -> String {
    bibtex::entry(work, link)
}

/// The RIS record for `work` at `link`.
///
/// ```
/// # let library = reader_content::library().unwrap();
/// # let work = reader_cite::Work::from_document(library.document("rferl").unwrap()).unwrap();
/// # let link = reader_cite::Link { url: "https://example.org/", accessed: reader_cite::Day::parse_iso("2026-12-07").unwrap() };
/// assert!(reader_cite::ris(&work, &link).starts_with("TY  - NEWS\nAU  - Prince, Todd\n"));
/// ```
pub fn ris(work: &Work, link: &Link) -> String {
    ris::record(work, link)
}

/// The CSL-JSON item (an array of one) for `work` at `link`.
///
/// ```
/// # let library = reader_content::library().unwrap();
/// # let work = reader_cite::Work::from_document(library.document("rferl").unwrap()).unwrap();
/// # let link = reader_cite::Link { url: "https://example.org/", accessed: reader_cite::Day::parse_iso("2026-12-07").unwrap() };
/// assert!(reader_cite::csl_json(&work, &link).contains("\"issued\": {\"date-parts\": [[2019, 9]]}"));
/// ```
pub fn csl_json(work: &Work, link: &Link) -> String {
    csl::item(work, link)
}

/// The export key: the first author's family name in lowercase ASCII letters and the year
/// ("prince2019"), or the document id when there is neither.
pub(crate) fn key(work: &Work) -> String {
    let mut k: String = work
        .authors
        .first()
        .map(|n| {
            n.family
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
        })
        .unwrap_or_default()
        .to_ascii_lowercase();
    if let Some(d) = &work.date {
        k.push_str(&d.year.to_string());
    }
    if k.is_empty() || !k.starts_with(|c: char| c.is_ascii_alphabetic()) {
        k.insert_str(0, &work.id);
    }
    k
}
