//! A footnote reference marker (`role="doc-noteref"`) that opens the footnote popover.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::dom;
use crate::state::{use_send, Action, OpenNote};

/// Props.
#[derive(Properties, Clone, PartialEq)]
pub struct NoteRefProps {
    /// Document id.
    pub doc: AttrValue,
    /// Note number.
    pub number: u16,
}

/// Milliseconds a fine pointer rests on a marker before the preview opens.
pub const HOVER_DELAY_MS: u32 = 350;

/// The marker: a link to the endnote that, when activated, opens the popover instead.
#[function_component(NoteRef)]
pub fn note_ref(props: &NoteRefProps) -> Html {
    let send = use_send();
    let hover = use_mut_ref(|| None::<Timeout>);
    let n = props.number;
    let doc = props.doc.to_string();
    let open = {
        let send = send.clone();
        let doc = doc.clone();
        move |preview: bool| {
            send(Action::OpenNote(OpenNote {
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
    let onmouseenter = {
        let hover: Rc<RefCell<Option<Timeout>>> = hover.clone();
        let open = open.clone();
        Callback::from(move |_: MouseEvent| {
            if dom::fine_pointer() {
                let open = open.clone();
                *hover.borrow_mut() = Some(Timeout::new(HOVER_DELAY_MS, move || open(true)));
            }
        })
    };
    let onmouseleave = {
        let hover = hover.clone();
        Callback::from(move |_: MouseEvent| {
            hover.borrow_mut().take();
            send(Action::ClosePreview(n));
        })
    };
    html! {
        <a class="noteref" role="doc-noteref" id={reader_model::noteref_id(&doc, n)}
           href={format!("#/{}", reader_model::endnote_id(&doc, n))}
           aria-label={format!("Note {n}")}
           {onclick} {onkeydown} {onmouseenter} {onmouseleave}>
            <sup>{n}</sup>
        </a>
    }
}
