//! The widget's components, one per file. Props are plain data (core types,
//! `Rc`s, `AttrValue`s) and callbacks — the one DOM link is a header's
//! `NodeRef`, for the arrow keys' focus; what an instance shares (language,
//! compendium, heading level, the way to its host) comes from the `Widget`
//! context.

pub mod accordion;
pub mod document_card;
pub mod empty_state;
pub mod filters;
pub mod highlighted;
pub mod live_region;
pub mod search_box;
pub mod theme_section;
