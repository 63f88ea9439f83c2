//! The widget's configuration, read from its mount point's attributes.
//!
//! Every attribute is optional. An invalid value is reported once in the
//! console with the allowed values, and the default is used: a typo in the
//! page's markup must never stop the widget.

use crate::i18n::Lang;

/// The parsed attributes of one mount point.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// `lang`: the UI language.
    pub lang: Lang,
    /// `open`: theme ids to open initially (space- or comma-separated).
    pub open: Vec<String>,
    /// `query`: the initial search.
    pub query: String,
    /// `heading-level`: level of the theme headings (2–6); papers are one below.
    pub heading_level: u8,
    /// `data-src`: URL of a compendium JSON to show instead of the bundled one.
    pub data_src: Option<String>,
    /// `history`: write the state (query, open themes, paper) into the URL fragment.
    pub history: bool,
}

/// A list of theme ids as the `open` attribute, the deep link and the session
/// storage write it: separated by commas and/or spaces.
pub fn theme_ids(list: &str) -> Vec<String> {
    list.split(|c: char| c == ',' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

impl Default for Config {
    fn default() -> Self {
        Config {
            lang: Lang::Fr,
            open: Vec::new(),
            query: String::new(),
            heading_level: 2,
            data_src: None,
            history: false,
        }
    }
}

impl Config {
    /// Reads the configuration through `attr` (an attribute getter), returning
    /// it with one warning per invalid value.
    pub fn read(attr: impl Fn(&str) -> Option<String>) -> (Config, Vec<String>) {
        let mut config = Config::default();
        let mut warnings = Vec::new();
        let mut invalid = |name: &str, value: &str, allowed: &str, default: &str| {
            warnings.push(format!(
                "{name}=\"{value}\" is not valid; allowed: {allowed}. Using the default, {default}."
            ));
        };
        if let Some(value) = attr("lang") {
            match Lang::parse(&value) {
                Some(lang) => config.lang = lang,
                None => invalid("lang", &value, &Lang::ALLOWED.join(", "), "fr"),
            }
        }
        if let Some(value) = attr("open") {
            config.open = theme_ids(&value);
        }
        if let Some(value) = attr("query") {
            config.query = value;
        }
        if let Some(value) = attr("heading-level") {
            match value.trim().parse::<u8>() {
                Ok(level @ 2..=6) => config.heading_level = level,
                _ => invalid("heading-level", &value, "2, 3, 4, 5, 6", "2"),
            }
        }
        if let Some(value) = attr("data-src") {
            if value.trim().is_empty() {
                invalid(
                    "data-src",
                    &value,
                    "the URL of a compendium JSON file",
                    "the bundled compendium",
                );
            } else {
                config.data_src = Some(value.trim().to_string());
            }
        }
        if let Some(value) = attr("history") {
            match value.trim().to_ascii_lowercase().as_str() {
                // The bare attribute, or HTML's `history="history"` form.
                "" | "true" | "on" | "history" => config.history = true,
                "false" | "off" => config.history = false,
                _ => invalid(
                    "history",
                    &value,
                    "true, false (or the bare attribute)",
                    "false",
                ),
            }
        }
        // `loading` is the loader's (www/loader.js) to act on; read here only
        // to report an invalid value.
        if let Some(value) = attr("loading") {
            if !matches!(value.trim(), "lazy" | "eager") {
                invalid("loading", &value, "eager, lazy", "eager");
            }
        }
        (config, warnings)
    }
}
