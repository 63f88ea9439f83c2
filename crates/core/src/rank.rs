//! Scoring: the ranking knobs ([`RankingWeights`]) and BM25F as small pure
//! functions.
//!
//! A paper's score is, for each query term, the BM25 score of the *best kind
//! of match* the paper has for it (exact form, accent-folded, same stem,
//! prefix, typo-corrected), each kind weighted and with its own document
//! frequency — so `traité` finds the one paper that says *traité* first, even
//! though every paper says *traite*. Field weights make the theme title and
//! key topics count more than the paper title, and that more than the body.
//! Terms found close together, in query order, earn a proximity bonus; papers
//! matching more of the query's terms are favoured. The paper's context and
//! each of its paragraphs are scored apart (`paragraphs` combines them).
//!
//! Not here: finding the matches (`search`) or parsing the query (`query`).

use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

/// The knobs of the ranking, with their effect and sensible range. Values are
/// clamped to that range by [`RankingWeights::clamped`] (the index does it),
/// so weights coming from JavaScript cannot produce NaN or negative scores.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RankingWeights {
    /// Weight of a match in the theme's title (0–20, default 3).
    pub theme_title: f32,
    /// Weight of a match in one of the theme's key topics (0–20, default 2.5).
    pub key_topics: f32,
    /// Weight of a match in the paper's title (0–20, default 2).
    pub paper_title: f32,
    /// Weight of a match in the paper's symbol (0–20, default 5).
    pub symbol: f32,
    /// Weight of a match in the summary paragraphs (0–20, default 1).
    pub body: f32,
    /// BM25 term-frequency saturation `k1` (0–3, default 1.2).
    pub k1: f32,
    /// BM25 length normalisation `b` (0–1, default 0.75).
    pub b: f32,
    /// Factor for a match on the same accented form (0–1, default 1).
    pub exact: f32,
    /// Factor for a match once accents are folded (0–1, default 0.9).
    pub folded: f32,
    /// Factor for a match on the same stem: singular/plural… (0–1, default
    /// 0.6: `visa` is not `visant`, though Snowball says they share a stem).
    pub stem: f32,
    /// Factor for a match on the prefix being typed (0–1, default 0.55).
    pub prefix: f32,
    /// Factor for a typo-corrected match (0–1, default 0.45).
    pub typo: f32,
    /// Bonus for two consecutive query terms found next to each other, in
    /// order, as a share of their mean score (0–2, default 0.5).
    pub proximity: f32,
    /// How strongly papers matching only some query terms are demoted: the
    /// score is multiplied by (matched / all) to this power (0–4, default 2).
    pub coverage: f32,
    /// Weight of a paper's context (the score of its theme title, key
    /// topics, title and symbol) added to each of its paragraphs' scores, as
    /// a prior: a paragraph of a paper about the query comes before an
    /// equal paragraph of a paper that mentions it (0–4, default 2).
    pub context: f32,
    /// Weight of what the thesaurus adds to a query (synonyms, translations)
    /// against the words typed: what an expansion finds counts this share of
    /// what the typed words find, so it never pushes a precise match down
    /// (0–1, default 0.5).
    pub expansion: f32,
}

impl Default for RankingWeights {
    fn default() -> Self {
        RankingWeights {
            theme_title: 3.0,
            key_topics: 2.5,
            paper_title: 2.0,
            symbol: 5.0,
            body: 1.0,
            k1: 1.2,
            b: 0.75,
            exact: 1.0,
            folded: 0.9,
            stem: 0.6,
            prefix: 0.55,
            typo: 0.45,
            proximity: 0.5,
            coverage: 2.0,
            context: 2.0,
            expansion: 0.5,
        }
    }
}

impl RankingWeights {
    /// The same weights, each clamped to its documented range (NaN → default).
    pub fn clamped(&self) -> Self {
        let d = RankingWeights::default();
        let c = |v: f32, default: f32, max: f32| {
            if v.is_nan() {
                default
            } else {
                v.clamp(0.0, max)
            }
        };
        RankingWeights {
            theme_title: c(self.theme_title, d.theme_title, 20.0),
            key_topics: c(self.key_topics, d.key_topics, 20.0),
            paper_title: c(self.paper_title, d.paper_title, 20.0),
            symbol: c(self.symbol, d.symbol, 20.0),
            body: c(self.body, d.body, 20.0),
            k1: c(self.k1, d.k1, 3.0),
            b: c(self.b, d.b, 1.0),
            exact: c(self.exact, d.exact, 1.0),
            folded: c(self.folded, d.folded, 1.0),
            stem: c(self.stem, d.stem, 1.0),
            prefix: c(self.prefix, d.prefix, 1.0),
            typo: c(self.typo, d.typo, 1.0),
            proximity: c(self.proximity, d.proximity, 2.0),
            coverage: c(self.coverage, d.coverage, 4.0),
            context: c(self.context, d.context, 4.0),
            expansion: c(self.expansion, d.expansion, 1.0),
        }
    }

    pub(crate) fn field(&self, kind: FieldKind) -> f32 {
        match kind {
            FieldKind::ThemeTitle => self.theme_title,
            FieldKind::KeyTopic => self.key_topics,
            FieldKind::Title => self.paper_title,
            FieldKind::Symbol => self.symbol,
            FieldKind::Body => self.body,
        }
    }

    pub(crate) fn class(&self, class: MatchClass) -> f32 {
        match class {
            MatchClass::Exact => self.exact,
            MatchClass::Folded => self.folded,
            MatchClass::Stem => self.stem,
            MatchClass::Prefix => self.prefix,
            MatchClass::Typo => self.typo,
        }
    }
}

/// The kinds of field a paper is made of, for weighting and length
/// normalisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FieldKind {
    ThemeTitle = 0,
    KeyTopic = 1,
    Title = 2,
    Symbol = 3,
    Body = 4,
}

pub(crate) const FIELD_KINDS: usize = 5;

/// How a query term matched a word of the text, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum MatchClass {
    Exact = 0,
    Folded = 1,
    Stem = 2,
    Prefix = 3,
    Typo = 4,
}

pub(crate) const MATCH_CLASSES: usize = 5;

pub(crate) const ALL_CLASSES: [MatchClass; MATCH_CLASSES] = [
    MatchClass::Exact,
    MatchClass::Folded,
    MatchClass::Stem,
    MatchClass::Prefix,
    MatchClass::Typo,
];

/// BM25 inverse document frequency (the "plus one" variant: never negative).
pub(crate) fn idf(docs: usize, df: usize) -> f32 {
    let (n, df) = (docs as f32, df as f32);
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

/// A field's term frequency normalised by the field's length (BM25F).
pub(crate) fn normalised_tf(tf: f32, len: f32, avg_len: f32, b: f32) -> f32 {
    if tf == 0.0 {
        return 0.0;
    }
    let ratio = if avg_len > 0.0 { len / avg_len } else { 1.0 };
    tf / (1.0 - b + b * ratio)
}

/// BM25 saturation of a (weighted) term frequency: grows from 0 towards `k1 + 1`.
pub(crate) fn saturate(tf: f32, k1: f32) -> f32 {
    if tf <= 0.0 {
        0.0
    } else {
        tf * (k1 + 1.0) / (tf + k1)
    }
}

/// Closeness of two terms: 1 when they sit exactly as in the query, decaying
/// with each word of difference; 0 beyond `PROXIMITY_WINDOW` words.
pub(crate) fn closeness(delta: u32) -> f32 {
    if delta > PROXIMITY_WINDOW {
        0.0
    } else {
        1.0 / (1.0 + delta as f32)
    }
}

pub(crate) const PROXIMITY_WINDOW: u32 = 4;

/// Demotion of a paper that matches `matched` of `total` query terms.
pub(crate) fn coverage(matched: usize, total: usize, power: f32) -> f32 {
    if total == 0 {
        return 1.0;
    }
    (matched as f32 / total as f32).powf(power)
}

/// Deterministic ranking order: higher score first, then document order.
pub(crate) fn by_rank(a: (f32, usize), b: (f32, usize)) -> Ordering {
    b.0.total_cmp(&a.0).then(a.1.cmp(&b.1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rare_terms_weigh_more() {
        assert!(idf(20, 1) > idf(20, 10));
        assert!(idf(20, 20) > 0.0);
    }

    #[test]
    fn saturation_is_bounded() {
        assert!(saturate(1000.0, 1.2) < 2.2);
        assert_eq!(saturate(0.0, 1.2), 0.0);
    }

    #[test]
    fn long_fields_count_less() {
        assert!(normalised_tf(1.0, 200.0, 100.0, 0.75) < normalised_tf(1.0, 50.0, 100.0, 0.75));
    }

    #[test]
    fn ties_break_by_document_order() {
        assert_eq!(by_rank((1.0, 3), (1.0, 5)), Ordering::Less);
        assert_eq!(by_rank((2.0, 5), (1.0, 3)), Ordering::Less);
    }

    #[test]
    fn clamping_removes_nan_and_negatives() {
        let w = RankingWeights {
            body: f32::NAN,
            k1: -1.0,
            ..RankingWeights::default()
        }
        .clamped();
        assert_eq!((w.body, w.k1), (1.0, 0.0));
    }
}
