//! compendium-ui: the widget's user interface as plain Rust — the Yew
//! components, the one reducer that holds an instance's state, the
//! configuration read from a mount point's attributes, deep links, the UI's
//! strings in each language and the stylesheet.
//!
//! It builds for the host as well as for wasm32, so `cargo test` covers its
//! logic in seconds and Yew's server renderer can render its components to
//! HTML. What only a browser page has — shadow roots, the custom element,
//! session storage, the URL, the clipboard, events for page scripts — is
//! not here: the app asks its host for those through one callback
//! ([`ToHost`]), and the embed layer (the `compendium-widget` crate) answers.
//! DOM calls that remain here (focus, scrolling, `beforematch`) run only in
//! event handlers and effects, never while rendering.

mod app;
pub mod catch_up;
pub mod command;
pub mod components;
pub mod config;
mod context;
pub mod hooks;
pub mod i18n;
pub mod link;
pub mod prerender;
pub mod sections;
mod shared;
pub mod start;
pub mod state;
pub mod styles;

pub use app::{App, AppProps, Searched, ToHost};
pub use command::Command;
pub use components::search_box::SEARCH_INPUT_ID;
pub use components::theme_section::HEADER_ID_PREFIX;
pub use config::{Config, Loading};
pub use i18n::Lang;
pub use link::Link;
pub use shared::SharedCompendium;
pub use start::Start;

#[cfg(test)]
mod render_tests;
#[cfg(test)]
mod test_support;
