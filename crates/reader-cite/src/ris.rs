//! RIS export: one `TAG  - value` line a field (two capitals or capital and digit, two spaces,
//! a hyphen, a space), `TY` first and `ER` last; lines end with `\n` (importers such as Zotero
//! and EndNote read it as well as `\r\n`). A value is one line: line breaks become spaces.
//!
//! Types: `NEWS` for news (the site in `T2`), `RPRT` for reports (the kind in `M3`), `ELEC`
//! otherwise. `PY` is the year, `DA` the date as `YYYY/MM/DD/` with missing parts empty,
//! `Y2` the access date, `N1` what the editors supplied.

use crate::date::two_digits;
use crate::{Kind, Link, Work};

/// The record.
pub(crate) fn record(work: &Work, link: &Link) -> String {
    let mut s = String::new();
    let ty = match work.kind {
        Kind::News => "NEWS",
        Kind::Report => "RPRT",
        Kind::WebPage => "ELEC",
    };
    line(&mut s, "TY", ty);
    for name in &work.authors {
        line(&mut s, "AU", &name.inverted());
    }
    line(&mut s, "TI", &work.shown_title());
    match work.kind {
        Kind::News => line(&mut s, "T2", &work.publisher),
        Kind::Report => line(&mut s, "M3", &work.kind_label),
        Kind::WebPage => {}
    }
    line(&mut s, "PB", &work.publisher);
    if let Some(d) = &work.date {
        line(&mut s, "PY", &d.year.to_string());
        let mut da = d.year.to_string();
        for part in [d.month, d.day] {
            da.push('/');
            if let Some(n) = part {
                two_digits(n, &mut da);
            }
        }
        da.push('/');
        line(&mut s, "DA", &da);
    }
    line(&mut s, "UR", link.url);
    line(&mut s, "Y2", &link.accessed.iso('/'));
    if let Some(note) = work.editors_note() {
        line(&mut s, "N1", note);
    }
    s.push_str("ER  - \n");
    s
}

/// `TAG  - value`, the value on one line.
fn line(s: &mut String, tag: &str, value: &str) {
    s.push_str(tag);
    s.push_str("  - ");
    for c in value.trim().chars() {
        s.push(if matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}') {
            ' '
        } else {
            c
        });
    }
    s.push('\n');
}
