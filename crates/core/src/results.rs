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
    /// Every paragraph of the paper that matches, best first: the first is
    /// the one that answers. A paper found only through its context (theme
    /// title, key topics, title, symbol) has one paragraph to show instead,
    /// with `matched: false` (see [`ParagraphHit::matched`]). Empty only
    /// for a paper without paragraphs, or when filters alone list papers.
    pub paragraphs: Vec<ParagraphHit>,
    /// Every field that matched, with the spans to highlight.
    pub matches: Vec<FieldMatches>,
}

/// A paragraph of a paper found by a search.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ParagraphHit {
    /// Index in `document.paragraphs`.
    pub paragraph: usize,
    /// Its number as printed ([`Paragraph::number`](crate::Paragraph::number)).
    pub number: u32,
    /// Relevance, comparable with the other paragraphs and papers of the same
    /// search (a paper's score is its best paragraph's, plus support from its other
    /// paragraphs holding every word); 0 when not matched.
    pub score: f32,
    /// The paragraph contains words of the query (its spans are in
    /// [`Hit::matches`]). `false` for the one paragraph shown for a paper
    /// found only through its context: the paragraph most about the theme
    /// title, key topics or title that matched, else its first paragraph
    /// that does not merely introduce the paper.
    pub matched: bool,
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

    /// The matches in paragraph `paragraph` (index in `document.paragraphs`):
    /// its text, then its items.
    pub fn paragraph_matches(&self, paragraph: usize) -> impl Iterator<Item = &FieldMatches> {
        self.matches
            .iter()
            .filter(move |m| m.field.paragraph() == Some(paragraph))
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
    /// The query is a single character: nothing was searched, the reader
    /// should type more. (Two characters search the starts of words only.)
    pub too_short: bool,
}
