//! What a search returns: [`SearchResults`], its [`Hit`]s, and for each hit
//! the [`FieldMatches`] whose [`Span`]s the UI highlights. Plain data,
//! serialisable for JavaScript.
//!
//! Not here: how the papers are found and ranked (`search`), nor how the
//! spans are collected (`spans`).

use crate::index::Field;
use serde::Serialize;

/// A byte range `start..end` into the original text of a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Span {
    /// First byte of the match.
    pub start: usize,
    /// One past the last byte of the match.
    pub end: usize,
}

/// The matches found in one field of a paper.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldMatches {
    /// Which text the spans point into.
    #[serde(flatten)]
    pub field: Field,
    /// Sorted, non-overlapping byte ranges into that text.
    pub spans: Vec<Span>,
}

/// One paper found by a search.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    /// The paper's symbol (`CTOC/COP/WG.4/2015/2`).
    pub symbol: String,
    /// Id of the paper's theme.
    pub theme_id: String,
    /// Index of the theme in `compendium.themes`.
    pub theme: usize,
    /// Index of the paper in `theme.documents`.
    pub document: usize,
    /// Relevance; only meaningful relative to the other hits of the same search.
    pub score: f32,
    /// Indices in `document.paragraphs` of the best matching paragraphs, best
    /// first (at most three).
    pub paragraphs: Vec<usize>,
    /// Every field that matched, with the spans to highlight.
    pub matches: Vec<FieldMatches>,
}

impl Hit {
    /// The spans to highlight in `field` of this paper (or of its theme);
    /// empty when that field did not match.
    pub fn spans(&self, field: Field) -> &[Span] {
        self.matches
            .iter()
            .find(|m| m.field == field)
            .map_or(&[], |m| &m.spans)
    }
}

/// The result of [`SearchIndex::search`](crate::SearchIndex::search).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SearchResults {
    /// The papers found, best first, at most `limit`.
    pub hits: Vec<Hit>,
    /// How many papers matched in all (before `limit`).
    pub total: usize,
    /// Part of the query was ignored: it was longer than
    /// [`MAX_QUERY_CHARS`](crate::MAX_QUERY_CHARS) characters or had more than
    /// [`MAX_TERMS`](crate::MAX_TERMS) terms.
    pub truncated: bool,
    /// A year written in the query (`2017`), applied as a filter.
    pub year: Option<u16>,
    /// A meeting written in the query (`sixième réunion`), applied as a filter.
    pub meeting: Option<u8>,
}
