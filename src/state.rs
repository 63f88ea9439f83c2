//! The state of one widget instance and every way it can change ([`Action`]),
//! as a Yew reducer. Components dispatch actions; nothing else mutates state.
//!
//! Not here: what is derived from the state (search results, which sections
//! show): see `app.rs`.

use std::collections::BTreeSet;
use std::rc::Rc;
use yew::Reducible;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct State {
    /// The search field's text, as typed.
    pub query: String,
    /// Year and meeting filters chosen in the UI.
    pub year: Option<u16>,
    pub meeting: Option<u8>,
    /// Themes (indices) the reader opened while browsing.
    pub open: BTreeSet<usize>,
    /// Themes the reader closed while searching (matching themes start open).
    pub closed_in_search: BTreeSet<usize>,
    /// Symbol of the paper a deep link pointed at.
    pub focused: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Query(String),
    /// Clears the query and both filters (the empty state's button).
    ClearAll,
    Year(Option<u16>),
    Meeting(Option<u8>),
    Toggle(usize),
    /// Opens a theme (and, while searching, un-closes it).
    Open(usize),
    /// Opens every theme of the list (the ones on screen).
    ShowAll(Vec<usize>),
    /// Closes every theme of the list (the ones on screen).
    HideAll(Vec<usize>),
}

impl State {
    /// A query or a filter is active: the accordion shows results.
    pub fn searching(&self) -> bool {
        !self.query.trim().is_empty() || self.year.is_some() || self.meeting.is_some()
    }

    pub fn is_open(&self, theme: usize) -> bool {
        if self.searching() {
            !self.closed_in_search.contains(&theme)
        } else {
            self.open.contains(&theme)
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let searching = next.searching();
        // A deep link's paper stays focused until the reader does something
        // else; then the links the widget writes stop pointing at it.
        if !matches!(action, Action::Open(_)) {
            next.focused = None;
        }
        match action {
            Action::Query(query) => {
                if query == next.query {
                    return self;
                }
                next.query = query;
                next.closed_in_search.clear();
            }
            Action::ClearAll => {
                next.query.clear();
                next.year = None;
                next.meeting = None;
                next.closed_in_search.clear();
            }
            Action::Year(year) => {
                next.year = year;
                next.closed_in_search.clear();
            }
            Action::Meeting(meeting) => {
                next.meeting = meeting;
                next.closed_in_search.clear();
            }
            Action::Toggle(theme) => {
                let set = if searching {
                    &mut next.closed_in_search
                } else {
                    &mut next.open
                };
                if !set.remove(&theme) {
                    set.insert(theme);
                }
            }
            Action::Open(theme) => {
                next.open.insert(theme);
                next.closed_in_search.remove(&theme);
            }
            Action::ShowAll(themes) => {
                if searching {
                    next.closed_in_search.clear();
                } else {
                    next.open.extend(themes);
                }
            }
            Action::HideAll(themes) => {
                if searching {
                    next.closed_in_search.extend(themes);
                } else {
                    next.open.clear();
                }
            }
        }
        Rc::new(next)
    }
}
