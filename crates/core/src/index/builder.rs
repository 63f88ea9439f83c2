//! Building the index: every field of every paper tokenized once, its
//! words gathered into terms sorted by folded form, with their postings;
//! the per-field-kind lengths BM25 needs. Resumable between papers, so that
//! a page can build a large compendium's index in slices.
//!
//! Not here: what the index holds and how it is looked up (`index`).

use super::{
    echo, FastMap, Field, FieldInfo, Paper, Posting, SearchIndex, Term, Unit, ECHO, SAME_AS_FOLDED,
};
use crate::expansions::Expansions;
use crate::language::LanguagePack;
use crate::model::Compendium;
use crate::normalize::{self, Stemmer, TokenKind};
use crate::rank::{self, FieldKind, RankingWeights, FIELD_KINDS};
use crate::typo;
use std::sync::OnceLock;

/// Builds a [`SearchIndex`] a few papers at a time: a page can index a
/// large compendium between frames instead of in one long task (5000
/// papers: 0.6 s natively), and finish at once when a search needs it.
///
/// Every call takes the compendium the builder was made for: the builder
/// keeps positions in it, not a reference, so that it can live beside the
/// compendium it indexes.
pub struct IndexBuilder {
    /// The rules of the compendium's language.
    pack: &'static LanguagePack,
    weights: RankingWeights,
    ids: FastMap<u32>,
    terms: Vec<(String, TokenKind, Vec<Posting>)>,
    exact_forms: FastMap<u32>,
    papers: Vec<Paper>,
    fields: Vec<FieldInfo>,
    units: Vec<Unit>,
    /// (field id, indexed words) of every paragraph text and item.
    body_fields: Vec<(u32, f32)>,
    /// The next paper to index: (theme, paper in the theme).
    next: (usize, usize),
}

impl IndexBuilder {
    /// A builder for `compendium`, in its language, with `weights`
    /// (clamped to their ranges).
    pub fn new(compendium: &Compendium, weights: RankingWeights) -> IndexBuilder {
        IndexBuilder {
            pack: LanguagePack::for_tag(&compendium.language),
            weights: weights.clamped(),
            ids: FastMap::default(),
            terms: Vec::new(),
            exact_forms: FastMap::default(),
            papers: Vec::new(),
            fields: Vec::new(),
            units: Vec::new(),
            body_fields: Vec::new(),
            next: (0, 0),
        }
    }

    /// Indexes papers of `compendium`, one, then more while `more` says so;
    /// true once every paper is indexed.
    pub fn step(&mut self, compendium: &Compendium, mut more: impl FnMut() -> bool) -> bool {
        let mut first = true;
        loop {
            let (ti, di) = self.next;
            let Some(theme) = compendium.themes.get(ti) else {
                return true;
            };
            if di == theme.documents.len() {
                self.next = (ti + 1, 0);
                continue;
            }
            if !first && !more() {
                return false;
            }
            first = false;
            self.add_paper(compendium, ti, di);
            self.next = (ti, di + 1);
        }
    }

    /// How many papers are indexed so far.
    pub fn indexed(&self) -> usize {
        self.papers.len()
    }

    /// The index: the papers not indexed yet first, then what needs every
    /// paper (lengths, term order).
    pub fn finish(mut self, compendium: &Compendium) -> SearchIndex {
        self.step(compendium, || true);
        let IndexBuilder {
            pack,
            weights,
            terms,
            exact_forms,
            papers,
            mut fields,
            units,
            body_fields,
            ..
        } = self;
        let paragraph_count = units.len() - papers.len();
        let avg_body_field =
            body_fields.iter().map(|f| f.1).sum::<f32>() / body_fields.len().max(1) as f32;
        for (id, length) in body_fields {
            fields[id as usize].norm = rank::normalised_tf(1.0, length, avg_body_field, weights.b);
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

        let stemmer = Stemmer::new(pack.stemming);
        let mut entries: Vec<_> = terms.into_iter().enumerate().collect();
        crate::sort::sort_by(&mut entries, |a, b| a.1 .0 < b.1 .0);
        // Term ids were given in order of appearance; they become ranks in
        // folded order.
        let mut renamed = vec![0u32; entries.len()];
        for (id, (old, _)) in entries.iter().enumerate() {
            renamed[*old] = id as u32;
        }
        for field in &mut fields {
            for id in field.terms.iter_mut() {
                *id = renamed[*id as usize];
            }
        }
        let mut code_terms = Vec::new();
        let mut terms = Vec::with_capacity(entries.len());
        for (id, (_, (folded, kind, postings))) in entries.into_iter().enumerate() {
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
            units,
            paragraph_count,
            terms,
            exact_forms,
            term_stems,
            code_terms,
            avg_lengths,
            expansions: Expansions::new(&compendium.thesaurus, pack, &stemmer),
            stemmer,
            pack,
            weights,
        }
    }

    /// Indexes paper `di` of theme `ti`: its context unit, then a unit per
    /// paragraph.
    fn add_paper(&mut self, compendium: &Compendium, ti: usize, di: usize) {
        let theme = &compendium.themes[ti];
        let document = &theme.documents[di];
        let doc = self.papers.len() as u32;
        let first_unit = self.units.len() as u32;
        let mut lengths = [0.0; FIELD_KINDS];

        // The context unit: what the paper is about.
        let mut context: Vec<(Field, &str)> = vec![(Field::ThemeTitle, &theme.title)];
        for (index, topic) in theme.key_topics.iter().enumerate() {
            context.push((Field::KeyTopic { index }, topic));
        }
        context.push((Field::Title, &document.title));
        context.push((Field::Symbol, &document.symbol));
        let unit = self.units.len() as u32;
        let from = self.fields.len() as u32;
        for (field, text) in context {
            let mut terms = Vec::new();
            let field_id = self.fields.len() as u32;
            let count = self.add(doc, field_id, unit, text, &[], &mut terms);
            lengths[field.kind() as usize] += count as f32;
            if field == Field::Symbol {
                terms.clear();
            }
            self.fields.push(FieldInfo {
                field,
                norm: 1.0,
                terms: terms.into(),
            });
        }
        self.units.push(Unit {
            doc,
            paragraph: None,
            number: 0,
            fields: from..self.fields.len() as u32,
            echoes: false,
        });

        // One unit per paragraph: its text and its items.
        for (paragraph, p) in document.paragraphs.iter().enumerate() {
            let unit = self.units.len() as u32;
            let from = self.fields.len() as u32;
            let echoes = echo::quoted(&p.text, &document.title, &document.symbol);
            let mut texts = vec![(
                Field::Paragraph { paragraph },
                p.text.as_str(),
                echoes.as_slice(),
            )];
            for (item, it) in p.items.iter().enumerate() {
                texts.push((Field::Item { paragraph, item }, it.text.as_str(), &[]));
            }
            let mut length = 0;
            for (field, text, echoes) in texts {
                let field_id = self.fields.len() as u32;
                let count = self.add(doc, field_id, unit, text, echoes, &mut Vec::new());
                length += count;
                self.body_fields.push((field_id, count as f32));
                self.fields.push(FieldInfo {
                    field,
                    norm: 1.0,
                    terms: Box::default(),
                });
            }
            lengths[FieldKind::Body as usize] += length as f32;
            self.units.push(Unit {
                doc,
                paragraph: Some(paragraph as u32),
                number: p.number,
                fields: from..self.fields.len() as u32,
                echoes: !echoes.is_empty(),
            });
        }
        self.papers.push(Paper {
            units: first_unit..self.units.len() as u32,
            theme: ti,
            document: di,
            symbol: document.symbol.clone(),
            theme_id: theme.id.clone(),
            year: document.year,
            meeting: document.meeting,
            lengths,
        });
    }

    /// Indexes one field of unit `unit`, the words within `echoes` (sorted
    /// byte ranges) as [`ECHO`]es; pushes the term id of each word onto
    /// `terms` and returns the number of words indexed in the unit.
    fn add(
        &mut self,
        doc: u32,
        field: u32,
        unit: u32,
        text: &str,
        echoes: &[(usize, usize)],
        terms: &mut Vec<u32>,
    ) -> usize {
        let mut count = 0;
        normalize::tokenize(text, self.pack, |t| {
            if t.stop {
                return;
            }
            let echo = echo::within(echoes, t.start, t.end);
            count += usize::from(!echo);
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
                unit: if echo { ECHO } else { unit },
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
            terms.push(id);
        });
        count
    }
}
