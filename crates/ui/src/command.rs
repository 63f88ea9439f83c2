//! What the page asks of a running instance — a page script's
//! `element.open()`/`element.search()`, an attribute changed after mount, a
//! deep link followed — as [`Command`]s, and the reducer actions each one
//! comes to in a given compendium ([`actions`]).
//!
//! Not here: how commands reach the app (the embed layer's handle, through
//! the callback the app hands over in `ToHost::Ready`).

use crate::link::Link;
use crate::state::{Action, ThemeSet};
use compendium_core::Compendium;

#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Open the theme with this id (`element.open`).
    Open(String),
    /// Show the results of this query (`element.search`, the `query`
    /// attribute).
    Search(String),
    /// Exactly these themes open, by id (the `open` attribute).
    OpenOnly(Vec<String>),
    /// Go where a deep link says: its query, its open themes, its paper (a
    /// fragment changed after load). What it does not say stays as it is.
    Follow(Link),
}

/// The warning for a theme id the compendium does not have.
fn unknown_theme(compendium: &Compendium, id: &str) -> String {
    let ids: Vec<&str> = compendium.themes.iter().map(|t| t.id.as_str()).collect();
    format!("open=\"{id}\" is not a theme; allowed: {}.", ids.join(", "))
}

/// The actions `command` comes to, with a warning for each theme id or
/// symbol the compendium does not have.
pub fn actions(compendium: &Compendium, command: Command) -> (Vec<Action>, Vec<String>) {
    let mut warnings = Vec::new();
    let mut theme = |id: &str| {
        let found = compendium.themes.iter().position(|t| t.id == id);
        if found.is_none() {
            warnings.push(unknown_theme(compendium, id));
        }
        found
    };
    let mut themes = |ids: &[String]| {
        let mut set = ThemeSet::default();
        for id in ids {
            set.extend(theme(id));
        }
        set
    };
    let mut actions = Vec::new();
    match command {
        Command::Open(id) => actions.extend(theme(&id).map(Action::Open)),
        Command::Search(query) => actions.push(Action::Query(query)),
        Command::OpenOnly(ids) => actions.push(Action::OpenOnly(themes(&ids))),
        Command::Follow(link) => {
            actions.extend(link.query.map(Action::Query));
            if !link.open.is_empty() {
                actions.push(Action::OpenOnly(themes(&link.open)));
            }
            if let Some(symbol) = link.doc {
                let paper = compendium
                    .themes
                    .iter()
                    .position(|t| t.documents.iter().any(|d| d.symbol == symbol));
                match paper {
                    Some(theme) => actions.push(Action::Focus { theme, symbol }),
                    None => warnings.push(format!("doc=\"{symbol}\" is not a paper's symbol.")),
                }
            }
        }
    }
    (actions, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::compendium;

    #[test]
    fn open_opens_the_theme_with_that_id() {
        let (actions, warnings) = actions(&compendium(), Command::Open("non-sanction".into()));
        assert_eq!((actions, warnings.len()), (vec![Action::Open(8)], 0));
    }

    #[test]
    fn an_unknown_theme_id_does_nothing_but_warn() {
        let (actions, warnings) = actions(&compendium(), Command::Open("nope".into()));
        assert!(actions.is_empty());
        assert!(warnings[0].starts_with("open=\"nope\" is not a theme"));
    }

    #[test]
    fn search_sets_the_query() {
        let (actions, _) = actions(&compendium(), Command::Search("traite".into()));
        assert_eq!(actions, [Action::Query("traite".into())]);
    }

    #[test]
    fn open_only_keeps_the_known_ids_and_warns_about_the_others() {
        let ids = vec!["demande".into(), "nope".into(), "identification".into()];
        let (actions, warnings) = actions(&compendium(), Command::OpenOnly(ids));
        assert_eq!(actions, [Action::OpenOnly([4, 5].into())]);
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn a_followed_link_sets_what_it_says_query_then_themes_then_paper() {
        let link = Link {
            query: Some("frais".into()),
            open: vec!["demande".into()],
            doc: Some("CTOC/COP/WG.4/2015/2".into()),
        };
        let (actions, warnings) = actions(&compendium(), Command::Follow(link));
        assert!(warnings.is_empty());
        assert_eq!(
            actions,
            [
                Action::Query("frais".into()),
                Action::OpenOnly([4].into()),
                Action::Focus {
                    theme: 11,
                    symbol: "CTOC/COP/WG.4/2015/2".into()
                },
            ]
        );
    }

    #[test]
    fn a_link_that_says_nothing_changes_nothing() {
        let (actions, warnings) = actions(&compendium(), Command::Follow(Link::default()));
        assert!(actions.is_empty() && warnings.is_empty());
    }
}
