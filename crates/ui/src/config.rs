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
    /// `loading`: when the wasm is fetched (the loader acts on it).
    pub loading: Loading,
}

/// The `loading` attribute's values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Loading {
    /// Mount at once.
    #[default]
    Eager,
    /// Show a stand-in search field until the widget nears the viewport or
    /// the field gets focus.
    Lazy,
}

impl Loading {
    /// Every mode, the default first.
    pub const ALL: &'static [Loading] = &[Loading::Eager, Loading::Lazy];

    /// The attribute's value for this mode.
    pub fn code(self) -> &'static str {
        match self {
            Loading::Eager => "eager",
            Loading::Lazy => "lazy",
        }
    }

    /// Case and surrounding spaces do not matter (`" Lazy"` is lazy); the
    /// loader reads the attribute by the same rule, with these values.
    pub fn parse(value: &str) -> Option<Loading> {
        let value = value.trim().to_ascii_lowercase();
        Loading::ALL.iter().copied().find(|l| l.code() == value)
    }
}

/// A list of theme ids as the `open` attribute, the deep link and the session
/// storage write it: separated by commas and/or spaces.
pub fn theme_ids(list: &str) -> Vec<String> {
    list.split(|c: char| c == ',' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// An instance's key, which namespaces its deep-link parameters and its
/// remembered state: the mount point's `id` attribute, else `cw` and its
/// position (from 1) among the page's mount points.
pub fn instance_key(id: Option<&str>, position: Option<usize>) -> String {
    match id.filter(|id| !id.is_empty()) {
        Some(id) => id.to_string(),
        None => format!("cw{}", position.map_or(0, |p| p + 1)),
    }
}

/// `wanted`, or, when another live instance has it, `wanted-2`, `wanted-3`…:
/// two instances sharing a key would share deep links and remembered state.
pub fn unique_key(wanted: &str, taken: &[String]) -> String {
    first_free(wanted, taken, |n| format!("{wanted}-{n}"))
}

/// `wanted`, or `wanted (2)`, `wanted (3)`… when another live instance has
/// it: the name of an instance's landmarks, which a screen reader lists.
pub fn unique_name(wanted: &str, taken: &[String]) -> String {
    first_free(wanted, taken, |n| format!("{wanted} ({n})"))
}

fn first_free(wanted: &str, taken: &[String], numbered: impl Fn(usize) -> String) -> String {
    let free = |candidate: &str| !taken.iter().any(|t| t == candidate);
    if free(wanted) {
        return wanted.to_string();
    }
    (2..)
        .map(numbered)
        .find(|candidate| free(candidate))
        .expect("some number is free")
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
            loading: Loading::Eager,
        }
    }
}

impl Config {
    /// Every attribute [`Config::read`] reads: the loader watches these for
    /// changes after mount.
    /// The attribute naming another compendium to show (the loader, which
    /// prerenders only the bundled one, reads it too).
    pub const DATA_SRC: &'static str = "data-src";

    pub const ATTRIBUTES: &'static [&'static str] = &[
        "lang",
        "open",
        "query",
        "heading-level",
        Config::DATA_SRC,
        "history",
        "loading",
    ];

    /// [`Config::read`] for a mount point in a page: without a `lang` of its
    /// own, the interface follows the page's language, the first of
    /// `page_languages` (the nearest `lang` attribute around the mount
    /// point, then the document's) that the widget speaks, else French.
    pub fn read_in_page(
        attr: impl Fn(&str) -> Option<String>,
        page_languages: impl FnOnce() -> [Option<String>; 2],
    ) -> (Config, Vec<String>) {
        let own = attr("lang");
        let (mut config, warnings) = Config::read(attr);
        if own.is_none() {
            config.lang = Lang::follow(page_languages().iter().map(Option::as_deref));
        }
        (config, warnings)
    }

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
                None => {
                    let allowed: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
                    invalid("lang", &value, &allowed.join(", "), Lang::default().code())
                }
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
        if let Some(value) = attr(Config::DATA_SRC) {
            if value.trim().is_empty() {
                invalid(
                    Config::DATA_SRC,
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
        // `loading` is the loader's (www/loader.js) to act on, before any
        // wasm runs; read here to report an invalid value.
        if let Some(value) = attr("loading") {
            match Loading::parse(&value) {
                Some(loading) => config.loading = loading,
                None => {
                    let allowed: Vec<&str> = Loading::ALL.iter().map(|l| l.code()).collect();
                    invalid(
                        "loading",
                        &value,
                        &allowed.join(", "),
                        Loading::default().code(),
                    )
                }
            }
        }
        (config, warnings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads a configuration from `(name, value)` attributes.
    fn read(attributes: &[(&str, &str)]) -> (Config, Vec<String>) {
        Config::read(|name| {
            attributes
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        })
    }

    fn config(attributes: &[(&str, &str)]) -> Config {
        let (config, warnings) = read(attributes);
        assert_eq!(warnings, Vec::<String>::new());
        config
    }

    #[test]
    fn no_attribute_gives_the_defaults() {
        let config = config(&[]);
        assert_eq!((config.lang, config.heading_level), (Lang::Fr, 2));
        assert_eq!((config.history, config.loading), (false, Loading::Eager));
        assert!(config.open.is_empty() && config.query.is_empty() && config.data_src.is_none());
    }

    #[test]
    fn lang_takes_the_primary_subtag_in_any_case() {
        assert_eq!(config(&[("lang", "en")]).lang, Lang::En);
        assert_eq!(config(&[("lang", "zh-Hans")]).lang, Lang::Zh);
        assert_eq!(config(&[("lang", "es-419")]).lang, Lang::Es);
        assert_eq!(config(&[("lang", "ar")]).lang, Lang::Ar);
        assert_eq!(config(&[("lang", " EN-gb ")]).lang, Lang::En);
        assert_eq!(config(&[("lang", "fr_CA")]).lang, Lang::Fr);
    }

    #[test]
    fn an_unknown_lang_warns_with_the_allowed_values_and_keeps_french() {
        let (config, warnings) = read(&[("lang", "de")]);
        assert_eq!(config.lang, Lang::Fr);
        assert_eq!(
            warnings,
            ["lang=\"de\" is not valid; allowed: fr, ar, en, es, ru, zh. Using the default, fr."]
        );
    }

    /// Reads attributes in a page whose nearest `lang` around the mount
    /// point and whose document's `lang` are `page`.
    fn in_page(attributes: &[(&str, &str)], page: [Option<&str>; 2]) -> (Config, Vec<String>) {
        Config::read_in_page(
            |name| {
                attributes
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            },
            || page.map(|l| l.map(str::to_string)),
        )
    }

    #[test]
    fn without_lang_the_interface_follows_the_nearest_lang_around_it() {
        let (config, warnings) = in_page(&[], [Some("es-419"), Some("en")]);
        assert_eq!((config.lang, warnings.len()), (Lang::Es, 0));
    }

    #[test]
    fn without_lang_around_it_the_interface_follows_the_document() {
        assert_eq!(in_page(&[], [None, Some("zh-Hans")]).0.lang, Lang::Zh);
    }

    #[test]
    fn a_page_language_the_widget_does_not_speak_is_passed_over_silently() {
        let (config, warnings) = in_page(&[], [Some("de"), Some("ru")]);
        assert_eq!((config.lang, warnings.len()), (Lang::Ru, 0));
        assert_eq!(in_page(&[], [Some("de"), None]).0.lang, Lang::Fr);
    }

    #[test]
    fn the_widget_s_own_lang_wins_over_the_page_s() {
        assert_eq!(
            in_page(&[("lang", "ar")], [Some("en"), Some("en")]).0.lang,
            Lang::Ar
        );
        // An invalid one is reported and falls back to the default, not
        // to the page: the page owner asked for something.
        let (config, warnings) = in_page(&[("lang", "de")], [Some("en"), None]);
        assert_eq!((config.lang, warnings.len()), (Lang::Fr, 1));
    }

    #[test]
    fn open_lists_theme_ids_separated_by_spaces_or_commas() {
        let open = config(&[("open", " non-sanction, demande  indemnisation,")]).open;
        assert_eq!(open, ["non-sanction", "demande", "indemnisation"]);
    }

    #[test]
    fn query_is_taken_as_written() {
        assert_eq!(config(&[("query", " 2015/2 ")]).query, " 2015/2 ");
    }

    #[test]
    fn heading_level_accepts_two_to_six() {
        assert_eq!(config(&[("heading-level", "3")]).heading_level, 3);
        assert_eq!(config(&[("heading-level", " 6 ")]).heading_level, 6);
        for bad in ["1", "7", "h3", ""] {
            let (config, warnings) = read(&[("heading-level", bad)]);
            assert_eq!(config.heading_level, 2, "{bad}");
            assert!(
                warnings[0].contains("allowed: 2, 3, 4, 5, 6"),
                "{warnings:?}"
            );
        }
    }

    #[test]
    fn data_src_is_trimmed_and_a_blank_one_warns() {
        assert_eq!(
            config(&[("data-src", " /data/other.json ")])
                .data_src
                .as_deref(),
            Some("/data/other.json")
        );
        let (config, warnings) = read(&[("data-src", "  ")]);
        assert_eq!(config.data_src, None);
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn history_is_on_when_bare_true_or_its_own_name() {
        for on in ["", "true", "TRUE", "on", "history"] {
            assert!(config(&[("history", on)]).history, "{on:?}");
        }
        for off in ["false", "off"] {
            assert!(!config(&[("history", off)]).history, "{off:?}");
        }
        let (config, warnings) = read(&[("history", "maybe")]);
        assert!(!config.history);
        assert!(warnings[0].contains("history=\"maybe\""));
    }

    #[test]
    fn loading_is_lazy_whatever_the_case_and_spaces() {
        assert_eq!(config(&[("loading", " Lazy")]).loading, Loading::Lazy);
        assert_eq!(config(&[("loading", "eager")]).loading, Loading::Eager);
        let (config, warnings) = read(&[("loading", "later")]);
        assert_eq!(config.loading, Loading::Eager);
        assert_eq!(
            warnings,
            ["loading=\"later\" is not valid; allowed: eager, lazy. Using the default, eager."]
        );
    }

    #[test]
    fn id_is_the_instance_key_else_its_position_from_one() {
        assert_eq!(instance_key(Some("recueil"), Some(4)), "recueil");
        assert_eq!(instance_key(None, Some(0)), "cw1");
        assert_eq!(
            instance_key(Some(""), Some(1)),
            "cw2",
            "an empty id is none"
        );
        assert_eq!(
            instance_key(None, None),
            "cw0",
            "not among the mount points"
        );
    }

    #[test]
    fn every_listed_attribute_is_read() {
        let sample = |name: &str| match name {
            "lang" => "en",
            "heading-level" => "3",
            "loading" => "lazy",
            "history" => "",
            _ => "x",
        };
        for name in Config::ATTRIBUTES {
            let (config, warnings) = read(&[(name, sample(name))]);
            assert!(config != Config::default() && warnings.is_empty(), "{name}");
        }
    }

    #[test]
    fn a_key_another_instance_has_gets_the_first_free_suffix() {
        let taken = ["recueil".to_string(), "recueil-2".to_string()];
        assert_eq!(unique_key("autre", &taken), "autre");
        assert_eq!(unique_key("recueil", &taken), "recueil-3");
        assert_eq!(unique_key("recueil-2", &taken[..1]), "recueil-2");
    }

    #[test]
    fn a_name_another_instance_has_gets_the_first_free_number() {
        let taken = ["Recueil".to_string(), "Recueil (2)".to_string()];
        assert_eq!(unique_name("Recueil", &taken), "Recueil (3)");
        assert_eq!(unique_name("Autre", &taken), "Autre");
    }

    #[test]
    fn every_invalid_value_warns_once() {
        let (config, warnings) = read(&[
            ("lang", "de"),
            ("heading-level", "9"),
            ("history", "maybe"),
            ("loading", "soon"),
        ]);
        assert_eq!(config, Config::default());
        assert_eq!(warnings.len(), 4, "{warnings:?}");
    }
}
