//! The views, one per file. Components are kept where a hook or a memo boundary pays for
//! itself: [`app::App`] (the state), [`document_body::DocumentBody`] and
//! [`block_view::BlockView`] (passages are not re-rendered while the reader types). The rest
//! are view functions taking plain data and the [`crate::state::Dispatch`]: each function
//! component is WASM code of its own. Helpers that several views use are in
//! [`crate::view_helpers`]; the results list's items and the footnote popover are not Yew's at
//! all ([`crate::result_nodes`], [`crate::note_popover`]).

pub mod app;
pub mod block_view;
pub mod document_body;
pub mod document_view;
pub mod endnotes;
pub mod entity_bar;
pub mod index_pane;
pub mod match_nav;
pub mod note_ref;
pub mod notices;
pub mod overview;
pub mod pane;
pub mod related_marker;
pub mod results_list;
pub mod search_box;
pub mod timeline;
pub mod toc;
pub mod toolbar;
pub mod update_banner;
