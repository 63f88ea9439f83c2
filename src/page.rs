//! What an instance reads from and writes to the page around it: the URL
//! fragment (deep links), the session storage (open sections), the
//! clipboard, the `compendium-search` event, the console. Every call here
//! may find the page without one of them (storage disabled, clipboard absent
//! on plain http) and then does nothing rather than fail.
//!
//! Not here: the format of a deep link (`compendium_ui::link`, plain text).

use compendium_ui::link::{parse_link, with_link};
use compendium_ui::{config::theme_ids, Link, Searched};
use wasm_bindgen::JsValue;
use web_sys::Element;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// A warning for the page owner, in the console.
pub fn warn(text: &str) {
    web_sys::console::warn_1(&format!("compendium-widget: {text}").into());
}

/// The current page's deep link for `instance`.
pub fn current_link(instance: &str) -> Link {
    let hash = window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    parse_link(&hash, instance)
}

/// Replaces the page URL's fragment (no new history entry: typing must not
/// fill the back button; the page's `history.state` is kept).
pub fn write_link(instance: &str, link: &Link) -> Result<(), JsValue> {
    let Some(window) = window() else {
        return Ok(());
    };
    let hash = window.location().hash()?;
    let fragment = with_link(&hash, instance, link);
    if fragment == hash.trim_start_matches('#') {
        return Ok(());
    }
    let location = window.location();
    let url = format!("{}{}#{fragment}", location.pathname()?, location.search()?);
    let history = window.history()?;
    history.replace_state_with_url(&history.state()?, "", Some(&url))
}

/// A full URL to this page with `link` as this instance's fragment.
pub fn url_with(instance: &str, link: &Link) -> String {
    let Some(window) = window() else {
        return String::new();
    };
    let location = window.location();
    let href = location.href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    format!("{base}#{}", with_link(&hash, instance, link))
}

fn storage_key(instance: &str) -> String {
    let path = window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    format!("compendium-widget:{path}:{instance}:open")
}

fn session_storage() -> Option<web_sys::Storage> {
    window()?.session_storage().ok()?
}

/// Theme ids open in this instance earlier in the session, if remembered.
pub fn remembered_open(instance: &str) -> Option<Vec<String>> {
    let value = session_storage()?.get_item(&storage_key(instance)).ok()??;
    Some(theme_ids(&value))
}

/// Remembers the open theme ids for the session (storage may be unavailable:
/// private modes, sandboxed frames; then nothing is remembered).
pub fn remember_open(instance: &str, ids: &[String]) {
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(&storage_key(instance), &ids.join(","));
    }
}

/// Writes `text` to the clipboard; false where there is none (pages served
/// over plain http have no `navigator.clipboard`) or the browser refuses.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let Some(navigator) = window().map(|w| w.navigator()) else {
        return false;
    };
    let available = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    available
        && wasm_bindgen_futures::JsFuture::from(navigator.clipboard().write_text(text))
            .await
            .is_ok()
}

/// Tells page scripts what the reader searched and what was found: a
/// `compendium-search` event on the mount point (bubbles, crosses shadow
/// roots), `detail = { query, total, symbols }`.
pub fn dispatch_search_event(host: &Element, searched: &Searched) {
    let detail = js_sys::Object::new();
    let symbols: js_sys::Array = searched
        .symbols
        .iter()
        .map(|s| JsValue::from_str(s))
        .collect();
    let _ = js_sys::Reflect::set(&detail, &"query".into(), &searched.query.as_str().into());
    let _ = js_sys::Reflect::set(&detail, &"total".into(), &(searched.total as u32).into());
    let _ = js_sys::Reflect::set(&detail, &"symbols".into(), &symbols);
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    init.set_bubbles(true);
    init.set_composed(true);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("compendium-search", &init) {
        let _ = host.dispatch_event(&event);
    }
}
