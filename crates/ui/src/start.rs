//! Where an instance starts: what the page's attributes, the session's
//! memory and a deep link say ([`Start`], by theme ids and symbols), turned
//! into a [`State`] of the compendium at hand, with a warning for what it
//! does not have.

use crate::command::{self, Command};
use crate::config::Config;
use crate::link::Link;
use crate::state::State;
use compendium_core::Compendium;
use std::rc::Rc;
use yew::Reducible;

/// What an instance starts with, by theme ids and symbols (plain data: the
/// embed layer gathers it from the page, a prerender uses the default).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Start {
    pub query: String,
    /// Theme ids to open.
    pub open: Vec<String>,
    /// A paper to show and focus.
    pub doc: Option<String>,
    /// A paragraph of `doc`, by its printed number.
    pub para: Option<u32>,
}

impl Start {
    /// A deep link wins over what the session remembers, which wins over the
    /// page's attributes — each for what it says (a link with only a query
    /// keeps the remembered sections).
    pub fn new(config: &Config, remembered: Option<Vec<String>>, link: Link) -> Start {
        let open = if !link.open.is_empty() {
            link.open
        } else {
            remembered.unwrap_or_else(|| config.open.clone())
        };
        Start {
            query: link.query.unwrap_or_else(|| config.query.clone()),
            open,
            doc: link.doc,
            para: link.para,
        }
    }
}

impl Start {
    /// The start as a deep link: following it from the default state
    /// reaches the start's state (how a hydrated app, which starts from
    /// the default, catches up).
    pub fn link(&self) -> Link {
        Link {
            query: Some(self.query.clone()),
            open: self.open.clone(),
            doc: self.doc.clone(),
            para: self.para,
        }
    }
}

impl State {
    /// The state `start` describes in `compendium`, with a warning for each
    /// theme id or symbol it does not have: the state a deep link with the
    /// same query, themes and paper leads to from the default.
    pub fn initial(compendium: &Compendium, start: &Start) -> (State, Vec<String>) {
        let (actions, warnings) = command::actions(compendium, Command::Follow(start.link()));
        let state = actions
            .into_iter()
            .fold(Rc::new(State::default()), |state, action| {
                state.reduce(action)
            });
        ((*state).clone(), warnings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::ThemeSet;
    use crate::test_support::compendium;

    fn set(themes: &[usize]) -> ThemeSet {
        themes.iter().copied().collect()
    }

    #[test]
    fn a_deep_link_wins_over_the_session_which_wins_over_attributes() {
        let config = Config {
            open: vec!["demande".into()],
            query: "attribut".into(),
            ..Config::default()
        };
        let from_attributes = Start::new(&config, None, Link::default());
        assert_eq!(from_attributes.open, ["demande"]);
        assert_eq!(from_attributes.query, "attribut");
        let remembered = Start::new(
            &config,
            Some(vec!["identification".into()]),
            Link::default(),
        );
        assert_eq!(remembered.open, ["identification"]);
        let link = Link {
            query: Some("lien".into()),
            open: vec!["non-sanction".into()],
            ..Link::default()
        };
        let linked = Start::new(&config, Some(vec!["identification".into()]), link);
        assert_eq!(
            (linked.query.as_str(), &linked.open[..]),
            ("lien", &["non-sanction".to_string()][..])
        );
    }

    #[test]
    fn the_initial_state_opens_themes_by_id_and_warns_about_unknown_ones() {
        let compendium = compendium();
        let start = Start {
            open: vec!["non-sanction".into(), "nope".into()],
            ..Start::default()
        };
        let (state, warnings) = State::initial(&compendium, &start);
        assert_eq!(state.open, set(&[8]), "non-sanction is the ninth theme");
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].starts_with("open=\"nope\" is not a theme; allowed: gestion-des-cas, "));
    }

    #[test]
    fn a_linked_paper_opens_its_theme_and_is_focused() {
        let compendium = compendium();
        let start = Start {
            doc: Some("CTOC/COP/WG.4/2015/2".into()),
            ..Start::default()
        };
        let (state, warnings) = State::initial(&compendium, &start);
        assert!(warnings.is_empty());
        assert_eq!(state.open, set(&[11]), "the recruitment fees theme");
        let focused = state.focused.expect("a focused paper");
        assert_eq!(focused.symbol, "CTOC/COP/WG.4/2015/2");
        let unknown = Start {
            doc: Some("CTOC/COP/WG.4/1999/9".into()),
            ..Start::default()
        };
        let (state, warnings) = State::initial(&compendium, &unknown);
        assert_eq!((state.focused, warnings.len()), (None, 1));
    }
}
