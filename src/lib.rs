//! Belarus Reader: the Yew app. Data flows one way: the documents and index embedded at build
//! time ([`data`]) -> the state reducer ([`state`]) -> the components ([`components`]).

pub mod components;
pub mod data;
pub mod dom;
pub mod panic_page;
pub mod state;

use components::app::{App, AppProps};

/// Loads the embedded data and mounts the app on `<body>`; shows an error page if the data
/// cannot be loaded, and installs the panic page.
pub fn start() {
    panic_page::install();
    match data::Data::load() {
        Ok(data) => {
            yew::Renderer::<App>::with_props(AppProps { data }).render();
        }
        Err(e) => panic_page::show(&format!(
            "The reader's built-in documents could not be loaded ({}).",
            e.0
        )),
    }
}
