//! What the reader typed, parsed by the rules of the compendium's language
//! pack: terms, quoted phrases, the word being typed, and the filters
//! written into the query (a year `2017`, a meeting `sixième réunion` / `6e
//! réunion`, see `meeting`); plus [`Filters`], the same filters as an API
//! for the UI.
//!
//! Parsing is bounded: the query is cut at [`MAX_QUERY_CHARS`] characters and
//! [`MAX_TERMS`] terms, and the results say so.
//!
//! Not here: matching the terms against the index (`search`).

use crate::language::LanguagePack;
use crate::meeting;
use crate::normalize::{self, is_apostrophe, Token, TokenKind};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Longest query considered, in characters; the rest is ignored.
pub const MAX_QUERY_CHARS: usize = 256;
/// Most terms considered in one query; the rest are ignored.
pub const MAX_TERMS: usize = 12;

/// Restrictions on which papers a search may return, set by the UI. The query
/// itself may add a year or a meeting (`2017`, `sixième réunion`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filters {
    /// Only papers filed under the theme with this id (`non-sanction`).
    pub theme: Option<String>,
    /// Only papers of the meeting held this year.
    pub year: Option<u16>,
    /// Only papers of this meeting (`6` for the sixième réunion).
    pub meeting: Option<u8>,
}

/// One term of a parsed query.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct QueryTerm {
    pub exact: String,
    pub folded: String,
    pub kind: TokenKind,
    /// Position in the query, counting stop words (for phrases and proximity).
    pub position: u32,
    /// The word is still being typed: match it as a prefix too.
    pub prefix: bool,
    /// Index of the quoted phrase the term belongs to.
    pub phrase: Option<usize>,
    /// The query is two characters long: match the starts of words only
    /// (no stems, no typos, no parts of symbols).
    pub starts_only: bool,
    /// Typo corrections may be tried when the word matches nothing (not for
    /// two-character queries, words of the thesaurus, or words it
    /// recognised as another language's).
    pub typos: bool,
    /// Its stem, when known before the search: a thesaurus word's is kept
    /// with the thesaurus once a query first adds it, a typed word's comes
    /// from the thesaurus's look-up (the search does not stem either again:
    /// stemming was a tenth of a query).
    pub stem: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct ParsedQuery {
    pub terms: Vec<QueryTerm>,
    /// Number of quoted phrases (terms refer to them by index).
    pub phrases: usize,
    pub year: Option<u16>,
    pub meeting: Option<u8>,
    /// Some of the query was ignored (too long, too many terms).
    pub truncated: bool,
    /// The query is one character: nothing to search yet.
    pub too_short: bool,
}

/// A query of this many characters (or fewer, but some) is not searched.
const TOO_SHORT_CHARS: usize = 1;
/// A query of this many characters matches the starts of words only.
const STARTS_ONLY_CHARS: usize = 2;

/// A query this short (one character) is not searched: the UI says to type
/// more rather than show what a letter matches.
pub fn too_short(query: &str) -> bool {
    let length = query.trim().chars().count();
    (1..=TOO_SHORT_CHARS).contains(&length)
}

/// Parses `query` by the rules of `pack`. `is_year` says whether a 4-digit
/// number is the year of a meeting (then it filters rather than searches).
pub(crate) fn parse(
    query: &str,
    pack: &LanguagePack,
    is_year: impl Fn(u16) -> bool,
) -> ParsedQuery {
    let mut parsed = ParsedQuery::default();
    if too_short(query) {
        parsed.too_short = true;
        return parsed;
    }
    let length = query.trim().chars().count();
    let starts_only = length == STARTS_ONLY_CHARS;
    let mut text = Cow::Borrowed(query);
    if let Some((cut, _)) = query.char_indices().nth(MAX_QUERY_CHARS) {
        text = Cow::Borrowed(&query[..cut]);
        parsed.truncated = true;
    }
    // A meeting written as one word (`第六次会议`) is a filter, not words:
    // blanked out, the text keeps its byte offsets.
    if let Some((n, range)) = meeting::written_around(&text, &pack.meeting) {
        parsed.meeting = Some(n);
        let mut blanked = text.into_owned();
        blanked.replace_range(range.clone(), &" ".repeat(range.len()));
        text = Cow::Owned(blanked);
    }
    let text = text.as_ref();

    // Split into segments outside / inside quotes. An unclosed quote is
    // ignored (the reader is still typing): its words are plain terms.
    let mut segments: Vec<(&str, bool)> = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(is_quote) {
        let q = rest[open..].chars().next().map_or(1, char::len_utf8);
        let after = &rest[open + q..];
        match after.find(is_quote) {
            Some(close) => {
                segments.push((&rest[..open], false));
                segments.push((&after[..close], true));
                let cq = after[close..].chars().next().map_or(1, char::len_utf8);
                rest = &after[close + cq..];
            }
            None => break,
        }
    }
    let tail = rest;
    segments.push((tail, false));

    // The word being typed is the last one, unless the query ends with a
    // space, punctuation or a closing quote.
    let typing = text
        .chars()
        .last()
        .is_some_and(|c| c.is_alphanumeric() || c == '.' || c == '/' || is_apostrophe(c));

    let mut tokens: Vec<(Token, Option<usize>)> = Vec::new();
    let mut offset = 0u32;
    for (segment, quoted) in segments {
        let phrase = quoted.then_some(parsed.phrases);
        let mut last = offset;
        let mut any = false;
        normalize::tokenize(segment, pack, |t| {
            let mut t = t.clone();
            t.position += offset;
            last = last.max(t.position + 1);
            any = true;
            tokens.push((t, phrase));
        });
        if quoted && any {
            parsed.phrases += 1;
        }
        // Keep phrases apart from their neighbours.
        offset = last + 1;
    }
    let typing_last = typing
        && tokens
            .last()
            .is_some_and(|(t, phrase)| phrase.is_none() && t.end == tail.len() && !tail.is_empty());

    // Filters written in the query.
    let mut used = vec![false; tokens.len()];
    for i in 0..tokens.len() {
        let t = &tokens[i].0;
        if t.kind == TokenKind::Number && t.folded.len() == 4 {
            if let Ok(year) = t.folded.parse::<u16>() {
                if is_year(year) && parsed.year.is_none() {
                    parsed.year = Some(year);
                    used[i] = true;
                }
            }
        }
        if parsed.meeting.is_none() {
            if let Some(n) = meeting_at(&tokens, i, pack, typing_last) {
                parsed.meeting = Some(n);
                used[i] = true;
                used[i + 1] = true;
            }
        }
    }

    let last_index = tokens.len().saturating_sub(1);
    // Stop words and a question's scaffolding (`comment`, `quel`, `doit`…)
    // carry no weight.
    let filler = |t: &Token| t.stop || pack.is_question_word(&t.folded);
    let only_stop = tokens.iter().all(|(t, _)| filler(t));
    for (i, (t, phrase)) in tokens.into_iter().enumerate() {
        // A hyphenated word is searched by its parts, next to each other.
        if used[i] || t.compound {
            continue;
        }
        let prefix = typing_last && i == last_index;
        // Stop words are dropped, except when they are all there is and the
        // reader may be typing a longer word (`la` → `lavage`).
        if filler(&t) && !(prefix && only_stop) {
            continue;
        }
        if parsed.terms.len() == MAX_TERMS {
            parsed.truncated = true;
            break;
        }
        parsed.terms.push(QueryTerm {
            exact: t.exact,
            folded: t.folded,
            kind: t.kind,
            position: t.position,
            prefix,
            phrase,
            starts_only,
            typos: !starts_only,
            stem: None,
        });
    }
    parsed
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '«' | '»' | '“' | '”' | '„')
}

/// The meeting named by tokens `i` and `i + 1` (an ordinal and a meeting
/// noun, in the pack's order), if they name one; the noun may be half-typed
/// when it ends the query.
fn meeting_at(
    tokens: &[(Token, Option<usize>)],
    i: usize,
    pack: &LanguagePack,
    typing_last: bool,
) -> Option<u8> {
    let (first, second) = (&tokens.get(i)?.0, &tokens.get(i + 1)?.0);
    let grammar = &pack.meeting;
    let (ordinal, noun) = if grammar.noun_first {
        (second, first)
    } else {
        (first, second)
    };
    let noun_typing = typing_last && !grammar.noun_first && i + 2 == tokens.len();
    // The noun first: a lookup, where the ordinal folds its table.
    if !meeting::is_noun(&noun.folded, grammar, noun_typing) {
        return None;
    }
    meeting::ordinal(&ordinal.folded, grammar)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(q: &str) -> ParsedQuery {
        parse(q, LanguagePack::for_tag("fr"), |y| {
            (2009..=2021).contains(&y)
        })
    }

    fn words(q: &ParsedQuery) -> Vec<&str> {
        q.terms.iter().map(|t| t.folded.as_str()).collect()
    }

    #[test]
    fn last_word_is_a_prefix_while_typing() {
        let q = p("travail for");
        assert!(q.terms[1].prefix && !q.terms[0].prefix);
        assert!(!p("travail for ").terms[1].prefix);
    }

    #[test]
    fn quoted_words_form_a_phrase() {
        let q = p("\"travail forcé\" enfants");
        assert_eq!(q.phrases, 1);
        assert_eq!(q.terms[0].phrase, Some(0));
        assert_eq!(q.terms[2].phrase, None);
        assert!(!q.terms[1].prefix);
    }

    #[test]
    fn year_becomes_a_filter() {
        let q = p("2017 organes");
        assert_eq!((q.year, words(&q)), (Some(2017), vec!["organes"]));
        assert_eq!(p("2000").year, None);
    }

    #[test]
    fn meeting_becomes_a_filter() {
        for q in [
            "sixième réunion",
            "6e réunion",
            "6ème reunion",
            "sixieme reu",
        ] {
            let q = p(q);
            assert_eq!((q.meeting, q.terms.len()), (Some(6), 0), "{q:?}");
        }
    }

    #[test]
    fn long_queries_are_cut_and_say_so() {
        let q = p(&"mot ".repeat(50_000));
        assert!(q.truncated);
        assert!(q.terms.len() <= MAX_TERMS);
    }

    #[test]
    fn question_scaffolding_carries_no_weight() {
        for (q, want) in [
            (
                "qui doit inspecter les lieux de travail",
                vec!["inspecter", "lieux", "travail"],
            ),
            (
                "comment identifier les victimes ?",
                vec!["identifier", "victimes"],
            ),
            (
                "qu'est-ce que la demande dérivée",
                vec!["demande", "derivee"],
            ),
            ("peut-on refuser", vec!["refuser"]),
            ("faut-il punir", vec!["punir"]),
            ("quelles mesures", vec!["mesures"]),
        ] {
            assert_eq!(words(&p(q)), want, "{q}");
        }
    }

    #[test]
    fn inversion_hyphens_leave_the_verb_alone() {
        assert_eq!(words(&p("existe-t-il une liste")), vec!["existe", "liste"]);
        assert_eq!(
            words(&p("l'extradition est-elle une menace")),
            vec!["extradition", "menace"]
        );
    }

    #[test]
    fn a_question_word_typed_alone_is_still_a_prefix() {
        assert_eq!(words(&p("comment")), vec!["comment"]);
        assert!(p("comment ").terms.is_empty());
    }

    #[test]
    fn one_character_is_too_short_to_search() {
        for q in ["a", " é ", "7"] {
            let q = p(q);
            assert!(q.too_short && q.terms.is_empty());
        }
        assert!(!p("").too_short);
    }

    #[test]
    fn two_characters_match_word_starts_only() {
        let q = p("co");
        assert!(q.terms[0].starts_only && q.terms[0].prefix);
        assert!(!p("cou").terms[0].starts_only);
    }

    #[test]
    fn symbols_stay_whole() {
        assert_eq!(words(&p("WG.4/2015/2")), vec!["wg.4/2015/2"]);
    }
}
