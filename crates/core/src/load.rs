//! Loading compendium JSON written by `compendium extract`, or by anyone else:
//! the widget's `data-src` attribute lets a page owner supply their own file,
//! so everything here is checked and every failure is a readable [`Error`].
//!
//! Checks, in order: the text is JSON; `schema_version` is
//! [`SCHEMA_VERSION`] (checked first, so that data of another version gets
//! a message about the version rather than about a missing field); the data
//! matches the model; the content can be shown (themes, unique theme ids,
//! papers with symbols, paragraph numbers in order).
//!
//! Also the one way the data is written ([`Compendium::to_json`]), so that the
//! CLI and the drift test agree byte for byte.
//!
//! Not here: extraction from the PDF text (`extract`).

use crate::error::{Error, ErrorKind};
use crate::model::{Compendium, SCHEMA_VERSION};
use serde::Deserialize;

impl Compendium {
    /// Parses and validates compendium JSON.
    ///
    /// ```
    /// use compendium_core::Compendium;
    ///
    /// let error = Compendium::from_json(r#"{"schema_version": 99}"#).unwrap_err();
    /// assert!(error.to_string().contains("unsupported compendium schema_version 99; expected 1"));
    /// ```
    pub fn from_json(json: &str) -> Result<Compendium, Error> {
        check_version(json)?;
        let compendium: Compendium = serde_json::from_str(json).map_err(json_error)?;
        compendium.validate()?;
        Ok(compendium)
    }

    /// The JSON `compendium extract` writes: pretty-printed, fields in model
    /// order, ending with a newline, so regenerating it is byte-stable.
    pub fn to_json(&self) -> String {
        // Only strings, integers and lists: serialising cannot fail.
        let mut json = serde_json::to_string_pretty(self).expect("the model serialises to JSON");
        json.push('\n');
        json
    }

    /// Checks what the widget relies on beyond the shape of the data.
    pub fn validate(&self) -> Result<(), Error> {
        let invalid = |reason: String| Err(Error::new(None, ErrorKind::InvalidData { reason }));
        if self.themes.is_empty() {
            return invalid("expected at least one theme in `themes`".into());
        }
        let mut previous = 0;
        for paragraph in &self.introduction {
            if paragraph.number <= previous {
                return invalid(format!(
                    "expected introduction paragraph numbers in increasing order, found {} after {previous}",
                    paragraph.number
                ));
            }
            previous = paragraph.number;
        }
        let mut ids: Vec<&str> = Vec::new();
        let mut symbols: Vec<&str> = Vec::new();
        for (index, theme) in self.themes.iter().enumerate() {
            if theme.id.is_empty() {
                return invalid(format!("expected an `id` for theme {}", index + 1));
            }
            if ids.contains(&theme.id.as_str()) {
                return invalid(format!(
                    "expected unique theme ids, found `{}` twice",
                    theme.id
                ));
            }
            ids.push(&theme.id);
            if theme.title.trim().is_empty() {
                return invalid(format!("expected a `title` for theme `{}`", theme.id));
            }
            for document in &theme.documents {
                if document.symbol.trim().is_empty() {
                    return invalid(format!(
                        "expected a `symbol` for each paper of theme `{}`",
                        theme.id
                    ));
                }
                // A symbol names a paper in deep links and element ids.
                if symbols.contains(&document.symbol.as_str()) {
                    return invalid(format!(
                        "expected unique paper symbols, found `{}` twice",
                        document.symbol
                    ));
                }
                symbols.push(&document.symbol);
                for paragraph in &document.paragraphs {
                    if paragraph.number <= previous {
                        return invalid(format!(
                            "expected paragraph numbers in increasing order, found {} after {previous} in {}",
                            paragraph.number, document.symbol
                        ));
                    }
                    previous = paragraph.number;
                }
            }
        }
        self.thesaurus
            .validate_in(crate::LanguagePack::for_tag(&self.language))
    }
}

/// Reads only `schema_version`, whatever else the data holds.
fn check_version(json: &str) -> Result<(), Error> {
    #[derive(Deserialize)]
    struct Probe {
        schema_version: Option<serde_json::Value>,
    }
    let probe: Probe = serde_json::from_str(json).map_err(json_error)?;
    check_schema_version(probe.schema_version.map(|v| v.to_string()).as_deref())
}

/// Checks a `schema_version` read by other means than
/// [`Compendium::from_json`] (the widget reads data the browser parsed):
/// `found` is the value as JSON text, `None` when the field is missing.
pub fn check_schema_version(found: Option<&str>) -> Result<(), Error> {
    match found {
        Some(version) if version == SCHEMA_VERSION.to_string() => Ok(()),
        Some(version) => Err(Error::new(
            None,
            ErrorKind::SchemaVersion {
                found: version.to_string(),
                expected: SCHEMA_VERSION,
            },
        )),
        None => Err(Error::new(
            None,
            ErrorKind::Json {
                message: format!(
                    "missing field `schema_version` (expected {SCHEMA_VERSION}); is this a compendium written by `compendium extract`?"
                ),
            },
        )),
    }
}

fn json_error(error: serde_json::Error) -> Error {
    // serde_json's messages are already lowercase and end with
    // "at line L column C"; keep the line in the context too.
    let line = (error.line() > 0).then_some(error.line());
    Error::new(
        line,
        ErrorKind::Json {
            message: error.to_string(),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"{
        "schema_version": 1, "symbol": "X/1", "title": "T", "language": "fr",
        "introduction": [],
        "themes": [{"id": "a", "title": "A", "key_topics": [], "documents": []}]
    }"#;

    #[test]
    fn minimal_compendium_loads() {
        let compendium = Compendium::from_json(MINIMAL).unwrap();
        assert_eq!(compendium.themes[0].id, "a");
    }

    #[test]
    fn other_schema_version_is_refused_by_name() {
        let json = MINIMAL.replace("\"schema_version\": 1", "\"schema_version\": 2");
        let message = Compendium::from_json(&json).unwrap_err().to_string();
        assert_eq!(
            message,
            "unsupported compendium schema_version 2; expected 1 (regenerate the data with `compendium extract`)"
        );
    }

    #[test]
    fn missing_schema_version_is_named() {
        let message = Compendium::from_json("{}").unwrap_err().to_string();
        assert!(
            message.contains("missing field `schema_version`"),
            "{message}"
        );
    }

    #[test]
    fn invalid_json_names_the_line() {
        let error = Compendium::from_json("{\n\"schema_version\": 1,\n oops").unwrap_err();
        assert_eq!(error.line(), Some(3));
        assert!(error
            .to_string()
            .starts_with("line 3: invalid compendium JSON"));
    }

    #[test]
    fn missing_field_is_named() {
        let json = MINIMAL.replace("\"language\": \"fr\",", "");
        let message = Compendium::from_json(&json).unwrap_err().to_string();
        assert!(message.contains("missing field `language`"), "{message}");
    }

    #[test]
    fn no_themes_is_refused() {
        let json = r#"{"schema_version": 1, "symbol": "X", "title": "T", "language": "fr",
            "introduction": [], "themes": []}"#;
        let message = Compendium::from_json(json).unwrap_err().to_string();
        assert_eq!(
            message,
            "invalid compendium data: expected at least one theme in `themes`"
        );
    }

    #[test]
    fn duplicate_theme_ids_are_refused() {
        let json = MINIMAL.replace(
            r#""documents": []}]"#,
            r#""documents": []}, {"id": "a", "title": "B", "key_topics": [], "documents": []}]"#,
        );
        let message = Compendium::from_json(&json).unwrap_err().to_string();
        assert!(message.contains("found `a` twice"), "{message}");
    }

    #[test]
    fn a_symbol_twice_is_refused_by_name() {
        let paper = r#"{"symbol": "X/1", "year": 2010, "meeting": 2, "title": "T", "link": "https://a", "paragraphs": []}"#;
        let json = MINIMAL.replace(
            "\"documents\": []",
            &format!("\"documents\": [{paper}, {paper}]"),
        );
        let message = Compendium::from_json(&json).unwrap_err().to_string();
        assert!(
            message.contains("expected unique paper symbols, found `X/1` twice"),
            "{message}"
        );
    }
}
