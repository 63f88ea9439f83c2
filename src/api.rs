//! `CompendiumWidget.search(query, {limit})` for page scripts: the bundled
//! compendium's ranked papers as plain objects, for "quick topic lookup"
//! without any widget on screen.

use compendium_core::Hit;
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
    /// Original numbers of the best matching paragraphs.
    paragraphs: Vec<u32>,
}

/// Searches the bundled compendium; `limit` is clamped to 1–100 (default 10).
#[wasm_bindgen]
pub fn search(query: &str, limit: Option<u32>) -> Result<JsValue, JsValue> {
    let compendium = crate::data::bundled();
    let limit = limit.map_or(10, |l| (l as usize).clamp(1, MAX_LIMIT));
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
                paragraphs: hit
                    .paragraphs
                    .iter()
                    .map(|&p| doc.paragraphs[p].number)
                    .collect(),
            }
        })
        .collect();
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    hits.serialize(&serializer)
        .map_err(|e| e.to_string().into())
}
