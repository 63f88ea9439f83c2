//! `CompendiumWidget.search(query, {limit})` for page scripts: the bundled
//! compendium's ranked papers as plain objects, for "quick topic lookup"
//! without any widget on screen.

use compendium_core::{Document, Field, Hit};
use js_sys::Reflect;
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
///
/// The hits cross into JavaScript as one JSON text that the browser parses:
/// built property by property (an object, a key and a value per call across
/// the wasm boundary, each string decoded on its own), twenty hits took
/// more than twice as long as the search itself.
#[wasm_bindgen]
pub fn search(query: &str, limit: JsValue) -> Result<JsValue, JsValue> {
    let compendium = crate::data::bundled();
    let limit = self::limit(&limit);
    let results = compendium.index().search(query, &Default::default(), limit);
    let mut json = Json::default();
    json.0.push('[');
    for (i, hit) in results.hits.iter().enumerate() {
        let theme = &compendium.themes[hit.theme];
        let doc = &theme.documents[hit.document];
        // One paper as page scripts see it; its score (a float: formatting
        // floats costs the wasm 9.5 kB) is set once parsed.
        json.separator(i);
        json.0.push('{');
        json.key_string("symbol", &doc.symbol);
        json.key_string("title", &doc.title);
        json.key_string("link", &doc.link);
        json.key_number("year", doc.year.into());
        json.key_number("meeting", doc.meeting.into());
        json.key_string("themeId", &theme.id);
        json.key_string("themeTitle", &theme.title);
        json.key_number("score", 0);
        json.key("paragraphs");
        paragraphs(&mut json, hit, doc);
        json.0.push('}');
    }
    json.0.push(']');
    let hits = js_sys::JSON::parse(&json.0)?;
    let score = JsValue::from_str("score");
    for (i, hit) in results.hits.iter().enumerate() {
        Reflect::set(
            &Reflect::get_u32(&hits, i as u32)?,
            &score,
            &hit.score.into(),
        )?;
    }
    Ok(hits)
}

/// The paragraphs of `hit` to show, best first, as
/// `{ number, matched, spans: [{ start, end, item? }] }`: `number` as
/// printed; `matched` false for the one paragraph shown for a paper found
/// through its theme or title alone; the spans in JavaScript string offsets
/// (UTF-16 code units) of the paragraph's text, or of its lettered item
/// `item` (`"a"`).
fn paragraphs(json: &mut Json, hit: &Hit, doc: &Document) {
    json.0.push('[');
    for (i, p) in hit.paragraphs.iter().enumerate() {
        let paragraph = &doc.paragraphs[p.paragraph];
        json.separator(i);
        json.0.push('{');
        json.key_number("number", p.number);
        json.key("matched");
        json.0.push_str(if p.matched { "true" } else { "false" });
        json.0.push(',');
        json.key("spans");
        json.0.push('[');
        let mut first = true;
        for m in hit.paragraph_matches(p.paragraph) {
            let (item, text) = match m.field {
                Field::Item { item, .. } => {
                    let item = &paragraph.items[item];
                    (Some(item.label.as_str()), item.text.as_str())
                }
                _ => (None, paragraph.text.as_str()),
            };
            for span in &m.spans {
                if !std::mem::take(&mut first) {
                    json.0.push(',');
                }
                json.0.push('{');
                json.key_number("start", utf16_offset(text, span.start));
                json.key_number("end", utf16_offset(text, span.end));
                if let Some(label) = item {
                    json.key_string("item", label);
                }
                json.close_object();
            }
        }
        json.0.push_str("]}");
    }
    json.0.push(']');
}

/// A byte offset of `text` as an offset in UTF-16 code units (what
/// JavaScript's string indices count).
fn utf16_offset(text: &str, byte: usize) -> u32 {
    text[..byte].encode_utf16().count() as u32
}

/// JSON text written by hand (serde_json's serializer, with its float
/// formatting, would cost the wasm more than this whole module). Each
/// `key_*` writes `"key":value,`; [`Json::close_object`] drops the last
/// comma.
#[derive(Default)]
pub(crate) struct Json(pub(crate) String);

impl Json {
    fn key(&mut self, key: &str) {
        self.string(key);
        self.0.push(':');
    }

    fn key_string(&mut self, key: &str, value: &str) {
        self.key(key);
        self.string(value);
        self.0.push(',');
    }

    fn key_number(&mut self, key: &str, value: u32) {
        use std::fmt::Write;
        self.key(key);
        let _ = write!(self.0, "{value},");
    }

    fn close_object(&mut self) {
        if self.0.ends_with(',') {
            self.0.pop();
        }
        self.0.push('}');
    }

    /// The comma before every element but the first (`i` = 0).
    fn separator(&mut self, i: usize) {
        if i > 0 {
            self.0.push(',');
        }
    }

    /// `text` as a JSON string: quotes, backslashes and control characters
    /// escaped, everything else as it is (JSON text is Unicode), copied a
    /// run at a time.
    pub(crate) fn string(&mut self, text: &str) {
        use std::fmt::Write;
        self.0.push('"');
        let mut from = 0;
        for (at, byte) in text.bytes().enumerate() {
            if byte != b'"' && byte != b'\\' && byte >= 0x20 {
                continue;
            }
            self.0.push_str(&text[from..at]);
            match byte {
                b'"' | b'\\' => {
                    self.0.push('\\');
                    self.0.push(char::from(byte));
                }
                _ => {
                    let _ = write!(self.0, "\\u{byte:04x}");
                }
            }
            from = at + 1;
        }
        self.0.push_str(&text[from..]);
        self.0.push('"');
    }
}
