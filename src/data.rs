//! The compendium a widget shows: the one bundled into the wasm (parsed and
//! indexed once per page, shared by every instance), or one fetched from a
//! `data-src` URL and validated like any untrusted input.
//!
//! Bundling saves a request and a round trip on first load. The bundled copy
//! is the file the extractor writes (`data/compendium.fr.json`), checked and
//! packed by `build.rs` (`compendium_core::pack`): read from JSON it took 11 ms
//! at start-up, every string crossing to JavaScript and back.

use compendium_core::Compendium;
use compendium_ui::SharedCompendium;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

const PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/compendium.fr.pack"));

thread_local! {
    static BUNDLED: SharedCompendium = SharedCompendium::new(
        compendium_core::pack::decode(PACKED)
            .expect("build.rs packs a checked compendium with the same code"),
    );
}

/// The bundled compendium (parsed on first use).
pub fn bundled() -> SharedCompendium {
    BUNDLED.with(SharedCompendium::clone)
}

/// Fetches and validates a compendium JSON; the error says what went wrong in
/// words a page owner can act on.
pub async fn fetch(url: &str) -> Result<Compendium, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| format!("the request failed ({})", describe(&e)))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not an HTTP response")?;
    if !response.ok() {
        return Err(format!(
            "the server answered {} {}",
            response.status(),
            response.status_text()
        ));
    }
    let value = JsFuture::from(response.json().map_err(|e| describe(&e))?)
        .await
        .map_err(|e| format!("not a compendium: not JSON ({})", describe(&e)))?;
    from_js(value)
        .await
        .map_err(|e| format!("not a compendium: {e}"))
}

/// Reads a compendium from JSON the browser parsed, with the checks of the
/// core's `Compendium::from_json`: schema version first, then shape
/// ([`crate::from_js`]), then content. (The browser's JSON parser keeps
/// serde_json out of the wasm: 12 kB gzip.)
async fn from_js(value: JsValue) -> Result<Compendium, String> {
    let version = js_sys::Reflect::get(&value, &"schema_version".into())
        .ok()
        .filter(|v| !v.is_undefined())
        .map(|v| {
            js_sys::JSON::stringify(&v)
                .map(String::from)
                .unwrap_or_default()
        });
    compendium_core::check_schema_version(version.as_deref()).map_err(|e| e.to_string())?;
    let compendium = crate::from_js::compendium(&value).await?;
    compendium.validate().map_err(|e| e.to_string())?;
    if compendium_core::LanguagePack::for_tag(&compendium.language)
        .code
        .is_empty()
    {
        // Searched all the same, with the neutral pack: say why a word's
        // other forms are not found, and what would find them.
        crate::page::warn(&format!(
            "language \"{}\" has no language pack in this build: it is searched without stop words or stemming. \
             dist/all-languages/compendium-widget.js searches ar, en, es, fr, ru and zh compendia in their language.",
            compendium.language
        ));
    }
    for (t, theme) in compendium.themes.iter().enumerate() {
        for (d, doc) in theme.documents.iter().enumerate() {
            if doc.web_link().is_none() {
                crate::page::warn(&format!(
                    "themes[{t}].documents[{d}].link \"{}\" is not an http(s) URL; {} is shown without a link.",
                    doc.link, doc.symbol
                ));
            }
        }
    }
    Ok(compendium)
}

fn describe(value: &JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| format!("{value:?}"))
}
