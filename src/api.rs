//! `CompendiumWidget.search(query, {limit})` for page scripts: the bundled
//! compendium's ranked papers as plain objects, for "quick topic lookup"
//! without any widget on screen.

use compendium_core::{Document, Field, Hit};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Results beyond this are never returned, whatever `limit` asks.
const MAX_LIMIT: usize = 100;

/// One paper as page scripts see it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ApiHit<'a> {
    symbol: &'a str,
    title: &'a str,
    link: &'a str,
    year: u16,
    meeting: u8,
    theme_id: &'a str,
    theme_title: &'a str,
    score: f32,
    /// The paragraphs to show, best first.
    paragraphs: Vec<ApiParagraph<'a>>,
}

/// A paragraph of a found paper, as page scripts see it.
#[derive(Serialize)]
struct ApiParagraph<'a> {
    /// Its number as printed (`67`).
    number: u32,
    /// False for the one paragraph shown for a paper found through its
    /// theme or title alone.
    matched: bool,
    /// What to highlight, in JavaScript string offsets (UTF-16 code units).
    spans: Vec<ApiSpan<'a>>,
}

/// A match in a paragraph's text, or in one of its lettered items.
#[derive(Serialize)]
struct ApiSpan<'a> {
    /// The item's label (`"a"`), absent for the paragraph's own text.
    #[serde(skip_serializing_if = "Option::is_none")]
    item: Option<&'a str>,
    start: usize,
    end: usize,
}

/// The paragraphs of `hit` in `doc`, for page scripts.
fn paragraphs<'a>(hit: &Hit, doc: &'a Document) -> Vec<ApiParagraph<'a>> {
    hit.paragraphs
        .iter()
        .map(|p| {
            let paragraph = &doc.paragraphs[p.paragraph];
            let spans = hit
                .paragraph_matches(p.paragraph)
                .flat_map(|m| {
                    let (item, text) = match m.field {
                        Field::Item { item, .. } => {
                            let item = &paragraph.items[item];
                            (Some(item.label.as_str()), item.text.as_str())
                        }
                        _ => (None, paragraph.text.as_str()),
                    };
                    m.spans.iter().map(move |span| ApiSpan {
                        item,
                        start: utf16_offset(text, span.start),
                        end: utf16_offset(text, span.end),
                    })
                })
                .collect();
            ApiParagraph {
                number: p.number,
                matched: p.matched,
                spans,
            }
        })
        .collect()
}

/// A byte offset of `text` as an offset in UTF-16 code units (what
/// JavaScript's string indices count).
fn utf16_offset(text: &str, byte: usize) -> usize {
    text[..byte].encode_utf16().count()
}

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
    let hits: Vec<ApiHit> = results
        .hits
        .iter()
        .map(|hit: &Hit| {
            let theme = &compendium.themes[hit.theme];
            let doc = &theme.documents[hit.document];
            ApiHit {
                symbol: &doc.symbol,
                title: &doc.title,
                link: &doc.link,
                year: doc.year,
                meeting: doc.meeting,
                theme_id: &theme.id,
                theme_title: &theme.title,
                score: hit.score,
                paragraphs: paragraphs(hit, doc),
            }
        })
        .collect();
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    hits.serialize(&serializer)
        .map_err(|e| e.to_string().into())
}
