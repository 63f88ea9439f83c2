//! `cargo xtask`: the project's build, serve, test and bench driver.
//!
//! Every task first installs what it needs (idempotently: see [`setup`]), so a
//! fresh clone on a fresh machine needs nothing but Rust, Node.js and npm.
//! If `cargo xtask test` passes locally, CI (`.ci/run`) passes too.
//!
//! This crate only orchestrates other tools: it holds no product logic.

mod bench;
mod dist;
mod facts;
mod metadata;
mod prerender;
mod serve;
mod setup;
mod short_imports;
mod strings_table;
mod summary;
mod test;
mod util;

use std::process::ExitCode;

const HELP: &str = "\
cargo xtask <task> [options]

tasks:
  setup            install what the other tasks need (wasm target, wasm-bindgen CLI,
                   Chromium + chromedriver, npm packages); safe to run again
  dist             build the release widget into dist/ (what a page owner copies)
  serve [--port N] build, then serve dist/ (the demo page) on http://127.0.0.1:N/
  test             run every test suite: native, wasm in headless Chromium, end-to-end
  bench            build, then measure the widget natively and in headless Chromium against
                   MiniSearch; writes bench/report.json and bench/report.md (not a test)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Err(err) = util::cd_project_root() {
        eprintln!("xtask: {err}");
        return ExitCode::from(2);
    }
    let result = match args.first().map(String::as_str) {
        Some("setup") => setup::all(),
        Some("dist") => dist::run().map(|_| ()),
        Some("serve") => serve::run(&args[1..]),
        Some("test") => test::run(),
        Some("bench") => bench::run(),
        None | Some("help" | "-h" | "--help") => {
            println!("{HELP}");
            return ExitCode::SUCCESS;
        }
        Some(other) => Err(format!("unknown task `{other}`\n\n{HELP}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("xtask: {err}");
            ExitCode::FAILURE
        }
    }
}
