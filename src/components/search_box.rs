//! The labelled search field above the accordion.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub value: String,
    pub on_input: Callback<String>,
}

#[function_component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let oninput = props.on_input.reform(|e: InputEvent| {
        e.target_unchecked_into::<HtmlInputElement>().value()
    });
    html! {
        <div class="cw-search">
            <label class="cw-search__label" for="cw-search-input">{ "Rechercher dans le recueil" }</label>
            <input
                id="cw-search-input"
                class="cw-search__input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                value={props.value.clone()}
                {oninput}
            />
        </div>
    }
}
