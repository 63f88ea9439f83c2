//! Hooks shared by the components.

use yew::prelude::*;

/// False for the first render, true once the browser has painted it: work
/// that can wait (filling collapsed panels, building the search index) is
/// kept off the path to the first paint.
#[hook]
pub fn use_after_first_frame() -> bool {
    let ready = use_state(|| false);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            // rAF runs before the paint; the timeout after it, once painted.
            let frame = gloo::render::request_animation_frame(move |_| {
                gloo::timers::callback::Timeout::new(0, move || ready.set(true)).forget();
            });
            move || drop(frame)
        });
    }
    *ready
}
