//! The widget's stylesheet (`compendium_ui::styles`) as one constructable
//! stylesheet, built once per page and adopted by each shadow root.
//!
//! Adopted sheets need no `<style>` element, so a strict Content Security
//! Policy (`style-src 'self'`, no `'unsafe-inline'`) allows them, and host page
//! CSS cannot reach inside.

use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, ShadowRoot};

thread_local! {
    static SHEET: Result<CssStyleSheet, JsValue> = build();
}

fn build() -> Result<CssStyleSheet, JsValue> {
    let sheet = CssStyleSheet::new()?;
    sheet.replace_sync(&compendium_ui::styles::stylesheet())?;
    Ok(sheet)
}

/// Adopts the widget's stylesheet into `root`.
pub fn adopt(root: &ShadowRoot) -> Result<(), JsValue> {
    let sheet = SHEET.with(|s| s.clone())?;
    root.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    Ok(())
}
