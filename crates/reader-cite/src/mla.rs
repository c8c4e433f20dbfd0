//! MLA Handbook, 9th edition.
//!
//! - An article on a news website: Author. “Title.” *Website*, Date, URL. (The site and the
//!   publisher are the same, so the publisher is not repeated.)
//! - A report: Author. *Title*. Publisher, Date, URL.
//! - Anything else as a web page: Author. “Title.” *Website*, Date, URL.
//! - Dates day month year, months of more than four letters abbreviated ("Sept. 2019"); an
//!   inferred date in square brackets (MLA brackets information not found in the source), no
//!   date when there is none.
//! - A title supplied by the editors in square brackets, neither quoted nor italic.
//! - The URL without "https://" (MLA's recommendation; the HTML link keeps it).
//! - Access date: optional in MLA but recommended when the source is undated, as the edition's
//!   sources are: "Accessed 7 Dec. 2026." at the end.

use crate::out::Out;
use crate::parts::{self, TitleForm};
use crate::{Cited, Kind, Link, Work};

/// The works-cited entry: "Prince, Todd. “Title.” *Site*, [Sept. 2019], URL. Accessed …."
pub(crate) fn works_cited(work: &Work, link: &Link) -> Cited {
    let mut o = Out::default();
    let authors = match work.authors.as_slice() {
        [] => String::new(),
        [one] => one.inverted(),
        [one, two] => parts::list(&[one.inverted(), two.natural()], "and", true),
        [one, ..] => one.inverted() + ", et al",
    };
    if !authors.is_empty() {
        o.put(&authors);
        o.put(". ");
    }
    if work.kind == Kind::Report {
        parts::title(&mut o, work, TitleForm::Italic, ".");
        o.put(" ");
        o.put(&work.publisher);
    } else {
        parts::title(&mut o, work, TitleForm::Quoted, ".");
        o.put(" ");
        o.italic(&work.publisher);
    }
    if work.date.is_some() {
        o.put(", ");
        o.put(&parts::date(work, |d| d.mla(), ""));
    }
    o.put(", ");
    let shown = ["https://", "http://"]
        .iter()
        .find_map(|s| link.url.strip_prefix(s))
        .unwrap_or(link.url);
    o.link(link.url, shown);
    o.put(".");
    if work.undated() {
        o.put(" Accessed ");
        o.put(&link.accessed.mla());
        o.put(".");
    }
    o.finish()
}
