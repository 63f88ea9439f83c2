//! A meeting named in a query, by the grammar of the compendium's language
//! pack: an ordinal next to a meeting noun (`sixième réunion`, `6e
//! réunion`, `sixth meeting`, `шестом совещании`, `الاجتماع السادس`), or a
//! number written inside one word (`第六次会议`). The query parser turns it
//! into a filter.
//!
//! Not here: the word tables (`language`), the rest of the query
//! (`query`).

use crate::language::MeetingGrammar;
use crate::normalize::fold;
use std::ops::Range;

/// The meeting number a folded ordinal stands for: a word of the table (with
/// one of its endings), or one or two digits with an allowed suffix.
pub(crate) fn ordinal(folded: &str, grammar: &MeetingGrammar) -> Option<u8> {
    let named = grammar.ordinals.iter().find(|(word, _)| {
        let stem = fold(word);
        folded
            .strip_prefix(stem.as_str())
            .is_some_and(|ending| grammar.endings.contains(&ending))
    });
    if let Some((_, n)) = named {
        return Some(*n);
    }
    number(folded, grammar.digit_suffixes)
}

/// One or two digits, then one of `suffixes`: the number, if not 0.
fn number(folded: &str, suffixes: &[&str]) -> Option<u8> {
    let digits = folded.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 || !suffixes.contains(&&folded[digits..]) {
        return None;
    }
    folded[..digits].parse().ok().filter(|n| *n > 0)
}

/// Whether a folded word is a meeting noun; while it is being typed, three
/// characters of one are enough (`sixieme reu`).
pub(crate) fn is_noun(folded: &str, grammar: &MeetingGrammar, typing: bool) -> bool {
    grammar.nouns.contains(&folded)
        || (typing
            && folded.chars().count() >= 3
            && grammar.nouns.iter().any(|noun| noun.starts_with(folded)))
}

/// A meeting written as one word around its number (`第六次会议`,
/// `第6次会议`): the number and the byte range of the whole, in `text`.
pub(crate) fn written_around(text: &str, grammar: &MeetingGrammar) -> Option<(u8, Range<usize>)> {
    let (before, after) = grammar.circumfix?;
    let mut from = 0;
    while let Some(found) = text[from..].find(before) {
        let start = from + found;
        let inner_start = start + before.len();
        if let Some(length) = text[inner_start..].find(after) {
            let inner = &text[inner_start..inner_start + length];
            let n = grammar
                .ordinals
                .iter()
                .find(|(word, _)| *word == inner)
                .map(|(_, n)| *n)
                .or_else(|| number(inner, grammar.digit_suffixes));
            if let Some(n) = n {
                return Some((n, start..inner_start + length + after.len()));
            }
        }
        from = inner_start;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::LanguagePack;

    fn french() -> &'static MeetingGrammar {
        &LanguagePack::for_tag("fr").meeting
    }

    #[test]
    fn digits_need_one_of_the_language_s_suffixes() {
        assert_eq!(ordinal("6e", french()), Some(6));
        assert_eq!(ordinal("6th", french()), None);
        assert_eq!(ordinal("6", french()), None);
        assert_eq!(ordinal("0e", french()), None);
        assert_eq!(ordinal("123e", french()), None);
    }

    #[test]
    fn a_noun_half_typed_counts_only_while_typing() {
        assert!(is_noun("reu", french(), true));
        assert!(!is_noun("reu", french(), false));
        assert!(!is_noun("re", french(), true));
    }

    #[cfg(feature = "all-languages")]
    #[test]
    fn a_meeting_written_around_its_number_gives_its_byte_range() {
        let grammar = &LanguagePack::for_tag("zh").meeting;
        let text = "贩运 第十二次会议";
        let (n, range) = written_around(text, grammar).unwrap();
        assert_eq!((n, &text[range]), (12, "第十二次会议"));
        assert_eq!(written_around("第几次会议 第", grammar), None);
    }
}
