//! The Chicago Manual of Style, 17th edition, notes and bibliography system.
//!
//! - A news article on a website: Author, “Title,” *Site*, Date, URL (the site italic, as a
//!   periodical's name).
//! - A report: Author, *Title* (Publisher, Date), URL in the note; Author. *Title*.
//!   Publisher, Date. URL. in the bibliography. The edition names no place of publication, so
//!   none is given (none is invented).
//! - Anything else as web content: Author, “Title,” Publisher, Date, URL.
//! - A title supplied by the editors goes in square brackets without quotation marks or
//!   italics (a supplied, descriptive title), an inferred date in square brackets (Chicago
//!   brackets information supplied from outside the source), a missing one as "n.d.".
//! - Access date: Chicago asks for one for web content only when the source states no date of
//!   publication or revision; the edition's dates are inferred (the sources carry none), so it
//!   is given, before the URL.
//! - The note carries no number: notes are numbered where they are pasted.

use crate::out::Out;
use crate::parts::{self, TitleForm};
use crate::{Cited, Kind, Link, Work};

/// The note form: "Todd Prince, “Title,” *Site*, [September 2019], accessed …, URL."
pub(crate) fn note(work: &Work, link: &Link) -> Cited {
    let mut o = Out::default();
    let names: Vec<String> = work.authors.iter().map(|n| n.natural()).collect();
    let authors = match names.len() {
        0..=3 => parts::list(&names, "and", false),
        _ => names[0].clone() + " et al.",
    };
    if !authors.is_empty() {
        o.put(&authors);
        o.put(", ");
    }
    let date = parts::date(work, |d| d.chicago(), "n.d.");
    if work.kind == Kind::Report {
        parts::title(&mut o, work, TitleForm::Italic, "");
        o.put(" (");
        o.put(&work.publisher);
        o.put(", ");
        o.put(&date);
        o.put(")");
    } else {
        parts::title(&mut o, work, TitleForm::Quoted, ",");
        o.put(" ");
        container(&mut o, work);
        o.put(", ");
        o.put(&date);
    }
    if work.undated() {
        o.put(", accessed ");
        o.put(&link.accessed.chicago());
    }
    o.put(", ");
    o.link(link.url, link.url);
    o.put(".");
    o.finish()
}

/// The bibliography entry: "Prince, Todd. “Title.” *Site*, [September 2019]. Accessed …. URL."
pub(crate) fn bibliography(work: &Work, link: &Link) -> Cited {
    let mut o = Out::default();
    let mut names: Vec<String> = work.authors.iter().map(|n| n.natural()).collect();
    if let (Some(first), Some(name)) = (names.first_mut(), work.authors.first()) {
        *first = name.inverted();
    }
    if !names.is_empty() {
        o.put(&parts::list(&names, "and", true));
        o.put(". ");
    }
    let form = match work.kind {
        Kind::Report => TitleForm::Italic,
        _ => TitleForm::Quoted,
    };
    parts::title(&mut o, work, form, ".");
    o.put(" ");
    container(&mut o, work);
    o.put(", ");
    o.put(&parts::date(work, |d| d.chicago(), "n.d."));
    o.put(".");
    if work.undated() {
        o.put(" Accessed ");
        o.put(&link.accessed.chicago());
        o.put(".");
    }
    o.put(" ");
    o.link(link.url, link.url);
    o.put(".");
    o.finish()
}

/// The site of a news article (italic, as a periodical) or the publisher.
fn container(o: &mut Out, work: &Work) {
    match work.kind {
        Kind::News => o.italic(&work.publisher),
        _ => o.put(&work.publisher),
    }
}
