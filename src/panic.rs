//! The panic hook: a Rust panic must not leave a frozen blank box. It logs the
//! panic to the console, then calls the reporter the embed layer registered
//! (which replaces every instance by a readable message); the host page keeps
//! working.

use std::sync::Once;

/// Installs the hook once per page; `report` is called after each panic.
pub fn install(report: fn()) {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(move |info| {
            web_sys::console::error_1(&format!("compendium-widget: internal error: {info}").into());
            report();
        }));
    });
}
