//! French, the language of CTOC/COP/WG.4/2021/5 and of the bundled
//! compendium. Its ordinals serve both the extractor (as printed:
//! `deuxième réunion`) and queries (compared folded: `deuxieme reunion`).
//!
//! Not here: the French corrections table of the extractor (`data/`).

use super::{HtmlWords, LanguagePack, MeetingGrammar, Segmentation, Stemming};
use crate::extract::Layout;

/// Elided articles and conjunctions, folded: dropped with their apostrophe.
const ELISIONS: &[&str] = &[
    "l", "d", "qu", "n", "s", "j", "m", "c", "t", "jusqu", "lorsqu", "puisqu", "quoiqu",
];

/// Stop words (folded). Deliberately short: `non` and `pas` stay searchable
/// (`non-sanction`), and so do all nouns.
const STOP_WORDS: &[&str] = &[
    "a", "afin", "ai", "au", "aux", "avec", "ce", "ces", "cet", "cette", "d", "dans", "de", "des",
    "dont", "du", "elle", "elles", "en", "est", "et", "etre", "eux", "il", "ils", "j", "l", "la",
    "le", "les", "leur", "leurs", "lui", "m", "ma", "mais", "me", "meme", "mes", "mon", "n", "ne",
    "nos", "notre", "nous", "on", "ont", "ou", "par", "pour", "qu", "que", "qui", "s", "sa", "se",
    "ses", "son", "sont", "sur", "t", "ta", "te", "un", "une", "vos", "votre", "vous", "y",
];

/// Interrogatives and the verbs a question is built on (`comment`, `quel`,
/// `doit`, `peut-on`, `faut-il`), folded. (`qui`, `que`, `est-ce`, `où` are
/// stop words already.)
const QUESTION_WORDS: &[&str] = &[
    "combien",
    "comment",
    "dois",
    "doit",
    "doivent",
    "faut",
    "laquelle",
    "lequel",
    "lesquelles",
    "lesquels",
    "peut",
    "peuvent",
    "peux",
    "pourquoi",
    "quand",
    "quel",
    "quelle",
    "quelles",
    "quels",
    "quoi",
];

/// Meeting ordinals, lowercase, as printed and as typed.
const ORDINALS: &[(&str, u8)] = &[
    ("première", 1),
    ("premier", 1),
    ("deuxième", 2),
    ("seconde", 2),
    ("second", 2),
    ("troisième", 3),
    ("quatrième", 4),
    ("cinquième", 5),
    ("sixième", 6),
    ("septième", 7),
    ("huitième", 8),
    ("neuvième", 9),
    ("dixième", 10),
    ("onzième", 11),
    ("douzième", 12),
    ("treizième", 13),
    ("quatorzième", 14),
    ("quinzième", 15),
    ("seizième", 16),
    ("dix-septième", 17),
    ("dix-huitième", 18),
    ("dix-neuvième", 19),
    ("vingtième", 20),
];

/// The layout of CTOC/COP/WG.4/2021/5 ([`Layout::FRENCH`]).
pub(crate) const FRENCH_LAYOUT: Layout = Layout {
    language: "fr",
    key_topics: "Principaux sujets",
    meeting: "réunion",
    year: "en",
    ordinals: ORDINALS,
    link_prefix: "https://undocs.org/fr/",
    quotes: &[('«', '»')],
};

/// The labels of the static HTML (also its unit tests').
pub(crate) const FRENCH_HTML: HtmlWords = HtmlWords {
    key_topics: "Principaux sujets\u{a0}:",
    meeting: "{} réunion",
    ordinals: &[
        "Première",
        "Deuxième",
        "Troisième",
        "Quatrième",
        "Cinquième",
        "Sixième",
        "Septième",
        "Huitième",
        "Neuvième",
        "Dixième",
        "Onzième",
        "Douzième",
    ],
    meeting_number: "Réunion n° {}",
};

pub(super) const PACK: LanguagePack = LanguagePack {
    code: "fr",
    stop_words: STOP_WORDS,
    question_words: QUESTION_WORDS,
    elisions: ELISIONS,
    stemming: Stemming::French,
    segmentation: Segmentation::Spaces,
    meeting: MeetingGrammar {
        nouns: &["reunion", "reunions"],
        ordinals: ORDINALS,
        endings: &[""],
        digit_suffixes: &["e", "eme", "er", "re", "ere"],
        noun_first: false,
        circumfix: None,
    },
    layout: Some(&FRENCH_LAYOUT),
    html: FRENCH_HTML,
};
