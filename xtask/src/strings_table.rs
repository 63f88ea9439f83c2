//! `dist/strings.json`: the UI's strings table (`compendium_ui::i18n`) as
//! JSON, for the end-to-end tests, which check that each language's
//! interface shows no other language's string without spelling any string
//! twice. Not shipped to pages: the loader carries only what it shows
//! (`facts.rs`).

use compendium_ui::i18n::{meeting, Plural};
use compendium_ui::Lang;
use serde_json::{json, Map, Value};

/// Meetings named in the table's tests: more than the compendium has.
const MEETINGS: u8 = 20;

/// `{ "<code>": { dir, plain: [..], counted: [[..forms..]..], meetings: [..] } }`.
pub fn strings_table() -> String {
    let table: Map<String, Value> = Lang::ALL
        .iter()
        .map(|&lang| {
            let strings = lang.strings();
            let counted: Vec<Vec<&str>> = strings
                .counted()
                .iter()
                .map(|forms| {
                    forms
                        .iter()
                        .map(|(_, form): &(Plural, &str)| *form)
                        .collect()
                })
                .collect();
            let meetings: Vec<String> = (1..=MEETINGS).map(|n| meeting(lang, n)).collect();
            let entry = json!({
                "dir": lang.dir(),
                "plain": strings.plain(),
                "counted": counted,
                "meetings": meetings,
            });
            (lang.code().to_string(), entry)
        })
        .collect();
    Value::Object(table).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_is_in_the_table_with_its_search_label() {
        let table: Value = serde_json::from_str(&strings_table()).unwrap();
        for &lang in Lang::ALL {
            let plain = &table[lang.code()]["plain"];
            assert!(plain
                .as_array()
                .unwrap()
                .contains(&json!(lang.strings().search_label)));
            assert_eq!(table[lang.code()]["dir"], lang.dir());
        }
    }
}
