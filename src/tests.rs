//! The embed layer's wasm tests, run in headless Chromium by
//! `wasm-bindgen-test` (`cargo xtask test`). They mount real instances into
//! the test page and look inside their shadow roots. The UI's logic is tested
//! natively in `compendium-ui`; what needs a whole page (the loader, CSP,
//! keyboard, screenshots, axe) is in the end-to-end tests under `tests/e2e/`.

use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a fresh widget in a new `<div>` with these attributes and waits for
/// Yew's first render.
async fn mounted(attributes: &[(&str, &str)]) -> (Element, ShadowRoot) {
    let document = gloo::utils::document();
    let host = document.create_element("div").unwrap();
    // A unique id: it is the instance's key for the session storage, which
    // must not carry one test's open sections into the next.
    thread_local!(static NEXT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
    host.set_id(&format!("test-{}", NEXT.with(|n| n.replace(n.get() + 1))));
    for (name, value) in attributes {
        host.set_attribute(name, value).unwrap();
    }
    document.body().unwrap().append_child(&host).unwrap();
    crate::mount(host.clone(), Vec::new()).unwrap();
    settle().await;
    let root = host.shadow_root().expect("mount attaches a shadow root");
    (host, root)
}

/// Lets Yew render what the last event scheduled.
async fn settle() {
    yew::platform::time::sleep(Duration::ZERO).await;
    yew::platform::time::sleep(Duration::ZERO).await;
}

fn texts(root: &ShadowRoot, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

/// Titles of the sections on screen (a search hides, not removes, the others).
fn titles(root: &ShadowRoot) -> Vec<String> {
    texts(
        root,
        ".cw-accordion__section:not([hidden]) .cw-accordion__title",
    )
}

fn find(root: &ShadowRoot, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into()
        .unwrap()
}

async fn type_query(root: &ShadowRoot, text: &str) {
    let input: HtmlInputElement = find(root, "input[type=search]").unchecked_into();
    input.set_value(text);
    input
        .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    settle().await;
}

#[wasm_bindgen_test]
async fn mount_renders_one_section_per_theme_in_an_open_shadow_root() {
    let (host, root) = mounted(&[]).await;
    assert_eq!(root.mode(), web_sys::ShadowRootMode::Open);
    assert_eq!(titles(&root).len(), 13);
    assert_eq!(titles(&root)[0], crate::data::bundled().themes[0].title);
    host.remove();
}

#[wasm_bindgen_test]
async fn headers_are_buttons_alone_inside_headings() {
    let (host, root) = mounted(&[]).await;
    let button = find(&root, "h2 > button.cw-accordion__button");
    assert_eq!(button.parent_element().unwrap().child_element_count(), 1);
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    let panel = root
        .get_element_by_id(&button.get_attribute("aria-controls").unwrap())
        .unwrap();
    assert!(panel.has_attribute("hidden"));
    host.remove();
}

#[wasm_bindgen_test]
async fn clicking_a_header_opens_and_closes_its_panel() {
    let (host, root) = mounted(&[]).await;
    let button = find(&root, ".cw-accordion__button");
    button.click();
    settle().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let panel = root
        .get_element_by_id(&button.get_attribute("aria-controls").unwrap())
        .unwrap();
    assert!(!panel.has_attribute("hidden"));
    button.click();
    settle().await;
    assert!(panel.has_attribute("hidden"));
    host.remove();
}

#[wasm_bindgen_test]
async fn a_query_keeps_only_themes_with_matching_papers() {
    let (host, root) = mounted(&[]).await;
    type_query(&root, "prélèvement d’organes").await;
    let shown = titles(&root);
    assert!(!shown.is_empty() && shown.len() < 13, "{shown:?}");
    assert_eq!(shown[0], "Prélèvement d’organes");
    assert!(texts(&root, "mark")
        .iter()
        .any(|m| m.eq_ignore_ascii_case("organes")));
    type_query(&root, "").await;
    assert_eq!(titles(&root).len(), 13);
    host.remove();
}

#[wasm_bindgen_test]
async fn a_query_without_results_offers_to_clear_it() {
    let (host, root) = mounted(&[]).await;
    type_query(&root, "zzzzqqq").await;
    assert!(titles(&root).is_empty());
    find(&root, ".cw-empty button").click();
    settle().await;
    assert_eq!(titles(&root).len(), 13);
    host.remove();
}

#[wasm_bindgen_test]
async fn two_instances_are_independent() {
    let (first, first_root) = mounted(&[]).await;
    let (second, second_root) = mounted(&[]).await;
    type_query(&first_root, "sanction").await;
    assert!(titles(&first_root).len() < 13);
    assert_eq!(titles(&second_root).len(), 13);
    first.remove();
    second.remove();
}

#[wasm_bindgen_test]
async fn attributes_set_language_heading_level_query_and_open_theme() {
    let (host, root) = mounted(&[
        ("lang", "en"),
        ("heading-level", "3"),
        ("open", "non-sanction"),
    ])
    .await;
    assert_eq!(
        find(&root, ".cw").get_attribute("lang").as_deref(),
        Some("en")
    );
    assert_eq!(
        find(&root, ".cw-search__label").text_content().unwrap(),
        "Search the compendium"
    );
    assert_eq!(
        root.query_selector_all("h3 > .cw-accordion__button")
            .unwrap()
            .length(),
        13
    );
    let open = find(&root, "#cw-theme-non-sanction");
    assert_eq!(open.get_attribute("aria-expanded").as_deref(), Some("true"));
    host.remove();

    let (host, root) = mounted(&[("query", "2015/2")]).await;
    assert_eq!(
        titles(&root),
        vec!["Agences de recrutement et frais de recrutement"]
    );
    host.remove();
}

#[wasm_bindgen_test]
fn the_relevance_suite_passes_in_the_browser() {
    let cases = compendium_core::relevance::parse(include_str!("../tests/relevance.json")).unwrap();
    assert!(cases.len() >= 40);
    let compendium = crate::data::bundled();
    let index = compendium.index();
    // The same figures as the native test prints, measured in the browser.
    wasm_bindgen_test::console_log!(
        "relevance: {}",
        compendium_core::relevance::measure(index, &cases)
    );
    let failures = compendium_core::relevance::check(index, &cases);
    let report: Vec<String> = failures.iter().map(|f| f.to_string()).collect();
    assert!(report.is_empty(), "{}", report.join("\n"));
}

#[wasm_bindgen_test]
fn the_js_search_api_returns_plain_ranked_objects() {
    let value = crate::api::search("non-sanction", 3.into()).unwrap();
    let hits: js_sys::Array = value.dyn_into().unwrap();
    assert!(hits.length() >= 1 && hits.length() <= 3);
    let first = hits.get(0);
    let theme = js_sys::Reflect::get(&first, &"themeId".into()).unwrap();
    assert_eq!(theme.as_string().as_deref(), Some("non-sanction"));
}

#[wasm_bindgen_test]
fn the_js_search_api_gives_paragraph_numbers_with_spans_in_js_string_offsets() {
    let get = |v: &wasm_bindgen::JsValue, k: &str| js_sys::Reflect::get(v, &k.into()).unwrap();
    let hits: js_sys::Array = crate::api::search("frais de recrutement", 1.into())
        .unwrap()
        .dyn_into()
        .unwrap();
    let paragraph = js_sys::Array::from(&get(&hits.get(0), "paragraphs")).get(0);
    let number = get(&paragraph, "number").as_f64().unwrap() as u32;
    assert!(
        (68..=70).contains(&number),
        "a paragraph of 2015/2 that has the words, not ¶67: {number}"
    );
    assert_eq!(get(&paragraph, "matched").as_bool(), Some(true));
    let span = js_sys::Array::from(&get(&paragraph, "spans")).get(0);
    let (start, end) = (
        get(&span, "start").as_f64().unwrap(),
        get(&span, "end").as_f64().unwrap(),
    );
    // The text as JavaScript indexes it (UTF-16): the span is a matched word.
    let compendium = crate::data::bundled();
    let text = &compendium
        .themes
        .iter()
        .flat_map(|t| &t.documents)
        .flat_map(|d| &d.paragraphs)
        .find(|p| p.number == number)
        .unwrap()
        .text;
    let js_text = js_sys::JsString::from(text.as_str());
    let word = js_text
        .substring(start as u32, end as u32)
        .as_string()
        .unwrap()
        .to_lowercase();
    assert!(["frais", "recrutement"].contains(&word.as_str()), "{word}");
}

#[wasm_bindgen_test]
fn the_js_search_api_json_keeps_every_character_of_a_string() {
    let text = "a \"quoted\" \\ back\nslash\u{1}\ttab é 漢 \u{2028} 𝄞 </script>";
    let mut json = crate::api::Json::default();
    json.string(text);
    let parsed = js_sys::JSON::parse(&json.0).unwrap();
    assert_eq!(parsed.as_string().as_deref(), Some(text));
}

#[wasm_bindgen_test]
fn the_js_search_api_limit_defaults_to_ten_and_is_clamped() {
    let count = |limit: wasm_bindgen::JsValue| {
        let hits: js_sys::Array = crate::api::search("traite", limit)
            .unwrap()
            .dyn_into()
            .unwrap();
        hits.length()
    };
    assert_eq!(count(wasm_bindgen::JsValue::UNDEFINED), 10);
    assert_eq!(count("many".into()), 10, "not a number: the default");
    assert_eq!(count(2.9.into()), 2);
    assert_eq!(count(" 3 ".into()), 3, "a string of a number");
    assert_eq!(count(0.into()), 1);
    assert_eq!(count(f64::NEG_INFINITY.into()), 1);
}

#[wasm_bindgen_test]
async fn destroy_removes_the_instance_and_empties_its_shadow_root() {
    let before = crate::instances();
    let (host, root) = mounted(&[]).await;
    assert_eq!(crate::instances(), before + 1);
    let handle = crate::mount(host.clone(), Vec::new()).unwrap();
    assert_eq!(
        crate::instances(),
        before + 1,
        "mounting again reuses the instance"
    );
    handle.destroy();
    assert_eq!(crate::instances(), before);
    assert_eq!(root.child_element_count(), 0);
    // A handle kept after the instance is gone does nothing, and mounting
    // the same element again starts a new instance.
    handle.search("traite");
    handle.destroy();
    let again = crate::mount(host.clone(), Vec::new()).unwrap();
    settle().await;
    assert_eq!(crate::instances(), before + 1);
    assert_eq!(titles(&root).len(), 13, "not searched by the old handle");
    again.destroy();
    host.remove();
}

#[wasm_bindgen_test]
async fn commands_sent_before_the_first_render_are_carried_out() {
    let document = gloo::utils::document();
    let host = document.create_element("div").unwrap();
    host.set_id("test-commands");
    document.body().unwrap().append_child(&host).unwrap();
    let handle = crate::mount(host.clone(), Vec::new()).unwrap();
    handle.search("2015/2");
    settle().await;
    let root = host.shadow_root().unwrap();
    assert_eq!(
        titles(&root),
        vec!["Agences de recrutement et frais de recrutement"]
    );
    handle.destroy();
    host.remove();
}

/// `json` parsed by the browser, then read like a `data-src` compendium.
async fn read_json(json: &str) -> Result<compendium_core::Compendium, String> {
    crate::from_js::compendium(&js_sys::JSON::parse(json).unwrap()).await
}

#[wasm_bindgen_test]
async fn a_data_src_compendium_reads_like_the_cores_json() {
    let json = include_str!("../data/compendium.fr.json");
    let expected = compendium_core::Compendium::from_json(json).unwrap();
    assert_eq!(read_json(json).await.unwrap(), expected);
}

#[wasm_bindgen_test]
async fn a_large_data_src_compendium_is_read_with_the_page_having_turns() {
    use js_sys::{Array, Reflect};
    let value = js_sys::JSON::parse(include_str!("../data/compendium.fr.json")).unwrap();
    let themes = Array::from(&Reflect::get(&value, &"themes".into()).unwrap());
    for theme in themes.iter() {
        let papers = Array::from(&Reflect::get(&theme, &"documents".into()).unwrap());
        let many = Array::new();
        for _ in 0..200 {
            for paper in papers.iter() {
                many.push(&paper);
            }
        }
        Reflect::set(&theme, &"documents".into(), &many).unwrap();
    }
    let turned = std::rc::Rc::new(std::cell::Cell::new(false));
    let _turn = {
        let turned = turned.clone();
        gloo::timers::callback::Timeout::new(0, move || turned.set(true))
    };
    let read = crate::from_js::compendium(&value).await.unwrap();
    assert!(turned.get(), "a timeout ran while 4000 papers were read");
    let papers: usize = read.themes.iter().map(|t| t.documents.len()).sum();
    assert_eq!(papers, 200 * 20);
}

#[wasm_bindgen_test]
async fn a_data_src_compendium_of_the_wrong_shape_says_where() {
    let paper = r#"{"symbol": "S", "year": 2010, "meeting": 2, "title": "T", "link": "L", "paragraphs": []}"#;
    let with = |theme: &str| {
        format!(
            r#"{{"schema_version": 1, "symbol": "S", "title": "T", "language": "fr",
                 "introduction": [{{"number": 1, "text": "x", "unknown": true}}],
                 "themes": [{theme}]}}"#
        )
    };
    let theme = |documents: &str| {
        format!(r#"{{"id": "a", "title": "A", "key_topics": ["k"], "documents": [{documents}]}}"#)
    };
    let ok = read_json(&with(&theme(paper))).await.unwrap();
    assert_eq!(ok.themes[0].documents[0].year, 2010);
    assert!(ok.introduction[0].items.is_empty(), "items may be missing");
    for (json, error) in [
        (
            with(&theme(&paper.replace("2010", "\"2010\""))),
            "themes[0].documents[0].year: expected a whole number from 0 to 65535",
        ),
        (
            with(&theme(&paper.replace("2010", "-1"))),
            "themes[0].documents[0].year: expected a whole number from 0 to 65535",
        ),
        (
            with(&theme(&paper.replace(": 2,", ": 2.5,"))),
            "themes[0].documents[0].meeting: expected a whole number from 0 to 255",
        ),
        (
            with(&theme(&paper.replace("\"link\": \"L\", ", ""))),
            "themes[0].documents[0]: missing field `link`",
        ),
        (
            with(&theme("[]")),
            "themes[0].documents[0]: expected an object",
        ),
        (with("{\"id\": 3}"), "themes[0].id: expected a string"),
        (
            r#"{"schema_version": 1, "symbol": "S", "title": "T", "language": "fr",
                 "introduction": {}, "themes": []}"#
                .to_string(),
            "introduction: expected an array",
        ),
        ("[]".to_string(), "expected an object"),
    ] {
        assert_eq!(read_json(&json).await.unwrap_err(), error, "{json}");
    }
}
