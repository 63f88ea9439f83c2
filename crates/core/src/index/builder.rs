//! Building the index: every field of every paper tokenized once, its
//! words gathered into terms sorted by folded form, with their postings;
//! the per-field-kind lengths BM25 needs.
//!
//! Not here: what the index holds and how it is looked up (`index`).

use super::{FastMap, Field, FieldInfo, Paper, Posting, SearchIndex, Term, SAME_AS_FOLDED};
use crate::model::Compendium;
use crate::normalize::{self, Stemmer, TokenKind};
use crate::rank::{RankingWeights, FIELD_KINDS};
use crate::typo;
use std::sync::OnceLock;

#[derive(Default)]
pub(super) struct Builder {
    ids: FastMap<u32>,
    terms: Vec<(String, TokenKind, Vec<Posting>)>,
    exact_forms: FastMap<u32>,
}

impl Builder {
    pub(super) fn build(mut self, compendium: &Compendium, weights: RankingWeights) -> SearchIndex {
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
        crate::sort::sort_by(&mut entries, |a, b| a.0 < b.0);
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
