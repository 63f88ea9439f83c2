//! The root component of one instance: search field, filters, the accordion
//! and the live region, around one [`State`] reducer.
//!
//! It derives what to show from the state (the search results, which themes
//! appear in which order) and tells its host what the outside should follow
//! — the open sections, the deep link, the results — through one callback,
//! [`ToHost`]. It never touches the page itself: that is the embed layer's
//! answer to those requests.

use crate::command::{self, Command};
use crate::components::{
    accordion::Accordion, empty_state::EmptyState, filters::Filters as FilterControls,
    live_region::LiveRegion, search_box::SearchBox,
};
use crate::context::Widget;
use crate::hooks::use_slices;
use crate::i18n::Lang;
use crate::link::Link;
use crate::sections::sections;
use crate::shared::{ById, SharedCompendium};
use crate::start::Start;
use crate::state::{Action, State};
use compendium_core::{Filters, SearchResults};
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// What a search found, for page scripts (the `compendium-search` event).
#[derive(Debug, Clone, PartialEq)]
pub struct Searched {
    pub query: String,
    pub total: usize,
    pub symbols: Vec<String>,
}

/// What the app asks of the page around it. The embed layer answers; a
/// prerender or a test may ignore or record them.
#[derive(Debug, Clone, PartialEq)]
pub enum ToHost {
    /// The app has rendered and takes page scripts' commands through this.
    Ready(Callback<Command>),
    /// The themes open while browsing (their ids), at the first render and
    /// whenever they change: remember them for the session.
    OpenChanged(Vec<String>),
    /// The state as a deep link, after a pause in typing, to write into the
    /// address bar (only sent while `AppProps::write_link` is set).
    Link(Link),
    /// A search's results changed (not sent for the initial state).
    Searched(Searched),
    /// The reader asked for a link to a paper; `done` says whether it was
    /// copied.
    CopyLink { link: Link, done: Callback<bool> },
    /// A value the page owner should fix (an unknown theme id, say).
    Warning(String),
}

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub compendium: SharedCompendium,
    pub lang: Lang,
    /// Level of the theme headings (2–6).
    pub heading_level: u8,
    /// The instance's name for its landmarks: its compendium's title, told
    /// apart from other instances on the page (`compendium_ui::config::unique_name`).
    pub name: AttrValue,
    pub start: Start,
    /// The address bar follows the state (the `history` attribute): without
    /// it no deep link is built or timed at each keystroke.
    pub write_link: bool,
    /// The first render shows everything, collapsed panels' content
    /// included, rather than the headers first: set only to hydrate the
    /// whole prerendered compendium (`prerender::Extent::Whole`), which the
    /// first render must match.
    pub whole_first_render: bool,
    pub to_host: Callback<ToHost>,
}

/// The most papers whose index a search builds at once rather than waits
/// for (about 30 ms in Chromium).
pub(crate) const INDEX_AT_ONCE: usize = 200;

/// How long typing must pause before the deep link follows (browsers
/// throttle `replaceState`, and the back button does not need each letter).
const LINK_PAUSE_MS: u32 = 300;

/// The results of a state's query and filters.
fn search(
    compendium: &SharedCompendium,
    query: &str,
    year: Option<u16>,
    meeting: Option<u8>,
) -> SearchResults {
    let filters = Filters {
        theme: None,
        year,
        meeting,
    };
    compendium.index().search(query, &filters, usize::MAX)
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let AppProps {
        compendium,
        lang,
        heading_level,
        name,
        start,
        write_link,
        whole_first_render,
        to_host,
    } = props;
    let (lang, heading_level) = (*lang, *heading_level);
    // The start's problems, found once, reported once rendered.
    let warnings = use_mut_ref(Vec::new);
    let state = {
        let (compendium, start, warnings) = (compendium.clone(), start.clone(), warnings.clone());
        use_reducer(move || {
            let (state, found) = State::initial(&compendium, &start);
            *warnings.borrow_mut() = found;
            state
        })
    };
    let strings = lang.strings();

    // The search index is built a slice at a time in idle periods once the
    // accordion has painted (in one go, a 5000-paper compendium's froze the
    // page for 0.8 s). A search typed before it is ready waits for it
    // (`preparing`: the accordion stays as it was, the hint says why) and
    // the slices stop waiting for idle periods, unless the compendium is
    // small: then it is built at once (the bundled compendium's takes 5 ms).
    let indexed = use_state_eq(|| compendium.index_ready());
    let preparing = state.searching() && !*indexed && !compendium.index_within(INDEX_AT_ONCE);
    // Not searching (one character typed, say) needs no index.
    let search_now = state.searching() && !preparing;
    {
        let (building, indexed) = (compendium.clone(), indexed.setter());
        use_slices(
            move |more| building.index_some(more),
            preparing,
            Callback::from(move |()| indexed.set(true)),
        );
    }
    let results = use_memo(
        (state.query.clone(), state.year, state.meeting, search_now),
        {
            let compendium = compendium.clone();
            move |(query, year, meeting, search_now)| match search_now {
                true => search(&compendium, query, *year, *meeting),
                false => SearchResults::default(),
            }
        },
    );
    // What the accordion shows: the state, or while preparing, the browsing
    // view it had (a deep link's paper is focused once its search is shown:
    // its paragraph may be folded then).
    let shown = match preparing {
        true => State {
            query: String::new(),
            year: None,
            meeting: None,
            focused: None,
            ..(*state).clone()
        },
        false => (*state).clone(),
    };
    // Once per search, not per render: a large compendium's short prefix
    // has thousands of hits to share out.
    let sections = use_memo(
        (ById(results.clone()), shown.searching()),
        |(results, searching)| sections(compendium, *searching, results),
    );

    // Rendered: report the start's problems, then take page scripts' commands.
    {
        let (dispatch, compendium, to_host) =
            (state.dispatcher(), compendium.clone(), to_host.clone());
        use_effect_with((), move |_| {
            for warning in warnings.take() {
                to_host.emit(ToHost::Warning(warning));
            }
            let warn = to_host.clone();
            to_host.emit(ToHost::Ready(Callback::from(move |command: Command| {
                let (actions, warnings) = command::actions(&compendium, command);
                for warning in warnings {
                    warn.emit(ToHost::Warning(warning));
                }
                for action in actions {
                    dispatch.dispatch(action);
                }
            })));
        });
    }

    // The outside follows the state. Each request goes only when what it
    // concerns changed (storage writes are slow).
    let open_ids: Vec<String> = state
        .open
        .iter()
        .map(|&i| compendium.themes[i].id.clone())
        .collect();
    {
        // From the first render on: what a deep link opened is remembered too.
        let to_host = to_host.clone();
        use_effect_with(open_ids.clone(), move |open| {
            to_host.emit(ToHost::OpenChanged(open.clone()))
        });
    }
    {
        let to_host = to_host.clone();
        let link = write_link.then(|| Link {
            query: Some(state.query.clone()),
            open: open_ids,
            doc: state.focused.as_ref().map(|f| f.symbol.clone()),
            para: state.focused.as_ref().and_then(|f| f.paragraph),
        });
        use_effect_with(link, move |link| {
            let pending = link
                .clone()
                .map(|link| Timeout::new(LINK_PAUSE_MS, move || to_host.emit(ToHost::Link(link))));
            move || drop(pending)
        });
    }
    {
        let (to_host, first) = (to_host.clone(), use_mut_ref(|| true));
        // Keyed on the results' identity: `Rc`'s `==` would compare every hit.
        use_effect_with(
            (state.query.clone(), ById(results.clone()), preparing),
            move |(query, results, preparing)| {
                if !*preparing && !std::mem::take(&mut *first.borrow_mut()) {
                    to_host.emit(ToHost::Searched(Searched {
                        query: query.clone(),
                        total: results.total,
                        symbols: results.hits.iter().map(|h| h.symbol.clone()).collect(),
                    }));
                }
            },
        );
    }

    // Built once: the dispatcher never changes, and a new callback at each
    // render would re-render the filters (and more) at every keystroke.
    let dispatch = use_callback(state.dispatcher(), |action, d| d.dispatch(action));
    let on_query = use_callback(dispatch.clone(), |q: String, d| d.emit(Action::Query(q)));
    let on_clear = use_callback(dispatch.clone(), |(), d| d.emit(Action::ClearAll));
    let on_year = use_callback(dispatch.clone(), |y, d| d.emit(Action::Year(y)));
    let on_meeting = use_callback(dispatch.clone(), |m, d| d.emit(Action::Meeting(m)));

    // The first render leaves the field's text alone unless there is a query
    // to show: hydrating prerendered markup, the field holds what the reader
    // typed before the wasm came (the embed hands it over as a search once
    // the app is ready), and keys typed meanwhile must not be wiped.
    let first_render = std::mem::replace(&mut *use_mut_ref(|| true).borrow_mut(), false);
    let field = (!first_render || !state.query.is_empty()).then(|| state.query.clone());
    let too_short = compendium_core::too_short(&state.query);
    let hint = match (too_short, preparing) {
        (true, _) => strings.type_more,
        (false, true) => strings.preparing,
        (false, false) => strings.search_hint,
    };
    let announcement = if too_short || preparing {
        Some(hint.to_string())
    } else {
        state.searching().then(|| {
            if results.total == 0 {
                strings.no_results.to_string()
            } else {
                crate::i18n::count(lang, results.total, strings.found)
            }
        })
    };
    let filtered = state.year.is_some()
        || state.meeting.is_some()
        || results.year.is_some()
        || results.meeting.is_some();
    let widget = use_memo(
        (
            compendium.clone(),
            lang,
            heading_level,
            *whole_first_render,
            to_host.clone(),
        ),
        |(c, l, h, w, t)| Widget {
            lang: *l,
            compendium: c.clone(),
            heading_level: *h,
            whole_first_render: *w,
            to_host: t.clone(),
        },
    );

    html! {
        <ContextProvider<Widget> context={(*widget).clone()}>
            <div class="cw" lang={lang.code()} dir={lang.dir()}>
                <SearchBox
                    value={field}
                    name={name.clone()}
                    hint={hint}
                    on_input={on_query}
                />
                <FilterControls
                    year={state.year}
                    meeting={state.meeting}
                    on_year={on_year}
                    on_meeting={on_meeting}
                />
                if results.truncated {
                    <p class="cw-note">{ strings.truncated }</p>
                }
                <LiveRegion text={announcement.unwrap_or_default()} />
                if shown.searching() && results.total == 0 {
                    <EmptyState query={state.query.clone()} on_clear={on_clear} />
                }
                <Accordion
                    sections={(*sections).clone()}
                    state={shown}
                    filtered={filtered}
                    dispatch={dispatch}
                />
            </div>
        </ContextProvider<Widget>>
    }
}
