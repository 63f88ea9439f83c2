//! Text normalisation shared by the index and the query parser: text →
//! words, each in the forms the search compares, by the rules of the
//! compendium's [`LanguagePack`](crate::language::LanguagePack).
//!
//! [`tokenize()`] cuts a text into words and reports each with its byte range in
//! the *original* text, so a match can be highlighted exactly where it was
//! found. Each word carries two forms:
//!
//! - `exact`: lower-cased, accents kept (`traité`);
//! - `folded`: lower-cased, accents and ligatures folded (`traite`, `oeuvre`).
//!
//! Along the way: typographic and ASCII apostrophes are treated alike and the
//! pack's elisions (French `l’`, `d’`, `qu’`, `jusqu’` …) are dropped;
//! hyphenated words are reported whole (`nonsanction`) *and* by parts
//! (`non`, `sanction`); UN symbols such as `CTOC/COP/WG.4/2015/2` stay one
//! [`TokenKind::Code`] token so that their shared `CTOC`, `COP`, `WG`, `4`
//! parts never match on their own; Han text (a pack with
//! [`Segmentation::HanBigrams`](crate::language::Segmentation)) is cut into
//! characters and character pairs. The pack's stop words and the
//! [`Stemmer`] complete the pipeline.
//!
//! One module per step:
//!
//! - `fold`: accent and case folding of characters ([`fold()`]);
//! - `runs`: where words begin and end;
//! - `tokenize`: words, their byte ranges, positions, forms and kinds;
//! - `stem`: the pack's Snowball stemmer.
//!
//! Not here: the word lists (`language`), deciding what a query means (see
//! `query`), or scoring.

mod fold;
mod runs;
mod stem;
mod tokenize;

pub use fold::fold;
pub(crate) use runs::is_apostrophe;
pub(crate) use stem::Stemmer;
pub(crate) use tokenize::{tokenize, Token, TokenKind};
