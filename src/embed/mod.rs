//! The embedding layer: turns a mount point (`<compendium-widget>` or
//! `<div data-compendium-widget>`) into a widget instance rendered inside its
//! own open shadow root, keeps the registry of live instances, answers what
//! each app asks of the page ([`ToHost`]), and gives page scripts a handle.
//!
//! Ownership runs one way: the registry ([`registry`]) owns each instance;
//! the app knows its instance only by a number, through the callback it was
//! given.
//!
//! Not the loader: finding mount points, watching the page for them and
//! loading the wasm is `www/loader.js`.

mod live;
mod registry;
mod shadow;

pub use registry::{instances, WidgetHandle};

use crate::{data, page};
use compendium_ui::prerender::{self, Extent};
use compendium_ui::{App, AppProps, Command, Config, Lang, SharedCompendium, Start, ToHost};
use registry::{with_entry, Running};
use shadow::{set_message, shadow_root, show_failure, take_over_stand_in, typed_query};
use wasm_bindgen::prelude::*;
use web_sys::{Element, ShadowRoot};
use yew::{AppHandle, Callback};

/// Mounts one widget instance on `host` (or returns the handle of the one it
/// has). Called by the loader for every mount point; each instance has its
/// own shadow root, state and ids.
///
/// `toggled`: the theme headers the reader activated in the prerendered
/// markup before the wasm was there (their theme ids, in order); they take
/// effect once the app is ready.
#[wasm_bindgen]
pub fn mount(host: Element, toggled: Vec<String>) -> Result<WidgetHandle, JsValue> {
    crate::panic::install(fail_all);
    if let Some(id) = registry::find(&host) {
        return Ok(WidgetHandle { id });
    }
    let (config, warnings) = read_config(&host);
    for warning in warnings {
        page::warn(&warning);
    }
    let root = shadow_root(&host)?;
    let data_src = config.data_src.clone();
    let wanted = instance_key(&host);
    let key = compendium_ui::config::unique_key(&wanted, &registry::keys());
    if key != wanted {
        page::warn(&format!(
            "two widgets on this page have the key \"{wanted}\" (their id, or their position); \
             this one uses \"{key}\" for its deep links and remembered state. \
             Give each widget an id of its own."
        ));
    }
    let link = page::current_link(&key);
    let id = registry::add(host.clone(), key, config, link);
    for theme in toggled {
        registry::send(id, Command::Toggle(theme));
    }
    live::follow_the_fragment();
    if let Err(error) = start(id, &root, data_src, host) {
        // The loader reports the failure; nothing of the instance stays.
        registry::remove(id);
        return Err(error);
    }
    Ok(WidgetHandle { id })
}

/// The configuration of `host`'s attributes, its interface following the
/// page's language when it has no `lang` of its own.
pub(crate) fn read_config(host: &Element) -> (Config, Vec<String>) {
    Config::read_in_page(|name| host.get_attribute(name), || page_languages(host))
}

/// The `lang` of the nearest element around `host` that has one (within its
/// tree: a mount point inside another component's shadow root stops at that
/// root), then the document's.
fn page_languages(host: &Element) -> [Option<String>; 2] {
    let nearest = host
        .parent_element()
        .and_then(|parent| parent.closest("[lang]").ok().flatten())
        .and_then(|element| element.get_attribute("lang"));
    let document = host
        .owner_document()
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute("lang"));
    [nearest, document]
}

/// Renders instance `id` with the bundled compendium, or with its
/// `data-src` once loaded.
fn start(
    id: u32,
    root: &ShadowRoot,
    data_src: Option<String>,
    host: Element,
) -> Result<(), JsValue> {
    match data_src {
        None => render(id, root, data::bundled(), Bundled::Yes),
        Some(url) => load(id, root, url, host),
    }
}

/// Shows instance `id` once its `data-src` has loaded, or why it cannot.
fn load(id: u32, root: &ShadowRoot, url: String, host: Element) -> Result<(), JsValue> {
    let lang = with_entry(id, |e| e.config.lang).unwrap_or_default();
    // The lazy loader's stand-in field stays while the data loads (the
    // reader may be typing in it); otherwise say that it is loading.
    if root.query_selector("[data-stand-in]")?.is_none() {
        set_message(root, "cw-loading", lang, lang.strings().loading)?;
    }
    let root = root.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = data::fetch(&url).await;
        // Removed from the page while loading: nothing to show.
        if with_entry(id, |_| ()).is_none() {
            return;
        }
        let shown = loaded.and_then(|compendium| {
            render(id, &root, SharedCompendium::new(compendium), Bundled::No)
                .map_err(|e| format!("cannot render: {e:?}"))
        });
        if let Err(why) = shown {
            registry::remove(id);
            web_sys::console::error_1(
                &format!("compendium-widget: data-src=\"{url}\": {why}").into(),
            );
            let _ = show_failure(&host, lang, lang.strings().load_failed);
        }
    });
    Ok(())
}

/// Whether a compendium is the bundled one, whose first render the loader
/// (or the page's declarative shadow root) may have put on screen already.
#[derive(PartialEq)]
enum Bundled {
    Yes,
    No,
}

fn render(
    id: u32,
    root: &ShadowRoot,
    compendium: SharedCompendium,
    bundled: Bundled,
) -> Result<(), JsValue> {
    let (key, config) =
        with_entry(id, |e| (e.key.clone(), e.config.clone())).ok_or("the widget was removed")?;
    let start = Start::new(
        &config,
        page::remembered_open(&key),
        page::current_link(&key),
    );
    let name = compendium_ui::config::unique_name(&compendium.title, &registry::names_but(id));
    with_entry(id, |e| e.name = Some(name.clone()));
    let props = AppProps {
        name: name.into(),
        compendium,
        lang: config.lang,
        heading_level: config.heading_level,
        start,
        write_link: config.history,
        whole_first_render: false,
        to_host: Callback::from(move |request| answer(id, request)),
    };
    let prerendered = match bundled {
        Bundled::Yes => Prerendered::find(root)?,
        Bundled::No => None,
    };
    let (app, container, stale) = match prerendered {
        Some(prerendered) => {
            let app = hydrate(id, &prerendered, &props);
            (app, prerendered.container, true)
        }
        None => {
            let container = root
                .owner_document()
                .ok_or("the mount point is not in a document")?
                .create_element("div")?;
            // The lazy loader's stand-in stays until the app has rendered
            // and taken it over; anything else (a loading message, markup
            // prerendered for another compendium) goes now.
            match root.query_selector("[data-stand-in]")? {
                Some(_) => root.append_child(&container).map(drop)?,
                None => root.replace_children_with_node_1(&container),
            }
            // Yew renders a microtask later; `answer` then finds the entry.
            let app = yew::Renderer::<App>::with_root_and_props(container.clone(), props.clone())
                .render();
            (app, container, false)
        }
    };
    with_entry(id, |e| {
        e.app = Some(Running {
            app,
            container,
            props,
            stale,
        })
    });
    Ok(())
}

/// The bundled compendium's first render, already in a shadow root: put
/// there by the loader, or declared in the page's HTML (the snippet).
struct Prerendered {
    /// The element the markup is in, the app's root.
    container: Element,
    lang: Lang,
    extent: Extent,
}

impl Prerendered {
    fn find(root: &ShadowRoot) -> Result<Option<Prerendered>, JsValue> {
        let selector = format!("[{}]", prerender::LANG_ATTRIBUTE);
        Ok(root.query_selector(&selector)?.map(|container| {
            let read = |name| container.get_attribute(name).unwrap_or_default();
            Prerendered {
                lang: Lang::parse(&read(prerender::LANG_ATTRIBUTE)).unwrap_or_default(),
                extent: Extent::parse(&read(prerender::EXTENT_ATTRIBUTE)),
                container,
            }
        }))
    }
}

/// Hydrates prerendered markup: the app starts from the props it was
/// prerendered with, so that its first render is the markup on screen
/// (nothing is rendered again, nothing moves). What this instance starts
/// with beyond them follows once the app is ready: its start (attributes,
/// deep link, remembered sections) as a deep link to follow, then what the
/// reader did meanwhile (headers activated; the text in the field, read
/// when the app is ready, see `answer`), then its own props (language,
/// heading level, name).
fn hydrate(id: u32, prerendered: &Prerendered, props: &AppProps) -> AppHandle<App> {
    with_entry(id, |e| {
        if props.start != Start::default() {
            // Headers activated early, and page scripts' commands, keep their order.
            e.pending.insert(0, Command::Follow(props.start.link()));
        }
    });
    let first = AppProps {
        write_link: props.write_link,
        to_host: props.to_host.clone(),
        ..prerender::props(
            props.compendium.clone(),
            prerendered.lang,
            prerendered.extent,
        )
    };
    yew::Renderer::<App>::with_root_and_props(prerendered.container.clone(), first).hydrate()
}

/// Does what instance `id`'s app asks of the page.
fn answer(id: u32, request: ToHost) {
    let Some((host, key)) = with_entry(id, |e| (e.host.clone(), e.key.clone())) else {
        return;
    };
    match request {
        ToHost::Ready(commands) => {
            let pending = with_entry(id, |e| {
                e.commands = Some(commands.clone());
                std::mem::take(&mut e.pending)
            })
            .unwrap_or_default();
            // Hydrated from the prerender's props: now its own. And the
            // markup is live: it no longer says it is a prerender (page
            // scripts and tests can tell a ready widget by that).
            let container =
                with_entry(id, |e| e.app.as_ref().map(|r| r.container.clone())).flatten();
            registry::update_props(id, |_| ());
            if let Some(container) = &container {
                for name in [prerender::LANG_ATTRIBUTE, prerender::EXTENT_ATTRIBUTE] {
                    let _ = container.remove_attribute(name);
                }
            }
            for command in pending {
                commands.emit(command);
            }
            // What the reader typed before the app was ready, last: into the
            // lazy loader's stand-in field, or into the prerendered field,
            // which hydration leaves alone, read now rather than when
            // hydration began (keys typed while it ran count too). Emitted
            // with the commands above, so one render applies them all.
            let typed =
                take_over_stand_in(&host).or_else(|| container.as_ref().and_then(typed_query));
            if let Some(typed) = typed {
                commands.emit(Command::Search(typed));
            }
        }
        ToHost::OpenChanged(ids) => page::remember_open(&key, &ids),
        ToHost::Link(link) => {
            let _ = page::write_link(&key, &link);
            // Written without a `hashchange`; remembered so that the next
            // one does not take it for news.
            with_entry(id, |e| e.link = page::current_link(&key));
        }
        ToHost::Searched(searched) => page::dispatch_search_event(&host, &searched),
        ToHost::CopyLink { link, done } => {
            let url = page::url_with(&key, &link);
            wasm_bindgen_futures::spawn_local(async move {
                let copied = page::copy_to_clipboard(&url).await;
                if !copied {
                    page::warn(&format!("cannot copy to the clipboard; the link is {url}"));
                }
                done.emit(copied);
            });
        }
        ToHost::Warning(warning) => page::warn(&warning),
    }
}

/// The mount point's key (`compendium_ui::config::instance_key`).
fn instance_key(host: &Element) -> String {
    let position = host.owner_document().and_then(|doc| {
        let all = doc
            .query_selector_all("compendium-widget, [data-compendium-widget]")
            .ok()?;
        (0..all.length()).position(|i| all.item(i).is_some_and(|n| n.is_same_node(Some(host))))
    });
    compendium_ui::config::instance_key(Some(&host.id()), position)
}

/// Shows the failure message in every live instance (the panic reporter).
fn fail_all() {
    for (host, lang) in registry::hosts() {
        let _ = show_failure(&host, lang, lang.strings().crashed);
    }
}
