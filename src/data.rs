//! The compendium bundled into the wasm, parsed once per page and shared by
//! every widget instance.
//!
//! Bundling the JSON saves a request and a round trip on first load; it is the
//! same file the extractor writes (`data/compendium.fr.json`).

use compendium_core::Compendium;
use std::rc::Rc;

const BUNDLED_JSON: &str = include_str!("../data/compendium.fr.json");

thread_local! {
    static BUNDLED: Rc<Compendium> = Rc::new(
        serde_json::from_str(BUNDLED_JSON).expect("the bundled compendium is checked by the core's tests"),
    );
}

/// The bundled compendium (parsed on first use).
pub fn bundled() -> Rc<Compendium> {
    BUNDLED.with(Rc::clone)
}
