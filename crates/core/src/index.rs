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
use crate::typo;
use serde::Serialize;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
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
    /// Id of the exact (accented) form, or [`SAME_AS_FOLDED`].
    pub exact: u32,
}

pub(crate) struct Term {
    pub folded: String,
    pub kind: TokenKind,
    /// Which bytes the word contains (see [`typo::letters`]), to rule out
    /// most typo candidates without computing a distance.
    pub letters: u64,
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

    /// The stem of term `id`.
    pub(crate) fn stem_of(&self, id: usize) -> &str {
        self.term_stems[id].get_or_init(|| {
            let t = &self.terms[id];
            self.stemmer.stem(&t.folded, t.kind).into()
        })
    }

    /// Ids of the terms whose stem is `stem`: they all start with the stem
    /// bar its last two letters (Snowball only rewrites word endings:
    /// `chevaux` → `cheval`), so only those are stemmed and compared.
    pub(crate) fn with_stem<'a>(&'a self, stem: &'a str) -> impl Iterator<Item = usize> + 'a {
        let mut keep = if stem.len() <= 3 {
            stem.len()
        } else {
            stem.len() - 2
        };
        while !stem.is_char_boundary(keep) {
            keep -= 1;
        }
        self.prefixed(&stem[..keep])
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

/// A string-keyed map with a fast, non-cryptographic hash (FxHash): the
/// keys are the compendium's words, nothing adversarial.
pub(crate) type FastMap<V> = HashMap<String, V, BuildHasherDefault<FxHasher>>;

#[derive(Default)]
pub(crate) struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            self.add(word);
        }
        let mut word = 0u64;
        for &b in chunks.remainder() {
            word = (word << 8) | u64::from(b);
        }
        self.add(word);
    }

    fn write_u8(&mut self, byte: u8) {
        self.write(&[byte]);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

#[derive(Default)]
struct Builder {
    ids: FastMap<u32>,
    terms: Vec<(String, TokenKind, Vec<Posting>)>,
    exact_forms: FastMap<u32>,
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
        let mut entries = self.terms;
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut code_terms = Vec::new();
        let mut terms = Vec::with_capacity(entries.len());
        for (id, (folded, kind, postings)) in entries.into_iter().enumerate() {
            if kind == TokenKind::Code {
                code_terms.push(id as u32);
            }
            terms.push(Term {
                letters: typo::letters(folded.as_bytes()),
                folded,
                kind,
                postings,
            });
        }

        let term_stems = (0..terms.len()).map(|_| OnceLock::new()).collect();
        SearchIndex {
            papers,
            fields,
            terms,
            exact_forms: self.exact_forms,
            term_stems,
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
            let exact = if t.exact == t.folded {
                SAME_AS_FOLDED
            } else {
                match self.exact_forms.get(t.exact.as_str()) {
                    Some(&id) => id,
                    None => {
                        let id = self.exact_forms.len() as u32;
                        self.exact_forms.insert(t.exact.clone(), id);
                        id
                    }
                }
            };
            let posting = Posting {
                doc,
                field,
                position: t.position,
                start: t.start as u32,
                end: t.end as u32,
                exact,
            };
            let id = match self.ids.get(t.folded.as_str()) {
                Some(&id) => id,
                None => {
                    let id = self.terms.len() as u32;
                    self.ids.insert(t.folded.clone(), id);
                    self.terms.push((t.folded.clone(), t.kind, Vec::new()));
                    id
                }
            };
            self.terms[id as usize].2.push(posting);
        });
        count
    }
}
