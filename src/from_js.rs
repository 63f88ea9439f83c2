//! A compendium read out of JSON the browser parsed (`data-src`), field by
//! field, in the shape `data/README.md` documents: what `serde` derives for
//! the model, written out by hand for the few types there are.
//!
//! Why not serde-wasm-bindgen: its deserializer, the derived visitors and
//! serde's error messages (which format floats: `<f64 as Display>`, 9.5 kB
//! alone) cost, with the serializer the JS search API used, 35.7 kB of the
//! wasm (16 kB gzip); this reader and `api`'s objects cost a tenth of that.
//!
//! Like serde: unknown fields are ignored, `items` may be missing, integers
//! must be whole numbers in range. Errors name the place: `themes[2].title:
//! expected a string`.
//!
//! Not here: the checks beyond the shape (`Compendium::validate`), nor the
//! schema version (`data`).

use compendium_core::{Compendium, Document, Item, Paragraph, Theme};
use js_sys::{Array, Reflect};
use wasm_bindgen::JsValue;

/// Why a value is not what the model expects: the place, then the reason
/// (`.themes[2].title: expected a string`); `compendium` drops the first dot.
type Result<T> = std::result::Result<T, String>;

/// Reads a whole compendium.
pub fn compendium(value: &JsValue) -> Result<Compendium> {
    let read = || {
        Ok(Compendium {
            schema_version: int(value, "schema_version", u32::MAX)?,
            symbol: string(value, "symbol")?,
            title: string(value, "title")?,
            language: string(value, "language")?,
            introduction: list(value, "introduction", paragraph)?,
            themes: list(value, "themes", theme)?,
        })
    };
    read().map_err(|e: String| {
        e.trim_start_matches('.')
            .trim_start_matches(": ")
            .to_owned()
    })
}

fn theme(value: &JsValue) -> Result<Theme> {
    Ok(Theme {
        id: string(value, "id")?,
        title: string(value, "title")?,
        key_topics: list(value, "key_topics", |v| text(v.as_string()))?,
        documents: list(value, "documents", document)?,
    })
}

fn document(value: &JsValue) -> Result<Document> {
    Ok(Document {
        symbol: string(value, "symbol")?,
        year: int(value, "year", u16::MAX.into())? as u16,
        meeting: int(value, "meeting", u8::MAX.into())? as u8,
        title: string(value, "title")?,
        link: string(value, "link")?,
        paragraphs: list(value, "paragraphs", paragraph)?,
    })
}

fn paragraph(value: &JsValue) -> Result<Paragraph> {
    Ok(Paragraph {
        number: int(value, "number", u32::MAX)?,
        text: string(value, "text")?,
        // Optional, as `#[serde(default)]` makes it in the model.
        items: match get(value, "items")? {
            v if v.is_undefined() => Vec::new(),
            _ => list(value, "items", item)?,
        },
    })
}

fn item(value: &JsValue) -> Result<Item> {
    Ok(Item {
        label: string(value, "label")?,
        text: string(value, "text")?,
    })
}

/// `object[name]`; undefined when missing, an error when `object` is not an object.
fn get(object: &JsValue, name: &str) -> Result<JsValue> {
    if !object.is_object() || Array::is_array(object) {
        return Err(": expected an object".into());
    }
    Reflect::get(object, &JsValue::from_str(name)).map_err(|_| ": expected an object".into())
}

/// Runs `read` on `object[name]`, the field's name prefixed to its errors.
fn field<T>(object: &JsValue, name: &str, read: impl FnOnce(JsValue) -> Result<T>) -> Result<T> {
    let value = get(object, name)?;
    if value.is_undefined() {
        return Err(format!(": missing field `{name}`"));
    }
    read(value).map_err(|e| format!(".{name}{e}"))
}

fn string(object: &JsValue, name: &str) -> Result<String> {
    field(object, name, |v| text(v.as_string()))
}

fn text(value: Option<String>) -> Result<String> {
    value.ok_or_else(|| ": expected a string".into())
}

/// A whole number from 0 to `max` (JSON has only one kind of number).
fn int(object: &JsValue, name: &str, max: u32) -> Result<u32> {
    field(object, name, |v| {
        v.as_f64()
            .filter(|n| n.fract() == 0.0 && (0.0..=f64::from(max)).contains(n))
            .map(|n| n as u32)
            .ok_or_else(|| format!(": expected a whole number from 0 to {max}"))
    })
}

fn list<T>(object: &JsValue, name: &str, read: fn(&JsValue) -> Result<T>) -> Result<Vec<T>> {
    field(object, name, |v| {
        if !Array::is_array(&v) {
            return Err(": expected an array".into());
        }
        let array = Array::from(&v);
        (0..array.length())
            .map(|i| read(&array.get(i)).map_err(|e| format!("[{i}]{e}")))
            .collect()
    })
}
