//! The footnote popover: placed next to its marker and kept inside the viewport; Esc, a click
//! outside or the close button close it; focus moves in and returns to the marker.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions, EventListenerPhase};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::data::Data;
use crate::dom;
use crate::state::{Action, Dispatch, OpenNote};
use crate::view_helpers::marks::{marked_html, shared_ranges};
use crate::view_helpers::words::{first_words, PASSAGE_PREVIEW_WORDS};

/// The statement shown wherever a note's text would be.
pub const NOTE_TEXT_MISSING: &str =
    "The text of this endnote is not part of the source document; only the position of its reference was recovered.";

/// Element id of the popover.
pub const POPOVER_ID: &str = "note-popover";

/// Props.
#[derive(Properties, Clone, PartialEq)]
pub struct FootnotePopoverProps {
    /// Where the views send actions.
    pub dispatch: Dispatch,
    /// The documents.
    pub data: Rc<Data>,
    /// The open note.
    pub note: OpenNote,
}

/// A non-modal dialog holding a `doc-footnote`.
#[function_component(FootnotePopover)]
pub fn footnote_popover(props: &FootnotePopoverProps) -> Html {
    let send = props.dispatch.clone();
    let note = &props.note;
    let marker_id = reader_model::noteref_id(&note.doc, note.number);
    let related = props.data.alignment.note(&note.doc, note.number);
    let other_doc_title = props
        .data
        .library
        .documents
        .iter()
        .find(|d| d.id != note.doc)
        .map(|d| format!("{} {}", d.short_name, d.kind.to_ascii_lowercase()))
        .unwrap_or_default();
    let footnote = props
        .data
        .library
        .document(&note.doc)
        .and_then(|d| d.footnotes.iter().find(|f| f.number == note.number))
        .cloned();

    // Place next to the marker (CSSOM, so a strict CSP allows it) and keep it there when a pane
    // scrolls; move focus in; close on a click outside, or when Tab moves focus out (then focus
    // stays where the reader took it). Otherwise focus returns to the marker on close.
    {
        let marker_id = marker_id.clone();
        let preview = note.preview;
        let send = send.clone();
        use_effect_with((marker_id.clone(), preview), move |_| {
            place(&marker_id);
            if !preview {
                if let Some(el) = popover() {
                    let _ = el.focus();
                }
            }
            let marker_for_click = marker_id.clone();
            let return_focus = Rc::new(Cell::new(!preview));
            let on_scroll = dom::window().and_then(|w| w.document()).map(|doc| {
                let marker_id = marker_id.clone();
                let capture = EventListenerOptions {
                    phase: EventListenerPhase::Capture,
                    passive: true,
                };
                EventListener::new_with_options(&doc, "scroll", capture, move |_| place(&marker_id))
            });
            let on_focus_out = popover().map(|pop| {
                let (marker_id, send, return_focus) =
                    (marker_id.clone(), send.clone(), return_focus.clone());
                EventListener::new(&pop, "focusout", move |e| {
                    let next = e
                        .dyn_ref::<web_sys::FocusEvent>()
                        .and_then(|f| f.related_target())
                        .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
                    let Some(next) = next else { return };
                    if outside(&next, &marker_id) {
                        return_focus.set(false);
                        send.dispatch(Action::CloseNote);
                    }
                })
            });
            let on_down = dom::on_document("pointerdown", move |e: &web_sys::Event| {
                let target = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
                if target.is_none_or(|t| outside(&t, &marker_for_click)) {
                    send.dispatch(Action::CloseNote);
                }
            });
            move || {
                drop((on_down, on_scroll, on_focus_out));
                if return_focus.get() {
                    dom::focus(&marker_id);
                }
            }
        });
    }

    let close = {
        let send = send.clone();
        Callback::from(move |_: MouseEvent| {
            send.dispatch(Action::CloseNote);
        })
    };
    // Esc closes. Tab past the last control, or Shift+Tab before the first, closes too and puts
    // focus back on the marker, so reading goes on from there (the popover is not in the text's
    // tab order, being rendered at the end of the page).
    let onkeydown = {
        let send = send.clone();
        Callback::from(move |e: KeyboardEvent| {
            let leaving = e.key() == "Tab" && {
                let controls = popover().and_then(|p| p.query_selector_all("a[href], button").ok());
                let active = dom::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.active_element());
                let at = |i: u32| {
                    let c = controls.as_ref().and_then(|c| c.item(i));
                    active
                        .as_ref()
                        .zip(c)
                        .is_some_and(|(a, c)| a.is_same_node(Some(&c)))
                };
                let n = controls.as_ref().map(|c| c.length()).unwrap_or(0);
                let on_container = active.as_ref().is_some_and(|a| a.id() == POPOVER_ID);
                if e.shift_key() {
                    on_container || at(0)
                } else {
                    n == 0 || at(n - 1)
                }
            };
            if e.key() == "Escape" || leaving {
                e.prevent_default();
                e.stop_propagation();
                send.dispatch(Action::CloseNote);
            }
        })
    };
    let title_id = "note-popover-title";
    html! {
        <div id={POPOVER_ID} class="popover" data-preview={note.preview.then_some("")}
             role="dialog" aria-labelledby={title_id} tabindex="-1" {onkeydown}>
            <div role="doc-footnote" class="popover-body">
                <h2 id={title_id} class="popover-title">{format!("Note {}", note.number)}</h2>
                if let Some(f) = &footnote {
                    <p class="supports"><span class="label">{"Supports: "}</span><q>{&f.sentence}</q></p>
                    <p class="honest-note">{f.text.clone().unwrap_or_else(|| NOTE_TEXT_MISSING.to_string())}</p>
                } else {
                    <p>{"This note is not in the document."}</p>
                }
                if !related.is_empty() {
                    <h3 class="also-in">{format!("Also in the {}:", other_doc_title)}</h3>
                    <ul class="also-in-list">
                        { for related.iter().map(|r| {
                            let text = props.data.library.find_block(&r.block)
                                .map(|(d, i)| d.blocks[i].plain_text())
                                .unwrap_or_default();
                            let snippet = first_words(&text, PASSAGE_PREVIEW_WORDS);
                            let ranges = shared_ranges(&snippet, &r.shared);
                            let marked = marked_html(&snippet, 0, &ranges);
                            html! {
                                <li key={r.block.clone()}><a href={format!("#/{}", r.block)} data-related-note={r.block.clone()}>{marked}</a></li>
                            }
                        }) }
                    </ul>
                }
                <p class="popover-links">
                    <a href={format!("#/{}", reader_model::endnote_id(&note.doc, note.number))}>{"Go to the notes section"}</a>
                </p>
            </div>
            <button type="button" class="popover-close" aria-label="Close note" onclick={close}>{"×"}</button>
        </div>
    }
}

/// Whether `node` is neither in the popover nor in its marker (`marker_id`).
fn outside(node: &web_sys::Node, marker_id: &str) -> bool {
    let within = |el: Option<web_sys::Element>| el.is_some_and(|el| el.contains(Some(node)));
    !within(popover().map(Into::into)) && !within(dom::element(marker_id))
}

/// The popover's element, while it is open.
fn popover() -> Option<HtmlElement> {
    dom::element(POPOVER_ID).and_then(|e| e.dyn_into().ok())
}

/// Positions the popover below (or above) the marker, inside the viewport.
fn place(marker_id: &str) {
    let (Some(pop), Some(marker)) = (popover(), dom::element(marker_id)) else {
        return;
    };
    let (vw, vh) = dom::viewport();
    let m = marker.get_bounding_client_rect();
    let margin = 8.0;
    let width = pop.offset_width() as f64;
    let height = pop.offset_height() as f64;
    let left =
        (m.left() + m.width() / 2.0 - width / 2.0).clamp(margin, (vw - width - margin).max(margin));
    let below = m.bottom() + 6.0;
    let top = if below + height + margin <= vh || m.top() - height - 6.0 < margin {
        below.min((vh - height - margin).max(margin))
    } else {
        m.top() - height - 6.0
    };
    let style = pop.style();
    // Whole pixels as integers: no float formatting machinery in the WASM.
    let _ = style.set_property("left", &format!("{}px", left.round() as i32));
    let _ = style.set_property("top", &format!("{}px", top.round() as i32));
    // Shown once placed (CSSOM, not a class: a re-render must not hide it again).
    let _ = style.set_property("visibility", "visible");
    let _ = pop.set_attribute("data-placed", "");
}
