//! Russian. Ordinals decline with their noun (`шестое совещание`, `на
//! шестом совещании`), so the meeting grammar holds their stems and
//! endings rather than every form.
//!
//! Not here: the Russian interface strings (`crates/ui`). No extractor
//! layout: no Russian source has been read.

use super::{HtmlWords, LanguagePack, MeetingGrammar, Segmentation, Stemming};

/// Prepositions, conjunctions, particles (folded: `её` → `ее`), sorted.
const STOP_WORDS: &[&str] = &[
    "а", "без", "в", "во", "да", "для", "до", "его", "ее", "же", "за", "и", "из", "или", "их", "к",
    "ко", "ли", "на", "над", "не", "но", "о", "об", "от", "по", "под", "при", "про", "с", "со",
    "то", "у", "что", "это",
];

const QUESTION_WORDS: &[&str] = &[
    "где",
    "должен",
    "должна",
    "должны",
    "зачем",
    "как",
    "какая",
    "какие",
    "каким",
    "каков",
    "какой",
    "когда",
    "кто",
    "можно",
    "нужно",
    "откуда",
    "почему",
    "сколько",
    "чем",
];

/// Ordinal stems; a query's word is one with one of [`ENDINGS`].
const ORDINALS: &[(&str, u8)] = &[
    ("перв", 1),
    ("втор", 2),
    ("трет", 3),
    ("четверт", 4),
    ("пят", 5),
    ("шест", 6),
    ("седьм", 7),
    ("восьм", 8),
    ("девят", 9),
    ("десят", 10),
    ("одиннадцат", 11),
    ("двенадцат", 12),
];

/// Adjective endings in every case and gender (`третий`/`третьем` take a
/// soft sign).
const ENDINGS: &[&str] = &[
    "ая", "ого", "ое", "ой", "ом", "ому", "ую", "ые", "ый", "ых", "ий", "ья", "ье", "ьего", "ьей",
    "ьем", "ьему", "ью",
];

pub(super) const PACK: LanguagePack = LanguagePack {
    code: "ru",
    stop_words: STOP_WORDS,
    question_words: QUESTION_WORDS,
    elisions: &[],
    stemming: Stemming::Russian,
    segmentation: Segmentation::Spaces,
    meeting: MeetingGrammar {
        nouns: &[
            "заседание",
            "заседании",
            "заседания",
            "сессии",
            "сессия",
            "совещание",
            "совещанием",
            "совещании",
            "совещанию",
            "совещания",
        ],
        ordinals: ORDINALS,
        endings: ENDINGS,
        digit_suffixes: &[""],
        noun_first: false,
        circumfix: None,
    },
    layout: None,
    html: HtmlWords {
        key_topics: "Основные темы:",
        meeting: "{} совещание",
        ordinals: &[
            "Первое",
            "Второе",
            "Третье",
            "Четвертое",
            "Пятое",
            "Шестое",
            "Седьмое",
            "Восьмое",
            "Девятое",
            "Десятое",
            "Одиннадцатое",
            "Двенадцатое",
        ],
        meeting_number: "Совещание № {}",
    },
};
