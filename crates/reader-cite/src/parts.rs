//! Pieces every style writes its own way: the title (quoted, italic, or bracketed when the
//! editors supplied it) and the date (bracketed when inferred).

use crate::out::Out;
use crate::work::bracketed;
use crate::{PubDate, Work};

/// How a style sets a title.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum TitleForm {
    /// In quotation marks (a part of a larger work: an article, a web page).
    Quoted,
    /// In italics (a work on its own: a report, a book).
    Italic,
}

/// Writes the title then `punct` ("," or "."): inside the closing quotation mark for quoted
/// titles (American usage, as Chicago, APA and MLA have it), after it otherwise, and not at
/// all after a title ending in "?" or "!". A title the editors supplied is neither quoted nor
/// italic but in square brackets: it is a description, not the work's own title.
pub(crate) fn title(o: &mut Out, work: &Work, form: TitleForm, punct: &str) {
    let punct = if work.title.ends_with(['?', '!']) {
        ""
    } else {
        punct
    };
    if work.title_supplied {
        o.put(&work.shown_title());
        o.put(punct);
        return;
    }
    match form {
        TitleForm::Quoted => {
            o.put("“");
            o.put(&work.title);
            o.put(punct);
            o.put("”");
        }
        TitleForm::Italic => {
            o.italic(&work.title);
            o.put(punct);
        }
    }
}

/// The date as `style` writes it, bracketed when inferred; `none` when there is no date.
pub(crate) fn date(work: &Work, style: fn(&PubDate) -> String, none: &str) -> String {
    match &work.date {
        Some(d) => bracketed(&style(d), work.date_inferred),
        None => none.to_string(),
    }
}

/// Names joined as in running text: "A", "A and B", "A, B, and C" (serial comma), with
/// `and` ("and" or "&") before the last; `inverted` when the first name is "Family, Given",
/// which takes a comma before `and` also with two names ("Prince, Todd, and Jane Doe").
pub(crate) fn list(names: &[String], and: &str, inverted: bool) -> String {
    let mut s = String::new();
    for (i, n) in names.iter().enumerate() {
        if i > 0 {
            if names.len() > 2 || inverted {
                s.push(',');
            }
            s.push(' ');
            if i == names.len() - 1 {
                s.push_str(and);
                s.push(' ');
            }
        }
        s.push_str(n);
    }
    s
}
