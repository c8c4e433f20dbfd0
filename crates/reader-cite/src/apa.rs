//! APA Style, 7th edition.
//!
//! - An article on a news website: Author, A. (Date). *Title*. Site. URL (the article title
//!   italic and the site plain, as APA has it for news websites rather than newspapers).
//! - A report by an individual author: Author, A. (Date). *Title*. Publisher. URL
//! - Anything else as a web page: the same form as the report.
//! - Dates: (2019) or (2019, September); APA has no form for a date inferred from the content
//!   (it would say "n.d."), so the inferred date stands in square brackets inside the
//!   parentheses, as APA brackets other supplied information: ([2019, September]).
//! - A title supplied by the editors: in square brackets, not italic (APA's form for a
//!   description standing in for a title).
//! - No access date: APA wants a retrieval date only for content designed to change over time.
//! - No period after the URL.
//! - Titles are given as the edition has them; APA's sentence case is not applied (it would
//!   need to know which words are proper nouns).

use crate::out::Out;
use crate::parts::{self, TitleForm};
use crate::{Cited, Link, Work};

/// The reference list entry: "Prince, T. ([2019, September]). *Title*. Site. URL"
pub(crate) fn reference(work: &Work, link: &Link) -> Cited {
    let mut o = Out::default();
    let names: Vec<String> = work
        .authors
        .iter()
        .map(|n| {
            let mut s = n.family.clone();
            let initials = n.initials();
            if !initials.is_empty() {
                s.push_str(", ");
                s.push_str(&initials);
            }
            s
        })
        .collect();
    let date = parts::date(work, |d| d.apa(), "n.d.");
    if names.is_empty() {
        parts::title(&mut o, work, TitleForm::Italic, ".");
        o.put(" (");
        o.put(&date);
        o.put(").");
    } else {
        // APA separates every author with a comma, "&" before the last.
        o.put(&parts::list(&names, "&", true));
        o.put(" (");
        o.put(&date);
        o.put("). ");
        parts::title(&mut o, work, TitleForm::Italic, ".");
    }
    o.put(" ");
    o.put(&work.publisher);
    o.put(". ");
    o.link(link.url, link.url);
    o.finish()
}
