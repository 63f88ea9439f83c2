//! `cargo xtask test`: every test suite, each in the runner made for it.
//!
//! 1. native: `cargo test` of the core (model, extraction, search), of the UI
//!    (reducer, configuration, deep links, arrangement, rendered HTML) and of
//!    xtask;
//! 2. wasm: the widget's in-crate `wasm-bindgen-test`s in headless Chromium;
//! 3. end-to-end: `node --test tests/e2e/*.test.mjs` (playwright-core driving
//!    Debian's Chromium) against a fresh release `dist/`.
//!
//! All suites run even when one fails; the last line totals them as
//! `N passed, N failed`. The task fails if any suite fails or runs no test.

use crate::summary::{self, Counts};
use crate::util::{run_tee, Result};
use crate::{dist, setup};
use std::process::Command;

struct Suite {
    name: &'static str,
    counts: Counts,
    ok: bool,
}

pub fn run() -> Result {
    setup::all()?;
    let mut suites = Vec::new();

    let mut native = Command::new("cargo");
    native.args([
        "test",
        "--package",
        "compendium-core",
        "--package",
        "compendium-ui",
        "--package",
        "xtask",
    ]);
    suites.push(suite("native", &mut native, summary::libtest)?);

    let mut wasm = Command::new("cargo");
    wasm.args([
        "test",
        "--target",
        "wasm32-unknown-unknown",
        "--package",
        "compendium-widget",
    ])
    .env("CHROMEDRIVER", setup::CHROMEDRIVER);
    suites.push(suite("wasm (Chromium)", &mut wasm, summary::libtest)?);

    let e2e = match dist::build() {
        Ok(dist) => {
            let mut node = Command::new("node");
            node.args(["--test", "--test-reporter=tap"])
                .args(e2e_files()?)
                .env("COMPENDIUM_DIST", &dist);
            suite("end-to-end (Chromium)", &mut node, summary::node_tap)?
        }
        Err(err) => {
            eprintln!("xtask: cannot build dist/ for the end-to-end tests: {err}");
            Suite {
                name: "end-to-end (Chromium)",
                counts: Counts::default(),
                ok: false,
            }
        }
    };
    suites.push(e2e);

    let mut total = Counts::default();
    println!();
    for s in &suites {
        let verdict = match (s.ok, s.counts.passed + s.counts.failed) {
            (false, _) => "FAILED",
            (true, 0) => "RAN NO TEST",
            _ => "ok",
        };
        println!(
            "{:<24} {:>4} passed, {:>3} failed   {verdict}",
            s.name, s.counts.passed, s.counts.failed
        );
        total += s.counts;
        // A suite that failed without a failing test (it did not compile, a
        // runner crashed) still counts as a failure in the total.
        if !s.ok && s.counts.failed == 0 {
            total.failed += 1;
        }
    }
    println!("{} passed, {} failed", total.passed, total.failed);
    let all_ran = suites
        .iter()
        .all(|s| s.ok && s.counts.passed + s.counts.failed > 0);
    if all_ran && total.failed == 0 {
        Ok(())
    } else {
        Err("some test suites failed or ran no test (see above)".into())
    }
}

fn suite(name: &'static str, cmd: &mut Command, parse: fn(&str) -> Counts) -> Result<Suite> {
    eprintln!("\nxtask: ── {name} ──");
    let (ok, output) = run_tee(cmd)?;
    Ok(Suite {
        name,
        counts: parse(&output),
        ok,
    })
}

fn e2e_files() -> Result<Vec<String>> {
    let mut files: Vec<String> = std::fs::read_dir("tests/e2e")
        .map_err(|e| format!("cannot list tests/e2e: {e}"))?
        .filter_map(|e| e.ok())
        .map(|e| e.path().to_string_lossy().into_owned())
        .filter(|p| p.ends_with(".test.mjs"))
        .collect();
    files.sort();
    Ok(files)
}
