//! The root component: the search box above the theme accordion.
//!
//! It owns the query; the accordion renders whichever themes match.

use crate::components::{accordion::Accordion, search_box::SearchBox};
use compendium_core::Compendium;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub compendium: Rc<Compendium>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let query = use_state(String::new);
    let on_query = {
        let query = query.clone();
        Callback::from(move |q: String| query.set(q))
    };
    let needle = query.trim().to_lowercase();
    let themes: Vec<usize> = props
        .compendium
        .themes
        .iter()
        .enumerate()
        .filter(|(_, t)| needle.is_empty() || t.title.to_lowercase().contains(&needle))
        .map(|(i, _)| i)
        .collect();
    html! {
        <div class="cw" lang={props.compendium.language.clone()}>
            <SearchBox value={(*query).clone()} on_input={on_query} />
            <Accordion compendium={props.compendium.clone()} themes={themes} />
        </div>
    }
}
