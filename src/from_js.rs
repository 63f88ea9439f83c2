//! A compendium read out of JSON the browser parsed (`data-src`), field by
//! field, in the shape `data/README.md` documents: what `serde` derives for
//! the model, written out by hand for the few types there are.
//!
//! Why not serde-wasm-bindgen: its deserializer, the derived visitors and
//! serde's error messages (which format floats: `<f64 as Display>`, 9.5 kB
//! alone), with the serializer the JS search API used, cost the wasm far
//! more: this reader and `api`'s hand-built objects in their place saved
//! 29 kB raw, 12.7 kB gzip. Plain loops, not `collect`, and one non-generic
//! `field`: another 3.5 kB raw of that.
//!
//! Like serde: unknown fields are ignored, `items` may be missing, integers
//! must be whole numbers in range. Errors name the place: `themes[2].title:
//! expected a string`.
//!
//! A large compendium is read a few milliseconds at a time, the browser
//! running in between: 5000 papers took 0.3 s in one task.
//!
//! Not here: the checks beyond the shape (`Compendium::validate`), nor the
//! schema version (`data`).

use compendium_core::{
    Compendium, Document, Item, Paragraph, SynonymSet, Theme, Thesaurus, Translation,
};
use js_sys::{Array, Promise, Reflect};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// How long the reader runs before it lets the browser have a turn, in
/// milliseconds.
const SLICE_MS: f64 = 16.0;

/// Why a value is not what the model expects: the place, then the reason
/// (`.themes[2].title: expected a string`); `compendium` drops the first dot.
type Result<T> = std::result::Result<T, String>;

/// Reads a whole compendium, a paper at a time for its themes' papers,
/// letting the browser run every [`SLICE_MS`].
pub async fn compendium(value: &JsValue) -> Result<Compendium> {
    let read = async {
        let mut compendium = Compendium {
            schema_version: int(value, "schema_version", u32::MAX)?,
            symbol: string(value, "symbol")?,
            title: string(value, "title")?,
            language: string(value, "language")?,
            introduction: list(value, "introduction", paragraph)?,
            themes: Vec::new(),
            thesaurus: Thesaurus::default(),
        };
        let mut pause = Pause::new();
        let themes = array(value, "themes")?;
        for t in 0..themes.length() {
            let in_theme = |e: String| element("themes", t, &e);
            let value = themes.get(t);
            let mut theme = theme_without_papers(&value).map_err(in_theme)?;
            let documents = array(&value, "documents").map_err(in_theme)?;
            for d in 0..documents.length() {
                let paper = document(&documents.get(d))
                    .map_err(|e| in_theme(element("documents", d, &e)))?;
                theme.documents.push(paper);
                pause.when_due().await;
            }
            compendium.themes.push(theme);
        }
        // Optional, as `#[serde(default)]` makes it in the model.
        compendium.thesaurus = optional(value, "thesaurus", thesaurus)?.unwrap_or_default();
        Ok(compendium)
    };
    read.await.map_err(|e: String| {
        e.trim_start_matches('.')
            .trim_start_matches(": ")
            .to_owned()
    })
}

/// A theme, its `documents` left for the caller to read.
fn theme_without_papers(value: &JsValue) -> Result<Theme> {
    Ok(Theme {
        id: string(value, "id")?,
        title: string(value, "title")?,
        key_topics: list(value, "key_topics", |v| text(v.as_string()))?,
        documents: Vec::new(),
    })
}

/// Gives the browser a turn once the reader has run for [`SLICE_MS`].
struct Pause {
    since: f64,
}

impl Pause {
    fn new() -> Self {
        Pause {
            since: js_sys::Date::now(),
        }
    }

    async fn when_due(&mut self) {
        if js_sys::Date::now() - self.since < SLICE_MS {
            return;
        }
        // A timeout's promise: the rest of the read waits for the next task.
        let turn = Promise::new(&mut |resolve, _| {
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback(&resolve);
            }
        });
        let _ = JsFuture::from(turn).await;
        self.since = js_sys::Date::now();
    }
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
        items: optional_list(value, "items", item)?,
    })
}

fn thesaurus(value: &JsValue) -> Result<Thesaurus> {
    Ok(Thesaurus {
        schema_version: int(value, "schema_version", u32::MAX)?,
        synonyms: optional_list(value, "synonyms", synonyms)?,
        translations: optional_list(value, "translations", translation)?,
    })
}

fn synonyms(value: &JsValue) -> Result<SynonymSet> {
    Ok(SynonymSet {
        terms: list(value, "terms", |v| text(v.as_string()))?,
        why: optional(value, "why", |v| text(v.as_string()))?.unwrap_or_default(),
    })
}

fn translation(value: &JsValue) -> Result<Translation> {
    Ok(Translation {
        from: string(value, "from")?,
        terms: list(value, "terms", |v| text(v.as_string()))?,
        to: list(value, "to", |v| text(v.as_string()))?,
        why: optional(value, "why", |v| text(v.as_string()))?.unwrap_or_default(),
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

/// `object[name]`, which must be there.
fn field(object: &JsValue, name: &str) -> Result<JsValue> {
    let value = get(object, name)?;
    if value.is_undefined() {
        return Err(format!(": missing field `{name}`"));
    }
    Ok(value)
}

/// `error` of what field `name` holds, with its place.
fn inside(name: &str, error: &str) -> String {
    format!(".{name}{error}")
}

/// `error` of element `i` of list `name`, with its place.
fn element(name: &str, i: u32, error: &str) -> String {
    inside(name, &format!("[{i}]{error}"))
}

fn string(object: &JsValue, name: &str) -> Result<String> {
    text(field(object, name)?.as_string()).map_err(|e| inside(name, &e))
}

fn text(value: Option<String>) -> Result<String> {
    value.ok_or_else(|| ": expected a string".into())
}

/// A whole number from 0 to `max` (JSON has only one kind of number).
fn int(object: &JsValue, name: &str, max: u32) -> Result<u32> {
    field(object, name)?
        .as_f64()
        .filter(|n| n.fract() == 0.0 && (0.0..=f64::from(max)).contains(n))
        .map(|n| n as u32)
        .ok_or_else(|| inside(name, &format!(": expected a whole number from 0 to {max}")))
}

/// Field `name` read by `read`, or `None` when it is missing (what
/// `#[serde(default)]` allows in the model).
fn optional<T>(object: &JsValue, name: &str, read: fn(&JsValue) -> Result<T>) -> Result<Option<T>> {
    match get(object, name)? {
        v if v.is_undefined() => Ok(None),
        v => read(&v).map(Some).map_err(|e| inside(name, &e)),
    }
}

/// List `name`, empty when missing.
fn optional_list<T>(
    object: &JsValue,
    name: &str,
    read: fn(&JsValue) -> Result<T>,
) -> Result<Vec<T>> {
    match get(object, name)? {
        v if v.is_undefined() => Ok(Vec::new()),
        _ => list(object, name, read),
    }
}

/// Array `name`, which must be there.
fn array(object: &JsValue, name: &str) -> Result<Array> {
    let value = field(object, name)?;
    if !Array::is_array(&value) {
        return Err(inside(name, ": expected an array"));
    }
    Ok(Array::from(&value))
}

fn list<T>(object: &JsValue, name: &str, read: fn(&JsValue) -> Result<T>) -> Result<Vec<T>> {
    let array = array(object, name)?;
    let mut list = Vec::with_capacity(array.length() as usize);
    for i in 0..array.length() {
        let item = read(&array.get(i)).map_err(|e| element(name, i, &e))?;
        list.push(item);
    }
    Ok(list)
}
