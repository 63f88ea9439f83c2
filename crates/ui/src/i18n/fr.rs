//! The interface in French (the default).

use super::plural::Plural::*;
use super::Strings;

pub const STRINGS: Strings = Strings {
    search_label: "Rechercher dans le recueil",
    search_hint: "Un mot, un sujet ou une cote (par exemple WG.4/2015/2)",
    type_more: "Tapez au moins deux caractères pour lancer la recherche.",
    preparing: "Préparation de la recherche…",
    pause: ", ",
    show_all: "Tout afficher",
    hide_all: "Tout masquer",
    key_topics: "Principaux sujets",
    papers: &[
        (One, "{n} document"),
        (Other, "{n} documents"),
        (Many, "{n} de documents"),
    ],
    matches: &[
        (One, "{n} résultat"),
        (Other, "{n} résultats"),
        (Many, "{n} de résultats"),
    ],
    found: &[
        (One, "{n} document trouvé"),
        (Other, "{n} documents trouvés"),
        (Many, "{n} de documents trouvés"),
    ],
    more_paragraphs: &[
        (One, "Afficher l’autre paragraphe"),
        (Other, "Afficher les {n} autres paragraphes"),
    ],
    fewer_paragraphs: "Masquer les autres paragraphes",
    more_papers: &[
        (One, "Afficher un document de plus"),
        (Other, "Afficher {n} documents de plus"),
    ],
    no_results: "Aucun résultat",
    no_results_for: "Aucun résultat pour « {q} ».",
    no_results_tips: "Vérifiez l’orthographe, essayez moins de mots ou un mot plus général.",
    clear_search: "Effacer la recherche",
    year_filter: "Année",
    any_year: "Toutes les années",
    meeting_filter: "Réunion",
    any_meeting: "Toutes les réunions",
    meeting: |n| match n {
        1 => "1re réunion".to_string(),
        n => format!("{n}e réunion"),
    },
    year: "{n}",
    opens_new_window: "(s’ouvre dans un nouvel onglet)",
    copy_link: "Copier le lien",
    link_copied: "Lien copié",
    truncated: "Requête trop longue : seul le début a été pris en compte.",
    loading: "Chargement du recueil…",
    load_failed: "Le recueil n’a pas pu être chargé.",
    crashed: "Le recueil a rencontré une erreur. Rechargez la page.",
};
