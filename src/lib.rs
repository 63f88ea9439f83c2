//! compendium-widget: the compendium CTOC/COP/WG.4/2021/5 as a searchable theme
//! accordion that any web page embeds with one `<script>` tag.
//!
//! This crate is the browser half only: the Yew components and the embedding
//! layer (mount points, shadow roots, stylesheets, the JS-facing API). Data,
//! text normalisation and search live in `compendium-core`, which is tested
//! natively; the loader script that calls [`mount`] is `www/loader.js`.

mod api;
mod app;
mod components;
mod config;
mod data;
mod embed;
mod hooks;
mod i18n;
mod location;
mod panic;
mod state;
mod styles;

pub use api::search;
pub use embed::{mount, WidgetHandle};

#[cfg(test)]
mod tests;
