//! The relevance suite's checker, shared by the native test
//! (`crates/core/tests/relevance.rs`) and the wasm test in the browser, so
//! both run the same cases from `tests/relevance.json` the same way.
//!
//! Not here: the cases themselves (data only, in `tests/relevance.json`).

use crate::index::SearchIndex;
use crate::query::Filters;
use serde::{Deserialize, Serialize};
use std::fmt;

/// One query and the papers (and paragraph) it must return.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    /// What the reader types.
    pub query: String,
    /// Symbols of the papers that must all be among the first `within` results.
    pub expect: Vec<String>,
    /// 1: the (single) expected paper must come first; 3: several are right.
    pub within: usize,
    /// Numbers (as printed) of the paragraphs that answer: the first
    /// paragraph shown for the first expected paper must be one of them.
    /// Empty: any paragraph will do.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paragraphs: Vec<u32>,
    /// What the case exercises.
    #[serde(default)]
    pub why: String,
}

#[derive(Deserialize)]
struct Suite {
    cases: Vec<Case>,
}

/// Reads the cases of a suite (`{"cases": [...]}`).
pub fn parse(json: &str) -> Result<Vec<Case>, String> {
    serde_json::from_str::<Suite>(json)
        .map(|s| s.cases)
        .map_err(|e| format!("cannot read the relevance suite: {e}"))
}

/// A case whose expected papers were not all where they should be, or
/// whose answering paragraph was not shown first.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// The case that failed.
    pub case: Case,
    /// Symbols of the first results actually returned, best first.
    pub got: Vec<String>,
    /// Numbers of the paragraphs shown for the first expected paper, best
    /// first (empty when it was not found).
    pub paragraphs: Vec<u32>,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let case = &self.case;
        write!(f, "{:?} ({}): ", case.query, case.why)?;
        if !papers_found(case, &self.got) {
            return write!(
                f,
                "expected {} within the first {}, got [{}]",
                case.expect.join(", "),
                case.within,
                self.got.join(", ")
            );
        }
        let numbers = |ns: &[u32]| ns.iter().map(|n| format!("¶{n}")).collect::<Vec<_>>();
        write!(
            f,
            "expected {} first in {}, got [{}]",
            numbers(&case.paragraphs).join(" or "),
            case.expect[0],
            numbers(&self.paragraphs).join(", ")
        )
    }
}

/// What a search returned for a case.
struct Outcome {
    got: Vec<String>,
    /// Numbers of the paragraphs shown for the first expected paper.
    paragraphs: Vec<u32>,
}

fn run(index: &SearchIndex, case: &Case) -> Outcome {
    let results = index.search(&case.query, &Filters::default(), case.within.max(5));
    let first = case.expect.first();
    let paragraphs = results
        .hits
        .iter()
        .find(|h| Some(&h.symbol) == first)
        .map(|h| h.paragraphs.iter().map(|p| p.number).collect())
        .unwrap_or_default();
    let got = results.hits.into_iter().map(|h| h.symbol).collect();
    Outcome { got, paragraphs }
}

fn papers_found(case: &Case, got: &[String]) -> bool {
    let top = &got[..got.len().min(case.within)];
    case.expect.iter().all(|e| top.contains(e))
}

/// Whether one of the first `n` paragraphs shown is one the case expects.
fn answered_within(case: &Case, shown: &[u32], n: usize) -> bool {
    shown.iter().take(n).any(|p| case.paragraphs.contains(p))
}

/// Runs every case against `index`; returns the failures (empty: all pass).
pub fn check(index: &SearchIndex, cases: &[Case]) -> Vec<Failure> {
    cases
        .iter()
        .filter_map(|case| {
            let out = run(index, case);
            let ok = papers_found(case, &out.got)
                && (case.paragraphs.is_empty() || answered_within(case, &out.paragraphs, 1));
            (!ok).then(|| Failure {
                case: case.clone(),
                got: out.got,
                paragraphs: out.paragraphs,
            })
        })
        .collect()
}

/// How well a suite is answered, case by case rather than pass or fail.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Metrics {
    /// Number of cases.
    pub cases: usize,
    /// Cases whose first result is one of the expected papers.
    pub paper_at_1: usize,
    /// Cases that name the paragraphs that answer.
    pub paragraph_cases: usize,
    /// Of those, cases whose first paragraph shown (for the first expected
    /// paper) answers.
    pub paragraph_at_1: usize,
    /// Of those, cases with an answering paragraph among the first three.
    pub paragraph_at_3: usize,
}

impl fmt::Display for Metrics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let share = |n: usize, of: usize| 100.0 * n as f64 / of.max(1) as f64;
        write!(
            f,
            "paper@1 {}/{} ({:.1} %), paragraph@1 {}/{} ({:.1} %), paragraph@3 {}/{} ({:.1} %)",
            self.paper_at_1,
            self.cases,
            share(self.paper_at_1, self.cases),
            self.paragraph_at_1,
            self.paragraph_cases,
            share(self.paragraph_at_1, self.paragraph_cases),
            self.paragraph_at_3,
            self.paragraph_cases,
            share(self.paragraph_at_3, self.paragraph_cases),
        )
    }
}

/// Measures paper@1, paragraph@1 and paragraph@3 of `index` over `cases`.
pub fn measure(index: &SearchIndex, cases: &[Case]) -> Metrics {
    let mut m = Metrics {
        cases: cases.len(),
        ..Metrics::default()
    };
    for case in cases {
        let out = run(index, case);
        m.paper_at_1 += usize::from(out.got.first().is_some_and(|s| case.expect.contains(s)));
        if !case.paragraphs.is_empty() {
            m.paragraph_cases += 1;
            m.paragraph_at_1 += usize::from(answered_within(case, &out.paragraphs, 1));
            m.paragraph_at_3 += usize::from(answered_within(case, &out.paragraphs, 3));
        }
    }
    m
}
