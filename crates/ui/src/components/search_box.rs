//! The labelled search field above the accordion. Results follow every
//! keystroke; Escape clears the field.

use crate::context::use_widget;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The search field's id (unique within the instance's shadow root).
pub const SEARCH_INPUT_ID: &str = "cw-search-input";

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    /// The field's text; `None` leaves whatever is in the field alone (the
    /// first render of a hydrated widget: the reader may be typing into the
    /// prerendered field while the app starts).
    pub value: Option<String>,
    /// The search landmark's name, unique on the page.
    pub name: AttrValue,
    /// The line under the label: what to type, or why nothing is found yet
    /// (too short a query, the search still being prepared).
    pub hint: &'static str,
    pub on_input: Callback<String>,
}

#[function_component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let strings = use_widget().lang.strings();
    let oninput = props
        .on_input
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let onkeydown = {
        let on_input = props.on_input.clone();
        Callback::from(move |e: KeyboardEvent| {
            let empty = e
                .target_unchecked_into::<HtmlInputElement>()
                .value()
                .is_empty();
            // An empty field lets Escape through (to close a dialog around us).
            if e.key() == "Escape" && !empty {
                // Chromium clears a type=search field itself; do it for every browser.
                e.prevent_default();
                on_input.emit(String::new());
            }
        })
    };
    html! {
        <div class="cw-search" role="search" aria-label={props.name.clone()}>
            <label class="cw-search__label" for={SEARCH_INPUT_ID}>{ strings.search_label }</label>
            <p class="cw-search__hint" id="cw-search-hint">
                { props.hint }
            </p>
            <input
                id={SEARCH_INPUT_ID}
                class="cw-search__input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="cw-search-hint"
                value={props.value.clone()}
                {oninput}
                {onkeydown}
            />
        </div>
    }
}
