//! Spanish. Words are stemmed once folded (`migración` and `migraciones`
//! both stem from `migracion`), so accents typed or not find each other.
//!
//! Not here: the Spanish interface strings (`crates/ui`).

use super::{HtmlWords, LanguagePack, MeetingGrammar, Segmentation, Stemming};
use crate::extract::Layout;

const STOP_WORDS: &[&str] = &[
    "a", "al", "con", "de", "del", "e", "el", "en", "es", "la", "las", "le", "les", "lo", "los",
    "ni", "o", "para", "por", "que", "se", "su", "sus", "u", "un", "una", "unas", "unos", "y",
];

/// Interrogatives (folded: `cómo` → `como`) and the verbs questions lean on.
const QUESTION_WORDS: &[&str] = &[
    "como", "cual", "cuales", "cuando", "cuanto", "cuantos", "debe", "deben", "donde", "hay",
    "puede", "pueden", "quien", "quienes",
];

const ORDINALS: &[(&str, u8)] = &[
    ("primera", 1),
    ("primer", 1),
    ("primero", 1),
    ("segunda", 2),
    ("segundo", 2),
    ("tercera", 3),
    ("tercer", 3),
    ("tercero", 3),
    ("cuarta", 4),
    ("cuarto", 4),
    ("quinta", 5),
    ("quinto", 5),
    ("sexta", 6),
    ("sexto", 6),
    ("séptima", 7),
    ("séptimo", 7),
    ("octava", 8),
    ("octavo", 8),
    ("novena", 9),
    ("noveno", 9),
    ("décima", 10),
    ("décimo", 10),
    ("undécima", 11),
    ("undécimo", 11),
    ("duodécima", 12),
    ("duodécimo", 12),
];

const LAYOUT: Layout = Layout {
    language: "es",
    key_topics: "Temas principales",
    meeting: "reunión",
    year: "en",
    ordinals: ORDINALS,
    link_prefix: "https://undocs.org/es/",
    quotes: &[('«', '»'), ('“', '”'), ('"', '"')],
};

pub(super) const PACK: LanguagePack = LanguagePack {
    code: "es",
    stop_words: STOP_WORDS,
    question_words: QUESTION_WORDS,
    elisions: &[],
    stemming: Stemming::Spanish,
    segmentation: Segmentation::Spaces,
    meeting: MeetingGrammar {
        nouns: &["reunion", "reuniones", "sesion", "sesiones"],
        ordinals: ORDINALS,
        endings: &[""],
        digit_suffixes: &["a", "o", "ª", "º"],
        noun_first: false,
        circumfix: None,
    },
    layout: Some(&LAYOUT),
    html: HtmlWords {
        key_topics: "Temas principales:",
        meeting: "{} reunión",
        ordinals: &[
            "Primera",
            "Segunda",
            "Tercera",
            "Cuarta",
            "Quinta",
            "Sexta",
            "Séptima",
            "Octava",
            "Novena",
            "Décima",
            "Undécima",
            "Duodécima",
        ],
        meeting_number: "Reunión n.º {}",
    },
};
