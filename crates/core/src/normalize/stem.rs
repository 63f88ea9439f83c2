//! Stemming: the language pack's Snowball stemmer, so that `victime` finds
//! `victimes` and `recrutement` finds `recruter` (in French), `victims`
//! finds `victim` (in English).
//!
//! Each stemmer is named in its own arm below, so that the wasm carries only
//! those its build can choose: French always, the others with the
//! `all-languages` feature (they are most of a language pack's bytes).
//!
//! Not here: when a stem match counts and how much (`expand`, `rank`).

use super::tokenize::TokenKind;
use crate::language::Stemming;
use rust_stemmers::{Algorithm, Stemmer as Snowball};
use std::borrow::Cow;

/// A language's stemmer, applied to folded words; none leaves words whole.
pub(crate) struct Stemmer(Option<Snowball>);

impl Stemmer {
    pub(crate) fn new(stemming: Stemming) -> Self {
        Stemmer(match stemming {
            Stemming::French => Some(Snowball::create(Algorithm::French)),
            #[cfg(feature = "all-languages")]
            Stemming::Arabic => Some(Snowball::create(Algorithm::Arabic)),
            #[cfg(feature = "all-languages")]
            Stemming::English => Some(Snowball::create(Algorithm::English)),
            #[cfg(feature = "all-languages")]
            Stemming::Russian => Some(Snowball::create(Algorithm::Russian)),
            #[cfg(feature = "all-languages")]
            Stemming::Spanish => Some(Snowball::create(Algorithm::Spanish)),
            // Without `all-languages` no pack asks for another stemmer
            // (`LanguagePack::for_tag` gives them the neutral pack).
            #[allow(unreachable_patterns)]
            _ => None,
        })
    }

    /// The stem of a folded word; numbers and codes are their own stem.
    pub(crate) fn stem<'a>(&self, folded: &'a str, kind: TokenKind) -> Cow<'a, str> {
        match (kind, &self.0) {
            (TokenKind::Word, Some(snowball)) => snowball.stem(folded),
            _ => Cow::Borrowed(folded),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stem(stemming: Stemming, word: &str) -> String {
        Stemmer::new(stemming)
            .stem(word, TokenKind::Word)
            .into_owned()
    }

    #[test]
    fn french_merges_singular_and_plural() {
        let s = |w| stem(Stemming::French, w);
        assert_eq!(s("victimes"), s("victime"));
    }

    #[test]
    fn no_stemming_leaves_words_whole() {
        assert_eq!(stem(Stemming::None, "victimes"), "victimes");
    }

    #[test]
    fn numbers_and_codes_are_their_own_stem() {
        let s = Stemmer::new(Stemming::French);
        assert_eq!(s.stem("2010", TokenKind::Number), "2010");
        assert_eq!(s.stem("a/res/55", TokenKind::Code), "a/res/55");
    }
}
