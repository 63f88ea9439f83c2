//! The extractor: the PDF-to-text source of a compendium → [`Compendium`].
//!
//! The source is the text of the PDF as `pdftotext` gives it: one physical
//! line per printed line, separated by blank lines, with page furniture
//! (running header, job number and page, the `http://undocs.org/…` link
//! targets of the page) wherever a page ended. Its layout:
//!
//! ```text
//! I. Introduction                                  roman heading
//! 1. Pour chaque réunion …                         numbered paragraphs 1–3
//! II. Recueil des documents d’information          roman heading = title
//!   Gestion des cas                                theme title (1–4 lines)
//! Principaux sujets                                key-topics marker
//! Systèmes de gestion des cas ; coordination …     key topics, `;`-separated
//! 4. En 2010, pour la deuxième réunion … « … »     a paper's first paragraph:
//!    (CTOC/COP/WG.4/2010/5).                       year, meeting, title, symbol
//! 5. …                                             more paragraphs of the paper
//!   a) Prévention. …                               indented lettered items
//! ```
//!
//! Parsing is strict: anything that does not fit (a numbering gap, a missing
//! marker, a truncated file, another layout) is an [`Error`] naming the line,
//! never a guess and never a partial result. The words of the layout
//! (`Principaux sujets`, ordinals, `réunion`) come from a [`Layout`], so
//! another language needs a new `Layout`, not new code.
//!
//! The work, in order, one module each:
//!
//! 1. `lines`: drops the page furniture and classifies each remaining line
//!    (roman heading, numbered paragraph, lettered item);
//! 2. `parse`: groups the lines into the document's structure, texts still
//!    as lists of printed lines;
//! 3. `assemble`: cleans every text and builds the model, reading each
//!    paper's first paragraph (`headings`) and giving each theme its id
//!    (`slug`).
//!
//! Not here: the cleaning rules themselves (`clean`), nor loading JSON
//! (`load`).

mod assemble;
mod headings;
mod layout;
mod lines;
mod parse;
mod slug;

pub use layout::Layout;

use crate::clean::Corrections;
use crate::error::{Error, ErrorKind};
use crate::model::Compendium;

/// The reviewed hand corrections for the French source, built in so that the
/// extractor is self-contained.
const CORRECTIONS_FR: &str = include_str!("../../../../data/corrections.fr.tsv");

/// Extracts the French compendium from its PDF-to-text source, with the
/// built-in corrections table (`data/corrections.fr.tsv`).
pub fn extract(source: &str) -> Result<Compendium, Error> {
    extract_with(source, &Layout::FRENCH, &corrections_fr()?)
}

/// The built-in French corrections table.
pub fn corrections_fr() -> Result<Corrections, Error> {
    Corrections::parse(CORRECTIONS_FR)
}

/// Extracts a compendium from its PDF-to-text source in the given layout.
pub fn extract_with(
    source: &str,
    layout: &Layout,
    corrections: &Corrections,
) -> Result<Compendium, Error> {
    // A byte-order mark is not whitespace to `trim`, and would hide the
    // first heading.
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    if source.trim().is_empty() {
        return Err(Error::new(None, ErrorKind::EmptySource));
    }
    let (lines, symbol) = lines::content_lines(source);
    let raw = parse::Parser::new(&lines, layout).parse()?;
    // pdftotext kept the running header on few pages (in the French source,
    // the last one only), so a source without one most likely stops early.
    let last_line = lines.last().map_or(1, |l| l.number);
    let symbol = symbol.ok_or_else(|| Error::at(last_line, ErrorKind::MissingSymbol))?;
    assemble::assemble(raw, symbol, layout, corrections)
}
