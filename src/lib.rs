//! compendium-widget: the compendium CTOC/COP/WG.4/2021/5 as a searchable theme
//! accordion that any web page embeds with one `<script>` tag.
//!
//! This crate is the browser half: the embedding layer (mount points, the
//! registry of instances, shadow roots, hydrating the prerendered markup) and what it does for
//! the apps on the page (URL fragment, session storage, clipboard, events),
//! the bundled compendium, and the JS-facing API. The user interface is
//! `compendium-ui` and search is `compendium-core`, both tested natively;
//! the loader script that calls [`mount`] — and puts the stylesheet and the
//! prerendered first render into each shadow root before this runs — is
//! `www/loader.js`.
//!
//! Only this root and `embed` know the registry of instances; the other
//! modules (the page, the data, the search API, the panic hook)
//! know nothing of it.

mod api;
mod data;
mod embed;
mod from_js;
mod page;
mod panic;

pub use api::search;
pub use embed::{instances, mount, WidgetHandle};

#[cfg(test)]
mod tests;
