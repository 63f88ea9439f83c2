//! The root component of one instance: search field, filters, the accordion
//! and the live region, around one [`State`] reducer.
//!
//! It derives what to show from the state (the search results, which themes
//! appear in which order) and keeps the outside in sync with it: the URL
//! fragment, the session storage, the `compendium-search` event. It builds no
//! markup of its own beyond the layout: that is the components' job.

use crate::components::{
    accordion::{Accordion, Section},
    empty_state::EmptyState,
    filters::Filters as FilterControls,
    live_region::LiveRegion,
    search_box::SearchBox,
};
use crate::data::SharedCompendium;
use crate::embed::Instance;
use crate::hooks::use_once_painted;
use crate::location::{self, Link};
use crate::state::{Action, State};
use compendium_core::{Compendium, Filters, Hit, SearchResults};
use std::rc::Rc;
use yew::prelude::*;

/// What a page script can ask an instance to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Open(String),
    Search(String),
}

#[derive(Properties)]
pub struct AppProps {
    pub compendium: SharedCompendium,
    pub instance: Rc<Instance>,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        self.compendium == other.compendium && Rc::ptr_eq(&self.instance, &other.instance)
    }
}

/// The state an instance starts in: a deep link wins over what the session
/// remembers, which wins over the page's attributes. (What the reader typed
/// before a lazy widget loaded is taken over once it has rendered.)
fn initial_state(compendium: &Compendium, instance: &Instance) -> State {
    let link = location::current_link(&instance.key);
    let open_ids = if !link.open.is_empty() {
        link.open.clone()
    } else {
        location::remembered_open(&instance.key).unwrap_or_else(|| instance.config.open.clone())
    };
    let mut state = State {
        query: link
            .query
            .clone()
            .unwrap_or_else(|| instance.config.query.clone()),
        ..State::default()
    };
    for id in &open_ids {
        match theme_index(compendium, id) {
            Some(i) => {
                state.open.insert(i);
            }
            None => warn_unknown_theme(compendium, id),
        }
    }
    if let Some(symbol) = link.doc {
        if let Some((t, _)) = compendium
            .themes
            .iter()
            .enumerate()
            .find(|(_, t)| t.documents.iter().any(|d| d.symbol == symbol))
        {
            state.open.insert(t);
            state.focused = Some(symbol);
        }
    }
    state
}

pub fn theme_index(compendium: &Compendium, id: &str) -> Option<usize> {
    compendium.themes.iter().position(|t| t.id == id)
}

fn warn_unknown_theme(compendium: &Compendium, id: &str) {
    let ids: Vec<&str> = compendium.themes.iter().map(|t| t.id.as_str()).collect();
    web_sys::console::warn_1(
        &format!(
            "compendium-widget: open=\"{id}\" is not a theme; allowed: {}.",
            ids.join(", ")
        )
        .into(),
    );
}

/// Every theme, in display order: while searching, the themes with hits
/// first (best first, each with its hits), then the others, not shown.
///
/// The accordion keeps every section mounted and only reorders and hides
/// them, so a keystroke never rebuilds the DOM of a theme.
fn sections(compendium: &Compendium, state: &State, results: &SearchResults) -> Vec<Section> {
    let searching = state.searching();
    let mut found: Vec<(usize, Vec<Hit>)> = Vec::new();
    if searching {
        for hit in &results.hits {
            match found.iter_mut().find(|(theme, _)| *theme == hit.theme) {
                Some((_, hits)) => hits.push(hit.clone()),
                None => found.push((hit.theme, vec![hit.clone()])),
            }
        }
    }
    let mut sections: Vec<Section> = Vec::with_capacity(compendium.themes.len());
    sections.extend(found.into_iter().map(|(theme, hits)| Section {
        theme,
        hits: hits.into(),
        shown: true,
    }));
    for theme in 0..compendium.themes.len() {
        if !sections.iter().any(|s| s.theme == theme) {
            sections.push(Section {
                theme,
                hits: Rc::new([]),
                shown: !searching,
            });
        }
    }
    sections
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let AppProps {
        compendium,
        instance,
    } = props;
    let state = {
        let (compendium, instance) = (compendium.clone(), instance.clone());
        use_reducer(move || initial_state(&compendium, &instance))
    };
    let lang = instance.config.lang;
    let strings = lang.strings();

    let results = {
        let compendium = compendium.clone();
        use_memo(
            (state.query.clone(), state.year, state.meeting),
            move |(query, year, meeting)| {
                // Nothing to search: the index need not exist yet.
                if query.trim().is_empty() && year.is_none() && meeting.is_none() {
                    return SearchResults::default();
                }
                let filters = Filters {
                    theme: None,
                    year: *year,
                    meeting: *meeting,
                };
                compendium.index().search(query, &filters, usize::MAX)
            },
        )
    };
    let sections = sections(compendium, &state, &results);

    // The index is built once the accordion has painted, not before: the
    // first search then finds it ready.
    {
        let compendium = compendium.clone();
        use_once_painted(move || {
            compendium.index();
        });
    }

    // The lazy loader's stand-in field, if any, hands over to ours.
    {
        let (dispatch, instance) = (state.dispatcher(), instance.clone());
        use_effect_with((), move |_| {
            if let Some(typed) = instance.take_over_stand_in() {
                dispatch.dispatch(Action::Query(typed));
            }
        });
    }

    // Page scripts' commands (element.open, element.search).
    {
        let (dispatch, compendium, instance) =
            (state.dispatcher(), compendium.clone(), instance.clone());
        use_effect_with((), move |_| {
            instance.listen(Callback::from(move |command| match command {
                Command::Search(query) => dispatch.dispatch(Action::Query(query)),
                Command::Open(id) => match theme_index(&compendium, &id) {
                    Some(theme) => dispatch.dispatch(Action::Open(theme)),
                    None => warn_unknown_theme(&compendium, &id),
                },
            }));
        });
    }

    // The outside world follows the state: session, fragment, event. Each
    // effect runs only when what it writes changed (storage writes are slow).
    let open_ids: Vec<String> = state
        .open
        .iter()
        .map(|&i| compendium.themes[i].id.clone())
        .collect();
    {
        let instance = instance.clone();
        use_effect_with(open_ids.clone(), move |open| {
            location::remember_open(&instance.key, open)
        });
    }
    {
        let instance = instance.clone();
        let link = Link {
            query: Some(state.query.clone()),
            open: open_ids,
            doc: state.focused.clone(),
        };
        // Debounced: typing must not call replaceState at every keystroke
        // (browsers throttle it, and the back button does not need it).
        use_effect_with(link, move |link| {
            let link = link.clone();
            let write = instance.config.history.then(|| {
                gloo::timers::callback::Timeout::new(300, move || {
                    let _ = location::write_link(&instance.key, &link);
                })
            });
            move || drop(write)
        });
    }
    {
        let instance = instance.clone();
        let first = use_mut_ref(|| true);
        // Keyed on the results' identity: `Rc`'s `==` would compare every hit.
        use_effect_with(
            (state.query.clone(), ResultsId(results.clone())),
            move |(query, results)| {
                if !std::mem::take(&mut *first.borrow_mut()) {
                    dispatch_search_event(&instance, query, &results.0);
                }
            },
        );
    }

    // Built once: the dispatcher never changes, and a new callback at each
    // render would re-render the filters (and more) at every keystroke.
    let dispatch = state.dispatcher();
    let on_query = use_callback(dispatch.clone(), |q: String, d| {
        d.dispatch(Action::Query(q))
    });
    let on_clear = use_callback(dispatch.clone(), |(), d| d.dispatch(Action::ClearAll));
    let on_year = use_callback(dispatch.clone(), |y, d| d.dispatch(Action::Year(y)));
    let on_meeting = use_callback(dispatch, |m, d| d.dispatch(Action::Meeting(m)));
    let on_topic = on_query.clone();

    let announcement = state.searching().then(|| {
        if results.total == 0 {
            strings.no_results.to_string()
        } else {
            crate::i18n::count(results.total, strings.found_one, strings.found_many)
        }
    });

    html! {
        <div class="cw" lang={lang.code()} dir="ltr">
            <SearchBox lang={lang} value={state.query.clone()} on_input={on_query} />
            <FilterControls
                lang={lang}
                compendium={compendium.clone()}
                year={state.year}
                meeting={state.meeting}
                on_year={on_year}
                on_meeting={on_meeting}
            />
            if results.truncated {
                <p class="cw-note">{ strings.truncated }</p>
            }
            <LiveRegion text={announcement.unwrap_or_default()} />
            if state.searching() && results.total == 0 {
                <EmptyState lang={lang} query={state.query.clone()} on_clear={on_clear} />
            }
            <Accordion
                lang={lang}
                compendium={compendium.clone()}
                instance={instance.clone()}
                sections={sections}
                filtered={state.year.is_some() || state.meeting.is_some() || results.year.is_some() || results.meeting.is_some()}
                state={state.clone()}
                on_topic={on_topic}
            />
        </div>
    }
}

/// Search results compared by identity (a new search, a new `Rc`).
struct ResultsId(Rc<SearchResults>);

impl PartialEq for ResultsId {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Tells page scripts what the reader searched and what was found.
fn dispatch_search_event(instance: &Instance, query: &str, results: &SearchResults) {
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"query".into(), &query.into());
    let symbols: js_sys::Array = results
        .hits
        .iter()
        .map(|h| wasm_bindgen::JsValue::from_str(&h.symbol))
        .collect();
    let _ = js_sys::Reflect::set(&detail, &"total".into(), &(results.total as u32).into());
    let _ = js_sys::Reflect::set(&detail, &"symbols".into(), &symbols);
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    init.set_bubbles(true);
    init.set_composed(true);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("compendium-search", &init) {
        let _ = instance.host.dispatch_event(&event);
    }
}
