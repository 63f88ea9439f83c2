//! The search itself: [`SearchIndex::search`], from the query to the ranked
//! papers.
//!
//! Each query term is expanded against the index into the words it may stand
//! for (`expand`) and scored in every unit of every paper — its context and
//! each of its paragraphs (BM25F, here); each paper is then scored by its
//! best paragraph (`paragraphs`); the papers are filtered, sorted and, for
//! the ones returned, their match spans collected (`spans`).
//!
//! Not here: normalisation (`normalize`), query syntax (`query`), scoring
//! formulas (`rank`), paragraph ranking (`paragraphs`), the result types
//! (`results`).

use crate::expand::{Expanded, Variant};
use crate::expansions::Alternative;
use crate::index::{FastMap, Posting, SearchIndex, ECHO};
use crate::paragraphs::Tier;
use crate::query::{self, Filters, ParsedQuery, QueryTerm};
use crate::rank::{self, MatchClass, ALL_CLASSES, FIELD_KINDS, MATCH_CLASSES};
use crate::results::{FieldMatches, Hit, ParagraphHit, SearchResults};

/// A query term's scores.
pub(crate) struct TermScores {
    /// Per unit (see `index`): its BM25F score there, 0 when it does not match.
    pub units: Vec<f32>,
    /// Per paper: the match classes that count there.
    pub classes: Vec<[bool; MATCH_CLASSES]>,
}

/// Everything known about a query once its terms are scored.
pub(crate) struct Query<'a> {
    pub parsed: &'a ParsedQuery,
    /// What the thesaurus adds, weighed against the typed terms it covers.
    pub alternatives: &'a [Alternative],
    /// The typed terms some alternative covers (a bit each).
    pub widened: u32,
    /// Some alternative covers, or adds, several words: a phrase to find.
    pub phrased: bool,
    /// The alternatives' words, numbered after the typed terms.
    pub added: &'a [QueryTerm],
    /// The typed terms (`parsed.terms`), then the alternatives' words.
    pub expanded: &'a [Expanded],
    /// Likewise.
    pub scores: &'a [TermScores],
}

impl Query<'_> {
    /// Term `k`: a typed term, else a word of an alternative.
    pub(crate) fn term(&self, k: usize) -> &QueryTerm {
        let typed = self.parsed.terms.len();
        self.parsed
            .terms
            .get(k)
            .unwrap_or_else(|| &self.added[k - typed])
    }
}

/// Which classes of a term's matches count for a paper: all present ones,
/// except accent-folded matches when the exact accented form is there too,
/// or anywhere in the compendium when the reader typed the accents
/// (`traité` asked, `traité` found: the many `traite` are another word).
fn counted(present: [bool; MATCH_CLASSES], class: MatchClass, accented: bool) -> bool {
    let exact_here = present[MatchClass::Exact as usize];
    present[class as usize] && !(class == MatchClass::Folded && (exact_here || accented))
}

impl SearchIndex {
    /// Searches the papers for `query`, restricted by `filters`, and returns
    /// at most `limit` of them, best first.
    ///
    /// Never fails: an empty query gives no results; an over-long one is cut
    /// (and `truncated` says so).
    pub fn search(&self, query: &str, filters: &Filters, limit: usize) -> SearchResults {
        let mut parsed = query::parse(query, self.pack, |y| {
            self.papers.iter().any(|p| p.year == y)
        });
        let (alternatives, added) = self.expansions.apply(&mut parsed, &self.stemmer);
        let mut results = SearchResults {
            too_short: parsed.too_short,
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

        // The typed terms, then the words the thesaurus adds.
        let expanded: Vec<Expanded> = parsed
            .terms
            .iter()
            .chain(&added)
            .map(|t| self.expand(t))
            .collect();
        let scores: Vec<TermScores> = expanded.iter().map(|e| self.score_term(e)).collect();
        let query = Query {
            parsed: &parsed,
            alternatives: &alternatives,
            widened: alternatives
                .iter()
                .flat_map(|a| a.covers.clone())
                .fold(0, |bits, t| bits | 1 << t),
            phrased: alternatives
                .iter()
                .any(|a| a.covers.len() > 1 || a.words.len() > 1),
            added: &added,
            expanded: &expanded,
            scores: &scores,
        };
        let mut ranked: Vec<(Tier, f32, usize, Vec<ParagraphHit>)> = (0..self.papers.len())
            .filter(|&d| allowed[d])
            .filter_map(|d| {
                let scored = self.score_paper(d, &query)?;
                let tier = (scored.covered, scored.precise);
                Some((tier, scored.score, d, scored.paragraphs))
            })
            .collect();
        // Papers saying more of the query come first; of those, the ones
        // saying it in the words typed (see `Scored`).
        crate::sort::sort_by(&mut ranked, |a, b| {
            b.0.cmp(&a.0)
                .then(rank::by_rank((a.1, a.2), (b.1, b.2)))
                .is_lt()
        });
        results.total = ranked.len();
        ranked.truncate(limit);
        let docs: Vec<usize> = ranked.iter().map(|r| r.2).collect();
        let spans = self.spans(&expanded, &scores, &docs);
        let mut rarity = FastMap::default();
        results.hits = ranked
            .into_iter()
            .zip(spans)
            .map(|((_, score, d, mut paragraphs), matches)| {
                if paragraphs.is_empty() {
                    paragraphs.extend(self.representative(d, &matches, &mut rarity));
                }
                self.hit(d, score, paragraphs, matches)
            })
            .collect();
        results
    }

    /// BM25F score of one query term in every unit (0: no match), and the
    /// match classes that counted in each paper.
    fn score_term(&self, e: &Expanded) -> TermScores {
        let w = &self.weights;
        let mut tf = vec![[[0.0f32; FIELD_KINDS]; MATCH_CLASSES]; self.units.len()];
        let mut present = vec![[false; MATCH_CLASSES]; self.papers.len()];
        // The units the term occurs in, each once: the loops below visit
        // only these (most terms are in a few of the hundreds of units).
        let (mut touched, mut seen) = (Vec::new(), vec![false; self.units.len()]);
        for v in &e.variants {
            for p in &self.terms[v.term as usize].postings {
                let class = e.class(v, p);
                present[p.doc as usize][class as usize] = true;
                if p.unit != ECHO {
                    let (u, field) = (p.unit as usize, &self.fields[p.field as usize]);
                    if !std::mem::replace(&mut seen[u], true) {
                        touched.push(u);
                    }
                    tf[u][class as usize][field.field.kind() as usize] += field.norm;
                }
            }
        }
        let classes: Vec<[bool; MATCH_CLASSES]> = present
            .iter()
            .map(|&p| std::array::from_fn(|c| counted(p, ALL_CLASSES[c], e.accented)))
            .collect();
        let has = |u: usize, c: usize| tf[u][c].iter().any(|&x| x > 0.0);
        // A class's document frequency counts the units matching it or a
        // better class (widening a word never makes it rarer), contexts
        // among contexts, paragraphs among paragraphs.
        let mut df = [[0usize; MATCH_CLASSES]; 2];
        for &u in &touched {
            let unit = &self.units[u];
            if let Some(first) = (0..MATCH_CLASSES).find(|&c| has(u, c)) {
                for n in &mut df[usize::from(unit.paragraph.is_some())][first..] {
                    *n += 1;
                }
            }
        }
        let mut units = vec![0.0f32; self.units.len()];
        for &u in &touched {
            let unit = &self.units[u];
            let counted = &classes[unit.doc as usize];
            let Some(best) = ALL_CLASSES
                .into_iter()
                .find(|&c| counted[c as usize] && has(u, c as usize))
            else {
                continue;
            };
            // The best class sets the weight and the rarity; the other
            // classes present add to the term frequency, relative to it.
            let best_w = w.class(best).max(f32::EPSILON);
            let paper = &self.papers[unit.doc as usize];
            let mut wtf = 0.0;
            for c in ALL_CLASSES.into_iter().filter(|&c| counted[c as usize]) {
                for (k, &count) in tf[u][c as usize].iter().enumerate() {
                    let kind = FIELD_KIND_ORDER[k];
                    // Paragraph words come normalised by their field's length.
                    let ntf = if kind == rank::FieldKind::Body {
                        count
                    } else {
                        rank::normalised_tf(count, paper.lengths[k], self.avg_lengths[k], w.b)
                    };
                    wtf += w.class(c) / best_w * w.field(kind) * ntf;
                }
            }
            let (n, df) = match unit.paragraph {
                Some(_) => (self.paragraph_count, df[1][best as usize]),
                None => (self.papers.len(), df[0][best as usize]),
            };
            units[u] = w.class(best) * rank::idf(n, df) * rank::saturate(wtf, w.k1);
        }
        TermScores { units, classes }
    }

    fn hit(
        &self,
        d: usize,
        score: f32,
        paragraphs: Vec<ParagraphHit>,
        matches: Vec<FieldMatches>,
    ) -> Hit {
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

    /// Sorted (field, position) of the counted matches of a term in paper
    /// `d`, echoes left out (the title they quote has them).
    pub(crate) fn positions(
        &self,
        e: &Expanded,
        counted: &[bool; MATCH_CLASSES],
        d: usize,
    ) -> Vec<(u32, u32)> {
        let mut out = Vec::new();
        self.each_match(e, counted, d, |_, p| {
            if p.unit != ECHO {
                out.push((p.field, p.position));
            }
        });
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
pub(crate) fn phrase_found(
    terms: &[QueryTerm],
    positions: &[Vec<(u32, u32)>],
    phrase: usize,
) -> bool {
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
pub(crate) fn min_delta(a: &[(u32, u32)], b: &[(u32, u32)], gap: u32) -> u32 {
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
