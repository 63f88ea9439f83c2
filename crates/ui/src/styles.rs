//! The widget's stylesheet: one sheet per component, kept beside the
//! components that use its classes, served as one text.
//!
//! Not how it reaches the page: the embed layer adopts it into each shadow
//! root as a constructable stylesheet (allowed by a strict `style-src`).

/// The sheets, in cascade order.
const SHEETS: &[&str] = &[
    include_str!("styles/base.css"),
    include_str!("styles/search_box.css"),
    include_str!("styles/accordion.css"),
];

/// The whole stylesheet.
pub fn stylesheet() -> String {
    SHEETS.concat()
}
