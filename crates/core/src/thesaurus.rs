//! The thesaurus: synonym sets and an English→French term table, as data.
//! The bundled compendium's is `data/thesaurus.fr.json`; any compendium JSON
//! may carry its own as a top-level `"thesaurus"` object of the same shape:
//!
//! ```json
//! {
//!   "schema_version": 1,
//!   "synonyms": [
//!     { "terms": ["indemnisation", "indemniser", "réparation"], "why": "…" }
//!   ],
//!   "translations": [
//!     { "from": "en", "terms": ["smuggling of migrants", "migrant smuggling"],
//!       "to": ["trafic illicite de migrants"], "why": "…" }
//!   ]
//! }
//! ```
//!
//! A term of a synonym set typed in a query also searches the other terms of
//! its set; a query holding one of a translation's `terms` also searches its
//! `to` phrases. Terms are words or phrases, compared after the normalisation
//! queries get (case, accents, elisions, stop words; French words by stem,
//! English words with a plural `s` dropped). What the expansions find counts
//! less than the words typed (`RankingWeights::expansion`); a term of several
//! words, typed or searched, counts only as a phrase.
//!
//! Here: the data, reading it and checking it. Not here: applying it to a
//! query (`expansions`).

use crate::error::{Error, ErrorKind};
use crate::language::{LanguagePack, NEUTRAL};
use crate::model::Compendium;
use crate::normalize;
use serde::{Deserialize, Serialize};

/// Version of the thesaurus format this code reads.
pub const THESAURUS_VERSION: u32 = 1;

/// Synonym sets and translations that widen a query (see the module
/// documentation).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Thesaurus {
    /// Always [`THESAURUS_VERSION`].
    pub schema_version: u32,
    /// Sets of words or phrases that stand for one another.
    #[serde(default)]
    pub synonyms: Vec<SynonymSet>,
    /// Phrases of another language and the French phrases they stand for.
    #[serde(default)]
    pub translations: Vec<Translation>,
}

/// Words or phrases that stand for one another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SynonymSet {
    /// At least two words or phrases, in French.
    pub terms: Vec<String>,
    /// Why they are synonyms here (for reviewers; not used).
    #[serde(default)]
    pub why: String,
}

/// Phrases of another language that stand for French phrases.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Translation {
    /// The language of `terms` (BCP 47: `en`).
    pub from: String,
    /// The phrases a reader may type in that language.
    pub terms: Vec<String>,
    /// The French phrases they stand for.
    pub to: Vec<String>,
    /// Why (for reviewers; not used).
    #[serde(default)]
    pub why: String,
}

impl Default for Thesaurus {
    fn default() -> Self {
        Thesaurus {
            schema_version: THESAURUS_VERSION,
            synonyms: Vec::new(),
            translations: Vec::new(),
        }
    }
}

impl Thesaurus {
    /// Whether it holds nothing.
    pub fn is_empty(&self) -> bool {
        self.synonyms.is_empty() && self.translations.is_empty()
    }

    /// Parses and checks thesaurus JSON (`data/thesaurus.fr.json`).
    ///
    /// ```
    /// use compendium_core::Thesaurus;
    ///
    /// let error = Thesaurus::from_json(r#"{"schema_version": 1, "synonyms": [{"terms": ["seul"]}]}"#)
    ///     .unwrap_err();
    /// assert!(error.to_string().contains("synonym set 1 (`seul`): expected at least two terms"));
    /// ```
    pub fn from_json(json: &str) -> Result<Thesaurus, Error> {
        Thesaurus::from_json_in(json, &NEUTRAL)
    }

    /// [`Thesaurus::from_json`] for a compendium in the language of `pack`.
    fn from_json_in(json: &str, pack: &LanguagePack) -> Result<Thesaurus, Error> {
        let thesaurus: Thesaurus = serde_json::from_str(json).map_err(|e| {
            let line = (e.line() > 0).then_some(e.line());
            invalid_at(line, format!("cannot read it: {e}"))
        })?;
        thesaurus.validate_in(pack)?;
        Ok(thesaurus)
    }

    /// Checks what the search relies on: the version, and that every term
    /// holds a word the search can look for. Which words are stop words
    /// depends on the compendium's language: a thesaurus on its own is
    /// checked for words of any kind, and again for words that are not stop
    /// words when it joins a compendium ([`Compendium::from_json`],
    /// [`Compendium::with_thesaurus`]).
    pub fn validate(&self) -> Result<(), Error> {
        self.validate_in(&NEUTRAL)
    }

    /// [`Thesaurus::validate`] by the rules of `pack`.
    pub(crate) fn validate_in(&self, pack: &LanguagePack) -> Result<(), Error> {
        if self.schema_version != THESAURUS_VERSION {
            return Err(invalid(format!(
                "unsupported schema_version {}; expected {THESAURUS_VERSION}",
                self.schema_version
            )));
        }
        for (i, set) in self.synonyms.iter().enumerate() {
            let name = format!("synonym set {} (`{}`)", i + 1, set.terms.join("`, `"));
            if set.terms.len() < 2 {
                return Err(invalid(format!("{name}: expected at least two terms")));
            }
            searchable(&name, &set.terms, pack)?;
        }
        for (i, t) in self.translations.iter().enumerate() {
            let name = format!("translation {} (`{}`)", i + 1, t.terms.join("`, `"));
            if t.from.trim().is_empty() {
                return Err(invalid(format!(
                    "{name}: expected the language of its terms in `from` (`en`)"
                )));
            }
            if t.terms.is_empty() || t.to.is_empty() {
                return Err(invalid(format!(
                    "{name}: expected at least one term in `terms` and in `to`"
                )));
            }
            searchable(&name, &t.terms, pack)?;
            searchable(&name, &t.to, pack)?;
        }
        Ok(())
    }
}

impl Compendium {
    /// The compendium with the thesaurus `json` added to its own (a
    /// compendium JSON may carry one; the bundled compendium's is
    /// `data/thesaurus.fr.json`).
    ///
    /// ```
    /// use compendium_core::Compendium;
    ///
    /// let compendium = Compendium::from_json(include_str!("../../../data/compendium.fr.json"))
    ///     .unwrap()
    ///     .with_thesaurus(r#"{"schema_version": 1, "synonyms": [{"terms": ["dédommagement", "indemnisation"]}]}"#)
    ///     .unwrap();
    /// assert_eq!(compendium.thesaurus.synonyms.len(), 1);
    /// ```
    pub fn with_thesaurus(mut self, json: &str) -> Result<Compendium, Error> {
        let more = Thesaurus::from_json_in(json, LanguagePack::for_tag(&self.language))?;
        self.thesaurus.synonyms.extend(more.synonyms);
        self.thesaurus.translations.extend(more.translations);
        Ok(self)
    }
}

/// The words of a thesaurus term the search looks for, by the rules of the
/// compendium's `pack`: folded, elisions and stop words dropped, a
/// hyphenated word by its parts (as in queries).
pub(crate) fn words(term: &str, pack: &LanguagePack, mut each: impl FnMut(&normalize::Token)) {
    normalize::tokenize(term, pack, |t| {
        if !t.stop && !t.compound {
            each(t);
        }
    });
}

fn searchable(name: &str, terms: &[String], pack: &LanguagePack) -> Result<(), Error> {
    for term in terms {
        let mut any = false;
        words(term, pack, |_| any = true);
        if !any {
            return Err(invalid(format!(
                "{name}: `{term}` has no word to search for (only stop words?)"
            )));
        }
    }
    Ok(())
}

fn invalid(reason: String) -> Error {
    invalid_at(None, reason)
}

fn invalid_at(line: Option<usize>, reason: String) -> Error {
    Error::new(line, ErrorKind::InvalidThesaurus { reason })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn another_version_is_refused_by_name() {
        let error = Thesaurus::from_json(r#"{"schema_version": 2}"#).unwrap_err();
        assert_eq!(
            error.to_string(),
            "invalid thesaurus: unsupported schema_version 2; expected 1"
        );
    }

    #[test]
    fn a_term_of_stop_words_only_is_refused_by_a_compendium_in_that_language() {
        let json = r#"{"schema_version": 1, "translations": [{"from": "en", "terms": ["trafficking"], "to": ["de la"]}]}"#;
        assert!(
            Thesaurus::from_json(json).is_ok(),
            "alone, `de la` are words"
        );
        let compendium = Compendium::from_json(
            r#"{"schema_version": 1, "symbol": "X/1", "title": "T", "language": "fr", "introduction": [],
                "themes": [{"id": "a", "title": "A", "key_topics": [], "documents": []}]}"#,
        )
        .unwrap();
        let message = compendium.with_thesaurus(json).unwrap_err().to_string();
        assert!(
            message.contains("`de la` has no word to search for"),
            "{message}"
        );
    }

    #[test]
    fn a_translation_needs_a_language_and_both_sides() {
        for json in [
            r#"{"schema_version": 1, "translations": [{"from": "", "terms": ["a b"], "to": ["traite"]}]}"#,
            r#"{"schema_version": 1, "translations": [{"from": "en", "terms": [], "to": ["traite"]}]}"#,
            r#"{"schema_version": 1, "translations": [{"from": "en", "terms": ["trafficking"], "to": []}]}"#,
        ] {
            assert!(Thesaurus::from_json(json).is_err(), "{json}");
        }
    }

    #[test]
    fn bad_json_names_its_line() {
        let error = Thesaurus::from_json("{\n\"schema_version\": 1,\n oops").unwrap_err();
        assert_eq!(error.line(), Some(3));
    }

    #[test]
    fn an_empty_thesaurus_is_empty() {
        assert!(Thesaurus::default().is_empty());
        assert!(Thesaurus::from_json(r#"{"schema_version": 1}"#)
            .unwrap()
            .is_empty());
    }
}
