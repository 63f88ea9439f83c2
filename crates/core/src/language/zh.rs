//! Chinese. Text has no spaces, so Han runs are indexed as characters and
//! character pairs ([`Segmentation::HanBigrams`]); there is no stemming. A
//! meeting is one word around its number: `第六次会议`, `第6次会议`.
//!
//! Not here: the Chinese interface strings (`crates/ui`). No extractor
//! layout: no Chinese source has been read.

use super::{HtmlWords, LanguagePack, MeetingGrammar, Segmentation, Stemming};

/// Function characters, sorted: only ever a token on their own (a pair
/// holding one is still indexed).
const STOP_WORDS: &[&str] = &[
    "与", "为", "之", "了", "及", "和", "在", "对", "将", "或", "是", "的",
];

/// Interrogatives, as the character pairs a query is searched by.
const QUESTION_WORDS: &[&str] = &[
    "为何", "什么", "哪些", "多少", "如何", "怎么", "怎样", "是否",
];

const NUMERALS: &[&str] = &[
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
];

const ORDINALS: &[(&str, u8)] = &[
    ("一", 1),
    ("二", 2),
    ("三", 3),
    ("四", 4),
    ("五", 5),
    ("六", 6),
    ("七", 7),
    ("八", 8),
    ("九", 9),
    ("十", 10),
    ("十一", 11),
    ("十二", 12),
];

pub(super) const PACK: LanguagePack = LanguagePack {
    code: "zh",
    stop_words: STOP_WORDS,
    question_words: QUESTION_WORDS,
    elisions: &[],
    stemming: Stemming::None,
    segmentation: Segmentation::HanBigrams,
    meeting: MeetingGrammar {
        nouns: &[],
        ordinals: ORDINALS,
        endings: &[""],
        digit_suffixes: &[""],
        noun_first: false,
        circumfix: Some(("第", "次会议")),
    },
    layout: None,
    html: HtmlWords {
        key_topics: "主要专题：",
        meeting: "第{}次会议",
        ordinals: NUMERALS,
        meeting_number: "第{}次会议",
    },
};
