//! What a search with no result shows: what was searched, what to try, and a
//! way to clear it.

use crate::context::use_widget;
use crate::i18n::with_query;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmptyStateProps {
    pub query: String,
    pub on_clear: Callback<()>,
}

#[function_component]
pub fn EmptyState(props: &EmptyStateProps) -> Html {
    let strings = use_widget().lang.strings();
    let heading = if props.query.trim().is_empty() {
        strings.no_results.to_string()
    } else {
        with_query(strings.no_results_for, props.query.trim())
    };
    html! {
        <div class="cw-empty">
            <p class="cw-empty__title">{ heading }</p>
            <p>{ strings.no_results_tips }</p>
            <button type="button" class="cw-button" onclick={props.on_clear.reform(|_| ())}>
                { strings.clear_search }
            </button>
        </div>
    }
}
