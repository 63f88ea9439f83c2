//! The error type of extraction (`compendium extract`) and of loading
//! compendium JSON (`Compendium::from_json`).
//!
//! One context struct ([`Error`]: where) plus a `#[non_exhaustive]`
//! [`ErrorKind`] (what), with a hand-written `Display`: messages are lowercase,
//! name the line of the source and what was expected there, and suggest a fix
//! when there is an obvious one. They are shown to people (the CLI prints them,
//! the widget shows them for a bad `data-src`), so they must read well on
//! their own. Not for search errors: the search engine has none to report.

use std::fmt;

/// An extraction or loading error, with the line of the input it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    line: Option<usize>,
    kind: ErrorKind,
}

/// What went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The source holds no text at all.
    EmptySource,
    /// The source does not start like a compendium of this layout.
    UnknownLayout {
        /// What the first line should have been.
        expected: String,
        /// The first line found.
        found: String,
    },
    /// The source ends before the compendium does.
    Truncated {
        /// What was still expected.
        expected: String,
    },
    /// A paragraph number is not the one following the previous paragraph.
    NumberingGap {
        /// The number that should have come next.
        expected: u32,
        /// The number found.
        found: u32,
    },
    /// A line that does not fit the layout where it stands.
    Unexpected {
        /// What the layout calls for here.
        expected: String,
        /// The offending text (shortened).
        found: String,
    },
    /// No running header holding the compendium's own symbol was found.
    MissingSymbol,
    /// A row of the corrections table is malformed.
    BadCorrection {
        /// What is wrong with it.
        reason: String,
    },
    /// The compendium JSON does not parse or does not match the model.
    Json {
        /// serde_json's description.
        message: String,
    },
    /// The compendium JSON was written for another schema version.
    SchemaVersion {
        /// The version found (its JSON text).
        found: String,
        /// The version this code reads.
        expected: u32,
    },
    /// The compendium JSON parses but its content cannot be shown.
    InvalidData {
        /// What is wrong.
        reason: String,
    },
    /// A thesaurus (`data/thesaurus.fr.json`, or a compendium's own) cannot
    /// be read or used.
    InvalidThesaurus {
        /// What is wrong.
        reason: String,
    },
}

impl Error {
    pub(crate) fn new(line: Option<usize>, kind: ErrorKind) -> Error {
        Error { line, kind }
    }

    pub(crate) fn at(line: usize, kind: ErrorKind) -> Error {
        Error::new(Some(line), kind)
    }

    /// The 1-based line of the input the error concerns, when there is one.
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl std::error::Error for Error {}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(line) = self.line {
            write!(f, "line {line}: ")?;
        }
        match &self.kind {
            ErrorKind::EmptySource => write!(
                f,
                "the source is empty; expected the text of a compendium (e.g. data/source/recueil-WG4-2021-5.fr.txt)"
            ),
            ErrorKind::UnknownLayout { expected, found } => write!(
                f,
                "expected {expected}, found `{found}`; this does not look like a compendium in the layout of CTOC/COP/WG.4/2021/5"
            ),
            ErrorKind::Truncated { expected } => write!(
                f,
                "the source ends too early: expected {expected} (is the file truncated?)"
            ),
            ErrorKind::NumberingGap { expected, found } => write!(
                f,
                "expected paragraph {expected}, found paragraph {found} (paragraph numbers must follow each other; is a paragraph missing?)"
            ),
            ErrorKind::Unexpected { expected, found } => {
                write!(f, "expected {expected}, found `{found}`")
            }
            ErrorKind::MissingSymbol => write!(
                f,
                "the source ends without a running header holding the compendium's symbol (a line with only e.g. `CTOC/COP/WG.4/2021/5`); is the file truncated?"
            ),
            ErrorKind::BadCorrection { reason } => {
                write!(f, "bad row in the corrections table: {reason}")
            }
            ErrorKind::Json { message } => write!(f, "invalid compendium JSON: {message}"),
            ErrorKind::SchemaVersion { found, expected } => write!(
                f,
                "unsupported compendium schema_version {found}; expected {expected} (regenerate the data with `compendium extract`)"
            ),
            ErrorKind::InvalidData { reason } => write!(f, "invalid compendium data: {reason}"),
            ErrorKind::InvalidThesaurus { reason } => write!(f, "invalid thesaurus: {reason}"),
        }
    }
}

/// Shortens a line for an error message: people need to recognise it, not
/// read all of it.
pub(crate) fn excerpt(text: &str) -> String {
    const MAX: usize = 60;
    let text = text.trim();
    match text.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_the_line_and_what_was_expected() {
        let error = Error::at(
            12,
            ErrorKind::NumberingGap {
                expected: 5,
                found: 7,
            },
        );
        let message = error.to_string();
        assert!(message.starts_with("line 12: expected paragraph 5, found paragraph 7"));
    }

    #[test]
    fn messages_are_lowercase() {
        let error = Error::new(None, ErrorKind::EmptySource);
        let first = error.to_string().chars().next().unwrap();
        assert!(first.is_lowercase());
    }

    #[test]
    fn excerpt_shortens_long_lines() {
        assert_eq!(excerpt("  court  "), "court");
        let long = "é".repeat(100);
        assert_eq!(excerpt(&long).chars().count(), 61);
    }
}
