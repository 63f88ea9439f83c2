//! The relevance suite (`tests/relevance.json`) passes in full, and every
//! match span of every result points at a word that matches a word of the
//! query in one of the ways the search defines: the same word once folded,
//! the same stem, a prefix of the word being typed, a typo within the
//! tolerated edits, the part of a symbol the query names.
//!
//! Set `COMPENDIUM_DATA=<file.json>` to run it against another compendium
//! file than the bundled `data/compendium.fr.json`; the bundled one is read
//! with its thesaurus, `data/thesaurus.fr.json`, when that file exists, and
//! a span may then point at a word of the thesaurus too.

use compendium_core::relevance::{self, Case};
use compendium_core::{
    fold, Compendium, Field, Filters, IndexBuilder, RankingWeights, SearchIndex,
};
use rust_stemmers::{Algorithm, Stemmer};
use std::collections::HashSet;

const SUITE: &str = include_str!("../../../tests/relevance.json");
const BUNDLED: &str = include_str!("../../../data/compendium.fr.json");

fn compendium() -> Compendium {
    if let Ok(path) = std::env::var("COMPENDIUM_DATA") {
        let text = std::fs::read_to_string(&path).expect("COMPENDIUM_DATA is readable");
        return Compendium::from_json(&text).expect("the compendium JSON loads");
    }
    let compendium = Compendium::from_json(BUNDLED).expect("the compendium JSON loads");
    let thesaurus = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/thesaurus.fr.json");
    match std::fs::read_to_string(thesaurus) {
        Ok(json) => compendium
            .with_thesaurus(&json)
            .expect("data/thesaurus.fr.json loads"),
        Err(_) => compendium,
    }
}

/// The words of the thesaurus's terms, folded and by stem: a span may be one
/// of them. The search looks them up as complete words, never by prefix or
/// typo, so a set lookup is the whole check (checking each span against each
/// of the thousand-odd words, with an edit distance, made this test 30 times
/// slower).
struct ThesaurusWords {
    folded: HashSet<String>,
    stems: HashSet<String>,
}

impl ThesaurusWords {
    fn of(c: &Compendium, stemmer: &Stemmer) -> ThesaurusWords {
        let t = &c.thesaurus;
        let terms = t.synonyms.iter().flat_map(|s| &s.terms);
        let terms = terms.chain(
            t.translations
                .iter()
                .flat_map(|t| t.terms.iter().chain(&t.to)),
        );
        let folded: HashSet<String> = terms
            .flat_map(|term| query_words(&format!("{term} ")))
            .map(|w| w.folded)
            .collect();
        let stems = folded
            .iter()
            .map(|w| stemmer.stem(w).into_owned())
            .collect();
        ThesaurusWords { folded, stems }
    }

    fn matches(&self, span: &str, stemmer: &Stemmer) -> bool {
        let text = fold(span).replace(['-', '\u{2010}', '\u{2011}'], "");
        self.folded.contains(&text) || self.stems.contains(stemmer.stem(&text).as_ref())
    }
}

fn cases() -> Vec<Case> {
    relevance::parse(SUITE).expect("tests/relevance.json parses")
}

#[test]
fn suite_has_at_least_45_cases() {
    assert!(cases().len() >= 45);
}

#[test]
fn suite_has_at_least_25_paragraph_cases() {
    assert!(cases().iter().filter(|c| !c.paragraphs.is_empty()).count() >= 25);
}

#[test]
fn every_case_finds_its_papers_and_paragraphs() {
    let index = SearchIndex::new(&compendium());
    let cases = cases();
    // Shown with --nocapture: the figures behind the pass or fail.
    println!("relevance: {}", relevance::measure(&index, &cases));
    let failures = relevance::check(&index, &cases);
    for f in &failures {
        eprintln!("FAIL {f}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} relevance cases failed (listed above)",
        failures.len(),
        cases.len()
    );
}

#[test]
fn an_index_built_a_paper_at_a_time_answers_as_one_built_at_once() {
    let compendium = compendium();
    let papers: usize = compendium.themes.iter().map(|t| t.documents.len()).sum();
    let mut builder = IndexBuilder::new(&compendium, RankingWeights::default());
    let mut steps = 1;
    while !builder.step(&compendium, || false) {
        steps += 1;
    }
    assert_eq!(steps, papers, "one paper a step when nothing more is asked");
    let sliced = builder.finish(&compendium);
    let whole = SearchIndex::new(&compendium);
    for case in cases() {
        let filters = Filters::default();
        assert_eq!(
            sliced.search(&case.query, &filters, usize::MAX),
            whole.search(&case.query, &filters, usize::MAX),
            "{:?}",
            case.query
        );
    }
}

#[test]
fn a_paragraph_not_shown_first_is_a_failure_that_names_it() {
    let index = SearchIndex::new(&compendium());
    let case = Case {
        query: "frais de recrutement".into(),
        expect: vec!["CTOC/COP/WG.4/2015/2".into()],
        within: 1,
        paragraphs: vec![67],
        why: "the introduction".into(),
    };
    let failures = relevance::check(&index, std::slice::from_ref(&case));
    let message = failures[0].to_string();
    assert!(
        message.contains("expected ¶67 first in CTOC/COP/WG.4/2015/2, got [¶68"),
        "{message}"
    );
    let m = relevance::measure(&index, &[case]);
    assert_eq!(
        (m.paper_at_1, m.paragraph_at_1, m.paragraph_cases),
        (1, 0, 1)
    );
}

/// The original text of a field of a paper.
fn field_text(c: &Compendium, theme: usize, document: usize, field: Field) -> &str {
    let t = &c.themes[theme];
    let d = &t.documents[document];
    match field {
        Field::ThemeTitle => &t.title,
        Field::KeyTopic { index } => &t.key_topics[index],
        Field::Title => &d.title,
        Field::Symbol => &d.symbol,
        Field::Paragraph { paragraph } => &d.paragraphs[paragraph].text,
        Field::Item { paragraph, item } => &d.paragraphs[paragraph].items[item].text,
    }
}

/// A word of the query as the search reads it (see `crate::normalize` and
/// `crate::query`): folded, hyphenated words by their parts, a UN symbol
/// (`WG.4/2015/2`) whole, and whether it is the word still being typed (the
/// last one, when the query ends on it), which may match as a prefix.
#[derive(Debug)]
struct QueryWord {
    folded: String,
    typing: bool,
}

fn is_code(word: &str) -> bool {
    word.contains('/') && word.bytes().any(|b| b.is_ascii_digit())
}

/// The query's words. Apostrophes separate (an elided `l` or `d` is left in,
/// harmless: no span is ever a lone letter); stop words and the words of a
/// year or meeting filter are left in too, so the check errs on the lenient
/// side there.
fn query_words(query: &str) -> Vec<QueryWord> {
    let folded = fold(query);
    let pieces: Vec<&str> = folded
        .split(|c: char| !(c.is_alphanumeric() || matches!(c, '/' | '.' | '-')))
        .filter(|w| !w.is_empty())
        .collect();
    let mut words: Vec<QueryWord> = Vec::new();
    for piece in pieces {
        let piece = piece.trim_matches(|c| matches!(c, '/' | '.' | '-'));
        if is_code(piece) {
            words.push(QueryWord {
                folded: piece.to_string(),
                typing: false,
            });
            continue;
        }
        for part in piece.split(['-', '.', '/']).filter(|w| !w.is_empty()) {
            words.push(QueryWord {
                folded: part.to_string(),
                typing: false,
            });
        }
    }
    let ends_on_a_word = query.chars().last().is_some_and(char::is_alphanumeric);
    if let Some(last) = words.last_mut() {
        last.typing = ends_on_a_word;
    }
    words
}

/// Edits (insertions, deletions, substitutions, swaps of two neighbours)
/// between two words, as the search's typo tolerance counts them.
fn edits(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    // d[i][j]: edits between the first i characters of a and j of b.
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    d[0] = (0..=b.len()).collect();
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

/// The edits tolerated for a query word of `len` characters: none up to 3,
/// one up to 7, two beyond (`crate::typo`).
fn max_edits(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// How a span's text matches a query word, if it does: the ways the search
/// expands a query word (`crate::expand`), checked here from their
/// definitions.
fn how_it_matches(span: &str, word: &QueryWord, stemmer: &Stemmer) -> Option<&'static str> {
    // What the index holds for the span: folded, a compound without its
    // hyphens.
    let text = fold(span).replace(['-', '\u{2010}', '\u{2011}'], "");
    let w = word.folded.as_str();
    if is_code(w) {
        // Dots in symbols are optional (`wg4/2015/2`); the span is the part
        // of the symbol the query names.
        let dotless = |s: &str| s.replace('.', "");
        return (dotless(&text) == dotless(w)).then_some("symbol");
    }
    if text == w {
        return Some("same folded word");
    }
    if w.bytes().all(|b| b.is_ascii_digit()) {
        // Numbers match exactly, never by stem, prefix or typo.
        return None;
    }
    if stemmer.stem(&text) == stemmer.stem(w) {
        return Some("same stem");
    }
    if word.typing && w.chars().count() >= 2 && text.starts_with(w) {
        return Some("prefix of the word being typed");
    }
    let len = w.chars().count();
    (edits(&text, w) <= max_edits(len)).then_some("typo")
}

#[test]
fn every_span_points_at_a_matching_word() {
    let c = compendium();
    let index = SearchIndex::new(&c);
    let mut checked = 0;
    let stemmer = Stemmer::create(Algorithm::French);
    let widened = ThesaurusWords::of(&c, &stemmer);
    for case in cases() {
        let words = query_words(&case.query);
        let results = index.search(&case.query, &Filters::default(), 20);
        for hit in &results.hits {
            for m in &hit.matches {
                let text = field_text(&c, hit.theme, hit.document, m.field);
                let mut last_end = 0;
                for s in &m.spans {
                    assert!(s.start < s.end && s.end <= text.len(), "{s:?} in {text:?}");
                    assert!(
                        s.start >= last_end,
                        "spans overlap or are unsorted: {:?}",
                        m.spans
                    );
                    last_end = s.end;
                    let got = &text[s.start..s.end];
                    assert!(
                        words
                            .iter()
                            .any(|w| how_it_matches(got, w, &stemmer).is_some())
                            || widened.matches(got, &stemmer),
                        "query {:?}: span {got:?} of {:?} in {} matches none of {words:?}",
                        case.query,
                        m.field,
                        hit.symbol
                    );
                    // The span covers whole characters of a word, not more.
                    assert!(got.chars().next().is_some_and(char::is_alphanumeric));
                    assert!(got.chars().last().is_some_and(char::is_alphanumeric));
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 100, "only {checked} spans checked");
}
