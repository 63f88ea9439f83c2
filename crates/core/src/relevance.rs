//! The relevance suite's checker, shared by the native test
//! (`crates/core/tests/relevance.rs`) and the wasm test in the browser, so
//! both run the same cases from `tests/relevance.json` the same way.
//!
//! Not here: the cases themselves (data only, in `tests/relevance.json`).

use crate::index::SearchIndex;
use crate::query::Filters;
use serde::{Deserialize, Serialize};
use std::fmt;

/// One query and the papers it must return.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    /// What the reader types.
    pub query: String,
    /// Symbols of the papers that must all be among the first `within` results.
    pub expect: Vec<String>,
    /// 1: the (single) expected paper must come first; 3: several are right.
    pub within: usize,
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

/// A case whose expected papers were not all where they should be.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// The case that failed.
    pub case: Case,
    /// Symbols of the first results actually returned, best first.
    pub got: Vec<String>,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:?} ({}): expected {} within the first {}, got [{}]",
            self.case.query,
            self.case.why,
            self.case.expect.join(", "),
            self.case.within,
            self.got.join(", ")
        )
    }
}

/// Runs every case against `index`; returns the failures (empty: all pass).
pub fn check(index: &SearchIndex, cases: &[Case]) -> Vec<Failure> {
    cases
        .iter()
        .filter_map(|case| {
            let results = index.search(&case.query, &Filters::default(), case.within.max(5));
            let got: Vec<String> = results.hits.iter().map(|h| h.symbol.clone()).collect();
            let top = &got[..got.len().min(case.within)];
            let ok = case.expect.iter().all(|e| top.contains(e));
            (!ok).then(|| Failure {
                case: case.clone(),
                got,
            })
        })
        .collect()
}
