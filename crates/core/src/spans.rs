//! The match spans of the papers found by a search: byte ranges into the
//! original text of every field that matched, sorted and merged, so the UI
//! can highlight them without building HTML.
//!
//! Not here: deciding which papers and paragraphs match (`search`,
//! `paragraphs`).

use crate::expand::Expanded;
use crate::index::SearchIndex;
use crate::results::{FieldMatches, Span};
use crate::search::TermScores;

impl SearchIndex {
    /// The match spans of each paper of `docs`, field by field, in the
    /// order of `docs`.
    ///
    /// One pass over each expanded word's postings serves every paper: a
    /// short prefix stands for hundreds of words, and looking each of them
    /// up paper by paper cost more than the rest of the search put together
    /// (5000 papers, `co`: 40 ms of binary searches natively).
    pub(crate) fn spans(
        &self,
        expanded: &[Expanded],
        scores: &[TermScores],
        docs: &[usize],
    ) -> Vec<Vec<FieldMatches>> {
        const NOT_ASKED: u32 = u32::MAX;
        let mut slot = vec![NOT_ASKED; self.papers.len()];
        for (i, &d) in docs.iter().enumerate() {
            slot[d] = i as u32;
        }
        let mut found: Vec<Vec<(u32, Span)>> = vec![Vec::new(); docs.len()];
        for (ti, e) in expanded.iter().enumerate() {
            let classes = &scores[ti].classes;
            for v in &e.variants {
                let term = &self.terms[v.term as usize];
                for p in &term.postings {
                    let s = slot[p.doc as usize];
                    if s == NOT_ASKED || !classes[p.doc as usize][e.class(v, p) as usize] {
                        continue;
                    }
                    let (start, end) = match v.part {
                        // The code's original text has the folded length: ASCII.
                        Some((a, b)) if (p.end - p.start) as usize == term.folded.len() => {
                            (p.start + a, p.start + b)
                        }
                        _ => (p.start, p.end),
                    };
                    found[s as usize].push((
                        p.field,
                        Span {
                            start: start as usize,
                            end: end as usize,
                        },
                    ));
                }
            }
        }
        found.into_iter().map(|f| self.merged(f)).collect()
    }

    /// One paper's spans, sorted, grouped by field and merged where they
    /// overlap.
    fn merged(&self, mut found: Vec<(u32, Span)>) -> Vec<FieldMatches> {
        crate::sort::sort_by(&mut found, |a, b| a < b);
        let mut matches: Vec<FieldMatches> = Vec::new();
        let mut last_field = u32::MAX;
        for (field, span) in found {
            if field != last_field {
                matches.push(FieldMatches {
                    field: self.fields[field as usize].field,
                    spans: Vec::new(),
                });
                last_field = field;
            }
            let spans = &mut matches.last_mut().expect("pushed above").spans;
            match spans.last_mut() {
                Some(prev) if span.start < prev.end => prev.end = prev.end.max(span.end),
                _ => spans.push(span),
            }
        }
        matches
    }
}
