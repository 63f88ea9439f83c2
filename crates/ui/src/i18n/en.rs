//! The interface in English.

use super::plural::Plural::*;
use super::Strings;

pub const STRINGS: Strings = Strings {
    search_label: "Search the compendium",
    search_hint: "A word, a topic or a document symbol (e.g. WG.4/2015/2), in French or English: the papers are in French",
    type_more: "Type at least two characters to search.",
    preparing: "Preparing the search…",
    pause: ", ",
    show_all: "Show all sections",
    hide_all: "Hide all sections",
    key_topics: "Key topics",
    papers: &[(One, "{n} paper"), (Other, "{n} papers")],
    matches: &[(One, "{n} match"), (Other, "{n} matches")],
    found: &[(One, "{n} paper found"), (Other, "{n} papers found")],
    more_paragraphs: &[
        (One, "Show the other paragraph"),
        (Other, "Show {n} more paragraphs"),
    ],
    fewer_paragraphs: "Hide the other paragraphs",
    more_papers: &[(One, "Show one more paper"), (Other, "Show {n} more papers")],
    no_results: "No results",
    no_results_for: "No results for “{q}”.",
    no_results_tips: "Check the spelling, or try fewer or more general words.",
    clear_search: "Clear the search",
    year_filter: "Year",
    any_year: "All years",
    meeting_filter: "Meeting",
    any_meeting: "All meetings",
    meeting: |n| {
        let suffix = match (n % 10, n % 100) {
            (_, 11..=13) => "th",
            (1, _) => "st",
            (2, _) => "nd",
            (3, _) => "rd",
            _ => "th",
        };
        format!("{n}{suffix} meeting")
    },
    year: "{n}",
    opens_new_window: "(opens in a new tab)",
    copy_link: "Copy link",
    link_copied: "Link copied",
    truncated: "Query too long: only its beginning was used.",
    loading: "Loading the compendium…",
    load_failed: "The compendium could not be loaded.",
    crashed: "The compendium hit an error. Please reload the page.",
};
