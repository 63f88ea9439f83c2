//! Cleaning of the PDF-to-text damage in the compendium's text: re-joining
//! broken lines and words, removing the spaces the PDF put in the wrong places,
//! and setting French typography consistently.
//!
//! The extractor calls these on every text it builds (paragraphs, items, titles,
//! key topics), in this order:
//!
//! 1. [`join_lines`]: physical lines → one string;
//! 2. [`collapse_whitespace`];
//! 3. [`Corrections::apply`]: the reviewed hand corrections of
//!    `data/corrections.fr.tsv`, for the little that no rule can decide;
//! 4. [`tidy`]: spaces before apostrophes, inside hyphenated words, around
//!    parentheses and `,.`, and the French spacing of `;:!?«»`;
//! 5. [`SplitWords::apply`]: words the PDF cut in two (`inf ractions`),
//!    recognised with the compendium's own vocabulary.
//!
//! Typography convention (see `data/README.md`): one NO-BREAK SPACE (U+00A0,
//! [`NBSP`]) before `;`, `:`, `!`, `?` and `»`, and after `«`; no space before
//! `,`, `.`, `)` or `’`, none after `(` or `’`.
//!
//! One module per kind of damage: `lines` (steps 1–2), `corrections`
//! (3), `spacing` (4 and the typography convention), `split_words` (5).
//!
//! Not here: recognising the layout (page furniture, headings, paragraph
//! numbers: `extract`), or normalising text for search (`normalize`).

/// Table-driven cases for the rules' unit tests:
/// `cases!(function, [input => expected, …])`. Defined before the modules so
/// that each one's tests can use it.
#[cfg(test)]
macro_rules! cases {
    ($f:expr, [$($input:expr => $expected:expr),+ $(,)?]) => {
        $(assert_eq!($f($input), $expected, "input: {:?}", $input);)+
    };
}

mod corrections;
mod lines;
mod spacing;
mod split_words;

pub use corrections::{Correction, Corrections};
pub use lines::{collapse_whitespace, join_lines};
pub use spacing::{tidy, NBSP};
pub use split_words::SplitWords;
