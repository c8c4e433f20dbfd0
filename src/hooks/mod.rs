//! What the app does to the page outside its own elements, as hooks the root component calls:
//!
//! - [`use_page_listeners`]: the page's event listeners (links, shortcuts, the search box's
//!   input, the address bar, the narrow-screen query, the update notice), for the app's lifetime;
//! - [`use_page_effects`]: after each render, what the state does to the page (preferences on
//!   `<html>`, the address bar, scrolling, linked scrolling, the marks' settle timer, the results
//!   list's items, focus after "Show more").
//!
//! Each is one Yew effect whose parts live in modules of their own ([`address_bar`],
//! [`debounce`], [`listeners`], [`page_effects`]), not one effect hook per part: each effect hook
//! is WASM code of its own, and the first visit's size budget has no room for that.

pub mod address_bar;
pub mod debounce;
pub mod listeners;
pub mod page_effects;

pub use listeners::use_page_listeners;
pub use page_effects::use_page_effects;
