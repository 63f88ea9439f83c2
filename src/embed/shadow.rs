//! What an instance puts in its mount point's shadow root besides the app:
//! the root itself, a one-line message (loading, failure), and what the
//! reader did before the app was there (the lazy loader's stand-in field,
//! the prerendered search field).
//!
//! Not the stylesheet: the loader adopts it into each shadow root before
//! the wasm runs (the prerendered markup needs it at once), so the wasm
//! carries no CSS.

use compendium_ui::Lang;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlInputElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

/// The mount point's open shadow root (the loader's, attached with the
/// stylesheet; attached here if need be).
pub fn shadow_root(host: &Element) -> Result<ShadowRoot, JsValue> {
    // Open, so page scripts, tests and assistive extensions can reach inside.
    match host.shadow_root() {
        Some(root) => Ok(root),
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)),
    }
}

/// Replaces the lazy loader's stand-in search field (`www/loader.js`) by
/// the widget's own, now rendered: the text the reader typed and the focus
/// move over in one go, so no keystroke is lost. Returns the typed text.
pub fn take_over_stand_in(host: &Element) -> Option<String> {
    let root = host.shadow_root()?;
    let stand_in = root.query_selector("[data-stand-in]").ok()??;
    let old: HtmlInputElement = stand_in.query_selector("input").ok()??.dyn_into().ok()?;
    let focused = root.active_element().is_some_and(|a| a == **old);
    let typed = old.value();
    stand_in.remove();
    let new: HtmlInputElement = root
        .get_element_by_id(compendium_ui::SEARCH_INPUT_ID)?
        .dyn_into()
        .ok()?;
    new.set_value(&typed);
    if focused {
        let _ = new.focus();
    }
    (!typed.is_empty()).then_some(typed)
}

/// The text in the search field in `container`, if any: in a hydrated
/// widget, what the reader typed into the prerendered field before the app
/// was ready (hydration leaves the field's text alone).
pub fn typed_query(container: &Element) -> Option<String> {
    let selector = format!("#{}", compendium_ui::SEARCH_INPUT_ID);
    let field: HtmlInputElement = container.query_selector(&selector).ok()??.dyn_into().ok()?;
    Some(field.value()).filter(|typed| !typed.is_empty())
}

/// Replaces the shadow root's content by one line of text.
pub fn set_message(root: &ShadowRoot, class: &str, lang: Lang, text: &str) -> Result<(), JsValue> {
    let document = root.owner_document().ok_or("no document")?;
    let message = document.create_element("p")?;
    message.set_class_name(class);
    // In the interface's language and direction, whatever the page's (an
    // Arabic message in a left-to-right page).
    message.set_attribute("lang", lang.code())?;
    message.set_attribute("dir", lang.dir())?;
    message.set_text_content(Some(text));
    root.replace_children_with_node_1(&message);
    Ok(())
}

/// Shows a short readable failure in the mount point, keeping any fallback
/// HTML the page put inside it visible (through a `<slot>`).
pub fn show_failure(host: &Element, lang: Lang, text: &str) -> Result<(), JsValue> {
    let root = shadow_root(host)?;
    set_message(&root, "cw-failure", lang, text)?;
    if let Some(message) = root.first_element_child() {
        message.set_attribute("role", "alert")?;
    }
    let slot = root
        .owner_document()
        .ok_or("no document")?
        .create_element("slot")?;
    root.append_child(&slot)?;
    Ok(())
}
