//! The match spans and best paragraphs of a paper found by a search: byte
//! ranges into the original text of every field that matched, sorted and
//! merged, so the UI can highlight them without building HTML.
//!
//! Not here: deciding which papers match (`search`).

use crate::expand::Expanded;
use crate::index::SearchIndex;
use crate::rank::MATCH_CLASSES;
use crate::results::{FieldMatches, Span};

impl SearchIndex {
    /// The best paragraphs and the match spans of paper `d`.
    pub(crate) fn spans(
        &self,
        expanded: &[Expanded],
        classes: &[Vec<[bool; MATCH_CLASSES]>],
        d: usize,
    ) -> (Vec<usize>, Vec<FieldMatches>) {
        let mut found: Vec<(u32, Span)> = Vec::new();
        // Per paragraph: which terms (bit set) and how many matches.
        let mut paragraphs: Vec<(usize, u32, u32)> = Vec::new();
        for (ti, e) in expanded.iter().enumerate() {
            self.each_match(e, &classes[ti][d], d, |v, p| {
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
                if let Some(par) = self.fields[p.field as usize].field.paragraph() {
                    match paragraphs.iter_mut().find(|x| x.0 == par) {
                        Some(x) => {
                            x.1 |= 1 << ti;
                            x.2 += 1;
                        }
                        None => paragraphs.push((par, 1 << ti, 1)),
                    }
                }
            });
        }
        crate::sort::sort_by(&mut paragraphs, |a, b| {
            (b.1.count_ones(), b.2, a.0) < (a.1.count_ones(), a.2, b.0)
        });
        let best = paragraphs.into_iter().take(3).map(|x| x.0).collect();

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
        (best, matches)
    }
}
