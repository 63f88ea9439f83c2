//! The widget's wasm tests, run in headless Chromium by `wasm-bindgen-test`
//! (`cargo xtask test`). They mount real instances into the test page and
//! look inside their shadow roots; what needs a whole page (the loader, CSP,
//! screenshots) is in the end-to-end tests under `tests/e2e/`.

use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a fresh widget in a new `<div>` and waits for Yew's first render.
async fn mounted() -> (Element, ShadowRoot) {
    let document = gloo::utils::document();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    crate::mount(host.clone()).unwrap();
    settle().await;
    let root = host.shadow_root().expect("mount attaches a shadow root");
    (host, root)
}

/// Lets Yew render what the last event scheduled.
async fn settle() {
    yew::platform::time::sleep(Duration::ZERO).await;
}

fn headers(root: &ShadowRoot) -> Vec<String> {
    let list = root.query_selector_all(".cw-accordion__button").unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

async fn type_query(root: &ShadowRoot, text: &str) {
    let input: HtmlInputElement = root
        .query_selector("input[type=search]")
        .unwrap()
        .expect("a search field")
        .dyn_into()
        .unwrap();
    input.set_value(text);
    let event = web_sys::InputEvent::new("input").unwrap();
    input.dispatch_event(&event).unwrap();
    settle().await;
}

#[wasm_bindgen_test]
async fn mount_renders_one_header_per_theme_in_an_open_shadow_root() {
    let (host, root) = mounted().await;
    assert_eq!(root.mode(), web_sys::ShadowRootMode::Open);
    assert_eq!(headers(&root).len(), crate::data::bundled().themes.len());
    assert_eq!(headers(&root).len(), 13);
    host.remove();
}

#[wasm_bindgen_test]
async fn headers_are_buttons_inside_headings_with_aria_attributes() {
    let (host, root) = mounted().await;
    let button = root
        .query_selector("h2 > button.cw-accordion__button")
        .unwrap()
        .expect("a heading holding a button");
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("false"));
    let panel_id = button.get_attribute("aria-controls").expect("aria-controls");
    assert!(root.get_element_by_id(&panel_id).is_some());
    host.remove();
}

#[wasm_bindgen_test]
async fn typing_a_query_keeps_only_matching_themes() {
    let (host, root) = mounted().await;
    type_query(&root, "sanction").await;
    let shown = headers(&root);
    assert!(!shown.is_empty() && shown.len() < 13, "{shown:?}");
    type_query(&root, "").await;
    assert_eq!(headers(&root).len(), 13);
    host.remove();
}

#[wasm_bindgen_test]
async fn two_instances_are_independent() {
    let (first, first_root) = mounted().await;
    let (second, second_root) = mounted().await;
    type_query(&first_root, "sanction").await;
    assert!(headers(&first_root).len() < 13);
    assert_eq!(headers(&second_root).len(), 13);
    first.remove();
    second.remove();
}
