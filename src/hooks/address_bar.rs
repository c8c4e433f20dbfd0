//! State -> URL: the address bar shows the canonical fragment of the route.

use reader_route::{Route, View};

use super::debounce::Debounce;
use crate::dom;

/// How long typing must pause before the address bar follows the query.
pub const URL_UPDATE_DELAY_MS: u32 = 250;

/// The address bar's side of the page effects.
#[derive(Default)]
pub struct AddressBar {
    /// The fragment, passage and view last followed.
    url: Option<(String, Option<String>, View)>,
    /// The passage and view the address bar last showed (a change of either is a move).
    shown: Option<(Option<String>, View)>,
    update: Debounce,
}

impl AddressBar {
    /// Follows `route` (its canonical `fragment`). Opening a passage or changing the view adds
    /// a history entry at once (Back undoes it); typing replaces the entry, and only once typing
    /// pauses: `history.replaceState` is slow in Chromium, slower than a search and its render.
    /// Any newer state or navigation cancels a pending replacement.
    pub fn sync(&mut self, route: &Route, fragment: &str) {
        let now = (
            fragment.to_string(),
            route.block.clone(),
            route.view.clone(),
        );
        if self.url.as_ref() == Some(&now) {
            return;
        }
        self.url = Some(now);
        self.update.cancel();
        let (block, view) = (&route.block, &route.view);
        let shown = self
            .shown
            .get_or_insert_with(|| (block.clone(), view.clone()));
        let moved = (block.is_some() && *block != shown.0) || *view != shown.1;
        *shown = (block.clone(), view.clone());
        let fragment = fragment.to_string();
        if !moved {
            // Whether the address already says so is asked when the job runs: reading it is a
            // call into JavaScript, not made on every keystroke.
            self.update.request(URL_UPDATE_DELAY_MS, move || {
                if needs_update(&fragment) {
                    dom::replace_fragment(&fragment);
                }
            });
        } else if needs_update(&fragment) {
            dom::push_fragment(&fragment);
        }
    }
}

fn needs_update(fragment: &str) -> bool {
    let current = dom::current_fragment();
    current != fragment && !(fragment == "#/" && current.is_empty())
}
