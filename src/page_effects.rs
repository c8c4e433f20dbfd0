//! What the state does to the page after each render, each part only when its slice of the
//! state changed: the theme and text size on `<html>`, the address bar, scrolling to the passage
//! asked for, linked scrolling, the timer that lets the documents' marks settle, the results
//! list's items, and keyboard focus on the first of the results "Show more" added. One struct
//! synced by one effect hook rather than a hook per part: each effect hook is WASM code of its
//! own (five of them cost 1.2 KB gzip more than this, measured on the release build).

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use reader_route::View;
use yew::UseReducerHandle;

use crate::components::result_item::ResultNodes;
use crate::components::results_list::result_items;
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
    url_update: Debounce,
    scroll: Option<(Option<String>, u32, bool)>,
    linked: Option<(bool, [PaneContent; 2])>,
    linked_scroll: Option<LinkedScroll>,
    marks: Option<(usize, bool)>,
    marks_settle: Debounce,
    results_limit: Option<usize>,
    /// The results list's items, and what they were made from (results, address, limit).
    pub results: ResultNodes,
    results_for: Option<(usize, String, usize)>,
}

/// Runs the latest of a burst of jobs once the requests pause: a request only replaces the
/// pending job, and no timer is cleared or set per request (each costs calls into JavaScript
/// and a closure, on every keystroke). The one timer, when it fires, waits once more if a newer
/// request came in meanwhile, so a job runs between one and two delays after the last request.
#[derive(Default)]
struct Debounce(Rc<RefCell<Pending>>);

#[derive(Default)]
struct Pending {
    job: Option<Box<dyn FnOnce()>>,
    /// A request came in since the timer was set.
    newer: bool,
    timer: Option<Timeout>,
}

impl Debounce {
    /// Runs `job` after `ms` without a newer request (which replaces it).
    fn request(&self, ms: u32, job: impl FnOnce() + 'static) {
        let mut p = self.0.borrow_mut();
        p.job = Some(Box::new(job));
        if p.timer.is_some() {
            p.newer = true;
        } else {
            p.timer = Some(Self::arm(&self.0, ms));
        }
    }

    fn arm(pending: &Rc<RefCell<Pending>>, ms: u32) -> Timeout {
        let pending = pending.clone();
        Timeout::new(ms, move || {
            let mut p = pending.borrow_mut();
            if std::mem::take(&mut p.newer) {
                p.timer = Some(Self::arm(&pending, ms));
                return;
            }
            p.timer = None;
            let job = p.job.take();
            drop(p);
            if let Some(job) = job {
                job();
            }
        })
    }

    /// Drops the pending job, if any (its timer may still fire, and finds nothing to do).
    fn cancel(&self) {
        let mut p = self.0.borrow_mut();
        p.job = None;
        p.newer = false;
    }
}

impl Drop for Debounce {
    fn drop(&mut self) {
        let mut p = self.0.borrow_mut();
        p.job = None;
        // The timer's callback holds the state: cancelling the timer ends that cycle.
        p.timer = None;
    }
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
    /// On the app's first render: fills the results list as soon as Yew's scheduler pauses,
    /// before the browser paints. Yew runs effects only after yielding to the browser once a
    /// run has taken its 16 ms slice, as the first render with both documents does, so the
    /// list filled by [`PageEffects::sync`] was painted a frame after the page (a shared
    /// search link's first result: 20 ms later over 10 cold loads). A task spawned now runs
    /// when the scheduler's run returns, before the paint; the effect then finds the list
    /// filled.
    pub fn fill_results_soon(effects: Rc<RefCell<PageEffects>>, state: UseReducerHandle<AppState>) {
        yew::platform::spawn_local(async move {
            sync_results(&mut effects.borrow_mut().results, true, &state);
        });
    }

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

        let fragment = route.to_fragment();

        // The results list's items: kept here by hand, not by Yew (see `result_item`), made
        // anew only when the results, the address or the limit changed.
        let results_changed = changed(
            &mut self.results_for,
            (
                Rc::as_ptr(&state.results) as usize,
                fragment.clone(),
                state.results_limit,
            ),
        );
        sync_results(&mut self.results, results_changed, state);

        // State -> URL: the canonical fragment. Opening a passage or changing the view adds a
        // history entry at once (Back undoes it); typing replaces the entry, and only once
        // typing pauses: `history.replaceState` costs milliseconds in Chromium, more than the
        // search and render together. Any newer state or navigation cancels a pending
        // replacement.
        if changed(
            &mut self.url,
            (fragment.clone(), route.block.clone(), route.view.clone()),
        ) {
            self.url_update.cancel();
            let (block, view) = (&route.block, &route.view);
            let shown = self
                .shown
                .get_or_insert_with(|| (block.clone(), view.clone()));
            let moved = (block.is_some() && *block != shown.0) || *view != shown.1;
            *shown = (block.clone(), view.clone());
            if !moved {
                // (Whether the address already says so is asked when the job runs: reading it
                // is a call into JavaScript, not made on every keystroke.)
                self.url_update.request(URL_UPDATE_DELAY_MS, move || {
                    if needs_url_update(&fragment) {
                        dom::replace_fragment(&fragment);
                    }
                });
            } else if needs_url_update(&fragment) {
                dom::push_fragment(&fragment);
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
        // results list is the answer to a keystroke; re-marking a document is not): newer
        // results replace a pending settle. Keyed by the results' address: comparing the
        // results themselves costs more.
        let pending = !Rc::ptr_eq(&state.results, &state.marked);
        if changed(
            &mut self.marks,
            (Rc::as_ptr(&state.results) as usize, pending),
        ) {
            if pending {
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
        let before = self.results_limit.replace(state.results_limit);
        if let Some(before) = before.filter(|b| state.results_limit > *b) {
            crate::components::results_list::focus_result(before);
        }
    }
}

/// Makes the results list show `state`'s results (`changed`: they may differ from last time).
fn sync_results(results: &mut ResultNodes, changed: bool, state: &AppState) {
    results.sync(changed, || {
        result_items(
            &state.data,
            &state.results,
            &state.route,
            state.results_limit,
        )
    });
}

fn needs_url_update(fragment: &str) -> bool {
    let current = dom::current_fragment();
    current != fragment && !(fragment == "#/" && current.is_empty())
}
