//! The pure-Rust core of compendium-widget: the compendium model, its extraction
//! from the PDF-to-text source, French text normalisation, the search index and
//! ranking.
//!
//! Nothing here knows about the web: it builds and tests natively in seconds,
//! and the widget (the root crate) compiles it to wasm unchanged.

mod model;

pub use model::{Compendium, Document, Item, Paragraph, Theme, SCHEMA_VERSION};

mod clean;
mod error;
mod extract;
mod load;

pub use clean::{Correction, Corrections, NBSP};
pub use error::{Error, ErrorKind};
pub use extract::{corrections_fr, extract, extract_with, Layout};

mod expand;
mod index;
mod normalize;
mod query;
mod rank;
pub mod relevance;
mod search;
mod spans;
mod typo;

pub use index::{Field, SearchIndex};
pub use normalize::fold;
pub use query::{Filters, MAX_QUERY_CHARS, MAX_TERMS};
pub use rank::RankingWeights;
pub use search::{FieldMatches, Hit, SearchResults, Span};

mod html;

pub use html::render_html;
