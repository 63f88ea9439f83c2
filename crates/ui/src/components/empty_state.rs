//! What a search with no result shows: what was searched, what to try, and a
//! way to clear it.

use crate::context::use_widget;
use crate::i18n::around_query;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmptyStateProps {
    pub query: String,
    pub on_clear: Callback<()>,
}

#[function_component]
pub fn EmptyState(props: &EmptyStateProps) -> Html {
    let strings = use_widget().lang.strings();
    // The query is the reader's (or a shared link's): isolated from the
    // sentence around it, so no bidi control in it reorders the sentence.
    let heading = if props.query.trim().is_empty() {
        html! { strings.no_results }
    } else {
        let (before, after) = around_query(strings.no_results_for);
        html! { <>{ before }<bdi>{ props.query.trim().to_string() }</bdi>{ after }</> }
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
