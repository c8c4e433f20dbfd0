//! What the state does to the page after each render, each part only when its slice of the
//! state changed: the theme and text size on `<html>`, the address bar, scrolling to the passage
//! asked for, linked scrolling, and the timer that lets the documents' marks settle. One struct
//! synced by one effect hook rather than a hook per part: each effect hook is WASM code of its
//! own (five of them cost 1 KB gzip more than this, measured on the release build).

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use reader_route::View;

use crate::dom;
use crate::linked_scroll::LinkedScroll;
use crate::state::{Action, AppState, Dispatch, PaneContent, Theme};

/// How long typing must pause before the documents mark the new query's matches.
pub const MARKS_DELAY_MS: u32 = 150;

/// How long typing must pause before the address bar follows the query.
pub const URL_UPDATE_DELAY_MS: u32 = 250;

/// The page effects of the app, and the state slices they last followed.
#[derive(Default)]
pub struct PageEffects {
    theme: Option<(Theme, i8)>,
    url: Option<(String, Option<String>, View)>,
    /// The passage and view the address bar last showed (a change of either is a move).
    shown: Option<(Option<String>, View)>,
    url_timer: Option<Timeout>,
    scroll: Option<(Option<String>, u32, bool)>,
    linked: Option<(bool, [PaneContent; 2])>,
    linked_scroll: Option<LinkedScroll>,
    marks: Option<(usize, bool)>,
    marks_timer: Option<Timeout>,
}

/// Whether `now` differs from what `slot` last held (always, the first time); keeps `now`.
fn changed<T: PartialEq>(slot: &mut Option<T>, now: T) -> bool {
    if slot.as_ref() == Some(&now) {
        return false;
    }
    *slot = Some(now);
    true
}

impl PageEffects {
    /// Brings the page in step with `state` (after a render); `dispatch` is for the timers.
    pub fn sync(&mut self, state: &AppState, dispatch: &Dispatch) {
        let route = &state.route;
        // Theme and text size: attributes on <html> (CSS does the rest), remembered.
        if changed(&mut self.theme, (state.theme, state.text_size)) {
            let size = state.text_size.to_string();
            dom::set_root_attribute("data-theme", state.theme.as_str());
            dom::set_root_attribute("data-text-size", &size);
            dom::store("theme", state.theme.as_str());
            dom::store("text-size", &size);
        }

        // State -> URL: the canonical fragment. Opening a passage or changing the view adds a
        // history entry at once (Back undoes it); typing replaces the entry, and only once
        // typing pauses: `history.replaceState` costs milliseconds in Chromium, more than the
        // search and render together. Any newer state or navigation cancels a pending
        // replacement.
        let fragment = route.to_fragment();
        if changed(
            &mut self.url,
            (fragment.clone(), route.block.clone(), route.view.clone()),
        ) {
            self.url_timer = None;
            let (block, view) = (&route.block, &route.view);
            let shown = self
                .shown
                .get_or_insert_with(|| (block.clone(), view.clone()));
            let moved = (block.is_some() && *block != shown.0) || *view != shown.1;
            *shown = (block.clone(), view.clone());
            if needs_url_update(&fragment) {
                if moved {
                    dom::push_fragment(&fragment);
                } else {
                    self.url_timer = Some(Timeout::new(URL_UPDATE_DELAY_MS, move || {
                        if needs_url_update(&fragment) {
                            dom::replace_fragment(&fragment);
                        }
                    }));
                }
            }
        }

        // Scroll to the passage the reader asked for, flash it, and (after following a link)
        // move keyboard focus there, so Tab continues from the passage.
        if changed(
            &mut self.scroll,
            (
                route.block.clone(),
                state.scroll_serial,
                state.focus_on_scroll,
            ),
        ) {
            if let Some(b) = &route.block {
                dom::scroll_to_and_flash(b, state.focus_on_scroll);
            }
        }

        // Linked scrolling, while it is on and both panes show documents.
        let on = state.linked_scroll
            && matches!(route.view, View::Both)
            && state.panes.iter().all(|p| matches!(p, PaneContent::Doc(_)));
        if changed(&mut self.linked, (on, state.panes.clone())) {
            self.linked_scroll = None;
            if on {
                self.linked_scroll = LinkedScroll::start();
            }
        }

        // While the reader types, the documents' match marks wait until typing pauses (the
        // results list is the answer to a keystroke; re-marking a document is not): any newer
        // results cancel a pending settle. Keyed by the results' address: comparing the
        // results themselves costs more.
        let pending = !Rc::ptr_eq(&state.results, &state.marked);
        if changed(
            &mut self.marks,
            (Rc::as_ptr(&state.results) as usize, pending),
        ) {
            self.marks_timer = None;
            if pending {
                let dispatch = dispatch.clone();
                self.marks_timer = Some(Timeout::new(MARKS_DELAY_MS, move || {
                    dispatch.dispatch(Action::SettleMarks)
                }));
            }
        }
    }
}

fn needs_url_update(fragment: &str) -> bool {
    let current = dom::current_fragment();
    current != fragment && !(fragment == "#/" && current.is_empty())
}
