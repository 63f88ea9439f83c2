//! Text with the search matches marked: `<mark>` around each span the search
//! core returned. Built from byte ranges into the original text, never from
//! HTML strings, so no text can inject markup.
//!
//! The `<mark>` has no class: a keystroke creates and drops marks by the
//! hundred, and each attribute is one more call into the DOM (the stylesheet
//! styles `.cw mark`).

use compendium_core::Span;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HighlightedProps {
    pub text: AttrValue,
    /// Sorted, non-overlapping byte ranges into `text`.
    #[prop_or_default]
    pub spans: Vec<Span>,
}

#[function_component]
pub fn Highlighted(props: &HighlightedProps) -> Html {
    let text = props.text.as_str();
    let mut parts = Vec::with_capacity(props.spans.len() * 2 + 1);
    let mut at = 0;
    for span in &props.spans {
        // A span that does not fit the text is skipped rather than trusted.
        let (Some(before), Some(matched)) =
            (text.get(at..span.start), text.get(span.start..span.end))
        else {
            continue;
        };
        parts.push(html! { { before.to_string() } });
        parts.push(html! { <mark>{ matched.to_string() }</mark> });
        at = span.end;
    }
    parts.push(html! { { text.get(at..).unwrap_or_default().to_string() } });
    html! { <>{ for parts }</> }
}
