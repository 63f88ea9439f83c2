//! Arabic. The Snowball Arabic stemmer strips the definite article and the
//! common prefixes and suffixes (`الضحايا`, `والضحايا`, `للضحايا`), and
//! folding drops the short vowels and unifies the alif forms (`أ إ آ` → `ا`),
//! so the word lists here are written folded. The ordinal follows its noun
//! (`الاجتماع السادس`).
//!
//! Not here: right-to-left display (`crates/ui`). No extractor layout: no
//! Arabic source has been read.

use super::{HtmlWords, LanguagePack, MeetingGrammar, Segmentation, Stemming};

/// Prepositions, conjunctions, demonstratives and relatives, folded, sorted.
const STOP_WORDS: &[&str] = &[
    "التي",
    "الذي",
    "الذين",
    "الى",
    "ان",
    "او",
    "اي",
    "بين",
    "تلك",
    "ثم",
    "ذلك",
    "على",
    "عن",
    "في",
    "قد",
    "كان",
    "كانت",
    "كل",
    "لا",
    "مع",
    "من",
    "هذا",
    "هذه",
    "هو",
    "هي",
    "و",
];

const QUESTION_WORDS: &[&str] = &[
    "اين",
    "كم",
    "كيف",
    "لماذا",
    "ما",
    "ماذا",
    "متى",
    "هل",
    "يجب",
    "ينبغي",
];

/// Ordinals 1–10 (11 and 12 are two words), with and without the article,
/// masculine (`الاجتماع`) and feminine (`الدورة`).
const ORDINALS: &[(&str, u8)] = &[
    ("الأول", 1),
    ("أول", 1),
    ("الأولى", 1),
    ("الثاني", 2),
    ("ثاني", 2),
    ("الثانية", 2),
    ("الثالث", 3),
    ("ثالث", 3),
    ("الثالثة", 3),
    ("الرابع", 4),
    ("رابع", 4),
    ("الرابعة", 4),
    ("الخامس", 5),
    ("خامس", 5),
    ("الخامسة", 5),
    ("السادس", 6),
    ("سادس", 6),
    ("السادسة", 6),
    ("السابع", 7),
    ("سابع", 7),
    ("السابعة", 7),
    ("الثامن", 8),
    ("ثامن", 8),
    ("الثامنة", 8),
    ("التاسع", 9),
    ("تاسع", 9),
    ("التاسعة", 9),
    ("العاشر", 10),
    ("عاشر", 10),
    ("العاشرة", 10),
];

pub(super) const PACK: LanguagePack = LanguagePack {
    code: "ar",
    stop_words: STOP_WORDS,
    question_words: QUESTION_WORDS,
    elisions: &[],
    stemming: Stemming::Arabic,
    segmentation: Segmentation::Spaces,
    meeting: MeetingGrammar {
        nouns: &["اجتماع", "الاجتماع", "الدورة", "دورة"],
        ordinals: ORDINALS,
        endings: &[""],
        digit_suffixes: &[""],
        noun_first: true,
        circumfix: None,
    },
    layout: None,
    html: HtmlWords {
        key_topics: "المواضيع الرئيسية:",
        meeting: "الاجتماع {}",
        ordinals: &[
            "الأول",
            "الثاني",
            "الثالث",
            "الرابع",
            "الخامس",
            "السادس",
            "السابع",
            "الثامن",
            "التاسع",
            "العاشر",
            "الحادي عشر",
            "الثاني عشر",
        ],
        meeting_number: "الاجتماع رقم {}",
    },
};
