//! A polite live region announcing the number of results. The text is set
//! after the reader pauses typing, so a screen reader says "12 documents
//! trouvés" once, not at every keystroke.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How long typing must pause before the count is announced.
const PAUSE_MS: u32 = 700;

#[derive(Properties, PartialEq)]
pub struct LiveRegionProps {
    pub text: String,
}

#[function_component]
pub fn LiveRegion(props: &LiveRegionProps) -> Html {
    let spoken = use_state(String::new);
    {
        let spoken = spoken.clone();
        use_effect_with(props.text.clone(), move |text| {
            let text = text.clone();
            // Dropping the timeout (on the next change) cancels it.
            let timeout = Timeout::new(PAUSE_MS, move || spoken.set(text));
            move || drop(timeout)
        });
    }
    html! {
        <div class="cw-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            { (*spoken).clone() }
        </div>
    }
}
