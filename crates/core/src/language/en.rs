//! English. Its stop and question words are also what an English query
//! sheds once the thesaurus translates it (`expansions`), whatever the
//! compendium's language.
//!
//! Not here: the English interface strings (`crates/ui`).

use super::{HtmlWords, LanguagePack, MeetingGrammar, Segmentation, Stemming};
use crate::extract::Layout;

/// Function words, folded and sorted (`s`: what a possessive `’s` leaves).
const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "its", "of",
    "on", "or", "s", "that", "the", "their", "there", "these", "this", "those", "to", "was",
    "were", "with",
];

/// A question's scaffolding: `what does … mean`, `how should …`.
const QUESTION_WORDS: &[&str] = &[
    "about", "can", "could", "did", "do", "does", "how", "mean", "meaning", "means", "should",
    "what", "when", "where", "which", "who", "why", "would",
];

const ORDINALS: &[(&str, u8)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
];

const LAYOUT: Layout = Layout {
    language: "en",
    key_topics: "Key topics",
    meeting: "meeting",
    year: "in",
    ordinals: ORDINALS,
    link_prefix: "https://undocs.org/en/",
    quotes: &[('“', '”'), ('"', '"')],
};

/// Also the labels of [`NEUTRAL`](super::NEUTRAL).
pub(super) const HTML: HtmlWords = HtmlWords {
    key_topics: "Key topics:",
    meeting: "{} meeting",
    ordinals: &[
        "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth",
        "Tenth", "Eleventh", "Twelfth",
    ],
    meeting_number: "Meeting {}",
};

pub(super) const PACK: LanguagePack = LanguagePack {
    code: "en",
    stop_words: STOP_WORDS,
    question_words: QUESTION_WORDS,
    elisions: &[],
    stemming: Stemming::English,
    segmentation: Segmentation::Spaces,
    meeting: MeetingGrammar {
        nouns: &["meeting", "meetings", "session", "sessions"],
        ordinals: ORDINALS,
        endings: &[""],
        digit_suffixes: &["st", "nd", "rd", "th"],
        noun_first: false,
        circumfix: None,
    },
    layout: Some(&LAYOUT),
    html: HTML,
};
