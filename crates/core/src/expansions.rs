//! What the thesaurus adds to a query: for each stretch of typed words that
//! is a term of a synonym set or of a translation, an [`Alternative`] — the
//! other terms of the set, or the French terms of the translation — which
//! the scoring weighs against the typed words (`paragraphs`), for less.
//!
//! Terms are compared after the query's normalisation (`thesaurus::words`,
//! by the compendium's language pack): words of the compendium's language by
//! its stem, English words with a plural `s` dropped, words of other
//! languages as folded. The word being typed must be complete: `répar`
//! is not yet `réparation`. A word the thesaurus recognises is a word, never
//! a typo to correct (`CIDE` is not `aide`). Once a query is recognised as
//! English, its English scaffolding (`what does … mean`: the English pack's
//! stop and question words) is dropped, as the compendium's language's is.
//!
//! Not here: the thesaurus data and its checks (`thesaurus`), scoring.

use crate::index::FastMap;
use crate::language::LanguagePack;
use crate::normalize::{Stemmer, TokenKind};
use crate::query::{ParsedQuery, QueryTerm};
use crate::thesaurus::{self, Thesaurus};
use std::ops::Range;
use std::sync::OnceLock;

/// Most words the alternatives of one query may add: the work per query
/// stays bounded whatever the tables hold.
const MAX_WORDS: usize = 24;

/// How a language's words are compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lang {
    /// The compendium's own language: by its pack's stem.
    Own,
    /// Folded, a plural `s` dropped.
    English,
    /// Folded.
    Other,
}

impl Lang {
    const ALL: [Lang; 3] = [Lang::Own, Lang::English, Lang::Other];

    /// The terms of a translation `from` this tag, in a compendium in the
    /// language of `pack`.
    fn of(tag: &str, pack: &LanguagePack) -> Lang {
        let english = LanguagePack::english();
        match LanguagePack::for_tag(tag).code {
            code if code == pack.code && !code.is_empty() => Lang::Own,
            _ if tag.split('-').next() == Some(english.code) => Lang::English,
            _ => Lang::Other,
        }
    }

    /// The form a folded word is compared under.
    fn form(self, folded: &str, kind: TokenKind, stemmer: &Stemmer) -> String {
        match self {
            Lang::Own => stemmer.stem(folded, kind).into_owned(),
            Lang::English if folded.len() > 3 && kind == TokenKind::Word => {
                folded.strip_suffix('s').unwrap_or(folded).to_string()
            }
            Lang::English | Lang::Other => folded.to_string(),
        }
    }
}

/// A word of a thesaurus term, as a query term would hold it.
#[derive(Debug, Clone, PartialEq)]
struct Word {
    exact: String,
    folded: String,
    kind: TokenKind,
    /// Its stem, found the first time a query adds the word (at build,
    /// stemming every word of the thesaurus tripled the index's build time).
    stem: OnceLock<String>,
    /// Its position after the term's first word, stop words counted: the
    /// words of a phrase are searched at these distances.
    offset: u32,
}

struct Entry {
    lang: Lang,
    /// The words to find in the query: (folded, compared form).
    key: Vec<(String, String)>,
    /// What the query then also searches: phrases, as words.
    targets: Vec<Vec<Word>>,
}

/// A stretch of the query that the thesaurus widens.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Alternative {
    /// The typed terms it stands for (indices into `ParsedQuery::terms`).
    pub covers: Range<usize>,
    /// Its words: indices into the query's terms followed by the words
    /// [`Expansions::apply`] returns. Several words are a phrase, found only
    /// at their distances in one field.
    pub words: Range<usize>,
}

/// The thesaurus, ready to apply to queries.
#[derive(Default)]
pub(crate) struct Expansions {
    entries: Vec<Entry>,
    /// Entry ids by the compared form of their first word.
    first: FastMap<Vec<u32>>,
}

impl Expansions {
    /// The thesaurus `t` of a compendium in the language of `pack`.
    pub(crate) fn new(t: &Thesaurus, pack: &LanguagePack, stemmer: &Stemmer) -> Expansions {
        let mut expansions = Expansions::default();
        for set in &t.synonyms {
            for (i, term) in set.terms.iter().enumerate() {
                let others = set.terms.iter().enumerate().filter(|&(j, _)| j != i);
                let targets = others.map(|(_, other)| words(other, pack)).collect();
                expansions.add(Lang::Own, term, targets, pack, stemmer);
            }
        }
        for tr in &t.translations {
            let targets: Vec<Vec<Word>> = tr.to.iter().map(|to| words(to, pack)).collect();
            let lang = Lang::of(&tr.from, pack);
            for term in &tr.terms {
                expansions.add(lang, term, targets.clone(), pack, stemmer);
            }
        }
        expansions
    }

    fn add(
        &mut self,
        lang: Lang,
        term: &str,
        targets: Vec<Vec<Word>>,
        pack: &LanguagePack,
        stemmer: &Stemmer,
    ) {
        // The typed words are the query's: tokenized by the compendium's
        // pack, whatever the language of the term.
        let key: Vec<(String, String)> = words(term, pack)
            .into_iter()
            .map(|w| {
                let form = lang.form(&w.folded, w.kind, stemmer);
                (w.folded, form)
            })
            .collect();
        let Some((_, first)) = key.first() else {
            return;
        };
        let id = self.entries.len() as u32;
        self.first.entry(first.clone()).or_default().push(id);
        self.entries.push(Entry { lang, key, targets });
    }

    /// The alternatives of `parsed`'s typed terms, and their words as query
    /// terms (to search after the typed ones). Typed words the thesaurus
    /// recognises are no longer typo-corrected; in a query recognised as
    /// English, the English scaffolding words no entry covers are dropped.
    pub(crate) fn apply(
        &self,
        parsed: &mut ParsedQuery,
        stemmer: &Stemmer,
    ) -> (Vec<Alternative>, Vec<QueryTerm>) {
        let mut alternatives: Vec<Alternative> = Vec::new();
        let mut added: Vec<QueryTerm> = Vec::new();
        if self.entries.is_empty() {
            return (alternatives, added);
        }
        let typed = parsed.terms.len();
        // Each typed word's form in each language, once: stemming is most of
        // what looking words up here costs.
        let forms: Vec<[String; 3]> = parsed
            .terms
            .iter()
            .map(|t| Lang::ALL.map(|lang| lang.form(&t.folded, t.kind, stemmer)))
            .collect();
        for (term, forms) in parsed.terms.iter_mut().zip(&forms) {
            term.stem = Some(forms[Lang::Own as usize].clone());
        }
        let mut english = false;
        for i in 0..typed {
            let t = &parsed.terms[i];
            if t.phrase.is_some() || t.starts_only {
                continue;
            }
            let mut candidates: Vec<u32> = Vec::new();
            for lang in Lang::ALL {
                if let Some(ids) = self.first.get(forms[i][lang as usize].as_str()) {
                    candidates.extend(
                        ids.iter()
                            .filter(|&&id| self.entries[id as usize].lang == lang),
                    );
                }
            }
            for id in candidates {
                let entry = &self.entries[id as usize];
                let covers = i..i + entry.key.len();
                if covers.end > typed
                    || !matches(entry, &parsed.terms[covers.clone()], &forms[covers.clone()])
                {
                    continue;
                }
                for target in &entry.targets {
                    if added.len() + target.len() > MAX_WORDS {
                        break;
                    }
                    let known = alternatives.iter().any(|a| {
                        a.covers == covers
                            && added[a.words.start - typed..a.words.end - typed]
                                .iter()
                                .map(|w| &w.folded)
                                .eq(target.iter().map(|w| &w.folded))
                    });
                    if known {
                        continue;
                    }
                    let start = typed + added.len();
                    let position = parsed.terms[i].position;
                    added.extend(target.iter().map(|w| {
                        QueryTerm {
                            exact: w.exact.clone(),
                            folded: w.folded.clone(),
                            kind: w.kind,
                            position: position + w.offset,
                            prefix: false,
                            phrase: None,
                            starts_only: false,
                            typos: false,
                            stem: Some(
                                w.stem
                                    .get_or_init(|| stemmer.stem(&w.folded, w.kind).into_owned())
                                    .clone(),
                            ),
                        }
                    }));
                    alternatives.push(Alternative {
                        covers: covers.clone(),
                        words: start..typed + added.len(),
                    });
                }
                english |= entry.lang == Lang::English;
                for term in &mut parsed.terms[covers] {
                    term.typos = false;
                }
            }
        }
        if english {
            drop_english_filler(parsed, &mut alternatives);
        }
        (alternatives, added)
    }
}

/// Whether `terms` (with their `forms`) are the words of `entry`'s key, the
/// word being typed complete.
fn matches(entry: &Entry, terms: &[QueryTerm], forms: &[[String; 3]]) -> bool {
    entry
        .key
        .iter()
        .zip(terms.iter().zip(forms))
        .all(|((folded, form), (t, forms))| {
            t.phrase.is_none()
                && (!t.prefix || t.folded == *folded)
                && forms[entry.lang as usize] == *form
        })
}

/// Drops from an English query the scaffolding words (`what`, `does`, `of`)
/// that no alternative covers, and renumbers the alternatives.
fn drop_english_filler(parsed: &mut ParsedQuery, alternatives: &mut [Alternative]) {
    let typed = parsed.terms.len();
    let covered = |i: usize| alternatives.iter().any(|a| a.covers.contains(&i));
    let keep: Vec<bool> = (0..typed)
        .map(|i| {
            let t = &parsed.terms[i];
            let english = LanguagePack::english();
            let filler = english.is_stop_word(&t.folded) || english.is_question_word(&t.folded);
            covered(i) || t.phrase.is_some() || !filler
        })
        .collect();
    // New index of each kept term: how many kept terms come before it.
    let new: Vec<usize> = keep
        .iter()
        .scan(0, |n, &k| {
            let i = *n;
            *n += usize::from(k);
            Some(i)
        })
        .collect();
    let dropped = keep.iter().filter(|&&k| !k).count();
    if dropped == 0 {
        return;
    }
    for a in alternatives.iter_mut() {
        let start = new[a.covers.start];
        a.covers = start..start + a.covers.len();
        a.words = a.words.start - dropped..a.words.end - dropped;
    }
    let mut k = keep.iter();
    parsed.terms.retain(|_| *k.next().unwrap_or(&true));
}

/// The words of a thesaurus term, as query terms hold them.
fn words(term: &str, pack: &LanguagePack) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut first = None;
    thesaurus::words(term, pack, |t| {
        let first = *first.get_or_insert(t.position);
        out.push(Word {
            exact: t.exact.clone(),
            folded: t.folded.clone(),
            kind: t.kind,
            stem: OnceLock::new(),
            offset: t.position - first,
        })
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query;

    fn french() -> (&'static LanguagePack, Stemmer) {
        let pack = LanguagePack::for_tag("fr");
        (pack, Stemmer::new(pack.stemming))
    }

    fn apply(thesaurus: &str, q: &str) -> (ParsedQuery, Vec<Alternative>, Vec<String>) {
        let (pack, stemmer) = french();
        let t = Thesaurus::from_json(thesaurus).unwrap();
        let mut parsed = query::parse(q, pack, |_| false);
        let (alternatives, added) =
            Expansions::new(&t, pack, &stemmer).apply(&mut parsed, &stemmer);
        (
            parsed,
            alternatives,
            added.into_iter().map(|t| t.folded).collect(),
        )
    }

    const SYNONYMS: &str = r#"{"schema_version": 1, "synonyms": [
        {"terms": ["indemnisation", "réparation", "ministère public"]}]}"#;
    const TRANSLATIONS: &str = r#"{"schema_version": 1, "translations": [
        {"from": "en", "terms": ["migrant smuggling"], "to": ["trafic illicite de migrants"]}]}"#;

    #[test]
    fn a_synonym_typed_searches_the_others_of_its_set() {
        let (_, alternatives, words) = apply(SYNONYMS, "indemnisations des victimes");
        assert_eq!(words, ["reparation", "ministere", "public"]);
        assert_eq!(alternatives[0].covers, 0..1);
        assert_eq!(alternatives[1].words, 3..5);
    }

    #[test]
    fn a_phrase_is_found_across_stop_words_and_accents() {
        let (_, alternatives, words) = apply(SYNONYMS, "le ministere public ");
        assert_eq!(words, ["indemnisation", "reparation"]);
        assert_eq!(alternatives[0].covers, 0..2);
    }

    #[test]
    fn english_plurals_match_and_are_not_corrected() {
        let (parsed, alternatives, words) = apply(TRANSLATIONS, "migrants smuggling");
        assert_eq!(words, ["trafic", "illicite", "migrants"]);
        assert_eq!(alternatives[0].covers, 0..2);
        assert!(parsed.terms.iter().all(|t| !t.typos));
    }

    #[test]
    fn the_word_being_typed_must_be_complete() {
        assert!(apply(SYNONYMS, "repar").1.is_empty());
        assert_eq!(apply(SYNONYMS, "reparation").1.len(), 2);
    }

    #[test]
    fn a_phrase_keeps_the_distances_of_its_words() {
        let (pack, stemmer) = french();
        let t = Thesaurus::from_json(TRANSLATIONS).unwrap();
        let mut parsed = query::parse("migrant smuggling", pack, |_| false);
        let (_, added) = Expansions::new(&t, pack, &stemmer).apply(&mut parsed, &stemmer);
        let positions: Vec<u32> = added.iter().map(|t| t.position).collect();
        // `trafic illicite de migrants`: `de` counts, as in the index.
        assert_eq!(positions, [0, 1, 3]);
    }

    #[test]
    fn a_word_the_thesaurus_knows_is_not_a_typo() {
        let (parsed, _, _) = apply(SYNONYMS, "reparation ");
        assert!(!parsed.terms[0].typos);
    }

    #[test]
    fn an_english_query_drops_its_question_words() {
        let (parsed, alternatives, _) = apply(TRANSLATIONS, "what does migrant smuggling mean");
        let typed: Vec<&str> = parsed.terms.iter().map(|t| t.folded.as_str()).collect();
        assert_eq!(typed, ["migrant", "smuggling"]);
        assert_eq!(alternatives[0].covers, 0..2);
        assert_eq!(alternatives[0].words, 2..5);
        // Not a French query's words that are English ones too.
        let (parsed, _, _) = apply(SYNONYMS, "what does reparation mean");
        assert_eq!(parsed.terms.len(), 4);
    }

    #[test]
    fn quoted_words_are_taken_as_written() {
        assert!(apply(SYNONYMS, "\"indemnisation\"").1.is_empty());
    }
}
