//! What the page asks of a running instance — a page script's
//! `element.open()`/`element.search()`, an attribute changed after mount, a
//! deep link followed — as [`Command`]s, and the reducer actions each one
//! comes to in a given compendium ([`actions`]).
//!
//! Not here: how commands reach the app (the embed layer's handle, through
//! the callback the app hands over in `ToHost::Ready`).

use crate::link::Link;
use crate::state::{Action, Focused, ThemeSet};
use compendium_core::Compendium;

#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Open the theme with this id (`element.open`).
    Open(String),
    /// Open the theme with this id if closed, close it if open (a header
    /// the reader activated before the wasm was there).
    Toggle(String),
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
        Command::Toggle(id) => actions.extend(theme(&id).map(Action::Toggle)),
        Command::Search(query) => actions.push(Action::Query(query)),
        Command::OpenOnly(ids) => actions.push(Action::OpenOnly(themes(&ids))),
        Command::Follow(link) => {
            actions.extend(link.query.map(Action::Query));
            if !link.open.is_empty() {
                actions.push(Action::OpenOnly(themes(&link.open)));
            }
            if let Some(symbol) = link.doc {
                actions.extend(focus(compendium, symbol, link.para, &mut warnings));
            }
        }
    }
    (actions, warnings)
}

/// Focus on the paper `symbol` and, if it has one numbered `para`, on that
/// paragraph (else on the paper, with a warning); `None` and a warning for
/// an unknown paper.
fn focus(
    compendium: &Compendium,
    symbol: String,
    para: Option<u32>,
    warnings: &mut Vec<String>,
) -> Option<Action> {
    let found = compendium.themes.iter().enumerate().find_map(|(t, theme)| {
        let paper = theme.documents.iter().find(|d| d.symbol == symbol)?;
        Some((t, paper))
    });
    let Some((theme, paper)) = found else {
        warnings.push(format!("doc=\"{symbol}\" is not a paper's symbol."));
        return None;
    };
    let paragraph = para.filter(|n| paper.paragraphs.iter().any(|p| p.number == *n));
    if let (Some(n), None) = (para, paragraph) {
        let numbers: Vec<String> = paper
            .paragraphs
            .iter()
            .map(|p| p.number.to_string())
            .collect();
        warnings.push(format!(
            "para=\"{n}\" is not a paragraph of {symbol}; its paragraphs are {}.",
            numbers.join(", ")
        ));
    }
    Some(Action::Focus {
        theme,
        focused: Focused { symbol, paragraph },
    })
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
    fn toggle_toggles_the_theme_with_that_id() {
        let (actions, warnings) = actions(&compendium(), Command::Toggle("non-sanction".into()));
        assert_eq!((actions, warnings.len()), (vec![Action::Toggle(8)], 0));
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
            para: Some(68),
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
                    focused: Focused {
                        symbol: "CTOC/COP/WG.4/2015/2".into(),
                        paragraph: Some(68),
                    },
                },
            ]
        );
    }

    #[test]
    fn a_linked_paragraph_the_paper_lacks_focuses_the_paper_and_warns() {
        let link = Link {
            doc: Some("CTOC/COP/WG.4/2015/2".into()),
            para: Some(4),
            ..Link::default()
        };
        let (actions, warnings) = actions(&compendium(), Command::Follow(link));
        assert_eq!(
            actions,
            [Action::Focus {
                theme: 11,
                focused: Focused {
                    symbol: "CTOC/COP/WG.4/2015/2".into(),
                    paragraph: None,
                },
            }]
        );
        assert_eq!(
            warnings,
            ["para=\"4\" is not a paragraph of CTOC/COP/WG.4/2015/2; its paragraphs are 67, 68, 69, 70."]
        );
    }

    #[test]
    fn a_link_that_says_nothing_changes_nothing() {
        let (actions, warnings) = actions(&compendium(), Command::Follow(Link::default()));
        assert!(actions.is_empty() && warnings.is_empty());
    }
}
