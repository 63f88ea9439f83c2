//! What changes after an instance has mounted: its mount point's attributes
//! (frameworks set and change them after creating an element) and the URL
//! fragment (the reader goes back, or follows an in-page link to a deep
//! link). Each change becomes a command to the app, new props, or — for a
//! new `data-src` — a new app.

use super::registry::{self, send, with_entry};
use super::{page, shadow, start};
use compendium_ui::{Command, Config};
use gloo::events::EventListener;
use std::cell::OnceCell;

/// Applies the attributes of instance `id`'s mount point that changed since
/// it last read them.
pub fn reconfigure(id: u32) {
    let Some(host) = with_entry(id, |e| e.host.clone()) else {
        return;
    };
    let (new, warnings) = super::read_config(&host);
    for warning in warnings {
        page::warn(&warning);
    }
    let Some(old) = with_entry(id, |e| std::mem::replace(&mut e.config, new.clone())) else {
        return;
    };
    if new.data_src != old.data_src {
        restart(id, new.data_src, host);
        return;
    }
    // The attributes the app takes as props.
    let props_of = |c: &Config| (c.lang, c.heading_level, c.history);
    if props_of(&new) != props_of(&old) {
        registry::update_props(id, |props| {
            props.lang = new.lang;
            props.heading_level = new.heading_level;
            props.write_link = new.history;
        });
    }
    if new.query != old.query {
        send(id, Command::Search(new.query));
    }
    if new.open != old.open {
        send(id, Command::OpenOnly(new.open));
    }
}

/// Stops instance `id`'s app and starts it again on `data_src` (commands
/// sent meanwhile wait for the new app).
fn restart(id: u32, data_src: Option<String>, host: web_sys::Element) {
    let running = with_entry(id, |e| {
        e.commands = None;
        e.app.take()
    })
    .flatten();
    if let Some(running) = running {
        running.stop();
    }
    let started =
        shadow::shadow_root(&host).and_then(|root| start(id, &root, data_src, host.clone()));
    if let Err(error) = started {
        let lang = with_entry(id, |e| e.config.lang).unwrap_or_default();
        registry::remove(id);
        web_sys::console::error_1(&format!("compendium-widget: cannot restart: {error:?}").into());
        let _ = shadow::show_failure(&host, lang, lang.strings().load_failed);
    }
}

thread_local! {
    /// The page's one `hashchange` listener, kept for the page's life.
    static FRAGMENT: OnceCell<EventListener> = const { OnceCell::new() };
}

/// Listens, once per page, for the fragment changing: each instance whose
/// deep link changed follows it.
pub fn follow_the_fragment() {
    FRAGMENT.with(|listener| {
        listener.get_or_init(|| {
            let window = web_sys::window().expect("the widget runs in a window");
            EventListener::new(&window, "hashchange", |_| {
                for id in registry::ids() {
                    let changed = with_entry(id, |e| {
                        let link = page::current_link(&e.key);
                        (link != e.link).then(|| {
                            e.link = link.clone();
                            link
                        })
                    });
                    if let Some(Some(link)) = changed {
                        send(id, Command::Follow(link));
                    }
                }
            })
        });
    });
}
