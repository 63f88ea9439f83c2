//! Language packs: everything the core's text handling needs to know about
//! the language of a compendium, in one [`LanguagePack`] per language, chosen
//! by the compendium's `language` field ([`LanguagePack::for_tag`]).
//!
//! A pack holds data only — word lists, tables, labels, and which stemmer and
//! segmentation to use. The code that applies them lives where the work is:
//! `normalize` (stop words, elisions, stemming, segmentation), `query` and
//! `meeting` (the meeting grammar), `extract` (the layout words), `html` (the
//! labels). So a new language is one new file here and one entry in
//! [`LanguagePack::for_tag`] (a new stemmer: a [`Stemming`] variant and its
//! arm in `normalize/stem.rs`). No other module names a language, but for
//! two that are about one by nature: `extract`'s entry point for the French
//! source, and `expansions`, where the thesaurus translates English queries.
//!
//! An unknown or missing language gets [`NEUTRAL`]: words as written, no
//! stop words, no stemming, no meeting grammar, and English labels in the
//! static HTML. It searches worse than a real pack, but never fails.
//!
//! Built without the `all-languages` feature (the widget's default build),
//! only French is known: the other packs' stemmers are what costs bytes in
//! the wasm, and the bundled compendium is French.
//!
//! Not here: folding accents and case, which is the same for every language
//! (`normalize::fold`), nor the widget's interface strings (`crates/ui`).

#[cfg(feature = "all-languages")]
mod ar;
mod en;
#[cfg(feature = "all-languages")]
mod es;
mod fr;
#[cfg(feature = "all-languages")]
mod ru;
#[cfg(feature = "all-languages")]
mod zh;

#[cfg(test)]
pub(crate) use fr::FRENCH_HTML;
pub(crate) use fr::FRENCH_LAYOUT;

use crate::extract::Layout;

/// What the text handling of one language needs. See the module
/// documentation; each field says which module uses it.
#[derive(Debug)]
pub struct LanguagePack {
    /// The primary BCP 47 subtag (`fr`), or `""` for [`NEUTRAL`].
    pub code: &'static str,
    /// Words neither indexed nor searched (`normalize`), folded and sorted.
    pub(crate) stop_words: &'static [&'static str],
    /// A question's scaffolding: indexed, but weightless in a query and never
    /// the correction of a typo (`query`, `expand`), folded and sorted.
    pub(crate) question_words: &'static [&'static str],
    /// Elided words dropped with their apostrophe (`l’`, `qu’`), folded.
    pub(crate) elisions: &'static [&'static str],
    /// Which Snowball stemmer applies to folded words.
    pub(crate) stemming: Stemming,
    /// How a run of letters is cut into words.
    pub(crate) segmentation: Segmentation,
    /// How a reader names a meeting in a query (`sixième réunion`).
    pub(crate) meeting: MeetingGrammar,
    /// The extractor's layout words, for a language whose source the
    /// extractor can read (its grammar is the French document's).
    pub(crate) layout: Option<&'static Layout>,
    /// The words the static HTML prints that are not in the data.
    pub(crate) html: HtmlWords,
}

/// A Snowball stemmer of `rust-stemmers`, or none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stemming {
    None,
    #[cfg(feature = "all-languages")]
    Arabic,
    English,
    French,
    #[cfg(feature = "all-languages")]
    Russian,
    #[cfg(feature = "all-languages")]
    Spanish,
}

impl Stemming {
    /// Whether the stemmer rewrites the start of a word too (Arabic strips
    /// `ال`, `و`, `بال` …), not only its ending: the index then cannot
    /// narrow a stem's words down by their first letters.
    pub(crate) fn strips_prefixes(self) -> bool {
        #[cfg(feature = "all-languages")]
        if self == Stemming::Arabic {
            return true;
        }
        false
    }
}

/// How the letters of a text are cut into words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Segmentation {
    /// Words are separated by spaces and punctuation.
    Spaces,
    /// Runs of Han characters have no spaces: each is indexed as its
    /// characters and their overlapping pairs (bigrams), and a query is
    /// searched by its pairs, so that a two-character term is found inside a
    /// sentence.
    HanBigrams,
}

/// How a meeting is named in a query: an ordinal next to a meeting noun
/// (`sixième réunion`, `sixth meeting`, `الاجتماع السادس`), or a number
/// written inside one word (`第六次会议`).
#[derive(Debug)]
pub(crate) struct MeetingGrammar {
    /// The meeting nouns, folded, in any form a query may use.
    pub nouns: &'static [&'static str],
    /// Ordinal words, lowercase (compared folded), with their number; with
    /// [`endings`](Self::endings), their stems.
    pub ordinals: &'static [(&'static str, u8)],
    /// The endings an ordinal's stem takes (Russian cases); `[""]` where the
    /// ordinals are whole words.
    pub endings: &'static [&'static str],
    /// What may follow the digits of a numeric ordinal (`6e`, `6th`); `""`
    /// allows bare digits.
    pub digit_suffixes: &'static [&'static str],
    /// The noun comes before its ordinal.
    pub noun_first: bool,
    /// A meeting written as one word around its number (`第` N `次会议`).
    pub circumfix: Option<(&'static str, &'static str)>,
}

/// The words of the static HTML that are not in the data.
#[derive(Debug)]
pub(crate) struct HtmlWords {
    /// Label before the list of a theme's key topics.
    pub key_topics: &'static str,
    /// A named meeting, `{}` standing for its ordinal (`{} réunion`).
    pub meeting: &'static str,
    /// Ordinals 1, 2, … in the form [`meeting`](Self::meeting) takes.
    pub ordinals: &'static [&'static str],
    /// A meeting beyond the ordinals, `{}` standing for its number
    /// (`Réunion n° {}`).
    pub meeting_number: &'static str,
}

/// The pack for an unknown language: see the module documentation.
pub const NEUTRAL: LanguagePack = LanguagePack {
    code: "",
    stop_words: &[],
    question_words: &[],
    elisions: &[],
    stemming: Stemming::None,
    segmentation: Segmentation::Spaces,
    meeting: MeetingGrammar {
        nouns: &[],
        ordinals: &[],
        endings: &[""],
        digit_suffixes: &[],
        noun_first: false,
        circumfix: None,
    },
    layout: None,
    html: en::HTML,
};

impl LanguagePack {
    /// The pack for a BCP 47 tag (`fr`, `fr-CA`, `ZH-Hans`): its primary
    /// subtag, case-insensitively; [`NEUTRAL`] for a language without one.
    pub fn for_tag(tag: &str) -> &'static LanguagePack {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        let known = |code: &str| primary.eq_ignore_ascii_case(code);
        if known("fr") {
            return &fr::PACK;
        }
        #[cfg(feature = "all-languages")]
        for pack in [&ar::PACK, &en::PACK, &es::PACK, &ru::PACK, &zh::PACK] {
            if known(pack.code) {
                return pack;
            }
        }
        &NEUTRAL
    }

    /// The English word lists, whatever the build: an English query is
    /// translated by the thesaurus of a compendium in any language
    /// (`expansions`), and must shed its scaffolding first.
    pub(crate) fn english() -> &'static LanguagePack {
        &en::PACK
    }

    /// Whether a folded word is a stop word (not indexed, not searched).
    pub(crate) fn is_stop_word(&self, folded: &str) -> bool {
        self.stop_words.binary_search(&folded).is_ok()
    }

    /// Whether a folded word belongs to a question's scaffolding.
    pub(crate) fn is_question_word(&self, folded: &str) -> bool {
        self.question_words.binary_search(&folded).is_ok()
    }

    /// Whether a folded word is an elision, dropped with its apostrophe.
    pub(crate) fn is_elision(&self, folded: &str) -> bool {
        self.elisions.contains(&folded)
    }

    /// The extractor's layout words, if the extractor can read this
    /// language's source.
    pub fn layout(&self) -> Option<&'static Layout> {
        self.layout
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;

    fn all() -> Vec<&'static LanguagePack> {
        let packs = vec![&fr::PACK, &en::PACK, &NEUTRAL];
        #[cfg(feature = "all-languages")]
        let packs = [packs, vec![&es::PACK, &ru::PACK, &ar::PACK, &zh::PACK]].concat();
        packs
    }

    #[test]
    fn word_lists_are_folded_and_the_searched_ones_sorted() {
        for pack in all() {
            for list in [pack.stop_words, pack.question_words] {
                assert!(
                    list.windows(2).all(|w| w[0] < w[1]),
                    "{}: {list:?}",
                    pack.code
                );
            }
            for list in [pack.stop_words, pack.question_words, pack.elisions] {
                assert!(
                    list.iter().all(|w| fold(w) == *w),
                    "{}: {list:?}",
                    pack.code
                );
            }
        }
    }

    #[test]
    fn meeting_nouns_are_folded() {
        for pack in all() {
            let nouns = pack.meeting.nouns;
            assert!(nouns.iter().all(|w| fold(w) == *w), "{}", pack.code);
        }
    }

    #[test]
    fn html_templates_have_one_placeholder() {
        for pack in all() {
            for template in [pack.html.meeting, pack.html.meeting_number] {
                assert_eq!(
                    template.matches("{}").count(),
                    1,
                    "{}: {template}",
                    pack.code
                );
            }
        }
    }

    #[test]
    fn a_region_subtag_or_case_does_not_change_the_pack() {
        assert_eq!(LanguagePack::for_tag("fr-CA").code, "fr");
        assert_eq!(LanguagePack::for_tag("FR").code, "fr");
    }

    #[test]
    fn an_unknown_language_gets_the_neutral_pack() {
        for tag in ["de", "", "x-klingon", "🙂"] {
            assert_eq!(LanguagePack::for_tag(tag).code, "", "{tag}");
        }
    }

    #[cfg(feature = "all-languages")]
    #[test]
    fn the_six_un_languages_have_their_packs() {
        for code in ["ar", "en", "es", "fr", "ru", "zh"] {
            assert_eq!(LanguagePack::for_tag(code).code, code);
        }
        assert_eq!(LanguagePack::for_tag("zh-Hans").code, "zh");
    }

    #[cfg(not(feature = "all-languages"))]
    #[test]
    fn without_all_languages_only_french_is_known() {
        assert_eq!(LanguagePack::for_tag("en").code, "");
    }
}
