//! The state of one widget instance and every way it can change
//! ([`Action`]), as a Yew reducer. Components dispatch actions; nothing else
//! mutates state.
//!
//! Not here: where an instance starts (`start.rs`), what is derived from the
//! state (search results, which sections show in which order: `sections.rs`).

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
    pub open: ThemeSet,
    /// Themes the reader closed while searching (matching themes start open).
    pub closed_in_search: ThemeSet,
    /// What a deep link pointed at.
    pub focused: Option<Focused>,
}

/// A deep link's paper, and maybe one of its paragraphs.
#[derive(Debug, Clone, PartialEq)]
pub struct Focused {
    pub symbol: String,
    /// The paragraph's number as printed (`para=67`).
    pub paragraph: Option<u32>,
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
    /// Exactly these themes open while browsing; while searching, these
    /// are open too (the page set the `open` attribute, or followed a link).
    OpenOnly(ThemeSet),
    /// A deep link's paper (or one of its paragraphs): its theme opens, the
    /// paper is shown and it (or the paragraph) is focused.
    Focus {
        theme: usize,
        focused: Focused,
    },
}

impl State {
    /// A query or a filter is active: the accordion shows results. (One
    /// character is not a query yet: the search box asks for more.)
    pub fn searching(&self) -> bool {
        let query = !self.query.trim().is_empty() && !compendium_core::too_short(&self.query);
        query || self.year.is_some() || self.meeting.is_some()
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
        if !matches!(action, Action::Open(_) | Action::Focus { .. }) {
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
            Action::OpenOnly(themes) => {
                next.closed_in_search.retain(|t| !themes.contains(t));
                next.open = themes;
            }
            Action::Focus { theme, focused } => {
                next.open.insert(theme);
                next.closed_in_search.remove(&theme);
                next.focused = Some(focused);
            }
        }
        Rc::new(next)
    }
}

/// A set of themes (their indices), in order: the sections open, or closed
/// during a search. A sorted list rather than a `BTreeSet<usize>`: these
/// sets hold a few of a dozen themes, and the B-tree's code for one more
/// element type cost the wasm 7.4 kB raw, 3 kB gzip.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ThemeSet(Vec<usize>);

impl ThemeSet {
    pub fn contains(&self, theme: &usize) -> bool {
        self.0.binary_search(theme).is_ok()
    }

    /// Adds `theme`; false if it was there already.
    pub fn insert(&mut self, theme: usize) -> bool {
        match self.0.binary_search(&theme) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, theme);
                true
            }
        }
    }

    /// Takes `theme` out; false if it was not there.
    pub fn remove(&mut self, theme: &usize) -> bool {
        match self.0.binary_search(theme) {
            Ok(at) => {
                self.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    pub fn retain(&mut self, keep: impl FnMut(&usize) -> bool) {
        self.0.retain(keep);
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The themes in order.
    pub fn iter(&self) -> std::slice::Iter<'_, usize> {
        self.0.iter()
    }
}

impl Extend<usize> for ThemeSet {
    fn extend<I: IntoIterator<Item = usize>>(&mut self, themes: I) {
        for theme in themes {
            self.insert(theme);
        }
    }
}

impl FromIterator<usize> for ThemeSet {
    fn from_iter<I: IntoIterator<Item = usize>>(themes: I) -> Self {
        let mut set = ThemeSet::default();
        set.extend(themes);
        set
    }
}

impl<const N: usize> From<[usize; N]> for ThemeSet {
    fn from(themes: [usize; N]) -> Self {
        themes.into_iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reduce(state: State, action: Action) -> State {
        (*Rc::new(state).reduce(action)).clone()
    }

    fn browsing(open: &[usize]) -> State {
        State {
            open: open.iter().copied().collect(),
            ..State::default()
        }
    }

    fn searching(query: &str, closed: &[usize]) -> State {
        State {
            query: query.into(),
            closed_in_search: closed.iter().copied().collect(),
            ..State::default()
        }
    }

    fn set(themes: &[usize]) -> ThemeSet {
        themes.iter().copied().collect()
    }

    #[test]
    fn query_sets_the_text_and_reopens_themes_closed_in_the_last_search() {
        let next = reduce(searching("tra", &[1, 2]), Action::Query("traite".into()));
        assert_eq!(next.query, "traite");
        assert!(next.closed_in_search.is_empty());
    }

    #[test]
    fn the_same_query_again_changes_nothing() {
        let state = Rc::new(searching("traite", &[1]));
        let next = state.clone().reduce(Action::Query("traite".into()));
        assert!(Rc::ptr_eq(&state, &next), "no new state, no render");
    }

    #[test]
    fn clear_all_empties_query_and_filters_but_keeps_browsing_state() {
        let state = State {
            year: Some(2015),
            meeting: Some(6),
            open: set(&[4]),
            ..searching("traite", &[1])
        };
        let next = reduce(state, Action::ClearAll);
        assert_eq!(next.query, "");
        assert_eq!((next.year, next.meeting), (None, None));
        assert!(next.closed_in_search.is_empty());
        assert_eq!(next.open, set(&[4]), "the sections open before the search");
    }

    #[test]
    fn year_sets_or_clears_the_year_filter() {
        let next = reduce(searching("", &[3]), Action::Year(Some(2017)));
        assert_eq!(next.year, Some(2017));
        assert!(next.closed_in_search.is_empty());
        assert!(next.searching(), "a filter alone is a search");
        assert_eq!(reduce(next, Action::Year(None)).year, None);
    }

    #[test]
    fn meeting_sets_or_clears_the_meeting_filter() {
        let next = reduce(State::default(), Action::Meeting(Some(6)));
        assert_eq!(next.meeting, Some(6));
        assert!(next.searching());
        assert_eq!(reduce(next, Action::Meeting(None)).meeting, None);
    }

    #[test]
    fn toggle_while_browsing_opens_and_closes_a_theme() {
        let opened = reduce(browsing(&[1]), Action::Toggle(3));
        assert_eq!(opened.open, set(&[1, 3]));
        assert!(opened.is_open(3));
        let closed = reduce(opened, Action::Toggle(3));
        assert_eq!(closed.open, set(&[1]));
    }

    #[test]
    fn toggle_while_searching_closes_a_matching_theme_without_touching_browsing() {
        let state = State {
            open: set(&[0]),
            ..searching("traite", &[])
        };
        assert!(state.is_open(5), "matching themes start open");
        let next = reduce(state, Action::Toggle(5));
        assert!(!next.is_open(5));
        assert_eq!(next.open, set(&[0]));
        assert!(reduce(next, Action::Toggle(5)).is_open(5));
    }

    #[test]
    fn open_opens_a_theme_and_reopens_it_in_the_search() {
        let next = reduce(searching("traite", &[2]), Action::Open(2));
        assert!(next.is_open(2));
        assert!(
            next.open.contains(&2),
            "and stays open once the search is cleared"
        );
    }

    #[test]
    fn show_all_opens_the_themes_on_screen() {
        assert_eq!(
            reduce(browsing(&[0]), Action::ShowAll(vec![1, 2])).open,
            set(&[0, 1, 2])
        );
        let next = reduce(searching("xy", &[1, 2]), Action::ShowAll(vec![1]));
        assert!(next.closed_in_search.is_empty());
    }

    #[test]
    fn hide_all_closes_the_themes_on_screen() {
        assert!(reduce(browsing(&[0, 1]), Action::HideAll(vec![0, 1]))
            .open
            .is_empty());
        let next = reduce(searching("xy", &[]), Action::HideAll(vec![3, 4]));
        assert_eq!(next.closed_in_search, set(&[3, 4]));
        assert!(!next.is_open(3) && next.is_open(5));
    }

    #[test]
    fn open_only_replaces_the_open_themes_and_shows_them_in_a_search() {
        assert_eq!(
            reduce(browsing(&[0, 1]), Action::OpenOnly(set(&[2]))).open,
            set(&[2])
        );
        let next = reduce(searching("xy", &[2, 3]), Action::OpenOnly(set(&[2])));
        assert!(next.is_open(2) && !next.is_open(3));
    }

    fn paper(symbol: &str) -> Focused {
        Focused {
            symbol: symbol.into(),
            paragraph: None,
        }
    }

    #[test]
    fn focus_opens_the_paper_s_theme_and_focuses_it() {
        let next = reduce(
            searching("xy", &[6]),
            Action::Focus {
                theme: 6,
                focused: paper("S"),
            },
        );
        assert!(next.is_open(6) && next.open.contains(&6));
        assert_eq!(next.focused, Some(paper("S")));
    }

    #[test]
    fn a_focused_paper_stays_through_open_and_goes_with_any_other_action() {
        let focused = State {
            focused: Some(paper("CTOC/COP/WG.4/2015/2")),
            ..State::default()
        };
        assert!(reduce(focused.clone(), Action::Open(1)).focused.is_some());
        assert_eq!(reduce(focused, Action::Toggle(1)).focused, None);
    }

    #[test]
    fn a_blank_query_is_not_a_search() {
        assert!(!searching("   ", &[]).searching());
        assert!(searching(" ab ", &[]).searching());
    }

    #[test]
    fn one_character_is_not_a_search_yet() {
        assert!(!searching("a", &[]).searching());
        assert!(!searching(" é ", &[]).searching());
    }
}
