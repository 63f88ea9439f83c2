//! The widget's components, one per file; props are plain data and callbacks.

pub mod accordion;
pub mod search_box;
