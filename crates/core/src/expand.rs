//! What a query term stands for in the index: the same word (exact or
//! accent-folded), words with the same stem, words it starts (only for the
//! word being typed), symbols ending with it (`2015/2`), and — only when none
//! of those exist — typo corrections. Each with its [`MatchClass`]. A query
//! of two characters stands for the words it starts, nothing else.
//!
//! Not here: scoring the matches (`search`, `rank`).

use crate::index::{Posting, SearchIndex, SAME_AS_FOLDED};
use crate::normalize::TokenKind;
use crate::query::QueryTerm;
use crate::rank::MatchClass;
use crate::typo;
use std::borrow::Cow;

/// A word of the index a query term stands for.
pub(crate) struct Variant {
    pub term: u32,
    /// `None`: the same folded word, Exact or Folded depending on the accents.
    pub class: Option<MatchClass>,
    /// For codes: the matching part of the code, as a byte range of it.
    pub part: Option<(u32, u32)>,
}

/// A query term, expanded.
pub(crate) struct Expanded {
    pub variants: Vec<Variant>,
    /// Id of the term's exact form, to tell Exact from Folded matches.
    pub exact: Option<u32>,
    /// The term was typed with accents and the compendium has that form:
    /// its other accentuations are other words (`traité` is not `traite`).
    pub accented: bool,
}

impl Expanded {
    pub(crate) fn class(&self, v: &Variant, p: &Posting) -> MatchClass {
        v.class.unwrap_or(if Some(p.exact) == self.exact {
            MatchClass::Exact
        } else {
            MatchClass::Folded
        })
    }
}

impl SearchIndex {
    /// The words of the index `term` may stand for.
    pub(crate) fn expand(&self, term: &QueryTerm) -> Expanded {
        let mut variants = Vec::new();
        let exact = if term.exact == term.folded {
            Some(SAME_AS_FOLDED)
        } else {
            self.exact_forms.get(term.exact.as_str()).copied()
        };
        let seen = |v: &Vec<Variant>, id: u32| v.iter().any(|x| x.term == id);
        match term.kind {
            TokenKind::Code => {
                for &id in &self.code_terms {
                    let code = self.terms[id as usize].folded.as_str();
                    let found = code_match(code, &term.folded, term.prefix)
                        .filter(|&(start, _, _)| start == 0 || !term.starts_only);
                    if let Some((start, end, class)) = found {
                        let part = Some((start as u32, end as u32));
                        variants.push(Variant {
                            term: id,
                            class: Some(class),
                            part,
                        });
                    }
                }
            }
            TokenKind::Number => {
                if let Some(id) = self.term(&term.folded) {
                    variants.push(Variant {
                        term: id,
                        class: None,
                        part: None,
                    });
                }
            }
            TokenKind::Word => {
                if let Some(id) = self.term(&term.folded) {
                    variants.push(Variant {
                        term: id,
                        class: None,
                        part: None,
                    });
                }
                if !term.starts_only {
                    let stem = match &term.stem {
                        Some(stem) => Cow::Borrowed(stem.as_str()),
                        None => self.stemmer.stem(&term.folded, term.kind),
                    };
                    for id in self.with_stem(&stem) {
                        let id = id as u32;
                        if !seen(&variants, id) {
                            variants.push(Variant {
                                term: id,
                                class: Some(MatchClass::Stem),
                                part: None,
                            });
                        }
                    }
                }
                if term.prefix && term.folded.chars().count() >= MIN_PREFIX_CHARS {
                    for id in self.prefixed(&term.folded) {
                        let id = id as u32;
                        if self.terms[id as usize].kind == TokenKind::Word && !seen(&variants, id) {
                            variants.push(Variant {
                                term: id,
                                class: Some(MatchClass::Prefix),
                                part: None,
                            });
                        }
                    }
                }
                if variants.is_empty() && term.typos {
                    let max = typo::max_edits(term.folded.chars().count());
                    if max > 0 {
                        let q = term.folded.as_bytes();
                        let letters = typo::letters(q);
                        for (id, t) in self.terms.iter().enumerate() {
                            // Never into a question's scaffolding (`doit` is
                            // not a typo for `dont`; stop words are not
                            // indexed).
                            if t.kind == TokenKind::Word
                                && t.folded.len().abs_diff(q.len()) <= max as usize
                                && typo::may_be_within(letters, t.letters, max)
                                && typo::within(q, t.folded.as_bytes(), max).is_some()
                                && !self.pack.is_question_word(&t.folded)
                            {
                                variants.push(Variant {
                                    term: id as u32,
                                    class: Some(MatchClass::Typo),
                                    part: None,
                                });
                            }
                        }
                    }
                }
            }
        }
        let accented = exact.is_some_and(|id| id != SAME_AS_FOLDED);
        Expanded {
            variants,
            exact,
            accented,
        }
    }
}

/// Shortest prefix that is expanded to the words it starts.
const MIN_PREFIX_CHARS: usize = 2;

/// Whether a query code matches an indexed code: the whole of it, or its end
/// from a `/` (`2015/2`, `wg.4/2015/2`); while typing, any part starting at a
/// `/` (`wg.4/201`). Dots are ignored (`wg4/2015/2`). Returns the byte range
/// of the match in `code`, and how good it is.
fn code_match(code: &str, query: &str, typing: bool) -> Option<(usize, usize, MatchClass)> {
    let dotless = |s: &str| -> Vec<u8> { s.bytes().filter(|&b| b != b'.').collect() };
    let (c, q) = (dotless(code), dotless(query));
    if q.is_empty() || q.len() > c.len() {
        return None;
    }
    let at_boundary = |i: usize| i == 0 || c[i - 1] == b'/';
    let found = if c.ends_with(&q) && at_boundary(c.len() - q.len()) {
        Some((c.len() - q.len(), MatchClass::Exact))
    } else if typing {
        (0..=c.len() - q.len())
            .find(|&i| at_boundary(i) && c[i..].starts_with(&q))
            .map(|i| (i, MatchClass::Prefix))
    } else {
        None
    };
    let (at, class) = found?;
    // Back from dot-less offsets to offsets in `code`.
    let offset = |n: usize| -> usize {
        let mut seen = 0;
        for (i, b) in code.bytes().enumerate() {
            if seen == n && b != b'.' {
                return i;
            }
            seen += usize::from(b != b'.');
        }
        code.len()
    };
    let start = offset(at);
    let end = if at + q.len() == c.len() {
        code.len()
    } else {
        offset(at + q.len() - 1) + 1
    };
    Some((start, end, class))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbol_parts_match_from_a_slash() {
        let code = "ctoc/cop/wg.4/2015/2";
        let m = |q: &str, typing: bool| code_match(code, q, typing);
        assert_eq!(m("2015/2", false), Some((14, 20, MatchClass::Exact)));
        assert_eq!(m("wg.4/2015/2", false), Some((9, 20, MatchClass::Exact)));
        assert_eq!(m("wg4/2015/2", false), Some((9, 20, MatchClass::Exact)));
        assert_eq!(m("015/2", false), None);
        assert_eq!(m("wg.4/201", true), Some((9, 17, MatchClass::Prefix)));
        assert_eq!(m("cop/wg", true), Some((5, 11, MatchClass::Prefix)));
        assert_eq!(code_match("ctoc/cop/wg.4/2015/20", "2015/2", false), None);
    }
}
