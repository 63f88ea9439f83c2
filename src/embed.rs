//! The embedding layer: turns a mount point (`<compendium-widget>` or
//! `<div data-compendium-widget>`) into a widget instance rendered inside its
//! own open shadow root.
//!
//! Not the loader: finding mount points and loading the wasm is `www/loader.js`.

use crate::app::{App, AppProps};
use wasm_bindgen::prelude::*;
use web_sys::{Element, ShadowRootInit, ShadowRootMode};

/// Mounts one widget instance on `host`. Called by the loader for every mount
/// point; each instance has its own shadow root, state and ids.
#[wasm_bindgen]
pub fn mount(host: Element) -> Result<(), JsValue> {
    // Open, so page scripts, tests and assistive extensions can reach inside.
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    root.set_inner_html("");
    crate::styles::adopt(&root)?;
    let document = host.owner_document().ok_or("the mount point is not in a document")?;
    let container = document.create_element("div")?;
    root.append_child(&container)?;
    let props = AppProps {
        compendium: crate::data::bundled(),
    };
    yew::Renderer::<App>::with_root_and_props(container, props).render();
    Ok(())
}
