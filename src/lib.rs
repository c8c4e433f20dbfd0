//! Belarus Reader: the Yew app. Data flows one way: the documents and index embedded at build
//! time ([`data`]) -> the state reducer ([`state`]) -> the components ([`components`]), and
//! from the state to the rest of the page through the hooks ([`hooks`]).

pub mod components;
pub mod data;
pub mod dom;
pub mod embed;
pub mod hooks;
pub mod index_nodes;
pub mod linked_scroll;
pub mod note_popover;
pub mod offline;
pub mod panic_page;
pub mod result_nodes;
pub mod state;
pub mod view_helpers;

use components::app::{App, AppProps};

/// Loads the embedded data and mounts the app on `<body>`; shows an error page if the data
/// cannot be loaded, and installs the panic page.
pub fn start() {
    panic_page::install();
    // How long decoding the embedded documents and index takes, for the benchmarks.
    match timed("data-load-us", data::Data::load) {
        Ok(data) => {
            // The search index's per-passage caches fill after the first paint (the first task
            // after the next animation frame), not before it and not during the first
            // keystrokes; its duration, like the decode's, goes to an attribute.
            let warm = data.clone();
            dom::after_next_paint(move || {
                timed("data-prepare-us", || warm.index.prepare(&warm.library));
            });
            yew::Renderer::<App>::with_props(AppProps { data }).render();
            offline::init();
            embed::init();
        }
        Err(e) => panic_page::show(&format!(
            "The reader's built-in documents could not be loaded ({}).",
            e.0
        )),
    }
}

/// Runs `f` and writes how long it took on `<html>` as attribute `attr`, in integer
/// microseconds (no float formatting machinery in the WASM), for the benchmarks.
fn timed<T>(attr: &str, f: impl FnOnce() -> T) -> T {
    let t0 = dom::now();
    let out = f();
    if let (Some(t0), Some(t1)) = (t0, dom::now()) {
        let micros = ((t1 - t0) * 1000.0).max(0.0) as u64;
        dom::set_root_attribute(attr, &micros.to_string());
    }
    out
}
