//! The panic hook: a Rust panic must not leave a frozen blank box. It logs the
//! panic to the console and replaces every instance by a readable message; the
//! host page keeps working.

use std::sync::Once;

pub fn install() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            web_sys::console::error_1(&format!("compendium-widget: internal error: {info}").into());
            crate::embed::fail_all();
        }));
    });
}
