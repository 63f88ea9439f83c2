//! French text normalisation shared by the index and the query parser: text
//! → words, each in the forms the search compares.
//!
//! [`tokenize()`] cuts a text into words and reports each with its byte range in
//! the *original* text, so a match can be highlighted exactly where it was
//! found. Each word carries two forms:
//!
//! - `exact`: lower-cased, accents kept (`traité`);
//! - `folded`: lower-cased, accents and ligatures folded (`traite`, `oeuvre`).
//!
//! Along the way: typographic and ASCII apostrophes are treated alike and the
//! French elisions (`l’`, `d’`, `qu’`, `jusqu’` …) are dropped; hyphenated words
//! are reported whole (`nonsanction`) *and* by parts (`non`, `sanction`);
//! UN symbols such as `CTOC/COP/WG.4/2015/2` stay one [`TokenKind::Code`] token
//! so that their shared `CTOC`, `COP`, `WG`, `4` parts never match on their own.
//! [`is_stop_word`](stop_words::is_stop_word) and [`Stemmer`] complete the
//! pipeline.
//!
//! One module per step:
//!
//! - `fold`: accent and case folding of characters ([`fold()`]);
//! - `runs`: where words begin and end;
//! - `tokenize`: words, their byte ranges, positions, forms and kinds;
//! - `stop_words`: the French stop words, elisions and question words (and
//!   English questions' scaffolding);
//! - `stem`: the Snowball French stemmer.
//!
//! Not here: deciding what a query means (see `query`), or scoring.

mod fold;
mod runs;
mod stem;
mod stop_words;
mod tokenize;

pub use fold::fold;
pub(crate) use runs::is_apostrophe;
pub(crate) use stem::Stemmer;
pub(crate) use stop_words::{is_english_filler, is_question_word};
pub(crate) use tokenize::{tokenize, Token, TokenKind};
