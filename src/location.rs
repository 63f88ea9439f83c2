//! Where an instance's state lives outside the widget: the URL fragment (deep
//! links, when the `history` attribute allows writing it) and the session
//! storage (which sections were open, per page and instance).
//!
//! Every key is namespaced by the instance's key (its `id`, or `cw1`, `cw2`…
//! in document order), so several widgets on one page never overwrite each
//! other, and parameters the host page put in the fragment are kept.

use crate::config::theme_ids;
use wasm_bindgen::JsValue;

/// What a deep link says about one instance.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Link {
    pub query: Option<String>,
    pub open: Vec<String>,
    pub doc: Option<String>,
}

const QUERY: &str = "q";
const OPEN: &str = "open";
const DOC: &str = "doc";

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The fragment's `key=value` pairs, decoded.
fn pairs(fragment: &str) -> Vec<(String, String)> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(text: &str) -> String {
    js_sys::decode_uri_component(&text.replace('+', " "))
        .map(String::from)
        .unwrap_or_else(|_| text.to_string())
}

fn encode(text: &str) -> String {
    String::from(js_sys::encode_uri_component(text))
}

fn name(instance: &str, param: &str) -> String {
    format!("{instance}.{param}")
}

/// Reads this instance's deep link from a fragment (`#cw1.q=traite&cw1.open=demande`).
pub fn parse_link(fragment: &str, instance: &str) -> Link {
    let mut link = Link::default();
    for (k, v) in pairs(fragment) {
        match k.strip_prefix(instance).and_then(|k| k.strip_prefix('.')) {
            Some(QUERY) => link.query = Some(v),
            Some(OPEN) => link.open = theme_ids(&v),
            Some(DOC) => link.doc = Some(v),
            _ => {}
        }
    }
    link
}

/// Returns `fragment` with this instance's parameters replaced by `link`'s.
/// Everything else (other instances', the host page's own, a hash router's
/// `/path`) is kept byte for byte.
pub fn with_link(fragment: &str, instance: &str, link: &Link) -> String {
    let prefix = format!("{instance}.");
    let mut parts: Vec<String> = fragment
        .trim_start_matches('#')
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| !decode(p.split('=').next().unwrap_or_default()).starts_with(&prefix))
        .map(String::from)
        .collect();
    let mut push = |param: &str, value: &str| {
        parts.push(format!(
            "{}={}",
            encode(&name(instance, param)),
            encode(value)
        ));
    };
    if let Some(q) = link.query.as_deref().filter(|q| !q.trim().is_empty()) {
        push(QUERY, q);
    }
    if !link.open.is_empty() {
        push(OPEN, &link.open.join(","));
    }
    if let Some(doc) = &link.doc {
        push(DOC, doc);
    }
    parts.join("&")
}

/// The current page's deep link for `instance`.
pub fn current_link(instance: &str) -> Link {
    let hash = window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    parse_link(&hash, instance)
}

/// Replaces the page URL's fragment (no new history entry: typing must not
/// fill the back button).
pub fn write_link(instance: &str, link: &Link) -> Result<(), JsValue> {
    let Some(window) = window() else {
        return Ok(());
    };
    let hash = window.location().hash()?;
    let fragment = with_link(&hash, instance, link);
    if fragment == hash.trim_start_matches('#') {
        return Ok(());
    }
    let url = format!(
        "{}{}#{}",
        window.location().pathname()?,
        window.location().search()?,
        fragment
    );
    window
        .history()?
        .replace_state_with_url(&JsValue::NULL, "", Some(&url))
}

/// A full URL to this page with `link` as this instance's fragment (for "copy link").
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

/// Theme ids open in this instance earlier in the session, if remembered.
pub fn remembered_open(instance: &str) -> Option<Vec<String>> {
    let storage = window()?.session_storage().ok()??;
    let value = storage.get_item(&storage_key(instance)).ok()??;
    Some(theme_ids(&value))
}

/// Remembers the open theme ids for the session (storage may be unavailable:
/// private modes, sandboxed frames; then nothing is remembered).
pub fn remember_open(instance: &str, ids: &[String]) {
    if let Some(Ok(Some(storage))) = window().map(|w| w.session_storage()) {
        let _ = storage.set_item(&storage_key(instance), &ids.join(","));
    }
}
