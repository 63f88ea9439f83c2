//! Stemming: the Snowball French stemmer, so that `victime` finds
//! `victimes` and `recrutement` finds `recruter`.
//!
//! Not here: when a stem match counts and how much (`expand`, `rank`).

use super::tokenize::TokenKind;
use std::borrow::Cow;

/// The Snowball French stemmer, applied to folded words.
pub(crate) struct Stemmer(rust_stemmers::Stemmer);

impl Stemmer {
    pub(crate) fn french() -> Self {
        Stemmer(rust_stemmers::Stemmer::create(
            rust_stemmers::Algorithm::French,
        ))
    }

    /// The stem of a folded word; numbers and codes are their own stem.
    pub(crate) fn stem<'a>(&self, folded: &'a str, kind: TokenKind) -> Cow<'a, str> {
        match kind {
            TokenKind::Word => self.0.stem(folded),
            TokenKind::Number | TokenKind::Code => Cow::Borrowed(folded),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stemmer_merges_singular_and_plural() {
        let s = Stemmer::french();
        assert_eq!(
            s.stem("victimes", TokenKind::Word),
            s.stem("victime", TokenKind::Word)
        );
    }
}
