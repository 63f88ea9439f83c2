//! Idempotent installation of everything the tasks need on a fresh machine:
//! the wasm32 Rust target, the wasm-bindgen CLI at exactly the version in
//! `Cargo.lock`, the npm packages (`binaryen`'s wasm-opt, `playwright-core`,
//! `axe-core`, …) and Debian's Chromium with its chromedriver.
//!
//! Each step checks first and does nothing when the piece is already there,
//! so every task can call what it needs without slowing the inner loop.

use crate::util::{self, output, run, Result};
use std::path::Path;
use std::process::Command;

/// Where Debian puts the browser and its driver; the tests use these paths.
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Everything: what `dist` needs plus what the tests need.
pub fn all() -> Result {
    build_tools()?;
    chromium()
}

/// What building the widget needs: the wasm target, wasm-bindgen, wasm-opt.
pub fn build_tools() -> Result {
    wasm_target()?;
    wasm_bindgen_cli()?;
    npm_packages()
}

fn wasm_target() -> Result {
    let installed =
        output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if installed
        .lines()
        .any(|t| t.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// The wasm-bindgen version the widget is locked to (`Cargo.lock`). The CLI
/// must match it exactly or it refuses the module.
pub fn locked_wasm_bindgen_version() -> Result<String> {
    let lock = std::fs::read_to_string("Cargo.lock")
        .map_err(|e| format!("cannot read Cargo.lock ({e}); run `cargo generate-lockfile`"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = ")) {
                return Ok(version.trim_matches('"').to_string());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen package".into())
}

fn wasm_bindgen_cli() -> Result {
    let wanted = locked_wasm_bindgen_version()?;
    let have = output(Command::new("wasm-bindgen").arg("--version")).unwrap_or_default();
    if have.split_whitespace().nth(1) == Some(wanted.as_str()) {
        return Ok(());
    }
    eprintln!(
        "xtask: installing wasm-bindgen-cli {wanted} (takes several minutes, once per machine)"
    );
    // Not `--locked`: its locked dependency set names a crate version the
    // registry no longer serves (../shared/TOOLCHAIN.md).
    run(Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", &wanted]))
}

/// `npm ci` when `node_modules` is missing or older than `package-lock.json`.
fn npm_packages() -> Result {
    let stamp = Path::new("node_modules/.package-lock.json");
    let fresh = match (modified(stamp), modified(Path::new("package-lock.json"))) {
        (Some(installed), Some(locked)) => installed >= locked,
        _ => false,
    };
    if fresh && util::npm_bin("wasm-opt").exists() {
        return Ok(());
    }
    run(Command::new("npm").args(["ci", "--no-audit", "--no-fund", "--loglevel=error"]))
}

fn modified(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// Debian's Chromium and chromedriver (a test tool's own browser download
/// cannot work on these machines).
pub fn chromium() -> Result {
    if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() {
        return Ok(());
    }
    if !util::is_root() {
        return Err(format!(
            "{CHROMIUM} and {CHROMEDRIVER} are needed for the browser tests; install them with\n\
             \n    sudo apt-get update && sudo apt-get install -y chromium chromium-driver\n\
             \nthen run this command again"
        ));
    }
    run(Command::new("apt-get").arg("update"))?;
    run(Command::new("apt-get")
        .args([
            "install",
            "-y",
            "--no-install-recommends",
            "chromium",
            "chromium-driver",
        ])
        .env("DEBIAN_FRONTEND", "noninteractive"))
}
