//! The app rendered natively by Yew's server renderer: what the first render
//! puts on screen for a given start, language and heading level. (Effects do
//! not run here; what follows the first render is tested in a browser.)

use crate::prerender::{self, render, Extent};
use crate::test_support::compendium;
use crate::{AppProps, Lang, Start};

/// The French app at the default heading level, starting from `start`.
fn props(start: Start) -> AppProps {
    AppProps {
        name: "Recueil".into(),
        start,
        ..prerender::props(compendium(), Lang::Fr, Extent::Headers)
    }
}

/// How many times `needle` occurs in `html`.
fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

/// The opening tags `<name …>` in `html`, in order.
fn tags<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name}");
    html.match_indices(&open)
        .map(|(at, _)| &html[at..])
        .filter(|rest| rest[open.len()..].starts_with([' ', '>']))
        .map(|rest| &rest[..=rest.find('>').expect("a tag ends")])
        .collect()
}

/// The value of attribute `name` in an opening tag.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let at = tag.find(&key)? + key.len();
    Some(&tag[at..at + tag[at..].find('"')?])
}

/// The opening tags `<name …>` whose class attribute is `class`.
fn with_class<'a>(html: &'a str, name: &str, class: &str) -> Vec<&'a str> {
    tags(html, name)
        .into_iter()
        .filter(|t| attr(t, "class") == Some(class))
        .collect()
}

#[test]
fn the_first_render_has_a_header_button_per_theme_inside_a_heading() {
    let html = render(props(Start::default()));
    let headings = with_class(&html, "h2", "cw-accordion__heading");
    assert_eq!(headings.len(), 13);
    assert_eq!(
        count(&html, "class=\"cw-accordion__heading\"><button"),
        13,
        "the button alone in its heading"
    );
    let buttons = with_class(&html, "button", "cw-accordion__button");
    assert!(buttons
        .iter()
        .all(|b| attr(b, "aria-expanded") == Some("false")));
    assert!(html.contains("Prélèvement d’organes"));
}

#[test]
fn the_search_landmark_is_named_after_the_instance() {
    let html = render(props(Start::default()));
    let search = tags(&html, "div")
        .into_iter()
        .find(|t| attr(t, "role") == Some("search"))
        .expect("a search landmark");
    assert_eq!(attr(search, "aria-label"), Some("Recueil"));
}

#[test]
fn panels_are_no_landmarks() {
    let html = render(props(Start {
        open: vec!["demande".into()],
        ..Start::default()
    }));
    assert!(!html.contains("role=\"region\""));
    let panels = with_class(&html, "div", "cw-accordion__panel");
    assert_eq!(panels.len(), 13);
}

#[test]
fn collapsed_panels_are_hidden_until_found() {
    let html = render(props(Start::default()));
    assert_eq!(count(&html, "hidden=\"until-found\""), 13);
}

#[test]
fn the_heading_level_sets_theme_headings_and_papers_one_below() {
    let html = render(AppProps {
        heading_level: 4,
        ..props(Start {
            open: vec!["non-sanction".into()],
            ..Start::default()
        })
    });
    assert_eq!(with_class(&html, "h4", "cw-accordion__heading").len(), 13);
    assert_eq!(
        with_class(&html, "h5", "cw-doc__title").len(),
        2,
        "the open theme's two papers"
    );
    assert!(tags(&html, "h2").is_empty() && tags(&html, "h3").is_empty());
}

#[test]
fn the_interface_speaks_the_chosen_language() {
    let english = render(AppProps {
        lang: Lang::En,
        ..props(Start::default())
    });
    assert_eq!(
        attr(with_class(&english, "div", "cw")[0], "lang"),
        Some("en")
    );
    assert!(english.contains("Search the compendium"));
    assert!(!english.contains("Rechercher dans le recueil"));
    let french = render(props(Start::default()));
    assert!(french.contains("Rechercher dans le recueil"));
}

#[test]
fn an_opened_theme_shows_its_papers_and_the_others_stay_closed() {
    let html = render(props(Start {
        open: vec!["non-sanction".into()],
        ..Start::default()
    }));
    let buttons = with_class(&html, "button", "cw-accordion__button");
    let open: Vec<_> = buttons
        .iter()
        .filter_map(|b| {
            attr(b, "aria-expanded")
                .filter(|e| *e == "true")
                .and(attr(b, "id"))
        })
        .collect();
    assert_eq!(open, ["cw-theme-non-sanction"]);
    assert_eq!(count(&html, "hidden=\"until-found\""), 12);
    assert!(
        html.contains("id=\"cw-doc-ctoc-cop-wg-4-2020-2\""),
        "a non-sanction paper"
    );
}

#[test]
fn a_start_query_shows_the_matching_themes_first_with_marks() {
    let html = render(props(Start {
        query: "2015/2".into(),
        ..Start::default()
    }));
    let headers = with_class(&html, "button", "cw-accordion__button");
    assert_eq!(
        attr(headers[0], "id"),
        Some("cw-theme-agences-de-recrutement-et-frais-de-recrutement")
    );
    let sections = tags(&html, "section");
    assert!(!sections[0].contains(" hidden"), "{}", sections[0]);
    assert!(
        sections[1..].iter().all(|s| s.contains(" hidden")),
        "one theme has it"
    );
    assert!(html.contains("<mark>2015/2</mark>"), "the symbol is marked");
    let input = tags(&html, "input")[0];
    assert_eq!(
        attr(input, "value"),
        Some("2015/2"),
        "the field holds the query"
    );
}

#[test]
fn a_search_before_a_large_index_is_built_keeps_the_accordion_and_says_it_is_preparing() {
    let compendium = crate::test_support::large(crate::app::INDEX_AT_ONCE + 1);
    let start = Start {
        query: "frais de recrutement".into(),
        ..Start::default()
    };
    let html = render(AppProps {
        compendium: compendium.clone(),
        ..props(start.clone())
    });
    let preparing = Lang::Fr.strings().preparing;
    // The field's hint (the live region speaks it after a pause).
    assert_eq!(count(&html, preparing), 1);
    assert_eq!(count(&html, "cw-accordion__sections--searching"), 0);
    assert_eq!(count(&html, "<mark"), 0);
    assert_eq!(count(&html, Lang::Fr.strings().no_results), 0);
    // Once built, the same start shows its results.
    compendium.index();
    let ready = render(AppProps {
        compendium,
        ..props(start)
    });
    assert_eq!(count(&ready, preparing), 0);
    assert!(count(&ready, "<mark") > 0);
}

#[test]
fn a_search_before_a_small_index_is_built_builds_it_at_once() {
    let html = render(AppProps {
        compendium: crate::test_support::unindexed(),
        ..props(Start {
            query: "frais de recrutement".into(),
            ..Start::default()
        })
    });
    assert_eq!(count(&html, Lang::Fr.strings().preparing), 0);
    assert!(count(&html, "<mark") > 0);
}

#[test]
fn a_paper_whose_link_is_not_http_shows_its_symbol_as_text_isolated() {
    let json = include_str!("../../../data/compendium.fr.json");
    let mut data = compendium_core::Compendium::from_json(json).unwrap();
    let paper = &mut data.themes[8].documents[0];
    paper.link = "javascript:alert(1)".into();
    paper.symbol = "X/\u{202e}1".into();
    let html = render(AppProps {
        compendium: crate::SharedCompendium::new(data),
        ..props(Start {
            open: vec!["non-sanction".into()],
            ..Start::default()
        })
    });
    assert!(!html.contains("javascript:"));
    assert!(html.contains("<span class=\"cw-doc__symbol\"><bdi>X/\u{202e}1</bdi></span>"));
    let links = tags(&html, "a");
    assert_eq!(links.len(), 1, "the theme's other paper keeps its link");
    assert_eq!(
        attr(links[0], "href"),
        Some("https://undocs.org/fr/CTOC/COP/WG.4/2010/4")
    );
}

#[test]
fn the_prerendered_headers_leave_the_collapsed_panels_empty() {
    let html = render(prerender::props(compendium(), Lang::Fr, Extent::Headers));
    assert_eq!(
        with_class(&html, "button", "cw-accordion__button").len(),
        13
    );
    assert!(
        html.contains("Prélèvement d’organes"),
        "key topics are there"
    );
    assert!(!html.contains("cw-doc__title"), "no paper yet");
}

#[test]
fn the_whole_prerender_has_every_paper_in_its_collapsed_panel() {
    let html = render(prerender::props(compendium(), Lang::Fr, Extent::Whole));
    let papers: usize = compendium().themes.iter().map(|t| t.documents.len()).sum();
    assert_eq!(with_class(&html, "h3", "cw-doc__title").len(), papers);
    assert_eq!(count(&html, "hidden=\"until-found\""), 13, "all collapsed");
}

#[test]
fn the_prerender_container_says_its_language_and_extent() {
    let html = prerender::container(compendium(), Lang::En, Extent::Whole);
    let div = tags(&html, "div")[0];
    assert_eq!(attr(div, prerender::LANG_ATTRIBUTE), Some("en"));
    assert_eq!(attr(div, prerender::EXTENT_ATTRIBUTE), Some("whole"));
    assert!(html.contains("Search the compendium"));
    assert_eq!(prerender::Extent::parse("whole"), Extent::Whole);
    assert_eq!(prerender::Extent::parse("anything"), Extent::Headers);
}

#[test]
fn the_prerender_has_no_inline_style_a_strict_csp_would_refuse() {
    for extent in [Extent::Headers, Extent::Whole] {
        let html = render(prerender::props(compendium(), Lang::Fr, extent));
        assert!(!html.contains(" style="), "{extent:?}");
        assert!(!html.contains("<style"), "{extent:?}");
    }
}

#[test]
fn a_found_paper_shows_its_matching_paragraphs_first_and_folds_the_others() {
    let html = render(props(Start {
        query: "frais de recrutement".into(),
        open: vec!["agences-de-recrutement-et-frais-de-recrutement".into()],
        ..Start::default()
    }));
    let article = &html[html
        .find("id=\"cw-doc-ctoc-cop-wg-4-2015-2\"")
        .expect("the paper")..];
    let article = &article[..article.find("</article>").expect("its end")];
    let numbers: Vec<&str> = article
        .match_indices("<span class=\"cw-para__number\">")
        .map(|(at, tag)| &article[at + tag.len()..at + tag.len() + 3])
        .collect();
    assert_ne!(
        numbers[0], "67.",
        "the boilerplate introduction is not first: {numbers:?}"
    );
    let fold = tags(article, "button")
        .into_iter()
        .find(|b| attr(b, "class") == Some("cw-button cw-fold"))
        .expect("a fold control");
    assert_eq!(attr(fold, "aria-expanded"), Some("false"));
    assert_eq!(
        attr(fold, "aria-controls"),
        Some("cw-doc-ctoc-cop-wg-4-2015-2-more")
    );
    let folded = tags(article, "div")
        .into_iter()
        .find(|d| attr(d, "id") == Some("cw-doc-ctoc-cop-wg-4-2015-2-more"))
        .expect("the folded paragraphs");
    assert_eq!(attr(folded, "hidden"), Some("until-found"));
}

#[test]
fn without_a_search_a_paper_reads_in_order_without_a_fold() {
    let html = render(props(Start {
        open: vec!["agences-de-recrutement-et-frais-de-recrutement".into()],
        ..Start::default()
    }));
    assert!(!html.contains("cw-fold"));
    let first = html
        .find("id=\"cw-para-ctoc-cop-wg-4-2015-2-67\"")
        .expect("¶67");
    let second = html
        .find("id=\"cw-para-ctoc-cop-wg-4-2015-2-68\"")
        .expect("¶68");
    assert!(first < second);
}

/// Every language's whole first render, with a search that shows counts,
/// folded paragraphs and meetings.
fn rendered_in(lang: Lang) -> String {
    render(AppProps {
        lang,
        start: Start {
            query: "frais de recrutement".into(),
            open: vec!["agences-de-recrutement-et-frais-de-recrutement".into()],
            ..Start::default()
        },
        ..prerender::props(compendium(), lang, Extent::Whole)
    })
}

#[test]
fn each_language_s_root_says_its_language_and_direction() {
    for &lang in Lang::ALL {
        let html = render(prerender::props(compendium(), lang, Extent::Headers));
        let root = with_class(&html, "div", "cw")[0];
        assert_eq!(attr(root, "lang"), Some(lang.code()));
        let dir = if lang == Lang::Ar { "rtl" } else { "ltr" };
        assert_eq!(attr(root, "dir"), Some(dir), "{}", lang.code());
    }
}

#[test]
fn no_french_interface_string_is_left_in_another_language() {
    let french = Lang::Fr.strings();
    // French UI text as shown (the compendium's own text stays French).
    let mut shown: Vec<String> = [
        french.search_label,
        french.search_hint,
        french.key_topics,
        french.copy_link,
        french.opens_new_window,
        french.year_filter,
        french.any_year,
        french.meeting_filter,
        french.any_meeting,
    ]
    .map(String::from)
    .to_vec();
    shown.extend((1..=12).map(|n| crate::i18n::meeting(Lang::Fr, n)));
    let in_french = rendered_in(Lang::Fr);
    for s in &shown[..9] {
        assert!(
            in_french.contains(s.as_str()),
            "the check sees {s:?} in French"
        );
    }
    for &lang in &Lang::ALL[1..] {
        let html = rendered_in(lang);
        for s in &shown {
            assert!(!html.contains(s.as_str()), "{}: {s:?} left", lang.code());
        }
        assert!(html.contains(lang.strings().search_label));
        assert!(html.contains(lang.strings().key_topics));
    }
}

#[test]
fn the_compendium_s_text_keeps_its_language_and_own_direction() {
    // French papers in an Arabic interface: each block of the data's text
    // says it is French and takes the direction of its text.
    let html = rendered_in(Lang::Ar);
    for (tag, class) in [
        ("span", "cw-accordion__title"),
        ("span", "cw-accordion__summary"),
        ("ul", "cw-chips"),
        ("div", "cw-para"),
    ] {
        let blocks = with_class(&html, tag, class);
        assert!(!blocks.is_empty(), "{class}");
        for block in blocks {
            assert_eq!(
                (attr(block, "lang"), attr(block, "dir")),
                (Some("fr"), Some("auto")),
                "{block}"
            );
        }
    }
}
