//! The Yew components, one per file.

pub mod app;
pub mod block_view;
pub mod document_body;
pub mod document_view;
pub mod endnotes;
pub mod footnote_popover;
pub mod match_nav;
pub mod note_ref;
pub mod notices;
pub mod overview;
pub mod pane;
pub mod related_marker;
pub mod result_item;
pub mod results_list;
pub mod search_box;
pub mod toc;
pub mod toolbar;
pub mod update_banner;
