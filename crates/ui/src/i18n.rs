//! Every string the widget shows or announces, in each UI language, in one
//! table. Components ask for a [`Strings`] by [`Lang`] and never spell text
//! themselves; counts go through the functions below for plurals.
//!
//! The compendium's own text is not here: it comes from the data.

/// A UI language (the `lang` attribute).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    /// Every UI language, the default first.
    pub const ALL: &'static [Lang] = &[Lang::Fr, Lang::En];

    /// `fr`, `EN`, `en-GB`: the primary language subtag decides.
    pub fn parse(value: &str) -> Option<Lang> {
        let primary = value.trim().split(['-', '_']).next().unwrap_or_default();
        let primary = primary.to_ascii_lowercase();
        Lang::ALL.iter().copied().find(|l| l.code() == primary)
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Fr => &FR,
            Lang::En => &EN,
        }
    }
}

/// The UI strings of one language. `{n}` and `{q}` are replaced by a count and
/// the query.
pub struct Strings {
    pub search_label: &'static str,
    pub search_hint: &'static str,
    /// The hint while the query is one character.
    pub type_more: &'static str,
    pub show_all: &'static str,
    pub hide_all: &'static str,
    pub key_topics: &'static str,
    pub papers_one: &'static str,
    pub papers_many: &'static str,
    pub matches_one: &'static str,
    pub matches_many: &'static str,
    pub found_one: &'static str,
    pub found_many: &'static str,
    pub no_results: &'static str,
    pub no_results_for: &'static str,
    pub no_results_tips: &'static str,
    pub clear_search: &'static str,
    pub year_filter: &'static str,
    pub any_year: &'static str,
    pub meeting_filter: &'static str,
    pub any_meeting: &'static str,
    pub opens_new_window: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    /// The control that unfolds a found paper's other paragraphs.
    pub more_paragraphs_one: &'static str,
    pub more_paragraphs_many: &'static str,
    pub fewer_paragraphs: &'static str,
    /// The control under a panel's first papers that shows more of them
    /// (a large `data-src` compendium).
    pub more_papers_one: &'static str,
    pub more_papers_many: &'static str,
    pub truncated: &'static str,
    pub loading: &'static str,
    pub load_failed: &'static str,
    pub crashed: &'static str,
}

pub const FR: Strings = Strings {
    search_label: "Rechercher dans le recueil",
    search_hint: "Un mot, un sujet ou une cote (par exemple WG.4/2015/2)",
    type_more: "Tapez au moins deux caractères pour lancer la recherche.",
    show_all: "Tout afficher",
    hide_all: "Tout masquer",
    key_topics: "Principaux sujets",
    papers_one: "{n} document",
    papers_many: "{n} documents",
    matches_one: "{n} résultat",
    matches_many: "{n} résultats",
    more_paragraphs_one: "Afficher l’autre paragraphe",
    more_paragraphs_many: "Afficher les {n} autres paragraphes",
    fewer_paragraphs: "Masquer les autres paragraphes",
    more_papers_one: "Afficher un document de plus",
    more_papers_many: "Afficher {n} documents de plus",
    found_one: "{n} document trouvé",
    found_many: "{n} documents trouvés",
    no_results: "Aucun résultat",
    no_results_for: "Aucun résultat pour « {q} ».",
    no_results_tips: "Vérifiez l’orthographe, essayez moins de mots ou un mot plus général.",
    clear_search: "Effacer la recherche",
    year_filter: "Année",
    any_year: "Toutes les années",
    meeting_filter: "Réunion",
    any_meeting: "Toutes les réunions",
    opens_new_window: "(s’ouvre dans un nouvel onglet)",
    copy_link: "Copier le lien",
    link_copied: "Lien copié",
    truncated: "Requête trop longue : seul le début a été pris en compte.",
    loading: "Chargement du recueil…",
    load_failed: "Le recueil n’a pas pu être chargé.",
    crashed: "Le recueil a rencontré une erreur. Rechargez la page.",
};

pub const EN: Strings = Strings {
    search_label: "Search the compendium",
    search_hint: "A word, a topic or a document symbol (e.g. WG.4/2015/2), in French or English: the papers are in French",
    type_more: "Type at least two characters to search.",
    show_all: "Show all sections",
    hide_all: "Hide all sections",
    key_topics: "Key topics",
    papers_one: "{n} paper",
    papers_many: "{n} papers",
    matches_one: "{n} match",
    matches_many: "{n} matches",
    more_paragraphs_one: "Show the other paragraph",
    more_paragraphs_many: "Show {n} more paragraphs",
    fewer_paragraphs: "Hide the other paragraphs",
    more_papers_one: "Show one more paper",
    more_papers_many: "Show {n} more papers",
    found_one: "{n} paper found",
    found_many: "{n} papers found",
    no_results: "No results",
    no_results_for: "No results for “{q}”.",
    no_results_tips: "Check the spelling, or try fewer or more general words.",
    clear_search: "Clear the search",
    year_filter: "Year",
    any_year: "All years",
    meeting_filter: "Meeting",
    any_meeting: "All meetings",
    opens_new_window: "(opens in a new tab)",
    copy_link: "Copy link",
    link_copied: "Link copied",
    truncated: "Query too long: only its beginning was used.",
    loading: "Loading the compendium…",
    load_failed: "The compendium could not be loaded.",
    crashed: "The compendium hit an error. Please reload the page.",
};

/// Picks the singular or plural form and puts `n` in it.
pub fn count(n: usize, one: &str, many: &str) -> String {
    let form = if n == 1 { one } else { many };
    form.replace("{n}", &n.to_string())
}

/// A `{q}` template's text before and after the query.
pub fn around_query(template: &'static str) -> (&'static str, &'static str) {
    template.split_once("{q}").unwrap_or((template, ""))
}

/// "6e réunion" / "6th meeting".
pub fn meeting(lang: Lang, n: u8) -> String {
    match lang {
        Lang::Fr if n == 1 => "1re réunion".to_string(),
        Lang::Fr => format!("{n}e réunion"),
        Lang::En => {
            let suffix = match (n % 10, n % 100) {
                (_, 11..=13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            format!("{n}{suffix} meeting")
        }
    }
}
