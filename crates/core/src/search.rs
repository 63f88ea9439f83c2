//! The search itself: [`SearchIndex::search`], from the query to the ranked
//! papers.
//!
//! Each query term is expanded against the index into the words it may stand
//! for (`expand`); each paper is scored term by term, then as a whole
//! (phrases, proximity, coverage); the papers are filtered, sorted and, for
//! the ones returned, their match spans collected (`spans`).
//!
//! Not here: normalisation (`normalize`), query syntax (`query`), scoring
//! formulas (`rank`), the result types (`results`).

use crate::expand::{Expanded, Variant};
use crate::index::{Posting, SearchIndex};
use crate::query::{self, Filters, ParsedQuery, QueryTerm};
use crate::rank::{self, MatchClass, ALL_CLASSES, FIELD_KINDS, MATCH_CLASSES};
use crate::results::{FieldMatches, Hit, SearchResults};

/// Which classes of a term's matches count for a paper: all present ones,
/// except accent-folded matches when the exact accented form is there too
/// (`traité` asked, `traité` found: the many `traite` are another word).
fn counted(present: [bool; MATCH_CLASSES], class: MatchClass) -> bool {
    present[class as usize] && !(class == MatchClass::Folded && present[MatchClass::Exact as usize])
}

impl SearchIndex {
    /// Searches the papers for `query`, restricted by `filters`, and returns
    /// at most `limit` of them, best first.
    ///
    /// Never fails: an empty query gives no results; an over-long one is cut
    /// (and `truncated` says so).
    pub fn search(&self, query: &str, filters: &Filters, limit: usize) -> SearchResults {
        let parsed = query::parse(query, |y| self.papers.iter().any(|p| p.year == y));
        let mut results = SearchResults {
            truncated: parsed.truncated,
            year: parsed.year,
            meeting: parsed.meeting,
            ..SearchResults::default()
        };
        let allowed: Vec<bool> = self
            .papers
            .iter()
            .map(|p| {
                filters.theme.as_ref().is_none_or(|t| *t == p.theme_id)
                    && filters.year.is_none_or(|y| y == p.year)
                    && filters.meeting.is_none_or(|m| m == p.meeting)
                    && parsed.year.is_none_or(|y| y == p.year)
                    && parsed.meeting.is_none_or(|m| m == p.meeting)
            })
            .collect();

        if parsed.terms.is_empty() {
            let filtered = parsed.year.is_some()
                || parsed.meeting.is_some()
                || filters.theme.is_some()
                || filters.year.is_some()
                || filters.meeting.is_some();
            if filtered {
                // Filters only (typed or given): every paper they let through,
                // in document order.
                let docs: Vec<usize> = (0..self.papers.len()).filter(|&d| allowed[d]).collect();
                results.total = docs.len();
                results.hits = docs
                    .into_iter()
                    .take(limit)
                    .map(|d| self.hit(d, 0.0, Vec::new(), Vec::new()))
                    .collect();
            }
            return results;
        }

        let expanded: Vec<Expanded> = parsed.terms.iter().map(|t| self.expand(t)).collect();
        // Per term, per paper: score and the match classes that counted.
        let (scores, classes): (Vec<_>, Vec<_>) =
            expanded.iter().map(|e| self.score_term(e)).unzip();
        let mut ranked: Vec<(f32, usize)> = (0..self.papers.len())
            .filter(|&d| allowed[d])
            .filter_map(|d| {
                let score = self.score_paper(d, &parsed, &expanded, &scores, &classes)?;
                Some((score, d))
            })
            .collect();
        crate::sort::sort_by(&mut ranked, |a, b| rank::by_rank(*a, *b).is_lt());
        results.total = ranked.len();
        results.hits = ranked
            .into_iter()
            .take(limit)
            .map(|(score, d)| {
                let (paragraphs, matches) = self.spans(&expanded, &classes, d);
                self.hit(d, score, paragraphs, matches)
            })
            .collect();
        results
    }

    /// BM25F score of one query term for every paper (0: no match), and the
    /// match classes that counted for each.
    fn score_term(&self, e: &Expanded) -> (Vec<f32>, Vec<[bool; MATCH_CLASSES]>) {
        let n = self.papers.len();
        let w = &self.weights;
        let mut tf = vec![[[0.0f32; FIELD_KINDS]; MATCH_CLASSES]; n];
        for v in &e.variants {
            for p in &self.terms[v.term as usize].postings {
                let class = e.class(v, p);
                let kind = self.fields[p.field as usize].field.kind();
                tf[p.doc as usize][class as usize][kind as usize] += 1.0;
            }
        }
        let present: Vec<[bool; MATCH_CLASSES]> = tf
            .iter()
            .map(|row| std::array::from_fn(|c| row[c].iter().any(|&x| x > 0.0)))
            .collect();
        // A class's document frequency counts the papers matching it or a
        // better class: widening a word never makes it rarer.
        let df: [usize; MATCH_CLASSES] = std::array::from_fn(|c| {
            present
                .iter()
                .filter(|p| p[..=c].iter().any(|&x| x))
                .count()
        });
        let mut scores = vec![0.0f32; n];
        let mut classes = vec![[false; MATCH_CLASSES]; n];
        for d in 0..n {
            let Some(best) = ALL_CLASSES.into_iter().find(|&c| present[d][c as usize]) else {
                continue;
            };
            // The best class sets the weight and the rarity; the other
            // classes present add to the term frequency, relative to it.
            let best_w = w.class(best).max(f32::EPSILON);
            let mut wtf = 0.0;
            for c in ALL_CLASSES {
                if !counted(present[d], c) {
                    continue;
                }
                classes[d][c as usize] = true;
                for (k, &count) in tf[d][c as usize].iter().enumerate() {
                    let ntf = rank::normalised_tf(
                        count,
                        self.papers[d].lengths[k],
                        self.avg_lengths[k],
                        w.b,
                    );
                    wtf += w.class(c) / best_w * w.field(FIELD_KIND_ORDER[k]) * ntf;
                }
            }
            scores[d] = w.class(best) * rank::idf(n, df[best as usize]) * rank::saturate(wtf, w.k1);
        }
        (scores, classes)
    }

    /// The score of paper `d` for the whole query, or `None` when it does not
    /// match: the terms' scores, plus proximity bonuses, times the coverage.
    /// Quoted phrases must be found as such.
    fn score_paper(
        &self,
        d: usize,
        parsed: &ParsedQuery,
        expanded: &[Expanded],
        scores: &[Vec<f32>],
        classes: &[Vec<[bool; MATCH_CLASSES]>],
    ) -> Option<f32> {
        let terms = parsed.terms.len();
        let matched = (0..terms).filter(|&t| scores[t][d] > 0.0).count();
        if matched == 0 {
            return None;
        }
        // Positions serve phrases and the proximity of two matched terms
        // only: a one-word query (most keystrokes) needs none.
        let need_positions = parsed.phrases > 0 || matched > 1;
        let positions: Vec<Vec<(u32, u32)>> = (0..terms)
            .map(|t| {
                if need_positions && scores[t][d] > 0.0 {
                    self.positions(&expanded[t], &classes[t][d], d)
                } else {
                    Vec::new()
                }
            })
            .collect();
        if !(0..parsed.phrases).all(|ph| phrase_found(&parsed.terms, &positions, ph)) {
            return None;
        }
        let mut score: f32 = (0..terms).map(|t| scores[t][d]).sum();
        for t in 1..terms {
            let (a, b) = (&parsed.terms[t - 1], &parsed.terms[t]);
            if scores[t - 1][d] > 0.0 && scores[t][d] > 0.0 {
                let gap = b.position.saturating_sub(a.position);
                let delta = min_delta(&positions[t - 1], &positions[t], gap);
                let mean = (scores[t - 1][d] + scores[t][d]) / 2.0;
                score += self.weights.proximity * rank::closeness(delta) * mean;
            }
        }
        Some(score * rank::coverage(matched, terms, self.weights.coverage))
    }

    fn hit(&self, d: usize, score: f32, paragraphs: Vec<usize>, matches: Vec<FieldMatches>) -> Hit {
        let p = &self.papers[d];
        Hit {
            symbol: p.symbol.clone(),
            theme_id: p.theme_id.clone(),
            theme: p.theme,
            document: p.document,
            score,
            paragraphs,
            matches,
        }
    }

    /// Sorted (field, position) of the counted matches of a term in paper `d`.
    fn positions(
        &self,
        e: &Expanded,
        counted: &[bool; MATCH_CLASSES],
        d: usize,
    ) -> Vec<(u32, u32)> {
        let mut out = Vec::new();
        self.each_match(e, counted, d, |_, p| out.push((p.field, p.position)));
        crate::sort::sort_by(&mut out, |a, b| a < b);
        out.dedup();
        out
    }

    /// Calls `f` for each counted match of a term in paper `d`.
    pub(crate) fn each_match(
        &self,
        e: &Expanded,
        counted: &[bool; MATCH_CLASSES],
        d: usize,
        mut f: impl FnMut(&Variant, &Posting),
    ) {
        for v in &e.variants {
            let postings = &self.terms[v.term as usize].postings;
            let from = postings.partition_point(|p| (p.doc as usize) < d);
            for p in postings[from..].iter().take_while(|p| p.doc as usize == d) {
                if counted[e.class(v, p) as usize] {
                    f(v, p);
                }
            }
        }
    }
}

/// Field kinds by their index in per-kind arrays.
const FIELD_KIND_ORDER: [rank::FieldKind; FIELD_KINDS] = [
    rank::FieldKind::ThemeTitle,
    rank::FieldKind::KeyTopic,
    rank::FieldKind::Title,
    rank::FieldKind::Symbol,
    rank::FieldKind::Body,
];

/// Whether the terms of phrase `phrase` occur in order, at their query
/// distances, in one field.
fn phrase_found(terms: &[QueryTerm], positions: &[Vec<(u32, u32)>], phrase: usize) -> bool {
    let members: Vec<usize> = (0..terms.len())
        .filter(|&t| terms[t].phrase == Some(phrase))
        .collect();
    let Some((&first, rest)) = members.split_first() else {
        return true;
    };
    positions[first].iter().any(|&(field, pos)| {
        rest.iter().all(|&t| {
            let want = pos + (terms[t].position - terms[first].position);
            positions[t].binary_search(&(field, want)).is_ok()
        })
    })
}

/// The smallest difference, in words, between how far apart two terms are in
/// the text and in the query (`gap`); a large number when never in one field.
fn min_delta(a: &[(u32, u32)], b: &[(u32, u32)], gap: u32) -> u32 {
    let mut best = u32::MAX;
    for &(field, pos) in a {
        let lo =
            b.partition_point(|&x| x < (field, pos.saturating_sub(rank::PROXIMITY_WINDOW + gap)));
        for &(f2, p2) in &b[lo..] {
            if f2 != field || p2 > pos + rank::PROXIMITY_WINDOW + gap {
                break;
            }
            let delta = (i64::from(p2) - i64::from(pos) - i64::from(gap)).unsigned_abs() as u32;
            best = best.min(delta);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proximity_measures_distance_from_query_gap() {
        assert_eq!(min_delta(&[(0, 3)], &[(0, 4)], 1), 0);
        assert_eq!(min_delta(&[(0, 3)], &[(0, 6)], 1), 2);
        assert_eq!(min_delta(&[(0, 3)], &[(1, 4)], 1), u32::MAX);
    }
}
