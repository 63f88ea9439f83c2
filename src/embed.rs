//! The embedding layer: turns a mount point (`<compendium-widget>` or
//! `<div data-compendium-widget>`) into a widget instance rendered inside its
//! own open shadow root, and gives page scripts a handle on it.
//!
//! Not the loader: finding mount points and loading the wasm is `www/loader.js`.

use crate::app::{App, AppProps, Command};
use crate::components::search_box::SEARCH_INPUT_ID;
use crate::config::Config;
use crate::data::SharedCompendium;
use crate::i18n::Lang;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlInputElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::Callback;

/// One mounted widget, as the components see it.
pub struct Instance {
    /// Namespace for the URL fragment and session storage: the mount point's
    /// `id`, or `cw1`, `cw2`… in document order.
    pub key: String,
    /// The mount point: events for page scripts are dispatched on it.
    pub host: Element,
    pub config: Config,
    /// Set by the app once rendered; page scripts' commands go through it.
    commands: RefCell<Option<Callback<Command>>>,
    /// Commands sent before the app listened (before its first render, or
    /// while `data-src` loads), replayed when it does.
    pending: RefCell<Vec<Command>>,
    /// The running app, once rendered (taken by `WidgetHandle::destroy`).
    app: RefCell<Option<yew::AppHandle<App>>>,
}

impl PartialEq for Instance {
    fn eq(&self, other: &Self) -> bool {
        self.host == other.host
    }
}

impl Instance {
    pub fn listen(&self, commands: Callback<Command>) {
        for command in self.pending.take() {
            commands.emit(command);
        }
        *self.commands.borrow_mut() = Some(commands);
    }

    /// Replaces the lazy loader's stand-in search field (`www/loader.js`) by
    /// the widget's own, now rendered: the text the reader typed and the focus
    /// move over in one go, so no keystroke is lost. Returns the typed text.
    pub fn take_over_stand_in(&self) -> Option<String> {
        let root = self.host.shadow_root()?;
        let stand_in = root.query_selector("[data-stand-in]").ok()??;
        let old: HtmlInputElement = stand_in.query_selector("input").ok()??.dyn_into().ok()?;
        let focused = root.active_element().is_some_and(|a| a == **old);
        let typed = old.value();
        stand_in.remove();
        let new: HtmlInputElement = root.get_element_by_id(SEARCH_INPUT_ID)?.dyn_into().ok()?;
        new.set_value(&typed);
        if focused {
            let _ = new.focus();
        }
        (!typed.is_empty()).then_some(typed)
    }

    fn send(&self, command: Command) {
        match self.commands.borrow().as_ref() {
            Some(commands) => commands.emit(command),
            None => self.pending.borrow_mut().push(command),
        }
    }
}

/// A page script's handle on one instance (`element.open(…)`, `element.search(…)`).
#[wasm_bindgen]
pub struct WidgetHandle {
    instance: Rc<Instance>,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Opens the theme with this id (slug).
    pub fn open(&self, slug: &str) {
        self.instance.send(Command::Open(slug.to_string()));
    }

    /// Sets the search field to `query` and shows its results.
    pub fn search(&self, query: &str) {
        self.instance.send(Command::Search(query.to_string()));
    }

    /// Stops the instance: the app, its listeners and timers are dropped and
    /// the shadow root emptied (the loader calls this when the mount point
    /// leaves the page, so single-page apps do not accumulate widgets).
    pub fn destroy(&self) {
        if let Some(app) = self.instance.app.take() {
            app.destroy();
        }
        *self.instance.commands.borrow_mut() = None;
        HOSTS.with(|h| {
            h.borrow_mut()
                .retain(|(host, _)| *host != self.instance.host)
        });
        if let Some(root) = self.instance.host.shadow_root() {
            root.set_inner_html("");
        }
    }
}

thread_local! {
    /// Mount points with a live instance, for the panic hook.
    static HOSTS: RefCell<Vec<(Element, Lang)>> = const { RefCell::new(Vec::new()) };
}

/// Mounts one widget instance on `host`. Called by the loader for every mount
/// point; each instance has its own shadow root, state and ids.
#[wasm_bindgen]
pub fn mount(host: Element) -> Result<WidgetHandle, JsValue> {
    crate::panic::install();
    let (config, warnings) = Config::read(|name| host.get_attribute(name));
    for warning in warnings {
        web_sys::console::warn_1(&format!("compendium-widget: {warning}").into());
    }
    let root = shadow_root(&host)?;
    let instance = Rc::new(Instance {
        key: instance_key(&host),
        host: host.clone(),
        config,
        commands: RefCell::new(None),
        pending: RefCell::new(Vec::new()),
        app: RefCell::new(None),
    });
    HOSTS.with(|h| h.borrow_mut().push((host.clone(), instance.config.lang)));

    match instance.config.data_src.clone() {
        None => render(&root, instance.clone(), crate::data::bundled())?,
        Some(url) => {
            // The lazy loader's stand-in field stays while the data loads (the
            // reader may be typing in it); otherwise say that it is loading.
            if root.query_selector("[data-stand-in]")?.is_none() {
                set_message(&root, "cw-loading", instance.config.lang.strings().loading)?;
            }
            let instance = instance.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = crate::data::fetch(&url).await;
                let shown = loaded.and_then(|compendium| {
                    render(&root, instance.clone(), SharedCompendium::new(compendium))
                        .map_err(|e| format!("cannot render: {e:?}"))
                });
                if let Err(why) = shown {
                    web_sys::console::error_1(
                        &format!("compendium-widget: data-src=\"{url}\": {why}").into(),
                    );
                    let _ =
                        show_failure(&instance.host, instance.config.lang.strings().load_failed);
                }
            });
        }
    }
    Ok(WidgetHandle { instance })
}

fn shadow_root(host: &Element) -> Result<ShadowRoot, JsValue> {
    // Open, so page scripts, tests and assistive extensions can reach inside.
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    crate::styles::adopt(&root)?;
    Ok(root)
}

fn render(
    root: &ShadowRoot,
    instance: Rc<Instance>,
    compendium: SharedCompendium,
) -> Result<(), JsValue> {
    let document = instance
        .host
        .owner_document()
        .ok_or("the mount point is not in a document")?;
    let container = document.create_element("div")?;
    // The lazy loader's stand-in stays until the app has rendered and taken
    // it over; anything else (a loading message) goes now.
    match root.query_selector("[data-stand-in]")? {
        Some(_) => root.append_child(&container).map(drop)?,
        None => root.replace_children_with_node_1(&container),
    }
    let props = AppProps {
        compendium,
        instance: instance.clone(),
    };
    let app = yew::Renderer::<App>::with_root_and_props(container, props).render();
    *instance.app.borrow_mut() = Some(app);
    Ok(())
}

/// The mount point's `id`, else its position among the page's mount points.
fn instance_key(host: &Element) -> String {
    if !host.id().is_empty() {
        return host.id();
    }
    let position = host.owner_document().and_then(|doc| {
        let all = doc
            .query_selector_all("compendium-widget, [data-compendium-widget]")
            .ok()?;
        (0..all.length()).position(|i| all.item(i).is_some_and(|n| n.is_same_node(Some(host))))
    });
    format!("cw{}", position.map_or(0, |p| p + 1))
}

/// Replaces the shadow root's content by one line of text.
fn set_message(root: &ShadowRoot, class: &str, text: &str) -> Result<(), JsValue> {
    let document = root.owner_document().ok_or("no document")?;
    let message = document.create_element("p")?;
    message.set_class_name(class);
    message.set_text_content(Some(text));
    root.replace_children_with_node_1(&message);
    Ok(())
}

/// Shows a short readable failure in the mount point, keeping any fallback
/// HTML the page put inside it visible (through a `<slot>`).
pub fn show_failure(host: &Element, text: &str) -> Result<(), JsValue> {
    let root = shadow_root(host)?;
    set_message(&root, "cw-failure", text)?;
    if let Some(message) = root.first_element_child() {
        message.set_attribute("role", "alert")?;
    }
    let slot = root
        .owner_document()
        .ok_or("no document")?
        .create_element("slot")?;
    root.append_child(&slot)?;
    Ok(())
}

/// Shows the failure message in every mounted instance (the panic hook).
pub fn fail_all() {
    HOSTS.with(|hosts| {
        if let Ok(hosts) = hosts.try_borrow() {
            for (host, lang) in hosts.iter() {
                let _ = show_failure(host, lang.strings().crashed);
            }
        }
    });
}
