//! Optional filters by year and by meeting, driven by the search core's
//! filter API. The choices are the years and meetings the compendium has.

use crate::context::use_widget;
use crate::i18n::{meeting, year};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FiltersProps {
    pub year: Option<u16>,
    pub meeting: Option<u8>,
    pub on_year: Callback<Option<u16>>,
    pub on_meeting: Callback<Option<u8>>,
}

/// A `<select>` whose first option means "no filter".
fn select<T: Copy + PartialEq + ToString + std::str::FromStr + 'static>(
    id: &'static str,
    label: &'static str,
    any: &'static str,
    choices: impl IntoIterator<Item = (T, String)>,
    value: Option<T>,
    on_change: Callback<Option<T>>,
    node: NodeRef,
) -> Html {
    let onchange = on_change.reform(|e: Event| {
        e.target_unchecked_into::<HtmlSelectElement>()
            .value()
            .parse()
            .ok()
    });
    html! {
        <div class="cw-filters__field">
            <label class="cw-filters__label" for={id}>{ label }</label>
            // `selected` places the first render; `Filters` moves the `value`
            // property afterwards.
            <select ref={node} id={id} class="cw-filters__select" {onchange}>
                <option value="" selected={value.is_none()}>{ any }</option>
                { for choices.into_iter().map(|(v, text)| html! {
                    <option value={v.to_string()} selected={value == Some(v)}>{ text }</option>
                }) }
            </select>
        </div>
    }
}

#[function_component]
pub fn Filters(props: &FiltersProps) -> Html {
    let widget = use_widget();
    let strings = widget.lang.strings();
    // The selects' `value` property follows the state: a `selected`
    // attribute would not move a select the reader has used (when the empty
    // state clears the filters, say). Set in an effect: Yew's `~value`
    // builds a `JsValue` while rendering, which only a browser can.
    let (year_ref, meeting_ref) = (use_node_ref(), use_node_ref());
    {
        let (year_ref, meeting_ref) = (year_ref.clone(), meeting_ref.clone());
        use_effect_with((props.year, props.meeting), move |(year, meeting)| {
            let set = |node: &NodeRef, value: Option<String>| {
                if let Some(select) = node.cast::<HtmlSelectElement>() {
                    select.set_value(&value.unwrap_or_default());
                }
            };
            set(&year_ref, year.map(|y| y.to_string()));
            set(&meeting_ref, meeting.map(|m| m.to_string()));
        });
    }
    let papers = || widget.compendium.documents().map(|(_, d)| d);
    let years = sorted_unique(papers().map(|d| d.year));
    let meetings = sorted_unique(papers().map(|d| (d.meeting, d.year)));
    let lang = widget.lang;
    let meeting_choices = meetings
        .into_iter()
        .map(|(m, y)| (m, format!("{} ({})", meeting(lang, m), year(lang, y))));
    html! {
        <div class="cw-filters">
            { select("cw-year", strings.year_filter, strings.any_year,
                years.into_iter().map(|y| (y, year(lang, y))), props.year, props.on_year.clone(), year_ref) }
            { select("cw-meeting", strings.meeting_filter, strings.any_meeting,
                meeting_choices, props.meeting, props.on_meeting.clone(), meeting_ref) }
        </div>
    }
}

/// `items` in order, each once. Inserted one by one into a sorted list:
/// collecting into a `BTreeSet`, as this did, sorts first, and linked a
/// driftsort and B-tree code per element type into the wasm (−13.1 kB raw,
/// −5.4 kB gzip) for a few dozen papers.
fn sorted_unique<T: Ord>(items: impl Iterator<Item = T>) -> Vec<T> {
    let mut sorted = Vec::new();
    for item in items {
        if let Err(at) = sorted.binary_search(&item) {
            sorted.insert(at, item);
        }
    }
    sorted
}

#[cfg(test)]
mod tests {
    #[test]
    fn choices_are_sorted_and_unique() {
        let meetings = [(3, 2012), (1, 2009), (3, 2012), (2, 2010), (1, 2009)];
        assert_eq!(
            super::sorted_unique(meetings.into_iter()),
            [(1, 2009), (2, 2010), (3, 2012)]
        );
        assert!(super::sorted_unique(std::iter::empty::<u16>()).is_empty());
    }
}
