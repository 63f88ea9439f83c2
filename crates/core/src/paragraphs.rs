//! Paragraph ranking: each paragraph of a paper scored in its own right, so
//! that the first paragraph shown is the one that answers, and the paper
//! scored by its best paragraph (plus a fifth of its other paragraphs that
//! hold every word of the query: `SUPPORT`).
//!
//! A paragraph's score is the BM25 score of the query terms it contains,
//! plus a bonus for terms found close together in query order, plus the
//! paper's context (theme title, key topics, title, symbol) as a prior;
//! times the share of the query's terms found in the paragraph or the
//! context. Words quoting the paper's title (its introduction does) are the
//! title's evidence, not the paragraph's (`index::echo`).
//!
//! Words the thesaurus adds (`expansions`) may stand for the typed words
//! they cover, for less; and papers, like paragraphs, holding more of those
//! typed words as typed come first, so an expansion never pushes a precise
//! match down. A thesaurus term of several words, typed or added, is found
//! only as a phrase: `services` alone is not `services de répression`, and
//! `forces` alone is not `forces de l’ordre` typed.
//!
//! A paper found only through its context gets one paragraph to show, by a
//! rule that knows nothing of the query's words beyond the fields they
//! matched: [`SearchIndex::representative`].
//!
//! Not here: scoring a term in a unit (`search`), the formulas (`rank`).

use crate::index::{FastMap, SearchIndex, Unit, ECHO};
use crate::rank;
use crate::results::{FieldMatches, ParagraphHit};
use crate::search::{min_delta, phrase_found, Query};
use std::ops::Range;

/// How much a paper's other paragraphs that hold every word of the query
/// add to its best one's score: a paper that answers in several paragraphs
/// (the one about the subject) outranks one that mentions it once, in a
/// short item. Paragraphs holding part of the query add nothing: many of
/// them (a common word) are no answer.
const SUPPORT: f32 = 0.2;

/// The scores of `whole` (paragraphs holding every query term) but the
/// best one, summed.
fn support(whole: &[f32]) -> f32 {
    let best = whole.iter().copied().fold(0.0, f32::max);
    whole.iter().sum::<f32>() - best
}

/// How much of the query a paper says, then how much in the words typed:
/// `(covered, precise)` of [`Scored`], compared before the score.
pub(crate) type Tier = (u32, u32);

/// A paper's score and its matching paragraphs, best first.
pub(crate) struct Scored {
    /// When the thesaurus widened the query: how many typed terms the paper
    /// holds, as typed or through an expansion (0 otherwise). Papers are
    /// ranked by it first, then by `precise`: between two papers that say
    /// as much of the query, the one saying it in the typed words comes
    /// first, so an expansion never pushes a precise match down — but a
    /// paper holding one typed word does not outrank one holding all of
    /// them, some through an expansion.
    pub covered: u32,
    /// How many of the typed terms the thesaurus widened the paper holds as
    /// typed.
    pub precise: u32,
    pub score: f32,
    pub paragraphs: Vec<ParagraphHit>,
}

/// What a unit holds of the query: the terms found (a bit each), directly
/// or through an alternative, and their score, proximity included.
struct UnitMatch {
    terms: u32,
    /// The terms found as typed.
    typed: u32,
    score: f32,
}

impl SearchIndex {
    /// The score of paper `d` and of its matching paragraphs, or `None` when
    /// it does not match. Quoted phrases must be found as such.
    pub(crate) fn score_paper(&self, d: usize, q: &Query) -> Option<Scored> {
        let paper = &self.papers[d];
        let (first, end) = (paper.units.start as usize, paper.units.end as usize);
        let terms = q.parsed.terms.len();
        let in_paper = |t: usize| (first..end).any(|u| q.scores[t].units[u] > 0.0);
        let matched = (0..terms).filter(|&t| in_paper(t)).count();
        let widened = q.alternatives.iter().any(|a| a.words.clone().any(in_paper));
        if matched == 0 && !widened {
            return None;
        }
        // Positions serve phrases (quoted, or thesaurus terms) and the
        // proximity of two matched terms only: a one-word query (most
        // keystrokes) needs none.
        let need_positions = q.parsed.phrases > 0 || matched > 1 || q.phrased;
        let positions: Vec<Vec<(u32, u32)>> = (0..q.expanded.len())
            .map(|t| {
                if need_positions && in_paper(t) {
                    self.positions(&q.expanded[t], &q.scores[t].classes[d], d)
                } else {
                    Vec::new()
                }
            })
            .collect();
        if !(0..q.parsed.phrases).all(|ph| phrase_found(&q.parsed.terms, &positions, ph)) {
            return None;
        }

        let w = &self.weights;
        let coverage = |found: u32| rank::coverage(found.count_ones() as usize, terms, w.coverage);
        let precise = |typed: u32| (typed & q.widened).count_ones();
        // Without expansions, the score alone ranks.
        let covered = |found: u32| {
            if q.widened == 0 {
                0
            } else {
                found.count_ones()
            }
        };
        let context = self.unit_match(first, q, &positions);
        let prior = w.context * context.score;
        let (mut typed, mut found) = (context.typed, context.terms);
        let mut whole: Vec<f32> = Vec::new();
        // Per paragraph: how much of the query, how precise, then its score.
        let mut best = (
            (covered(context.terms), precise(context.typed)),
            prior * coverage(context.terms),
        );
        let mut paragraphs: Vec<(Tier, ParagraphHit)> = Vec::new();
        for u in first + 1..end {
            let m = self.unit_match(u, q, &positions);
            if m.terms == 0 {
                continue;
            }
            typed |= m.typed;
            found |= m.terms;
            if (m.terms | context.terms).count_ones() as usize == terms {
                whole.push((m.score + prior) * coverage(m.terms | context.terms));
            }
            let rank = (
                (
                    covered(m.terms | context.terms),
                    precise(m.typed | context.typed),
                ),
                (m.score + prior) * coverage(m.terms | context.terms),
            );
            if rank.0 > best.0 || (rank.0 == best.0 && rank.1 > best.1) {
                best = rank;
            }
            let unit = &self.units[u];
            paragraphs.push((
                rank.0,
                ParagraphHit {
                    paragraph: unit.paragraph.unwrap_or_default() as usize,
                    number: unit.number,
                    score: rank.1,
                    matched: true,
                },
            ));
        }
        // Its words may all be ones that count only in a phrase it lacks.
        if paragraphs.is_empty() && context.terms == 0 {
            return None;
        }
        crate::sort::sort_by(&mut paragraphs, |(pa, a), (pb, b)| {
            pb.cmp(pa)
                .then(b.score.total_cmp(&a.score))
                .then(a.paragraph.cmp(&b.paragraph))
                .is_lt()
        });
        Some(Scored {
            covered: covered(found),
            precise: precise(typed),
            score: best.1 + SUPPORT * support(&whole),
            paragraphs: paragraphs.into_iter().map(|(_, p)| p).collect(),
        })
    }

    /// The query terms unit `u` holds and its score for them: their scores
    /// plus the proximity bonus of consecutive terms found close together.
    fn unit_match(&self, u: usize, q: &Query, positions: &[Vec<(u32, u32)>]) -> UnitMatch {
        let terms = q.parsed.terms.len();
        // Typed words the thesaurus reads as one term of several words
        // (`forces de l’ordre`, `visa applications`) are that term: they
        // count only where it is found whole, not one by one (`forces` is
        // `forcés`, `applications` a false friend).
        let whole = q
            .alternatives
            .iter()
            .filter(|a| self.phrase_in_unit(u, q, positions, a.covers.clone()))
            .fold(0, |found, a| found | bits(a.covers.clone()));
        let counted = !q.widened | whole;
        let score = |t: usize| {
            if counted & 1 << t == 0 {
                0.0
            } else {
                q.scores[t].units[u]
            }
        };
        let mut found = UnitMatch {
            terms: 0,
            typed: 0,
            score: 0.0,
        };
        for t in 0..terms {
            let s = score(t);
            if s > 0.0 {
                found.terms |= 1 << t;
                found.score += s;
            }
        }
        found.typed = found.terms;
        self.widen(u, q, positions, &score, &mut found);
        let unit = &self.units[u];
        for t in 1..terms {
            let (a, b) = (&q.parsed.terms[t - 1], &q.parsed.terms[t]);
            let (sa, sb) = (score(t - 1), score(t));
            if sa > 0.0 && sb > 0.0 {
                let gap = b.position.saturating_sub(a.position);
                let delta = min_delta(
                    in_unit(&positions[t - 1], unit),
                    in_unit(&positions[t], unit),
                    gap,
                );
                found.score += self.weights.proximity * rank::closeness(delta) * (sa + sb) / 2.0;
            }
        }
        found
    }

    /// Lets the alternatives (synonyms, translations) found in unit `u`
    /// (a phrase as a phrase) stand for the typed terms they cover, when
    /// what they find, weighed down by
    /// [`RankingWeights::expansion`](crate::RankingWeights::expansion),
    /// outscores those terms (`typed`: their scores in `u`); the
    /// alternatives that gain most first, each typed term standing for one.
    fn widen(
        &self,
        u: usize,
        q: &Query,
        positions: &[Vec<(u32, u32)>],
        typed: &dyn Fn(usize) -> f32,
        found: &mut UnitMatch,
    ) {
        let mut gains: Vec<(f32, u32, usize)> = q
            .alternatives
            .iter()
            .filter(|a| self.phrase_in_unit(u, q, positions, a.words.clone()))
            .enumerate()
            .filter_map(|(i, a)| {
                let widened: f32 = a.words.clone().map(|k| q.scores[k].units[u]).sum();
                let widened = self.weights.expansion * widened;
                let typed: f32 = a.covers.clone().map(typed).sum();
                (widened > typed).then(|| (widened - typed, bits(a.covers.clone()), i))
            })
            .collect();
        // The largest gain first; equal gains in the thesaurus's order.
        crate::sort::sort_by(&mut gains, |a, b| {
            b.0.total_cmp(&a.0).then(a.2.cmp(&b.2)).is_lt()
        });
        let mut claimed = 0u32;
        for (gain, covers, _) in gains {
            if claimed & covers == 0 {
                found.score += gain;
                found.terms |= covers;
                claimed |= covers;
            }
        }
    }

    /// Whether the query terms `ks` (typed terms, then the alternatives'
    /// words) are all found in unit `u`, and, when several, at their query
    /// distances in one of its fields.
    fn phrase_in_unit(
        &self,
        u: usize,
        q: &Query,
        positions: &[Vec<(u32, u32)>],
        ks: Range<usize>,
    ) -> bool {
        if ks.clone().any(|k| q.scores[k].units[u] <= 0.0) {
            return false;
        }
        let first = ks.start;
        if ks.len() < 2 {
            return true;
        }
        let at = q.term(first).position;
        in_unit(&positions[first], &self.units[u])
            .iter()
            .any(|&(field, pos)| {
                ks.clone().skip(1).all(|k| {
                    let want = pos + (q.term(k).position - at);
                    positions[k].binary_search(&(field, want)).is_ok()
                })
            })
    }

    /// The paragraph to show for paper `d`, found only through its context,
    /// whose matches are `matches`: the paragraph that shares the most
    /// (rarest) words with the theme title, key topics and title that
    /// matched — the paragraph most about what the reader found — else the
    /// first paragraph that does not quote the paper's title (the
    /// introduction), else the first. `None` for a paper without paragraphs.
    ///
    /// `rarity` keeps each word family's rarity for the rest of the search:
    /// counting it takes every paragraph of the compendium, and a large
    /// compendium has hundreds of such papers in one search.
    pub(crate) fn representative(
        &self,
        d: usize,
        matches: &[FieldMatches],
        rarity: &mut FastMap<f32>,
    ) -> Option<ParagraphHit> {
        let paper = &self.papers[d];
        let (first, end) = (paper.units.start as usize + 1, paper.units.end as usize);
        if first >= end {
            return None;
        }
        let context = &self.units[paper.units.start as usize];
        let mut words: Vec<u32> = (context.fields.start..context.fields.end)
            .filter(|&f| {
                matches
                    .iter()
                    .any(|m| m.field == self.fields[f as usize].field)
            })
            .flat_map(|f| self.fields[f as usize].terms.iter().copied())
            .collect();
        crate::sort::sort_by(&mut words, |a, b| a < b);
        words.dedup();

        let mut shares = vec![0.0f32; end - first];
        for &id in &words {
            // The word and the words sharing its stem, in the paper's
            // paragraphs and (for its rarity, once a search) in every
            // paragraph.
            let stem = self.stem_of(id as usize).to_string();
            let family: Vec<usize> = self
                .with_stem(&stem)
                .chain(std::iter::once(id as usize))
                .collect();
            let mut here = vec![false; end - first];
            for &t in &family {
                let postings = &self.terms[t].postings;
                let from = postings.partition_point(|p| (p.doc as usize) < d);
                for p in postings[from..].iter().take_while(|p| p.doc as usize == d) {
                    if p.unit != ECHO && (first..end).contains(&(p.unit as usize)) {
                        here[p.unit as usize - first] = true;
                    }
                }
            }
            let idf = match rarity.get(&stem) {
                Some(&idf) => idf,
                None => {
                    let idf = self.family_idf(&family);
                    rarity.insert(stem, idf);
                    idf
                }
            };
            for (share, _) in shares.iter_mut().zip(&here).filter(|(_, &h)| h) {
                *share += idf;
            }
        }
        let best = shares
            .iter()
            .enumerate()
            .filter(|(_, &s)| s > 0.0)
            .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(&a.0)))
            .map(|(i, _)| first + i)
            .or_else(|| (first..end).find(|&u| !self.units[u].echoes))
            .unwrap_or(first);
        let unit = &self.units[best];
        Some(ParagraphHit {
            paragraph: unit.paragraph.unwrap_or_default() as usize,
            number: unit.number,
            score: 0.0,
            matched: false,
        })
    }

    /// The rarity (IDF over paragraphs) of a word family: of the paragraphs
    /// holding any of `family`'s terms.
    ///
    /// Counted with a mark per unit, not by sorting the postings: a common
    /// family has tens of thousands of them in a large compendium.
    fn family_idf(&self, family: &[usize]) -> f32 {
        let mut seen = vec![false; self.units.len()];
        let mut count = 0;
        for &t in family {
            for p in &self.terms[t].postings {
                if p.unit != ECHO
                    && !seen[p.unit as usize]
                    && self.units[p.unit as usize].paragraph.is_some()
                {
                    seen[p.unit as usize] = true;
                    count += 1;
                }
            }
        }
        rank::idf(self.paragraph_count, count)
    }
}

/// The query terms of `ks`, a bit each (typed terms only: fewer than 32).
fn bits(ks: Range<usize>) -> u32 {
    ks.fold(0, |bits, t| bits | 1 << t)
}

/// The positions, of a sorted list of (field, position), in `unit`'s fields.
fn in_unit<'a>(positions: &'a [(u32, u32)], unit: &Unit) -> &'a [(u32, u32)] {
    let from = positions.partition_point(|&(f, _)| f < unit.fields.start);
    let to = positions.partition_point(|&(f, _)| f < unit.fields.end);
    &positions[from..to]
}
