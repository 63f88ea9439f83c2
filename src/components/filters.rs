//! Optional filters by year and by meeting, driven by the search core's
//! filter API. The choices are the years and meetings the compendium has.

use crate::data::SharedCompendium;
use crate::i18n::Lang;
use std::collections::BTreeSet;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FiltersProps {
    pub lang: Lang,
    pub compendium: SharedCompendium,
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
            // `selected` places the first render; the `value` property follows
            // the state afterwards (an attribute would not move a select the
            // reader has used, e.g. when the empty state clears the filters).
            <select id={id} class="cw-filters__select" ~value={value.map(|v| v.to_string()).unwrap_or_default()} {onchange}>
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
    let strings = props.lang.strings();
    let papers = || props.compendium.documents().map(|(_, d)| d);
    let years: BTreeSet<u16> = papers().map(|d| d.year).collect();
    let meetings: BTreeSet<(u8, u16)> = papers().map(|d| (d.meeting, d.year)).collect();
    let meeting_choices = meetings.into_iter().map(|(m, year)| {
        (
            m,
            format!("{} ({year})", crate::i18n::meeting(props.lang, m)),
        )
    });
    html! {
        <div class="cw-filters">
            { select("cw-year", strings.year_filter, strings.any_year,
                years.into_iter().map(|y| (y, y.to_string())), props.year, props.on_year.clone()) }
            { select("cw-meeting", strings.meeting_filter, strings.any_meeting,
                meeting_choices, props.meeting, props.on_meeting.clone()) }
        </div>
    }
}
