//! The reviewed hand corrections table (`data/corrections.fr.tsv`): the
//! few repairs no rule can decide, each row with its reason.
//!
//! Not here: the table's rows (data, in `data/`), nor the built-in French
//! table (`extract::corrections_fr`).

use crate::error::{Error, ErrorKind};

/// The reviewed hand corrections (`data/corrections.fr.tsv`): exact
/// replacements in a text whose lines are joined and whitespace collapsed,
/// before the other rules run. Each row says why no rule could do it.
#[derive(Debug, Clone, Default)]
pub struct Corrections {
    rows: Vec<Correction>,
}

/// One row of the corrections table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    /// The damaged text, as it reads once lines are joined.
    pub from: String,
    /// What it should read.
    pub to: String,
    /// Why a hand correction, and why no rule could make it.
    pub reason: String,
}

impl Corrections {
    /// Parses the table: one `from<TAB>to<TAB>reason` row a line; blank lines
    /// and lines starting with `#` are comments.
    pub fn parse(tsv: &str) -> Result<Corrections, Error> {
        let mut rows = Vec::new();
        for (index, line) in tsv.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |reason: &str| {
                Error::at(
                    index + 1,
                    ErrorKind::BadCorrection {
                        reason: reason.to_string(),
                    },
                )
            };
            let fields: Vec<&str> = line.split('\t').collect();
            let [from, to, reason] = fields[..] else {
                return Err(bad("expected three tab-separated fields: from, to, reason"));
            };
            if from.is_empty() || reason.trim().is_empty() {
                return Err(bad("expected a non-empty `from` and a reason"));
            }
            rows.push(Correction {
                from: from.to_string(),
                to: to.to_string(),
                reason: reason.trim().to_string(),
            });
        }
        Ok(Corrections { rows })
    }

    /// The rows, in table order.
    pub fn rows(&self) -> &[Correction] {
        &self.rows
    }

    /// Applies every row to `text`.
    pub fn apply(&self, text: &str) -> String {
        let mut text = text.to_string();
        for row in &self.rows {
            if text.contains(&row.from) {
                text = text.replace(&row.from, &row.to);
            }
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corrections_parse_rows_and_skip_comments() {
        let table = "# from\tto\treason\n\nab\tcd\tbecause\n";
        let corrections = Corrections::parse(table).unwrap();
        assert_eq!(corrections.rows().len(), 1);
        assert_eq!(corrections.apply("xaby"), "xcdy");
    }

    #[test]
    fn corrections_reject_rows_without_a_reason() {
        let error = Corrections::parse("# c\nab\tcd\n").unwrap_err();
        assert_eq!(error.line(), Some(2));
        assert!(error.to_string().contains("three tab-separated fields"));
    }
}
