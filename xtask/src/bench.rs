//! `cargo xtask bench`: the figures of the benchmark report (issue 6), not a
//! test: a budget that fails is printed as FAIL, and the task still succeeds.
//!
//! 1. installs what it needs (as `cargo xtask test`: Chromium too) and builds
//!    `dist/`;
//! 2. runs the native search bench (`cargo bench -p compendium-core --bench search`) and keeps
//!    what it prints in `bench/out/native.txt` (gitignored scratch);
//! 3. runs `node bench/browser.mjs`: the widget against MiniSearch in headless
//!    Chromium, which adds the native figures and writes `bench/report.json`
//!    and `bench/report.md`, then prints the Markdown.

use crate::util::{self, Result};
use crate::{dist, setup};
use std::fs;
use std::process::Command;

const OUT: &str = "bench/out";

pub fn run() -> Result {
    setup::all()?;
    let dist = dist::build()?;

    let native = util::capture(Command::new("cargo").args([
        "bench",
        "--package",
        "compendium-core",
        "--bench",
        "search",
    ]))?;
    print!("{native}");
    fs::create_dir_all(OUT).map_err(|e| format!("cannot create {OUT}/: {e}"))?;
    let file = format!("{OUT}/native.txt");
    fs::write(&file, &native).map_err(|e| format!("cannot write {file}: {e}"))?;

    util::run(
        Command::new("node")
            .arg("bench/browser.mjs")
            .env("COMPENDIUM_DIST", &dist),
    )
}
