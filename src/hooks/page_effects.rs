//! What the state does to the page after each render, each part only when its slice of the
//! state changed.

use std::cell::RefCell;
use std::rc::Rc;

use reader_route::View;
use yew::prelude::*;

use super::address_bar::AddressBar;
use super::debounce::Debounce;
use crate::index_nodes::IndexNodes;
use crate::linked_scroll::LinkedScroll;
use crate::note_popover::NotePopover;
use crate::result_nodes::{result_items, ResultNodes};
use crate::state::{Action, AppState, Dispatch, PaneContent, Preferences};
use crate::view_helpers::ids::focus_result;

/// How long typing must pause before the documents mark the new query's matches.
pub const MARKS_DELAY_MS: u32 = 150;

/// The page effects of the app, and the state slices they last followed.
#[derive(Default)]
struct PageEffects {
    prefs: Option<Preferences>,
    address_bar: AddressBar,
    scroll: Option<(Option<String>, u32, bool)>,
    linked: Option<(bool, [PaneContent; 2])>,
    linked_scroll: Option<LinkedScroll>,
    marks: Option<(usize, bool)>,
    marks_settle: Debounce,
    results_limit: Option<usize>,
    results: ResultNodes,
    index: IndexNodes,
    /// What the results list's items were made from (results, address, limit).
    results_for: Option<(usize, String, usize)>,
    popover: NotePopover,
}

/// Whether `now` differs from what `slot` last held (always, the first time); keeps `now`.
fn changed<T: PartialEq>(slot: &mut Option<T>, now: T) -> bool {
    if slot.as_ref() == Some(&now) {
        return false;
    }
    *slot = Some(now);
    true
}

/// Keeps the page in step with `state` after each render; gives the `ref` of the results
/// list's `<ol>`, whose items it keeps ([`crate::result_nodes`]).
#[hook]
pub fn use_page_effects(state: &UseReducerHandle<AppState>) -> NodeRef {
    let effects = use_mut_ref(PageEffects::default);
    let list = effects.borrow().results.list.clone();
    if !state.mounted {
        fill_results_soon(effects.clone(), state.clone());
    }
    let state = state.clone();
    use_effect(move || {
        let dispatch = state.dispatcher();
        effects.borrow_mut().sync(&state, &dispatch)
    });
    list
}

/// On the app's first render: fills the results list as soon as Yew's scheduler pauses,
/// before the browser paints. Yew runs effects only after yielding to the browser once a run
/// has taken its time slice, as the first render with both documents does, so a list filled
/// by the effect would be painted a frame after the page. A task spawned now runs when the
/// scheduler's run returns, before the paint; the effect then finds the list filled.
fn fill_results_soon(effects: Rc<RefCell<PageEffects>>, state: UseReducerHandle<AppState>) {
    yew::platform::spawn_local(async move {
        sync_results(&mut effects.borrow_mut().results, true, &state);
    });
}

impl PageEffects {
    /// Brings the page in step with `state` (after a render); `dispatch` is for the timers.
    fn sync(&mut self, state: &AppState, dispatch: &Dispatch) {
        let route = &state.route;
        // The footnote popover first: closing it may return focus to its marker, before a
        // passage the reader opened from it takes focus below.
        self.popover.sync(&state.data, state.open_note.as_ref());
        if changed(&mut self.prefs, state.prefs) {
            state.prefs.apply();
        }

        let fragment = route.to_fragment();

        // The results list's items, made anew only when the results, the address or the limit
        // changed. Keyed by the results' address: comparing the results themselves costs more.
        let results_changed = changed(
            &mut self.results_for,
            (
                Rc::as_ptr(&state.search.results) as usize,
                fragment.clone(),
                state.search.limit,
            ),
        );
        sync_results(&mut self.results, results_changed, state);

        self.address_bar.sync(route, &fragment);

        // The index of names' entries, when a pane shows it.
        self.index.sync(state);

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
                crate::dom::scroll_to_and_flash(b, state.focus_on_scroll);
            }
        }

        // Linked scrolling, while it is on and both panes show documents.
        let panes = &state.layout.panes;
        let on = state.linked_scroll
            && matches!(route.view, View::Both)
            && panes.iter().all(|p| matches!(p, PaneContent::Doc(_)));
        if changed(&mut self.linked, (on, panes.clone())) {
            self.linked_scroll = None;
            if on {
                self.linked_scroll = LinkedScroll::start();
            }
        }

        // While the reader types, the documents' match marks wait until typing pauses (the
        // results list is the answer to a keystroke; re-marking a document is not): newer
        // results replace a pending settle.
        let typing = state.search.typing;
        if changed(
            &mut self.marks,
            (Rc::as_ptr(&state.search.results) as usize, typing),
        ) {
            if typing {
                let dispatch = dispatch.clone();
                self.marks_settle.request(MARKS_DELAY_MS, move || {
                    dispatch.dispatch(Action::SettleMarks)
                });
            } else {
                self.marks_settle.cancel();
            }
        }

        // "Show more" raised the limit: keyboard focus moves to the first result it added (the
        // list has rendered: effects run after the whole tree's).
        let limit = state.search.limit;
        if let Some(before) = self.results_limit.replace(limit).filter(|b| limit > *b) {
            focus_result(before);
        }
    }
}

/// Makes the results list show `state`'s results (`changed`: they may differ from last time).
fn sync_results(results: &mut ResultNodes, changed: bool, state: &AppState) {
    results.sync(changed, || {
        result_items(
            &state.data,
            &state.search.results,
            &state.route,
            state.search.limit,
        )
    });
}
