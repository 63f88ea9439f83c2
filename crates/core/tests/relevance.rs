//! The relevance suite (`tests/relevance.json`) passes in full, and every
//! match span of every result points at characters that match the query.
//!
//! Set `COMPENDIUM_DATA=<file.json>` to run it against another compendium
//! file than the bundled `data/compendium.fr.json`.

use compendium_core::relevance::{self, Case};
use compendium_core::{fold, Compendium, Field, Filters, SearchIndex};

const SUITE: &str = include_str!("../../../tests/relevance.json");
const BUNDLED: &str = include_str!("../../../data/compendium.fr.json");

fn compendium() -> Compendium {
    let text = match std::env::var("COMPENDIUM_DATA") {
        Ok(path) => std::fs::read_to_string(&path).expect("COMPENDIUM_DATA is readable"),
        Err(_) => BUNDLED.to_string(),
    };
    Compendium::from_json(&text).expect("the compendium JSON loads")
}

fn cases() -> Vec<Case> {
    relevance::parse(SUITE).expect("tests/relevance.json parses")
}

#[test]
fn suite_has_at_least_45_cases() {
    assert!(cases().len() >= 45);
}

#[test]
fn every_case_finds_its_papers() {
    let index = SearchIndex::new(&compendium());
    let cases = cases();
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

/// The query's words, folded, without elisions or punctuation.
fn query_words(query: &str) -> Vec<String> {
    fold(query)
        .split(|c: char| !c.is_alphanumeric() && c != '/' && c != '.')
        .map(|w| w.trim_matches('.').to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether a span's text (folded) is one of the query's words, or shares a
/// beginning of at least 3 letters with one (prefix, stem, typo), or is a
/// part of a symbol the query names.
fn related(span: &str, words: &[String]) -> bool {
    // Hyphens are not part of words; dots inside symbols are optional.
    let span = fold(span).replace(['-', '\u{2010}', '\u{2011}', '.'], "");
    let words: Vec<String> = words.iter().map(|w| w.replace('.', "")).collect();
    let spans: Vec<&str> = span
        .split(|c: char| !c.is_alphanumeric() && c != '/' && c != '.')
        .filter(|w| !w.is_empty())
        .collect();
    spans.iter().all(|s| {
        words.iter().any(|w: &String| {
            let common = s.chars().zip(w.chars()).take_while(|(a, b)| a == b).count();
            *s == w.as_str()
                || w.ends_with(*s)
                || s.ends_with(w.as_str())
                || common >= 3.min(w.chars().count())
                || w.contains(*s)
        })
    })
}

#[test]
fn every_span_points_at_a_matching_word() {
    let c = compendium();
    let index = SearchIndex::new(&c);
    let mut checked = 0;
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
                        related(got, &words),
                        "query {:?}: span {got:?} of {:?} in {} is not a query word",
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
