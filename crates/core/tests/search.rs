//! Behaviour of the search API on small, hand-written compendiums, and bad
//! input of every kind run through it.

use compendium_core::{
    fold, Compendium, Document, Field, Filters, Item, Paragraph, SearchIndex, Theme, Thesaurus,
    MAX_QUERY_CHARS, SCHEMA_VERSION,
};
use proptest::prelude::*;

fn paper(symbol: &str, year: u16, meeting: u8, title: &str, paragraphs: &[&str]) -> Document {
    Document {
        symbol: symbol.into(),
        year,
        meeting,
        title: title.into(),
        link: format!("https://undocs.org/fr/{symbol}"),
        paragraphs: paragraphs
            .iter()
            .enumerate()
            .map(|(i, text)| Paragraph {
                number: i as u32 + 1,
                text: (*text).into(),
                items: Vec::new(),
            })
            .collect(),
    }
}

fn fixture() -> Compendium {
    let mut organes = paper(
        "CTOC/COP/WG.4/2011/2",
        2011,
        4,
        "Traite des personnes à des fins de prélèvement d’organes",
        &[
            "Le document traite des chasseurs d’organes.",
            "Les mesures énumérées :",
        ],
    );
    organes.paragraphs[1].items = vec![Item {
        label: "a".into(),
        text: "Prévention du tourisme de transplantation ;".into(),
    }];
    Compendium {
        schema_version: SCHEMA_VERSION,
        symbol: "CTOC/COP/WG.4/2021/5".into(),
        title: "Recueil".into(),
        language: "fr".into(),
        introduction: Vec::new(),
        themes: vec![
            Theme {
                id: "non-sanction".into(),
                title: "Non-sanction".into(),
                key_topics: vec!["Casier judiciaire".into(), "modèle de la contrainte".into()],
                documents: vec![
                    paper(
                        "CTOC/COP/WG.4/2010/4",
                        2010,
                        2,
                        "Non-sanction et non-poursuite des victimes de la traite",
                        &["La traite des personnes et la non-sanction des victimes."],
                    ),
                    paper(
                        "CTOC/COP/WG.4/2020/2",
                        2020,
                        10,
                        "Mesures de justice pénale",
                        &[
                            "Un traité international sur la traite est cité.",
                            "Rien d’autre.",
                        ],
                    ),
                ],
            },
            Theme {
                id: "organes".into(),
                title: "Prélèvement d’organes".into(),
                key_topics: vec!["Définition et incrimination".into()],
                documents: vec![
                    organes,
                    paper(
                        "CTOC/COP/WG.4/2015/2",
                        2015,
                        6,
                        "Rôle des agences de recrutement",
                        &["La traite, encore la traite, toujours la traite des personnes."],
                    ),
                ],
            },
        ],
        thesaurus: Thesaurus::default(),
    }
}

fn symbols(index: &SearchIndex, query: &str) -> Vec<String> {
    index
        .search(query, &Filters::default(), 10)
        .hits
        .into_iter()
        .map(|h| h.symbol)
        .collect()
}

#[test]
fn index_can_be_shared_between_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<SearchIndex>();
}

#[test]
fn accented_form_outranks_its_folded_twin() {
    let index = SearchIndex::new(&fixture());
    // Every paper says "traite" (trafficking); one says "traité" (treaty).
    assert_eq!(symbols(&index, "traité")[0], "CTOC/COP/WG.4/2020/2");
    assert_ne!(symbols(&index, "traite ")[0], "CTOC/COP/WG.4/2020/2");
}

#[test]
fn exact_form_outranks_a_stemmed_one() {
    let mut c = fixture();
    c.themes.truncate(1);
    c.themes[0].key_topics.clear();
    c.themes[0].documents = vec![
        paper("A/1", 2010, 2, "Un", &["Des victimes, des victimes."]),
        paper("A/2", 2010, 2, "Deux", &["Une victime."]),
    ];
    let index = SearchIndex::new(&c);
    assert_eq!(symbols(&index, "victime "), vec!["A/2", "A/1"]);
    assert_eq!(symbols(&index, "victimes "), vec!["A/1", "A/2"]);
}

#[test]
fn exact_word_outranks_a_corrected_one() {
    let index = SearchIndex::new(&fixture());
    // "organes" exists: no correction is tried, so only the papers of the
    // organ theme (which says it) match, not "orgues" or the like.
    let hits = symbols(&index, "organes ");
    assert_eq!(hits, vec!["CTOC/COP/WG.4/2011/2", "CTOC/COP/WG.4/2015/2"]);
    // A typo finds it.
    assert_eq!(symbols(&index, "orgnaes ")[0], "CTOC/COP/WG.4/2011/2");
}

#[test]
fn short_words_are_not_corrected() {
    let index = SearchIndex::new(&fixture());
    assert!(symbols(&index, "rle ").is_empty());
}

#[test]
fn hyphenated_words_match_every_way_of_typing_them() {
    let index = SearchIndex::new(&fixture());
    for q in [
        "non-sanction",
        "non sanction",
        "nonsanction",
        "NON SANCTION",
    ] {
        assert_eq!(symbols(&index, q)[0], "CTOC/COP/WG.4/2010/4", "{q}");
    }
}

#[test]
fn symbols_match_in_full_or_in_part_but_not_by_a_lone_number() {
    let index = SearchIndex::new(&fixture());
    for q in [
        "CTOC/COP/WG.4/2015/2",
        "WG.4/2015/2",
        "WG4/2015/2",
        "2015/2",
    ] {
        assert_eq!(symbols(&index, q), vec!["CTOC/COP/WG.4/2015/2"], "{q}");
    }
    assert!(symbols(&index, "2").is_empty());
    assert!(symbols(&index, "CTOC").is_empty());
}

#[test]
fn symbol_span_covers_the_part_typed() {
    let index = SearchIndex::new(&fixture());
    let hit = &index.search("2015/2", &Filters::default(), 1).hits[0];
    let m = hit
        .matches
        .iter()
        .find(|m| m.field == Field::Symbol)
        .unwrap();
    let s = m.spans[0];
    assert_eq!(&hit.symbol[s.start..s.end], "2015/2");
}

#[test]
fn year_and_meeting_in_the_query_filter() {
    let index = SearchIndex::new(&fixture());
    let r = index.search("2015", &Filters::default(), 10);
    assert_eq!((r.year, r.total), (Some(2015), 1));
    assert_eq!(
        symbols(&index, "sixième réunion"),
        vec!["CTOC/COP/WG.4/2015/2"]
    );
    assert_eq!(
        symbols(&index, "2e réunion traite"),
        vec!["CTOC/COP/WG.4/2010/4"]
    );
}

#[test]
fn filters_restrict_results() {
    let index = SearchIndex::new(&fixture());
    let only = |f: Filters| -> Vec<String> {
        index
            .search("traite", &f, 10)
            .hits
            .into_iter()
            .map(|h| h.symbol)
            .collect()
    };
    let theme = only(Filters {
        theme: Some("organes".into()),
        ..Filters::default()
    });
    assert_eq!(theme.len(), 2);
    let year = only(Filters {
        year: Some(2010),
        ..Filters::default()
    });
    assert_eq!(year, vec!["CTOC/COP/WG.4/2010/4"]);
    let meeting = only(Filters {
        meeting: Some(10),
        ..Filters::default()
    });
    assert_eq!(meeting, vec!["CTOC/COP/WG.4/2020/2"]);
}

#[test]
fn quoted_phrase_must_appear_as_such() {
    let index = SearchIndex::new(&fixture());
    assert_eq!(
        symbols(&index, "\"chasseurs d'organes\""),
        vec!["CTOC/COP/WG.4/2011/2"]
    );
    assert!(symbols(&index, "\"organes chasseurs\"").is_empty());
}

#[test]
fn last_word_matches_as_a_prefix_while_typing() {
    let index = SearchIndex::new(&fixture());
    assert_eq!(symbols(&index, "transpl")[0], "CTOC/COP/WG.4/2011/2");
    assert!(symbols(&index, "transpl ").is_empty());
}

#[test]
fn spans_point_into_items_and_titles() {
    let c = fixture();
    let index = SearchIndex::new(&c);
    let hit = &index.search("transplantation", &Filters::default(), 1).hits[0];
    let m = &hit.matches[0];
    assert_eq!(
        m.field,
        Field::Item {
            paragraph: 1,
            item: 0
        }
    );
    let text = &c.themes[1].documents[0].paragraphs[1].items[0].text;
    assert_eq!(&text[m.spans[0].start..m.spans[0].end], "transplantation");
    let numbers: Vec<u32> = hit.paragraphs.iter().map(|p| p.number).collect();
    assert_eq!(numbers, vec![2]);

    let hit = &index.search("d’organes", &Filters::default(), 1).hits[0];
    let title = hit
        .matches
        .iter()
        .find(|m| m.field == Field::Title)
        .unwrap();
    let text = &c.themes[1].documents[0].title;
    assert_eq!(&text[title.spans[0].start..title.spans[0].end], "organes");
}

#[test]
fn results_serialize_for_javascript() {
    let index = SearchIndex::new(&fixture());
    let json = serde_json::to_string(&index.search("organes", &Filters::default(), 1)).unwrap();
    assert!(json.contains(r#""field":"title""#), "{json}");
    assert!(json.contains(r#""spans":[{"start":"#), "{json}");
}

#[test]
fn filters_without_words_list_every_paper_they_let_through_in_order() {
    let index = SearchIndex::new(&fixture());
    let year = |query: &str| -> Vec<String> {
        let filters = Filters {
            year: Some(2010),
            ..Filters::default()
        };
        index
            .search(query, &filters, 10)
            .hits
            .into_iter()
            .map(|h| h.symbol)
            .collect()
    };
    let typed = index.search("2010", &Filters::default(), 10);
    let typed: Vec<String> = typed.hits.into_iter().map(|h| h.symbol).collect();
    assert!(!typed.is_empty());
    assert_eq!(year(""), typed);
    assert_eq!(year("  "), typed);
}

#[test]
fn empty_and_blank_queries_find_nothing() {
    let index = SearchIndex::new(&fixture());
    for q in ["", "   ", "\t\n", "de la", "’", "-"] {
        let r = index.search(q, &Filters::default(), 10);
        assert!(r.hits.is_empty() && !r.truncated, "{q:?}");
    }
}

#[test]
fn hostile_queries_are_bounded_and_reported() {
    let index = SearchIndex::new(&fixture());
    let long = "organes ".repeat(12_500);
    let r = index.search(&long, &Filters::default(), 10);
    assert!(r.truncated);
    assert_eq!(r.hits[0].symbol, "CTOC/COP/WG.4/2011/2");
    let long_word = "a".repeat(100_000);
    assert!(index.search(&long_word, &Filters::default(), 10).truncated);
    for q in [
        "!!!???...,,,;;;",
        "😀🎉👍🏽",
        "الاتجار بالبشر",
        "\u{0}\u{1}\u{7f}\u{1b}[31m",
        "\u{FFFD}\u{FFFD}organes",
        "\u{202E}organes\u{202C}",
        "e\u{301}\u{301}\u{301}",
        "//////2015//",
        "\"\"\"\"\"",
        "« »",
    ] {
        let _ = index.search(q, &Filters::default(), 10);
    }
}

#[test]
fn words_past_max_query_chars_are_ignored_and_reported() {
    let index = SearchIndex::new(&fixture());
    let padded = |spaces: usize| format!("{}organes ", " ".repeat(spaces));
    // `organes ` ends exactly at the limit: read in full.
    let whole = index.search(
        &padded(MAX_QUERY_CHARS - "organes ".len()),
        &Filters::default(),
        10,
    );
    assert!(!whole.truncated);
    assert_eq!(whole.hits[0].symbol, "CTOC/COP/WG.4/2011/2");
    // One character further and its final space is cut: still found, but
    // reported.
    let cut = index.search(
        &padded(MAX_QUERY_CHARS - "organes ".len() + 1),
        &Filters::default(),
        10,
    );
    assert!(cut.truncated);
    assert_eq!(cut.hits[0].symbol, "CTOC/COP/WG.4/2011/2");
    // Past the limit entirely: not searched.
    let past = index.search(&padded(MAX_QUERY_CHARS), &Filters::default(), 10);
    assert!(past.truncated && past.hits.is_empty());
}

#[test]
fn limit_caps_hits_not_total() {
    let index = SearchIndex::new(&fixture());
    let r = index.search("traite", &Filters::default(), 1);
    assert_eq!((r.hits.len(), r.total), (1, 4));
    assert!(index
        .search("traite", &Filters::default(), 0)
        .hits
        .is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn folding_never_panics_and_is_idempotent(s in "\\PC*") {
        let once = fold(&s);
        prop_assert_eq!(fold(&once), once);
    }

    #[test]
    fn search_never_panics_on_any_string(s in any::<String>()) {
        let index = SearchIndex::new(&fixture());
        let r = index.search(&s, &Filters::default(), 5);
        prop_assert!(r.hits.len() <= 5);
        for hit in &r.hits {
            prop_assert!(hit.score.is_finite());
        }
    }

    #[test]
    fn search_never_panics_on_french_like_strings(
        s in "[a-zA-Zéèàçœ’'\\-/. «»\"0-9]{0,60}"
    ) {
        let index = SearchIndex::new(&fixture());
        let _ = index.search(&s, &Filters::default(), 5);
    }
}

/// A paper as the compendium prints it: an introduction quoting its title and
/// symbol, then its summary.
fn introduced(symbol: &str, title: &str, summary: &[&str]) -> Document {
    let intro = format!(
        "En 2015, pour la sixième réunion du Groupe de travail, le Secrétariat a rédigé un \
         document d’information destiné à éclairer le débat sur le thème : « {title} » ({symbol})."
    );
    let mut texts = vec![intro.as_str()];
    texts.extend_from_slice(summary);
    paper(symbol, 2015, 6, title, &texts)
}

fn introduced_fixture() -> Compendium {
    let mut c = fixture();
    c.themes[1].documents.push(introduced(
        "CTOC/COP/WG.4/2015/9",
        "Rôle des agences de recrutement et frais de recrutement",
        &[
            "Le document examine la vulnérabilité des travailleurs migrants.",
            "Les frais de recrutement abusifs favorisent l’exploitation.",
            "Les agences de recrutement se trouvent dans d’autres pays.",
        ],
    ));
    c
}

fn numbers(hit: &compendium_core::Hit) -> Vec<u32> {
    hit.paragraphs.iter().map(|p| p.number).collect()
}

#[test]
fn the_introduction_quoting_the_title_never_outranks_a_paragraph_with_the_words() {
    let index = SearchIndex::new(&introduced_fixture());
    let hit = &index
        .search("frais de recrutement", &Filters::default(), 1)
        .hits[0];
    assert_eq!(hit.symbol, "CTOC/COP/WG.4/2015/9");
    // Paragraph 1 quotes the title: its words count for the title, once.
    assert_eq!(numbers(hit), vec![3, 4]);
}

#[test]
fn every_matching_paragraph_is_listed_best_first_with_its_printed_number() {
    let index = SearchIndex::new(&introduced_fixture());
    let hit = &index
        .search("agences de recrutement", &Filters::default(), 1)
        .hits[0];
    assert_eq!(numbers(hit), vec![4, 3]);
    assert!(hit.paragraphs.iter().all(|p| p.matched));
    assert!(hit.paragraphs[0].score >= hit.paragraphs[1].score);
    // The best paragraph's score, and what the other paragraphs holding
    // every word add.
    assert!(hit.score > hit.paragraphs[0].score);
}

#[test]
fn the_introduction_is_highlighted_though_it_does_not_count() {
    let index = SearchIndex::new(&introduced_fixture());
    let hit = &index
        .search("frais de recrutement", &Filters::default(), 1)
        .hits[0];
    assert!(!hit.spans(Field::Paragraph { paragraph: 0 }).is_empty());
}

#[test]
fn a_paper_found_through_its_title_only_shows_the_paragraph_most_about_it() {
    let index = SearchIndex::new(&introduced_fixture());
    // `rôle` is in the title (and its quotation) only.
    let hit = &index.search("rôle", &Filters::default(), 10).hits;
    let hit = hit
        .iter()
        .find(|h| h.symbol == "CTOC/COP/WG.4/2015/9")
        .unwrap();
    assert_eq!(hit.paragraphs.len(), 1);
    let shown = hit.paragraphs[0];
    assert!(!shown.matched);
    // The paragraph sharing the most title words, not the introduction.
    assert_eq!(shown.number, 3);
}

#[test]
fn a_paper_found_through_its_theme_only_shows_its_first_summary_paragraph() {
    let mut c = introduced_fixture();
    c.themes[1]
        .key_topics
        .push("Chaînes d’approvisionnement".into());
    let index = SearchIndex::new(&c);
    let hits = index
        .search("approvisionnement", &Filters::default(), 10)
        .hits;
    let hit = hits
        .iter()
        .find(|h| h.symbol == "CTOC/COP/WG.4/2015/9")
        .unwrap();
    assert_eq!(numbers(hit), vec![2]);
    assert!(!hit.paragraphs[0].matched);
}

#[test]
fn papers_follow_their_best_paragraph() {
    let mut c = fixture();
    c.themes[0].documents = vec![
        paper("A/1", 2010, 2, "Un", &["Le casier.", "Le judiciaire."]),
        paper("A/2", 2010, 2, "Deux", &["Rien.", "Le casier judiciaire."]),
    ];
    let index = SearchIndex::new(&c);
    // Both papers hold both words; only A/2 in one paragraph, side by side.
    assert_eq!(symbols(&index, "casier judiciaire")[..2], ["A/2", "A/1"]);
}

#[test]
fn one_character_searches_nothing_and_says_so() {
    let index = SearchIndex::new(&fixture());
    let r = index.search("t", &Filters::default(), 10);
    assert!(r.too_short && r.hits.is_empty() && r.total == 0);
    assert!(!index.search("tr", &Filters::default(), 10).too_short);
}

#[test]
fn two_characters_find_the_words_they_start_and_nothing_else() {
    let index = SearchIndex::new(&fixture());
    // `ra` starts no word: no stem, no typo, no part of a word.
    assert!(symbols(&index, "ra").is_empty());
    // `tr` starts `traite`, `transplantation`…
    let r = index.search("tr", &Filters::default(), 10);
    for hit in &r.hits {
        for m in &hit.matches {
            assert!(!m.spans.is_empty());
        }
    }
    assert!(!r.hits.is_empty());
    // `20` is no part of a symbol.
    assert!(symbols(&index, "20").is_empty());
}

#[test]
fn a_typo_is_never_corrected_into_a_question_word() {
    let mut c = fixture();
    c.themes[0].documents[0].paragraphs[0].text = "Comment le faire ?".into();
    let index = SearchIndex::new(&c);
    // `commnet` is one edit from `comment`, which is scaffolding.
    assert!(symbols(&index, "commnet ").is_empty());
}

#[test]
fn a_question_finds_what_its_words_ask() {
    let index = SearchIndex::new(&fixture());
    assert_eq!(
        symbols(&index, "comment prévenir le tourisme de transplantation ?")[0],
        "CTOC/COP/WG.4/2011/2"
    );
}

#[test]
fn a_precise_match_is_never_pushed_down_by_an_expansion() {
    let mut c = fixture();
    c.themes[0].documents = vec![
        paper(
            "A/1",
            2010,
            2,
            "Réparation, réparation et réparation",
            &["Réparation pour les victimes, réparation encore."],
        ),
        paper(
            "A/2",
            2010,
            2,
            "Un",
            &["Un long paragraphe sur bien des sujets, dont une fois l’indemnisation des victimes de la traite, et bien d’autres choses encore."],
        ),
    ];
    c.thesaurus = serde_json::from_str(
        r#"{"schema_version": 1, "synonyms": [{"terms": ["indemnisation", "réparation"]}]}"#,
    )
    .unwrap();
    let index = SearchIndex::new(&c);
    assert_eq!(symbols(&index, "indemnisation ")[..2], ["A/2", "A/1"]);
    assert_eq!(symbols(&index, "réparation ")[0], "A/1");
}
