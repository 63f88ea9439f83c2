//! Text with the search matches marked: `<mark>` around each span the search
//! core returned. Built from byte ranges into the original text, never from
//! HTML strings, so no text can inject markup.
//!
//! A function, not a component: it is called for every title, key topic,
//! paragraph and list item (about 500 on screen at once), and a component
//! each cost the first paint and every keystroke their bookkeeping for
//! nothing (the parent renders again whenever the spans change anyway).
//!
//! The `<mark>` has no class: a keystroke creates and drops marks by the
//! hundred, and each attribute is one more call into the DOM (the stylesheet
//! styles `.cw mark`).

use compendium_core::Span;
use yew::prelude::*;

/// `text` with its `spans` (sorted, non-overlapping byte ranges into `text`)
/// marked. A span that does not fit the text is skipped rather than trusted.
///
/// Always a fragment, with or without spans, so that a search starting or
/// ending patches the text in place rather than replacing the node.
pub fn highlighted(text: &str, spans: &[Span]) -> Html {
    let mut parts = Vec::with_capacity(spans.len() * 2 + 1);
    let mut at = 0;
    for span in spans {
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
