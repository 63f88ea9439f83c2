//! The widget's styles, as constructable stylesheets adopted by each shadow root.
//!
//! Adopted sheets need no `<style>` element, so a strict Content Security
//! Policy (`style-src 'self'`, no `'unsafe-inline'`) allows them, and host page
//! CSS cannot reach inside. The sheet is built once per page and shared.

use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, ShadowRoot};

/// One sheet per component, concatenated in this order.
const SHEETS: &[&str] = &[
    include_str!("styles/base.css"),
    include_str!("styles/search_box.css"),
    include_str!("styles/accordion.css"),
];

thread_local! {
    static SHEET: Result<CssStyleSheet, JsValue> = build();
}

fn build() -> Result<CssStyleSheet, JsValue> {
    let sheet = CssStyleSheet::new()?;
    sheet.replace_sync(&SHEETS.concat())?;
    Ok(sheet)
}

/// Adopts the widget's stylesheet into `root`.
pub fn adopt(root: &ShadowRoot) -> Result<(), JsValue> {
    let sheet = SHEET.with(|s| s.clone())?;
    root.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    Ok(())
}
