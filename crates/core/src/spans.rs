//! The match spans of a paper found by a search: byte ranges into the
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
    /// The match spans of paper `d`, field by field.
    pub(crate) fn spans(
        &self,
        expanded: &[Expanded],
        scores: &[TermScores],
        d: usize,
    ) -> Vec<FieldMatches> {
        let mut found: Vec<(u32, Span)> = Vec::new();
        for (ti, e) in expanded.iter().enumerate() {
            self.each_match(e, &scores[ti].classes[d], d, |v, p| {
                let (start, end) = match v.part {
                    // The code's original text has the folded length: ASCII.
                    Some((a, b))
                        if (p.end - p.start) as usize
                            == self.terms[v.term as usize].folded.len() =>
                    {
                        (p.start + a, p.start + b)
                    }
                    _ => (p.start, p.end),
                };
                found.push((
                    p.field,
                    Span {
                        start: start as usize,
                        end: end as usize,
                    },
                ));
            });
        }

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
