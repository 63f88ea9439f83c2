//! Each language pack at work on a compendium in its language: the test
//! compendiums in `tests/fixtures/compendium.{en,es,ru,ar,zh}.json` (written
//! for these tests, not UN text) are searched, filtered by meeting and
//! rendered as HTML by the pack their `language` field names. Each paper of
//! a fixture holds one sentence, and only one paper holds each word asked
//! for, so "found" means "found first, and found in that paper".
#![cfg(feature = "all-languages")]

use compendium_core::{render_html, Compendium, Filters, SearchIndex};

fn fixture(code: &str) -> Compendium {
    let path = format!(
        "{}/tests/fixtures/compendium.{code}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    Compendium::from_json(&json).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The symbols of the papers `query` finds in the `code` fixture, best first.
fn found(code: &str, query: &str) -> Vec<String> {
    found_in(&fixture(code), query)
}

fn found_in(compendium: &Compendium, query: &str) -> Vec<String> {
    let index = SearchIndex::new(compendium);
    let results = index.search(query, &Filters::default(), 10);
    results.hits.into_iter().map(|h| h.symbol).collect()
}

/// The meeting the query names, as its filter.
fn meeting(code: &str, query: &str) -> Option<u8> {
    SearchIndex::new(&fixture(code))
        .search(query, &Filters::default(), 10)
        .meeting
}

/// Asserts that each query (a whole word: a space after it, so it is no
/// prefix) finds `symbol` and only it.
fn finds_only(code: &str, symbol: &str, queries: &[&str]) {
    for query in queries {
        assert_eq!(
            found(code, &format!("{query} ")),
            [symbol],
            "{code}: {query}"
        );
    }
}

mod english {
    use super::*;

    #[test]
    fn singular_and_plural_find_each_other() {
        finds_only("en", "TEST/EN/1", &["victim", "victims"]);
        finds_only("en", "TEST/EN/2", &["fee", "agency"]);
    }

    #[test]
    fn verb_forms_find_each_other() {
        finds_only("en", "TEST/EN/3", &["investigating", "investigates"]);
        finds_only("en", "TEST/EN/2", &["recruiting", "recruited"]);
    }

    #[test]
    fn stop_words_are_not_searched() {
        assert!(found("en", "with ").is_empty());
    }

    #[test]
    fn a_question_s_scaffolding_carries_no_weight() {
        assert_eq!(
            found("en", "how should victims be protected "),
            ["TEST/EN/1"]
        );
    }

    #[test]
    fn an_ordinal_and_meeting_name_the_meeting() {
        for query in ["sixth meeting", "6th meeting", "sixth mee"] {
            assert_eq!(meeting("en", query), Some(6), "{query}");
        }
    }

    #[test]
    fn html_labels_are_english() {
        let html = render_html(&fixture("en"));
        assert!(html.contains("<p>Key topics:</p>"), "{html}");
        assert!(html.contains("Sixth meeting (2015)"), "{html}");
    }
}

mod spanish {
    use super::*;

    #[test]
    fn singular_and_plural_find_each_other() {
        finds_only("es", "TEST/ES/1", &["víctima", "victimas"]);
        finds_only("es", "TEST/ES/2", &["trabajador", "migraciones"]);
    }

    #[test]
    fn accents_typed_or_not_find_each_other() {
        finds_only(
            "es",
            "TEST/ES/2",
            &["explotacion", "migracion", "migración"],
        );
    }

    #[test]
    fn stop_words_are_not_searched() {
        assert!(found("es", "los ").is_empty());
    }

    #[test]
    fn an_ordinal_and_meeting_name_the_meeting() {
        for query in ["sexta reunión", "6ª reunion", "sexta reu"] {
            assert_eq!(meeting("es", query), Some(6), "{query}");
        }
    }

    #[test]
    fn html_labels_are_spanish() {
        let html = render_html(&fixture("es"));
        assert!(html.contains("<p>Temas principales:</p>"), "{html}");
        assert!(html.contains("Sexta reunión (2015)"), "{html}");
    }
}

mod russian {
    use super::*;

    #[test]
    fn case_endings_find_each_other() {
        // Printed: `жертв` (genitive plural), `торговли` (genitive),
        // `агентства` (plural), `эксплуатации` (prepositional).
        finds_only("ru", "TEST/RU/1", &["жертва", "жертвам", "торговля"]);
        finds_only("ru", "TEST/RU/2", &["агентство"]);
        finds_only("ru", "TEST/RU/3", &["эксплуатация"]);
    }

    #[test]
    fn stop_words_are_not_searched() {
        assert!(found("ru", "по ").is_empty());
    }

    #[test]
    fn ordinals_decline_with_their_meeting() {
        for query in ["шестое совещание", "на шестом совещании", "шестая сессия"]
        {
            assert_eq!(meeting("ru", query), Some(6), "{query}");
        }
    }

    #[test]
    fn html_labels_are_russian() {
        let html = render_html(&fixture("ru"));
        assert!(html.contains("<p>Основные темы:</p>"), "{html}");
        assert!(html.contains("Шестое совещание (2015)"), "{html}");
    }
}

mod arabic {
    use super::*;

    #[test]
    fn the_definite_article_does_not_matter() {
        // Printed: `المساعدة`, `الاستغلال`.
        finds_only("ar", "TEST/AR/1", &["مساعدة"]);
        finds_only("ar", "TEST/AR/3", &["استغلال"]);
    }

    #[test]
    fn prefixes_and_suffixes_do_not_matter() {
        // Printed: `وتقديم` (and-), `المهاجرين` (the-, plural).
        finds_only("ar", "TEST/AR/1", &["تقديم"]);
        finds_only("ar", "TEST/AR/2", &["مهاجر"]);
    }

    #[test]
    fn short_vowels_typed_or_not_find_each_other() {
        finds_only("ar", "TEST/AR/1", &["الضَّحايا"]);
    }

    #[test]
    fn stop_words_are_not_searched() {
        assert!(found("ar", "على ").is_empty());
    }

    #[test]
    fn the_ordinal_follows_its_meeting() {
        assert_eq!(meeting("ar", "الاجتماع السادس"), Some(6));
        assert_eq!(meeting("ar", "السادس الاجتماع"), None);
    }

    #[test]
    fn html_labels_are_arabic() {
        let html = render_html(&fixture("ar"));
        assert!(html.contains("<p>المواضيع الرئيسية:</p>"), "{html}");
        assert!(html.contains("الاجتماع السادس (2015)"), "{html}");
    }
}

mod chinese {
    use super::*;

    #[test]
    fn a_two_character_term_is_found_inside_a_sentence() {
        finds_only("zh", "TEST/ZH/1", &["贩运", "受害者", "人口贩运"]);
        finds_only("zh", "TEST/ZH/2", &["费用"]);
    }

    #[test]
    fn characters_apart_in_the_text_are_not_a_term() {
        // `人` and `运` are both in `人口贩运`, not next to each other.
        assert!(found("zh", "人运 ").is_empty());
    }

    #[test]
    fn a_meeting_is_one_word_around_its_number() {
        for query in ["第六次会议", "第6次会议"] {
            assert_eq!(meeting("zh", query), Some(6), "{query}");
        }
    }

    #[test]
    fn a_meeting_and_a_term_search_together() {
        assert_eq!(found("zh", "第六次会议 贩运"), ["TEST/ZH/1"]);
        assert!(found("zh", "第二次会议 贩运").is_empty());
    }

    #[test]
    fn html_labels_are_chinese() {
        let html = render_html(&fixture("zh"));
        assert!(html.contains("<p>主要专题：</p>"), "{html}");
        assert!(html.contains("第六次会议 (2015)"), "{html}");
    }
}

mod the_data_s_language_decides {
    use super::*;

    fn in_language(code: &str, language: &str) -> Compendium {
        let mut compendium = fixture(code);
        compendium.language = language.into();
        compendium
    }

    #[test]
    fn french_meeting_words_are_not_a_filter_in_english_data() {
        assert_eq!(meeting("en", "sixième réunion"), None);
    }

    #[test]
    fn english_meeting_words_are_not_a_filter_in_french_data() {
        let index = SearchIndex::new(&in_language("en", "fr"));
        assert_eq!(
            index
                .search("sixth meeting", &Filters::default(), 10)
                .meeting,
            None
        );
    }

    #[test]
    fn html_labels_are_not_french_in_english_data() {
        let html = render_html(&fixture("en"));
        assert!(!html.contains("Principaux sujets") && !html.contains("réunion"));
    }

    #[test]
    fn an_unknown_language_has_no_stop_words() {
        let unknown = in_language("en", "de");
        assert_eq!(found_in(&unknown, "with "), ["TEST/EN/1"]);
    }

    #[test]
    fn an_unknown_language_is_not_stemmed() {
        // `recruited` and the printed `recruitment` share an English stem;
        // word for word, they are too far apart even for a typo.
        let english = found("en", "recruited ");
        let unknown = found_in(&in_language("en", "de"), "recruited ");
        assert_eq!(english, ["TEST/EN/2"]);
        assert!(unknown.is_empty(), "{unknown:?}");
    }

    #[test]
    fn an_unknown_language_gets_english_html_labels() {
        let html = render_html(&in_language("en", "de"));
        assert!(html.contains("<p>Key topics:</p>"), "{html}");
    }
}

mod bad_input {
    use super::*;
    use proptest::prelude::*;
    use std::sync::OnceLock;

    /// One index per fixture, built once for all the cases.
    fn indexes() -> &'static [SearchIndex] {
        static INDEXES: OnceLock<Vec<SearchIndex>> = OnceLock::new();
        INDEXES.get_or_init(|| {
            ["en", "es", "ru", "ar", "zh"]
                .iter()
                .map(|code| SearchIndex::new(&fixture(code)))
                .collect()
        })
    }

    proptest! {
        #[test]
        fn any_query_in_any_language_is_answered(query in "\\PC{0,40}", which in 0usize..5) {
            let results = indexes()[which].search(&query, &Filters::default(), 10);
            prop_assert!(results.hits.len() <= 10);
        }

        #[test]
        fn han_meetings_and_digits_mixed_are_answered(query in "[第次会议六6 贩运人口a-z]{0,20}") {
            let results = indexes()[4].search(&query, &Filters::default(), 10);
            prop_assert!(results.hits.len() <= 10);
        }
    }
}
