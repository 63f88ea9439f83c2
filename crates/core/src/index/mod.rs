//! The inverted index over a compendium, built in memory at start-up (5 ms
//! natively for the bundled compendium: cheaper than shipping a prebuilt
//! index), at once or a few papers at a time ([`IndexBuilder`]).
//!
//! ```text
//! paper (the unit of search) ── fields ── theme title         (kind ThemeTitle)
//!                                    ├── key topic i          (kind KeyTopic)
//!                                    ├── paper title          (kind Title)
//!                                    ├── symbol               (kind Symbol)
//!                                    └── paragraph n / item i (kind Body)
//!
//! terms (sorted by folded form, for prefix ranges)
//!   "extradition" ─ stem "extradit" ─ postings [(paper, field, position, bytes, exact form)…]
//! stems:  "extradit" → [term ids]      exact forms: "traité" → id
//! ```
//!
//! Every posting keeps the byte range of the word in the field's original
//! text: match spans are read straight from it.
//!
//! Papers are scored by *unit*: each paper has one context unit (theme
//! title, key topics, title, symbol: what the paper is about) and one unit
//! per paragraph (its text and its items), so that the paragraph that
//! answers can be found. Words of a paragraph that quote the paper's own
//! title or symbol (`echo`) belong to no unit: they are highlighted, but
//! score as the title they repeat, once.
//!
//! Not here: query parsing, scoring (`search`), or the result types
//! (`results`). Building the index is in `builder`, its hash map in
//! `fast_map`.

mod builder;
mod echo;
mod fast_map;

pub use builder::IndexBuilder;
pub(crate) use fast_map::FastMap;

use crate::expansions::Expansions;
use crate::language::LanguagePack;
use crate::model::Compendium;
use crate::normalize::{Stemmer, TokenKind};
use crate::rank::{FieldKind, RankingWeights, FIELD_KINDS};
use serde::Serialize;
use std::ops::Range;
use std::sync::OnceLock;

/// Which text of a paper a match was found in. Indices are positions in the
/// model's vectors (`theme.key_topics`, `document.paragraphs`, `paragraph.items`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(tag = "field", rename_all = "snake_case")]
pub enum Field {
    /// The title of the paper's theme.
    ThemeTitle,
    /// Key topic `index` of the paper's theme.
    KeyTopic {
        /// Index in `theme.key_topics`.
        index: usize,
    },
    /// The paper's title.
    Title,
    /// The paper's symbol.
    Symbol,
    /// The text of paragraph `paragraph` (before its items).
    Paragraph {
        /// Index in `document.paragraphs`.
        paragraph: usize,
    },
    /// Item `item` of paragraph `paragraph`.
    Item {
        /// Index in `document.paragraphs`.
        paragraph: usize,
        /// Index in `paragraph.items`.
        item: usize,
    },
}

impl Field {
    pub(crate) fn kind(self) -> FieldKind {
        match self {
            Field::ThemeTitle => FieldKind::ThemeTitle,
            Field::KeyTopic { .. } => FieldKind::KeyTopic,
            Field::Title => FieldKind::Title,
            Field::Symbol => FieldKind::Symbol,
            Field::Paragraph { .. } | Field::Item { .. } => FieldKind::Body,
        }
    }

    /// The paragraph the field belongs to (index in `document.paragraphs`),
    /// if any.
    pub fn paragraph(self) -> Option<usize> {
        match self {
            Field::Paragraph { paragraph } | Field::Item { paragraph, .. } => Some(paragraph),
            _ => None,
        }
    }
}

/// One occurrence of a term.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Posting {
    pub doc: u32,
    /// Global field id (index in [`SearchIndex::fields`]).
    pub field: u32,
    /// Global unit id (index in [`SearchIndex::units`]), or [`ECHO`] for a
    /// word quoting the paper's title or symbol.
    pub unit: u32,
    pub position: u32,
    pub start: u32,
    pub end: u32,
    /// Id of the exact (accented) form, or [`SAME_AS_FOLDED`].
    pub exact: u32,
}

pub(crate) struct Term {
    pub folded: String,
    pub kind: TokenKind,
    /// Which bytes the word contains (see [`crate::typo::letters`]), to rule out
    /// most typo candidates without computing a distance.
    pub letters: u64,
    pub postings: Vec<Posting>,
}

/// What the index keeps of a paper.
pub(crate) struct Paper {
    /// Its units: the context unit first, then one per paragraph, in order.
    pub units: Range<u32>,
    pub theme: usize,
    pub document: usize,
    pub symbol: String,
    pub theme_id: String,
    pub year: u16,
    pub meeting: u8,
    /// Number of indexed words per field kind.
    pub lengths: [f32; FIELD_KINDS],
}

/// What a paper's units are scored on: the paper's context, or one of its
/// paragraphs.
pub(crate) struct Unit {
    /// The paper it belongs to.
    pub doc: u32,
    /// Index in `document.paragraphs`; `None` for the context unit.
    pub paragraph: Option<u32>,
    /// The paragraph's number as printed (0 for the context unit).
    pub number: u32,
    /// Its fields, a contiguous range of ids.
    pub fields: Range<u32>,
    /// The paragraph quotes the paper's title or symbol: the paper's
    /// introduction, shown last when another paragraph will do.
    pub echoes: bool,
}

pub(crate) struct FieldInfo {
    pub field: Field,
    /// BM25 length normalisation of a word found in this field of a
    /// paragraph (its text, or one of its items: a list item is a statement
    /// of its own, however long the list); 1 for context fields, which are
    /// normalised per kind over the whole paper.
    pub norm: f32,
    /// For the fields of a paper's context (theme title, key topics, title):
    /// its words' term ids, to find the paragraph most about it.
    pub terms: Box<[u32]>,
}

/// A search index over one compendium. Build it once with
/// [`SearchIndex::new`], then call [`SearchIndex::search`] on every keystroke.
///
/// # Example
/// ```
/// use compendium_core::{Compendium, Field, Filters, SearchIndex};
///
/// let json = r#"{"schema_version": 1, "symbol": "CTOC/COP/WG.4/2021/5",
///   "title": "Recueil", "language": "fr", "introduction": [],
///   "themes": [{"id": "organes", "title": "Prélèvement d’organes", "key_topics": [],
///     "documents": [{"symbol": "CTOC/COP/WG.4/2011/2", "year": 2011, "meeting": 4,
///       "title": "Traite des personnes à des fins de prélèvement d’organes",
///       "link": "https://undocs.org/fr/CTOC/COP/WG.4/2011/2",
///       "paragraphs": [{"number": 57, "text": "Les chasseurs d’organes."}]}]}]}"#;
/// let compendium: Compendium = serde_json::from_str(json).unwrap();
/// let index = SearchIndex::new(&compendium);
///
/// // No accents, an ASCII apostrophe, the last word half-typed.
/// let results = index.search("prelevement d'org", &Filters::default(), 10);
/// let hit = &results.hits[0];
/// assert_eq!(hit.symbol, "CTOC/COP/WG.4/2011/2");
/// // Spans are byte ranges into the original text of each field.
/// let span = hit.spans(Field::Title)[0];
/// assert_eq!(&compendium.themes[0].documents[0].title[span.start..span.end], "prélèvement");
/// ```
pub struct SearchIndex {
    pub(crate) papers: Vec<Paper>,
    pub(crate) fields: Vec<FieldInfo>,
    pub(crate) units: Vec<Unit>,
    /// Number of paragraph units (all units but the papers' contexts).
    pub(crate) paragraph_count: usize,
    /// Sorted by `folded`.
    pub(crate) terms: Vec<Term>,
    /// Ids of the exact forms that differ from their folded form.
    pub(crate) exact_forms: FastMap<u32>,
    /// Each term's stem, computed the first time a query needs it: stemming
    /// the whole vocabulary up front would double the build time.
    pub(crate) term_stems: Vec<OnceLock<Box<str>>>,
    /// Ids of the terms that are codes (symbols).
    pub(crate) code_terms: Vec<u32>,
    pub(crate) avg_lengths: [f32; FIELD_KINDS],
    pub(crate) stemmer: Stemmer,
    /// The rules of the compendium's language (its `language` field).
    pub(crate) pack: &'static LanguagePack,
    pub(crate) weights: RankingWeights,
    /// The compendium's thesaurus, ready to widen queries.
    pub(crate) expansions: Expansions,
}

impl SearchIndex {
    /// Indexes every background paper of `compendium` with the default
    /// [`RankingWeights`].
    pub fn new(compendium: &Compendium) -> Self {
        Self::with_weights(compendium, RankingWeights::default())
    }

    /// Indexes `compendium` with the given weights (clamped to their ranges).
    pub fn with_weights(compendium: &Compendium, weights: RankingWeights) -> Self {
        IndexBuilder::new(compendium, weights).finish(compendium)
    }

    /// The ranking weights in use.
    pub fn weights(&self) -> &RankingWeights {
        &self.weights
    }

    /// Number of indexed papers.
    pub fn len(&self) -> usize {
        self.papers.len()
    }

    /// Whether the compendium had no papers.
    pub fn is_empty(&self) -> bool {
        self.papers.is_empty()
    }

    /// Id of a folded term, if indexed.
    pub(crate) fn term(&self, folded: &str) -> Option<u32> {
        self.terms
            .binary_search_by(|t| t.folded.as_str().cmp(folded))
            .ok()
            .map(|i| i as u32)
    }

    /// The stem of term `id`.
    pub(crate) fn stem_of(&self, id: usize) -> &str {
        self.term_stems[id].get_or_init(|| {
            let t = &self.terms[id];
            self.stemmer.stem(&t.folded, t.kind).into()
        })
    }

    /// Ids of the terms whose stem is `stem`. Where the stemmer only
    /// rewrites word endings (`chevaux` → `cheval`), they all start with the
    /// stem bar its last two letters, so only those are stemmed and compared;
    /// where it also strips prefixes (Arabic `وال…`), every word is.
    pub(crate) fn with_stem<'a>(&'a self, stem: &'a str) -> impl Iterator<Item = usize> + 'a {
        let candidates = if self.pack.stemming.strips_prefixes() {
            0..self.terms.len()
        } else {
            let mut keep = if stem.len() <= 3 {
                stem.len()
            } else {
                stem.len() - 2
            };
            while !stem.is_char_boundary(keep) {
                keep -= 1;
            }
            self.prefixed(&stem[..keep])
        };
        candidates
            .filter(move |&id| self.terms[id].kind == TokenKind::Word && self.stem_of(id) == stem)
    }

    /// Ids of the terms starting with `prefix`.
    pub(crate) fn prefixed(&self, prefix: &str) -> std::ops::Range<usize> {
        let start = self.terms.partition_point(|t| t.folded.as_str() < prefix);
        let len = self.terms[start..]
            .iter()
            .take_while(|t| t.folded.starts_with(prefix))
            .count();
        start..start + len
    }
}

/// [`Posting::exact`] of a word written as its folded form (no accents).
pub(crate) const SAME_AS_FOLDED: u32 = u32::MAX;

/// [`Posting::unit`] of a word that quotes the paper's own title or symbol.
pub(crate) const ECHO: u32 = u32::MAX;
