//! The registry of live instances (one per mount point) and the handles
//! page scripts hold on them. The registry owns each instance: its app and
//! the callback that takes its commands. A handle and the app's own
//! callbacks know an instance only by its number, so no reference cycle
//! keeps an instance alive: [`WidgetHandle::destroy`] takes the entry out and
//! stops its app (a Yew app must be destroyed, not just dropped: its
//! listeners outlive the handle), and nothing is left.

use compendium_ui::{App, AppProps, Command, Config, Lang, Link};
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::{AppHandle, Callback};

/// One live instance.
pub struct Entry {
    pub id: u32,
    /// The mount point: events for page scripts are dispatched on it.
    pub host: Element,
    /// Namespace for the URL fragment and session storage: the mount point's
    /// `id`, or `cw1`, `cw2`… in document order.
    pub key: String,
    /// The name of its landmarks, once its compendium is known.
    pub name: Option<String>,
    pub config: Config,
    /// The running app, once rendered.
    pub app: Option<Running>,
    /// This instance's deep link as last read from or written to the URL:
    /// a fragment change that leaves it alone is not for this instance.
    pub link: Link,
    /// Set once the app has rendered; page scripts' commands go through it.
    pub commands: Option<Callback<Command>>,
    /// Commands sent before the app listened (before its first render, or
    /// while `data-src` loads), sent when it does.
    pub pending: Vec<Command>,
}

/// An app rendered into its container, with the props it was last given.
pub struct Running {
    pub app: AppHandle<App>,
    /// The element the app renders into.
    pub container: Element,
    pub props: AppProps,
    /// The app still runs on other props than `props`: hydrated from the
    /// prerender's, it is given its own once ready ([`update_props`]).
    pub stale: bool,
}

thread_local! {
    static INSTANCES: RefCell<Vec<Entry>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
}

impl Running {
    /// Destroys the app and empties its container.
    pub fn stop(self) {
        self.app.destroy();
        // Whatever Yew leaves in its root element (a hydrated app's comment
        // markers, say) goes too: a remounted widget starts from nothing.
        // (Yew's own root listeners go with the app: vendor/yew/PATCHED.md.)
        self.container.set_inner_html("");
    }
}

/// Changes instance `id`'s props with `change` and gives them to its app,
/// if they changed or the app still runs on others (a hydrated app).
pub fn update_props(id: u32, change: impl FnOnce(&mut AppProps)) {
    // Taken out while Yew is called: nothing may find the registry borrowed.
    let Some(mut running) = with_entry(id, |e| e.app.take()).flatten() else {
        return;
    };
    let before = running.props.clone();
    change(&mut running.props);
    if running.stale || running.props != before {
        running.stale = false;
        running.app.update(running.props.clone());
    }
    with_entry(id, |e| e.app = Some(running));
}

/// Every live instance's number.
pub fn ids() -> Vec<u32> {
    INSTANCES.with(|all| all.borrow().iter().map(|e| e.id).collect())
}

/// Registers a new instance on `host`; returns its number.
pub fn add(host: Element, key: String, config: Config, link: Link) -> u32 {
    let id = NEXT_ID.with(|n| n.replace(n.get() + 1));
    INSTANCES.with(|all| {
        all.borrow_mut().push(Entry {
            id,
            host,
            key,
            name: None,
            config,
            app: None,
            link,
            commands: None,
            pending: Vec::new(),
        })
    });
    id
}

/// Takes instance `id` out of the registry (what stops it is then the
/// caller's: `WidgetHandle::destroy`, or a mount that failed).
pub fn remove(id: u32) -> Option<Entry> {
    INSTANCES.with(|all| {
        let mut all = all.borrow_mut();
        let at = all.iter().position(|e| e.id == id)?;
        Some(all.remove(at))
    })
}

/// The landmark names of the live instances but `id`.
pub fn names_but(id: u32) -> Vec<String> {
    INSTANCES.with(|all| {
        let all = all.borrow();
        all.iter()
            .filter(|e| e.id != id)
            .filter_map(|e| e.name.clone())
            .collect()
    })
}

/// The keys of the live instances.
pub fn keys() -> Vec<String> {
    INSTANCES.with(|all| all.borrow().iter().map(|e| e.key.clone()).collect())
}

/// The number of the instance live on `host`, if any.
pub fn find(host: &Element) -> Option<u32> {
    INSTANCES.with(|all| all.borrow().iter().find(|e| e.host == *host).map(|e| e.id))
}

/// Every live instance's mount point and language (for the panic reporter,
/// which may run while the registry is borrowed: then it finds none).
pub fn hosts() -> Vec<(Element, Lang)> {
    INSTANCES.with(|all| {
        all.try_borrow()
            .map(|all| {
                all.iter()
                    .map(|e| (e.host.clone(), e.config.lang))
                    .collect()
            })
            .unwrap_or_default()
    })
}

/// Runs `f` on the entry of instance `id`, if it is still live.
///
/// `f` must not emit an app's callbacks (`commands`, `to_host`): one may call
/// back here (an unknown theme's warning does, at once) while the registry
/// is borrowed. Take what is needed out, then act.
pub fn with_entry<R>(id: u32, f: impl FnOnce(&mut Entry) -> R) -> Option<R> {
    INSTANCES.with(|all| all.borrow_mut().iter_mut().find(|e| e.id == id).map(f))
}

/// The number of live instances (`CompendiumWidget.instances()`).
#[wasm_bindgen]
pub fn instances() -> u32 {
    INSTANCES.with(|all| all.borrow().len() as u32)
}

/// A page script's handle on one instance (`element.open(…)`, `element.search(…)`).
/// It holds only the instance's number: a handle kept after the instance is
/// gone does nothing.
#[wasm_bindgen]
pub struct WidgetHandle {
    pub(super) id: u32,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Opens the theme with this id (slug).
    pub fn open(&self, slug: &str) {
        send(self.id, Command::Open(slug.to_string()));
    }

    /// Reads the mount point's attributes again and applies what changed
    /// (the loader calls this when one of them does).
    pub fn reconfigure(&self) {
        super::live::reconfigure(self.id);
    }

    /// Sets the search field to `query` and shows its results.
    pub fn search(&self, query: &str) {
        send(self.id, Command::Search(query.to_string()));
    }

    /// Stops the instance: its entry leaves the registry, the app, its
    /// listeners and timers are dropped and the shadow root emptied (the
    /// loader calls this when the mount point leaves the page).
    pub fn destroy(&self) {
        let Some(entry) = remove(self.id) else {
            return;
        };
        if let Some(running) = entry.app {
            running.stop();
        }
        if let Some(root) = entry.host.shadow_root() {
            root.set_inner_html("");
        }
    }
}

pub fn send(id: u32, command: Command) {
    let listening = with_entry(id, |e| match &e.commands {
        Some(commands) => Some(commands.clone()),
        None => {
            e.pending.push(command.clone());
            None
        }
    });
    if let Some(Some(commands)) = listening {
        commands.emit(command);
    }
}
