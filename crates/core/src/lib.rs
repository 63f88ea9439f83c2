//! The pure-Rust core of compendium-widget: the compendium model, its extraction
//! from the PDF-to-text source, text normalisation by the language pack of the
//! compendium's language ([`LanguagePack`]), the search index and ranking, and a
//! static HTML rendering for readers without JavaScript.
//!
//! Nothing here knows about the web: it builds and tests natively in seconds,
//! and the widget (the root crate) compiles it to wasm unchanged. Data flows one
//! way: source text → [`extract()`] → `data/*.json` → [`Compendium::from_json`] →
//! [`SearchIndex`] → the widget's components. (The copy bundled into the
//! widget goes through [`pack`] at build time, to start faster.)
//!
//! # Example
//!
//! ```
//! use compendium_core::{Compendium, Filters, SearchIndex};
//!
//! let json = include_str!("../../../data/compendium.fr.json");
//! let compendium = Compendium::from_json(json).unwrap();
//! let index = SearchIndex::new(&compendium);
//! let results = index.search("frais de recrutment", &Filters::default(), 3);
//! assert_eq!(results.hits[0].symbol, "CTOC/COP/WG.4/2015/2");
//! ```

// The data: model, extraction and cleaning, loading, the bundled binary
// form, the thesaurus.
mod clean;
mod error;
mod extract;
mod load;
mod model;
pub mod pack;
mod thesaurus;

// Search: normalisation, index, query parsing, expansion, ranking, spans,
// results.
mod expand;
mod expansions;
mod index;
mod language;
mod meeting;
mod normalize;
mod paragraphs;
mod query;
mod rank;
pub mod relevance;
mod results;
mod search;
mod sort;
mod spans;
mod typo;

// Output for readers without JavaScript.
mod html;

pub use clean::{Correction, Corrections, NBSP};
pub use error::{Error, ErrorKind};
pub use extract::{corrections_fr, extract, extract_with, Layout};
pub use html::render_html;
pub use index::{Field, IndexBuilder, SearchIndex};
pub use language::{LanguagePack, NEUTRAL};
pub use load::check_schema_version;
pub use model::{web_link, Compendium, Document, Item, Paragraph, Theme, SCHEMA_VERSION};
pub use normalize::fold;
pub use query::{too_short, Filters, MAX_QUERY_CHARS, MAX_TERMS};
pub use rank::RankingWeights;
pub use results::{FieldMatches, Hit, ParagraphHit, SearchResults, Span};
pub use thesaurus::{SynonymSet, Thesaurus, Translation, THESAURUS_VERSION};
