//! The inverted index over a compendium, built in memory at start-up (about a
//! millisecond natively: cheaper than shipping a prebuilt index).
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
//! Not here: query parsing, scoring, or the result types (`search`).

use crate::model::Compendium;
use crate::normalize::{self, Stemmer, TokenKind};
use crate::rank::{FieldKind, RankingWeights, FIELD_KINDS};
use serde::Serialize;
use std::collections::HashMap;

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

    /// The paragraph the field belongs to, if any.
    pub(crate) fn paragraph(self) -> Option<usize> {
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
    pub position: u32,
    pub start: u32,
    pub end: u32,
    /// Id of the exact (accented) form.
    pub exact: u32,
}

pub(crate) struct Term {
    pub folded: String,
    pub kind: TokenKind,
    pub postings: Vec<Posting>,
}

/// What the index keeps of a paper.
pub(crate) struct Paper {
    pub theme: usize,
    pub document: usize,
    pub symbol: String,
    pub theme_id: String,
    pub year: u16,
    pub meeting: u8,
    /// Number of indexed words per field kind.
    pub lengths: [f32; FIELD_KINDS],
}

pub(crate) struct FieldInfo {
    pub field: Field,
}

/// A search index over one compendium. Build it once with
/// [`SearchIndex::new`], then call [`SearchIndex::search`] on every keystroke.
pub struct SearchIndex {
    pub(crate) papers: Vec<Paper>,
    pub(crate) fields: Vec<FieldInfo>,
    /// Sorted by `folded`.
    pub(crate) terms: Vec<Term>,
    pub(crate) exact_forms: HashMap<String, u32>,
    pub(crate) stems: HashMap<String, u32>,
    /// Term ids sharing each stem id.
    pub(crate) stem_terms: Vec<Vec<u32>>,
    /// Ids of the terms that are codes (symbols).
    pub(crate) code_terms: Vec<u32>,
    pub(crate) avg_lengths: [f32; FIELD_KINDS],
    pub(crate) stemmer: Stemmer,
    pub(crate) weights: RankingWeights,
}

impl SearchIndex {
    /// Indexes every background paper of `compendium` with the default
    /// [`RankingWeights`].
    pub fn new(compendium: &Compendium) -> Self {
        Self::with_weights(compendium, RankingWeights::default())
    }

    /// Indexes `compendium` with the given weights (clamped to their ranges).
    pub fn with_weights(compendium: &Compendium, weights: RankingWeights) -> Self {
        Builder::default().build(compendium, weights.clamped())
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

#[derive(Default)]
struct Builder {
    terms: HashMap<String, (TokenKind, Vec<Posting>)>,
    exact_forms: HashMap<String, u32>,
}

impl Builder {
    fn build(mut self, compendium: &Compendium, weights: RankingWeights) -> SearchIndex {
        let mut papers = Vec::new();
        let mut fields = Vec::new();
        for (ti, theme) in compendium.themes.iter().enumerate() {
            for (di, document) in theme.documents.iter().enumerate() {
                let doc = papers.len() as u32;
                let mut lengths = [0.0; FIELD_KINDS];
                let mut texts: Vec<(Field, &str)> = vec![(Field::ThemeTitle, &theme.title)];
                for (index, topic) in theme.key_topics.iter().enumerate() {
                    texts.push((Field::KeyTopic { index }, topic));
                }
                texts.push((Field::Title, &document.title));
                texts.push((Field::Symbol, &document.symbol));
                for (paragraph, p) in document.paragraphs.iter().enumerate() {
                    texts.push((Field::Paragraph { paragraph }, &p.text));
                    for (item, it) in p.items.iter().enumerate() {
                        texts.push((Field::Item { paragraph, item }, &it.text));
                    }
                }
                for (field, text) in texts {
                    let field_id = fields.len() as u32;
                    fields.push(FieldInfo { field });
                    lengths[field.kind() as usize] += self.add(doc, field_id, text) as f32;
                }
                papers.push(Paper {
                    theme: ti,
                    document: di,
                    symbol: document.symbol.clone(),
                    theme_id: theme.id.clone(),
                    year: document.year,
                    meeting: document.meeting,
                    lengths,
                });
            }
        }

        let mut avg_lengths = [0.0; FIELD_KINDS];
        for p in &papers {
            for (avg, len) in avg_lengths.iter_mut().zip(p.lengths) {
                *avg += len;
            }
        }
        for avg in &mut avg_lengths {
            *avg /= papers.len().max(1) as f32;
        }

        let stemmer = Stemmer::french();
        let mut entries: Vec<(String, (TokenKind, Vec<Posting>))> =
            self.terms.into_iter().collect();
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut stems: HashMap<String, u32> = HashMap::new();
        let mut stem_terms: Vec<Vec<u32>> = Vec::new();
        let mut code_terms = Vec::new();
        let mut terms = Vec::with_capacity(entries.len());
        for (id, (folded, (kind, postings))) in entries.into_iter().enumerate() {
            let stem = stemmer.stem(&folded, kind);
            let next = stem_terms.len() as u32;
            let stem = *stems.entry(stem.into_owned()).or_insert(next);
            if stem == next {
                stem_terms.push(Vec::new());
            }
            stem_terms[stem as usize].push(id as u32);
            if kind == TokenKind::Code {
                code_terms.push(id as u32);
            }
            terms.push(Term {
                folded,
                kind,
                postings,
            });
        }

        SearchIndex {
            papers,
            fields,
            terms,
            exact_forms: self.exact_forms,
            stems,
            stem_terms,
            code_terms,
            avg_lengths,
            stemmer,
            weights,
        }
    }

    /// Indexes one field; returns its number of indexed words.
    fn add(&mut self, doc: u32, field: u32, text: &str) -> usize {
        let mut count = 0;
        normalize::tokenize(text, |t| {
            if t.stop {
                return;
            }
            count += 1;
            let next = self.exact_forms.len() as u32;
            let exact = *self.exact_forms.entry(t.exact).or_insert(next);
            let posting = Posting {
                doc,
                field,
                position: t.position,
                start: t.start as u32,
                end: t.end as u32,
                exact,
            };
            self.terms
                .entry(t.folded)
                .or_insert_with(|| (t.kind, Vec::new()))
                .1
                .push(posting);
        });
        count
    }
}
