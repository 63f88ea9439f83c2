//! Native benchmark of the search: index build time, and time per query over
//! the relevance suite — each query whole and as typed, keystroke by
//! keystroke. Prints median and p99. Run with `cargo bench -p compendium-core`.
//!
//! std::time only (no criterion): it keeps CI compile times down.

use compendium_core::{relevance, Compendium, Filters, SearchIndex};
use std::hint::black_box;
use std::time::{Duration, Instant};

const DATA: &str = include_str!("../../../data/compendium.fr.json");
const THESAURUS: &str = include_str!("../../../data/thesaurus.fr.json");
const SUITE: &str = include_str!("../../../tests/relevance.json");

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn report(name: &str, mut times: Vec<Duration>) {
    times.sort_unstable();
    println!(
        "{name:<28} n={:<6} median {:>8.1} µs   p99 {:>8.1} µs   max {:>8.1} µs",
        times.len(),
        percentile(&times, 0.5).as_secs_f64() * 1e6,
        percentile(&times, 0.99).as_secs_f64() * 1e6,
        times.last().map_or(0.0, |d| d.as_secs_f64() * 1e6),
    );
}

fn main() {
    let compendium = Compendium::from_json(DATA)
        .expect("bundled compendium loads")
        .with_thesaurus(THESAURUS)
        .expect("bundled thesaurus loads");
    let cases = relevance::parse(SUITE).expect("suite parses");

    let mut builds = Vec::new();
    for _ in 0..50 {
        let start = Instant::now();
        black_box(SearchIndex::new(black_box(&compendium)));
        builds.push(start.elapsed());
    }
    report("index build", builds);

    let index = SearchIndex::new(&compendium);
    let filters = Filters::default();
    let rounds = 50;

    let mut whole = Vec::new();
    for _ in 0..rounds {
        for case in &cases {
            let start = Instant::now();
            black_box(index.search(black_box(&case.query), &filters, 10));
            whole.push(start.elapsed());
        }
    }
    report("query (suite, whole)", whole);

    let mut typed = Vec::new();
    for _ in 0..rounds / 5 {
        for case in &cases {
            let q = &case.query;
            for (end, _) in q
                .char_indices()
                .skip(1)
                .chain(std::iter::once((q.len(), ' ')))
            {
                let start = Instant::now();
                black_box(index.search(black_box(&q[..end]), &filters, 10));
                typed.push(start.elapsed());
            }
        }
    }
    report("query (suite, keystrokes)", typed);

    let long = "organes ".repeat(12_500);
    let typos = "extradtion consentment recrutment diplomatiqe vulnerabilte exploitaton ".repeat(4);
    let prefixes = "co pr re de in ".repeat(20);
    let hostile = [
        long.as_str(),
        typos.as_str(),
        prefixes.as_str(),
        "😀🎉👍🏽 الاتجار بالبشر \u{FFFD}\u{202E}",
        "\"travail forcé\" \"prélèvement d'organes\" 2015/2 sixième réunion c",
    ];
    let mut worst = Vec::new();
    for _ in 0..rounds {
        for q in hostile {
            let start = Instant::now();
            black_box(index.search(black_box(q), &filters, 10));
            worst.push(start.elapsed());
        }
    }
    report("query (hostile)", worst);

    println!("relevance: {}", relevance::measure(&index, &cases));
    let failures = relevance::check(&index, &cases);
    println!(
        "relevance: {}/{} cases pass",
        cases.len() - failures.len(),
        cases.len()
    );
}
