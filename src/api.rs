//! `CompendiumWidget.search(query, {limit})` for page scripts: the bundled
//! compendium's ranked papers as plain objects, for "quick topic lookup"
//! without any widget on screen.

use compendium_core::{Document, Field, Hit};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

/// Results beyond this are never returned, whatever `limit` asks.
const MAX_LIMIT: usize = 100;

/// Results when `limit` is not given or not a number.
const DEFAULT_LIMIT: usize = 10;

/// `limit` as page scripts pass it (any value): a number, or a string of
/// one (from a `data-` attribute, say), is floored and clamped to 1–100;
/// anything else gives the default, 10. The loader passes the value through
/// as it is, so this is the one place the rule lives.
fn limit(value: &JsValue) -> usize {
    // JavaScript's `parseFloat` reads a string: Rust's float parser would
    // add 15 kB of gzip to the wasm.
    let number = value
        .as_f64()
        .or_else(|| value.as_string().map(|s| js_sys::Number::parse_float(&s)));
    match number.filter(|l| !l.is_nan()) {
        Some(l) => (l.floor().clamp(1.0, MAX_LIMIT as f64)) as usize,
        None => DEFAULT_LIMIT,
    }
}

/// Searches the bundled compendium, at most `limit` papers (see [`limit`]).
#[wasm_bindgen]
pub fn search(query: &str, limit: JsValue) -> Result<JsValue, JsValue> {
    let compendium = crate::data::bundled();
    let limit = self::limit(&limit);
    let results = compendium.index().search(query, &Default::default(), limit);
    let hits: Array = results
        .hits
        .iter()
        .map(|hit: &Hit| {
            let theme = &compendium.themes[hit.theme];
            let doc = &theme.documents[hit.document];
            // One paper as page scripts see it. Built by hand: serde and
            // serde-wasm-bindgen cost the wasm far more (see `from_js`).
            object(&[
                ("symbol", doc.symbol.as_str().into()),
                ("title", doc.title.as_str().into()),
                ("link", doc.link.as_str().into()),
                ("year", doc.year.into()),
                ("meeting", doc.meeting.into()),
                ("themeId", theme.id.as_str().into()),
                ("themeTitle", theme.title.as_str().into()),
                ("score", hit.score.into()),
                ("paragraphs", paragraphs(hit, doc).into()),
            ])
        })
        .collect();
    Ok(hits.into())
}

/// The paragraphs of `hit` to show, best first, as
/// `{ number, matched, spans: [{ item?, start, end }] }`: `number` as
/// printed; `matched` false for the one paragraph shown for a paper found
/// through its theme or title alone; the spans in JavaScript string offsets
/// (UTF-16 code units) of the paragraph's text, or of its lettered item
/// `item` (`"a"`).
fn paragraphs(hit: &Hit, doc: &Document) -> Array {
    hit.paragraphs
        .iter()
        .map(|p| {
            let paragraph = &doc.paragraphs[p.paragraph];
            let spans = Array::new();
            for m in hit.paragraph_matches(p.paragraph) {
                let (item, text) = match m.field {
                    Field::Item { item, .. } => {
                        let item = &paragraph.items[item];
                        (Some(item.label.as_str()), item.text.as_str())
                    }
                    _ => (None, paragraph.text.as_str()),
                };
                for span in &m.spans {
                    let mut properties = vec![
                        ("start", utf16_offset(text, span.start).into()),
                        ("end", utf16_offset(text, span.end).into()),
                    ];
                    if let Some(label) = item {
                        properties.push(("item", label.into()));
                    }
                    spans.push(&object(&properties));
                }
            }
            object(&[
                ("number", p.number.into()),
                ("matched", p.matched.into()),
                ("spans", spans.into()),
            ])
        })
        .collect()
}

/// A byte offset of `text` as an offset in UTF-16 code units (what
/// JavaScript's string indices count).
fn utf16_offset(text: &str, byte: usize) -> u32 {
    text[..byte].encode_utf16().count() as u32
}

/// A plain object with these properties.
fn object(properties: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (name, value) in properties {
        // Setting a property of a new plain object cannot fail.
        let _ = Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object.into()
}
