//! The thesaurus mechanism, with a small table of its own
//! (`tests/fixtures/thesaurus.json`), not the bundled one: synonyms and
//! translations widen a query, for less than the words typed, and what they
//! find is highlighted.

use compendium_core::{Compendium, Field, Filters, Hit, SearchIndex};

const BUNDLED: &str = include_str!("../../../data/compendium.fr.json");
const FIXTURE: &str = include_str!("fixtures/thesaurus.json");

fn index() -> (Compendium, SearchIndex) {
    let compendium = Compendium::from_json(BUNDLED)
        .unwrap()
        .with_thesaurus(FIXTURE)
        .unwrap();
    let index = SearchIndex::new(&compendium);
    (compendium, index)
}

fn hits(index: &SearchIndex, query: &str) -> Vec<Hit> {
    index.search(query, &Filters::default(), 10).hits
}

/// The highlighted words of paragraph `n` (as printed) of a hit.
fn highlighted(c: &Compendium, hit: &Hit, n: u32) -> Vec<String> {
    let document = &c.themes[hit.theme].documents[hit.document];
    let index = document
        .paragraphs
        .iter()
        .position(|p| p.number == n)
        .unwrap();
    let p = &document.paragraphs[index];
    hit.paragraph_matches(index)
        .flat_map(|m| {
            let text = match m.field {
                Field::Item { item, .. } => &p.items[item].text,
                _ => &p.text,
            };
            m.spans.iter().map(|s| text[s.start..s.end].to_string())
        })
        .collect()
}

#[test]
fn a_synonym_absent_from_the_text_finds_the_words_of_its_set() {
    let (c, index) = index();
    let hits = hits(&index, "dédommagement");
    assert_eq!(hits[0].symbol, "CTOC/COP/WG.4/2018/2");
    assert_eq!(hits[0].paragraphs[0].number, 45);
    let words = highlighted(&c, &hits[0], 45);
    assert!(words.contains(&"réparation".to_string()), "{words:?}");
    assert!(words.contains(&"indemnisation".to_string()), "{words:?}");
}

#[test]
fn an_english_phrase_finds_its_french_terms() {
    let (c, index) = index();
    for q in ["organ harvesting", "Organ removal ", "recruitment fee"] {
        assert!(!hits(&index, q).is_empty(), "{q}");
    }
    let hits = hits(&index, "organ harvesting");
    assert_eq!(hits[0].symbol, "CTOC/COP/WG.4/2011/2");
    let best = hits[0].paragraphs[0].number;
    let words = highlighted(&c, &hits[0], best);
    assert!(
        words.iter().any(|w| w == "prélèvement"),
        "¶{best}: {words:?}"
    );
}

#[test]
fn a_word_for_a_phrase_finds_the_phrase() {
    let (_, index) = index();
    let hits = hits(&index, "procureur");
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| h.score > 0.0));
}

#[test]
fn a_phrase_of_the_thesaurus_is_found_only_as_a_phrase() {
    let (c, index) = index();
    // `procureur` searches `ministère public`, not every `public`.
    for hit in hits(&index, "procureur") {
        let n = hit.paragraphs[0].number;
        let words = highlighted(&c, &hit, n);
        assert!(
            words.iter().any(|w| w == "ministère"),
            "{} ¶{n}: {words:?}",
            hit.symbol
        );
    }
    // `organ removal` typed is that term: `organ` alone (`organes`) is not.
    let without = hits(&index, "removal organ");
    let with = hits(&index, "organ removal");
    assert_eq!(with[0].symbol, "CTOC/COP/WG.4/2011/2");
    assert!(with.len() <= without.len());
}

#[test]
fn expansions_count_less_than_the_words_typed() {
    let (_, index) = index();
    let typed = hits(&index, "indemnisation");
    // `indemnisation` is typed: 2018/2 says it; papers found through its
    // synonym `réparation` only come after.
    assert_eq!(typed[0].symbol, "CTOC/COP/WG.4/2018/2");
    let without = SearchIndex::new(&Compendium::from_json(BUNDLED).unwrap());
    let plain = hits(&without, "indemnisation");
    assert_eq!(plain[0].symbol, typed[0].symbol);
    assert!(typed.len() > plain.len());
}

#[test]
fn a_compendium_may_carry_its_own_thesaurus() {
    let thesaurus = FIXTURE.trim_end();
    let json = BUNDLED.trim_end().strip_suffix('}').unwrap().to_string()
        + &format!(",\n\"thesaurus\": {thesaurus}\n}}\n");
    let compendium = Compendium::from_json(&json).unwrap();
    assert_eq!(compendium.thesaurus.synonyms.len(), 2);
    let index = SearchIndex::new(&compendium);
    assert!(!hits(&index, "dédommagement").is_empty());
}

#[test]
fn a_compendium_with_a_bad_thesaurus_is_refused_by_name() {
    let json = BUNDLED.trim_end().strip_suffix('}').unwrap().to_string()
        + ",\n\"thesaurus\": {\"schema_version\": 1, \"synonyms\": [{\"terms\": [\"seul\"]}]}\n}\n";
    let message = Compendium::from_json(&json).unwrap_err().to_string();
    assert!(
        message.starts_with("invalid thesaurus: synonym set 1 (`seul`)"),
        "{message}"
    );
}

#[test]
fn without_a_thesaurus_the_json_is_written_as_before() {
    let compendium = Compendium::from_json(BUNDLED).unwrap();
    assert_eq!(compendium.to_json(), BUNDLED);
}
