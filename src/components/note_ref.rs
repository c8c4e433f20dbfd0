//! A footnote reference marker (`role="doc-noteref"`) that opens the footnote popover.

use std::cell::RefCell;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::dom;
use crate::state::{Action, Dispatch, OpenNote};

/// Milliseconds a fine pointer rests on a marker before the preview opens.
pub const HOVER_DELAY_MS: u32 = 350;

thread_local! {
    /// The pending hover preview: one pointer rests on at most one marker at a time, and
    /// leaving a marker cancels it.
    static HOVER: RefCell<Option<Timeout>> = const { RefCell::new(None) };
}

/// The marker of note `n` of document `doc`: a link to the endnote that, when activated, opens
/// the popover instead. A view function (no state of its own), rendered by its passage.
pub fn note_ref(send: &Dispatch, doc: &str, n: u16) -> Html {
    let open = {
        let send = send.clone();
        let doc = doc.to_string();
        move |preview: bool| {
            send.dispatch(Action::OpenNote(OpenNote {
                doc: doc.clone(),
                number: n,
                preview,
            }))
        }
    };
    let onclick = {
        let open = open.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            open(false);
        })
    };
    let onkeydown = {
        let open = open.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == " " || e.key() == "Spacebar" {
                e.prevent_default();
                open(false);
            }
        })
    };
    let marker = reader_model::noteref_id(doc, n);
    let onmouseenter = Callback::from(move |_: MouseEvent| {
        if dom::fine_pointer() {
            let (open, marker) = (open.clone(), marker.clone());
            let timer = Timeout::new(HOVER_DELAY_MS, move || {
                HOVER.with(|h| h.borrow_mut().take());
                // The marker may have left the page meanwhile (with no mouseleave).
                if dom::element(&marker).is_some() {
                    open(true);
                }
            });
            HOVER.with(|h| *h.borrow_mut() = Some(timer));
        }
    });
    let onmouseleave = {
        let send = send.clone();
        Callback::from(move |_: MouseEvent| {
            HOVER.with(|h| h.borrow_mut().take());
            send.dispatch(Action::ClosePreview(n));
        })
    };
    html! {
        <a class="noteref" role="doc-noteref" id={reader_model::noteref_id(doc, n)}
           href={format!("#/{}", reader_model::endnote_id(doc, n))}
           aria-label={format!("Note {n}")}
           {onclick} {onkeydown} {onmouseenter} {onmouseleave}>
            <sup>{n}</sup>
        </a>
    }
}
