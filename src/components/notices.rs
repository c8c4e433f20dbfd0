//! Messages for the reader (bad links, cut queries), each dismissible.

use yew::prelude::*;

use crate::state::{Action, Dispatch, Notice};
use reader_search::{QueryNotice, MAX_QUERY_WORDS};
use reader_text::MAX_QUERY_CHARS;

/// A live region listing `notices`, oldest first. The app passes none until it has mounted:
/// the live region is in the page before its first message, so messages present at start-up
/// (a bad link) are announced. A view function, rendered by the app.
pub fn notices(send: &Dispatch, notices: &[Notice]) -> Html {
    html! {
        <div class="notices" role="status" aria-live="polite">
            { for notices.iter().enumerate().map(|(i, n)| {
                let send = send.clone();
                let onclick = Callback::from(move |_: MouseEvent| {
                    send.dispatch(Action::DismissNotice(i));
                });
                let text = notice_text(n);
                html! {
                    <p class="notice" key={format!("{i}-{text}")}>
                        <span>{text}</span>
                        <button type="button" class="notice-close" aria-label="Dismiss message" {onclick}>{"×"}</button>
                    </p>
                }
            }) }
        </div>
    }
}

/// What a notice says.
pub fn notice_text(notice: &Notice) -> String {
    match notice {
        Notice::Link(problem) => problem.to_string(),
        Notice::NoSuchDocument(doc) => {
            format!("There is no document “{doc}”; showing both documents.")
        }
        Notice::NoSuchFilter(doc) => format!(
            "There is no document “{doc}” to filter by; showing results from all documents."
        ),
        Notice::NoSuchPassage(block) => format!(
            "The passage “{}” is not in these documents; it may come from another edition.",
            clip(block, 60)
        ),
        Notice::NoSuchEntity(id) => format!(
            "The index of names has no entry “{}”; nothing is marked.",
            clip(id, 60)
        ),
        Notice::QueryCut => {
            format!("The search was too long and was cut to {MAX_QUERY_CHARS} characters.")
        }
    }
}

/// What the search says it cut from a query, in words.
pub fn query_notice_text(notice: QueryNotice) -> String {
    match notice {
        QueryNotice::CutToChars => {
            format!("The search was too long and was cut to {MAX_QUERY_CHARS} characters.")
        }
        QueryNotice::CutToWords => {
            format!("Only the first {MAX_QUERY_WORDS} words of the search are used.")
        }
    }
}

/// `s` cut to `max` characters, with "…" when cut.
fn clip(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_passage_ids_are_clipped() {
        let text = notice_text(&Notice::NoSuchPassage("x".repeat(100)));
        assert!(text.contains(&format!("“{}…”", "x".repeat(60))), "{text}");
        let short = notice_text(&Notice::NoSuchPassage("rferl-a".into()));
        assert!(short.contains("“rferl-a”"));
    }
}
