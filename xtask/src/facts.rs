//! What the loader script (`www/loader.js`) must know before any wasm runs —
//! the UI languages with their direction and the strings it shows itself
//! (the lazy stand-in's label, the loading and failure messages) and the widget's first render
//! in each (prerendered, see `prerender.rs`), the stylesheet, the default
//! language, the `loading` value that defers loading, the attributes to
//! watch for changes — written into the bundle as `const FACTS = {…};` from
//! the widget's own Rust tables and components, so that nothing is spelled
//! twice.

use crate::prerender as build;
use crate::util::Result;
use compendium_ui::prerender;
use compendium_ui::{styles, Config, Lang, Loading, HEADER_ID_PREFIX};
use serde_json::{json, Map, Value};

/// The `FACTS` declaration for the bundled script.
pub fn loader_facts() -> Result<String> {
    let compendium = build::bundled()?;
    let languages: Map<String, Value> = Lang::ALL
        .iter()
        .map(|&lang| {
            let strings = lang.strings();
            let facts = json!({
                "dir": lang.dir(),
                "searchLabel": strings.search_label,
                "loading": strings.loading,
                "loadFailed": strings.load_failed,
                "prerendered": build::headers(&compendium, lang),
            });
            (lang.code().to_string(), facts)
        })
        .collect();
    let facts = json!({
        "languages": languages,
        "defaultLanguage": Lang::default().code(),
        "lazy": Loading::Lazy.code(),
        "attributes": Config::ATTRIBUTES,
        "dataSrcAttribute": Config::DATA_SRC,
        "prerenderedAttribute": prerender::LANG_ATTRIBUTE,
        "headerIdPrefix": HEADER_ID_PREFIX,
        "stylesheet": styles::stylesheet(),
    });
    Ok(format!("const FACTS = {facts};"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> Value {
        let declaration = loader_facts().unwrap();
        let json = declaration
            .strip_prefix("const FACTS = ")
            .and_then(|d| d.strip_suffix(';'))
            .expect("one const declaration");
        serde_json::from_str(json).expect("the facts are JSON")
    }

    #[test]
    fn every_ui_language_has_the_loader_s_strings_from_the_widget_s_table() {
        let facts = facts();
        for lang in Lang::ALL {
            let entry = &facts["languages"][lang.code()];
            assert_eq!(entry["loadFailed"], lang.strings().load_failed);
            assert_eq!(entry["searchLabel"], lang.strings().search_label);
            assert_eq!(entry["loading"], lang.strings().loading);
            let prerendered = entry["prerendered"].as_str().unwrap();
            assert!(prerendered.contains(lang.strings().search_label));
        }
        assert_eq!(
            facts["languages"].as_object().unwrap().len(),
            Lang::ALL.len()
        );
    }

    #[test]
    fn every_fact_the_loader_reads_is_written() {
        let loader = include_str!("../../www/loader.js");
        let facts = facts();
        let english = &facts["languages"]["en"];
        for (read, written) in [
            ("FACTS.languages", &facts["languages"]),
            ("FACTS.defaultLanguage", &facts["defaultLanguage"]),
            ("FACTS.lazy", &facts["lazy"]),
            ("FACTS.attributes", &facts["attributes"]),
            ("FACTS.stylesheet", &facts["stylesheet"]),
            ("FACTS.dataSrcAttribute", &facts["dataSrcAttribute"]),
            ("FACTS.prerenderedAttribute", &facts["prerenderedAttribute"]),
            ("FACTS.headerIdPrefix", &facts["headerIdPrefix"]),
            ("language.loading", &english["loading"]),
            (").prerendered", &english["prerendered"]),
            ("language.searchLabel", &english["searchLabel"]),
            ("language.loadFailed", &english["loadFailed"]),
            ("language.dir", &english["dir"]),
        ] {
            assert!(loader.contains(read), "loader.js no longer reads {read}");
            assert!(!written.is_null(), "{read} is read but not written");
        }
    }

    #[test]
    fn the_default_language_and_the_lazy_value_are_the_widget_s() {
        let facts = facts();
        assert_eq!(facts["defaultLanguage"], "fr");
        assert_eq!(facts["lazy"], "lazy");
    }
}
