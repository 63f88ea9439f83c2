//! Which themes the accordion shows, in which order, with which hits: from
//! the state and the search results ([`sections`]), and how a section
//! waits for its turn when a keystroke changes them (a [`Part`] of the
//! accordion).
//!
//! Pure functions of plain data: the accordion renders what they return.

use crate::catch_up::Part;
use crate::shared::ById;
use compendium_core::{Compendium, Hit, SearchResults};
use std::rc::Rc;

/// One theme, with the hits of the current search in it (best first).
///
/// Hits are shared and compared by identity ([`ById`]): a keystroke's
/// sections are copied by the catch-up and handed to each section.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub theme: usize,
    pub hits: ById<[Hit]>,
    /// False while a search has no hit in this theme: the section stays
    /// mounted (cheap to bring back) but hidden.
    pub shown: bool,
}

/// Every theme, in display order: while searching, the themes with hits
/// first (in the order of their best hit, each with its hits), then the
/// others, not shown; otherwise every theme in document order.
///
/// The accordion keeps every section mounted and only reorders and hides
/// them, so a keystroke never rebuilds the DOM of a theme.
pub fn sections(compendium: &Compendium, searching: bool, results: &SearchResults) -> Vec<Section> {
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
        hits: ById(hits.into()),
        shown: true,
    }));
    for theme in 0..compendium.themes.len() {
        if !sections.iter().any(|s| s.theme == theme) {
            sections.push(Section {
                theme,
                hits: ById(Rc::new([])),
                shown: !searching,
            });
        }
    }
    sections
}

/// Sections brought up to date in the keystroke's own render: the first
/// screen (one opened section fills it, even on a wide screen). The others
/// follow one a task (`catch_up`, `hooks::use_step_by_step`).
pub const EAGER: usize = 1;

impl Part for Section {
    type Key = usize;
    fn key(&self) -> usize {
        self.theme
    }
    /// With its old hits, but shown or hidden as now.
    fn waiting(&self, now: &Self) -> Self {
        Section {
            shown: now.shown,
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catch_up::arrange;
    use crate::state::State;
    use crate::test_support::compendium;
    use crate::SharedCompendium;
    use compendium_core::Filters;

    /// Sections (theme, shown), each with one hit whose symbol is `label`.
    fn labelled(label: &str, themes: &[(usize, bool)]) -> Vec<Section> {
        themes
            .iter()
            .map(|&(theme, shown)| Section {
                theme,
                hits: ById(Rc::new([Hit {
                    symbol: label.to_string(),
                    theme_id: String::new(),
                    theme,
                    document: 0,
                    score: 0.0,
                    paragraphs: Vec::new(),
                    matches: Vec::new(),
                }])),
                shown,
            })
            .collect()
    }

    fn view(sections: &[Section]) -> Vec<(usize, bool, &str)> {
        sections
            .iter()
            .map(|s| (s.theme, s.shown, s.hits[0].symbol.as_str()))
            .collect()
    }

    /// The sections for `query` typed in the bundled compendium, with the
    /// compendium and the search results.
    fn searched(query: &str) -> (SharedCompendium, SearchResults, Vec<Section>) {
        let compendium = compendium();
        let state = State {
            query: query.into(),
            ..State::default()
        };
        let results = compendium
            .index()
            .search(query, &Filters::default(), usize::MAX);
        let shown = sections(&compendium, state.searching(), &results);
        (compendium, results, shown)
    }

    #[test]
    fn while_browsing_every_theme_shows_in_document_order() {
        let compendium = compendium();
        let shown = sections(&compendium, false, &SearchResults::default());
        let order: Vec<(usize, bool)> = shown.iter().map(|s| (s.theme, s.shown)).collect();
        assert_eq!(order, (0..13).map(|t| (t, true)).collect::<Vec<_>>());
    }

    #[test]
    fn a_search_shows_the_themes_with_hits_first_in_the_order_of_their_best_hit() {
        let (compendium, results, shown) = searched("frais de recrutement");
        assert_eq!(shown.len(), 13, "every theme stays, to be shown again");
        assert_eq!(
            compendium.themes[shown[0].theme].id,
            "agences-de-recrutement-et-frais-de-recrutement"
        );
        assert_eq!(shown[0].hits[0].symbol, "CTOC/COP/WG.4/2015/2");
        let with_hits = shown.iter().take_while(|s| s.shown).count();
        assert!(shown[..with_hits].iter().all(|s| !s.hits.is_empty()));
        assert!(shown[with_hits..]
            .iter()
            .all(|s| !s.shown && s.hits.is_empty()));
        let total: usize = shown.iter().map(|s| s.hits.len()).sum();
        assert_eq!(total, results.hits.len(), "each hit in its theme, once");
    }

    #[test]
    fn a_search_without_hits_hides_every_theme() {
        let (_, results, shown) = searched("zzzzqqq");
        assert_eq!(results.total, 0);
        assert_eq!(shown.len(), 13);
        assert!(shown.iter().all(|s| !s.shown));
    }

    #[test]
    fn a_waiting_section_keeps_its_hits_but_is_shown_or_hidden_as_now() {
        let on_screen = labelled("old", &[(0, true), (1, true), (2, true), (3, false)]);
        let now = labelled("new", &[(2, true), (3, true), (0, false), (1, false)]);
        assert_eq!(
            view(&arrange(&now, &on_screen, EAGER)),
            [
                (2, true, "new"),
                (3, true, "old"),
                (0, false, "old"),
                (1, false, "old"),
            ]
        );
    }
}
