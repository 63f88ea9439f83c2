//! `cargo xtask dist`: builds what a page owner copies to any static host.
//!
//! ```text
//! cargo build --release (wasm32) → wasm-bindgen --target no-modules → wasm-opt -Oz …
//!   → short import names (short_imports.rs),
//! glue + loader → terser
//!   dist/compendium-widget.js    one classic script: wasm-bindgen's glue and the
//!                                loader (www/loader.js), wrapped so nothing but
//!                                `window.CompendiumWidget` becomes global
//!   dist/compendium-widget.wasm  the widget, the search core and the bundled data
//!   dist/all-languages/…         the same two, built with the core's feature
//!                                `all-languages`: `data-src` compendia in en, es,
//!                                ru, ar, zh searched in their language (the
//!                                default build searches French only: the
//!                                other packs add 11 kB gzip)
//!   dist/index.html, demo.css    the demo page (index.html, www/site/)
//! compendium html data/compendium.fr.json (the core's CLI, native)
//!   dist/compendium.fr.html      the whole compendium as static HTML, a fragment
//!                                to paste inside <compendium-widget>…</…> for
//!                                crawlers (and readers without JavaScript)
//! compendium_ui::prerender (Yew's server renderer, native; prerender.rs)
//!   dist/snippet.fr.html, .ar…   <compendium-widget> with a declarative shadow
//!                                root: the whole compendium in the widget's
//!                                look at first paint, even without JavaScript;
//!                                the script hydrates it
//!   dist/compendium-widget.css   the widget's stylesheet, linked by the snippets
//! compendium_ui::i18n (strings_table.rs)
//!   dist/strings.json            the UI's strings, for the end-to-end tests
//! ```
//!
//! The script finds the wasm beside itself (`document.currentScript`), so
//! `dist/` works from any path or origin.

use crate::util::{self, npm_bin, Result};
use crate::{metadata, prerender, setup};
use compendium_ui::Lang;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

pub const DIST: &str = "dist";
const CRATE: &str = "compendium_widget";
/// The widget's stylesheet, for the snippets' `<link>`.
const STYLESHEET: &str = "compendium-widget.css";
/// wasm-bindgen's output and the unminified bundle, inside the target directory.
const BINDGEN_OUT: &str = "wasm-bindgen";
/// The multilingual build's folder inside `dist/`.
pub const ALL_LANGUAGES: &str = "all-languages";

/// Installs what building needs, then builds `dist/` and returns its path.
pub fn run() -> Result<PathBuf> {
    setup::build_tools()?;
    build()
}

/// Builds `dist/` (the build tools already installed) and returns its path.
pub fn build() -> Result<PathBuf> {
    let started = std::time::Instant::now();
    let dist = Path::new(DIST);
    if dist.exists() {
        fs::remove_dir_all(dist).map_err(|e| format!("cannot clear {DIST}/: {e}"))?;
    }
    fs::create_dir_all(dist).map_err(|e| format!("cannot create {DIST}/: {e}"))?;
    // The default build searches French data (the bundled compendium); the
    // other languages' packs add 11 kB gzip, so a `data-src` page in another
    // language opts into the multilingual build (README, "Languages").
    widget(&[], dist)?;
    widget(&["all-languages"], &dist.join(ALL_LANGUAGES))?;

    // The demo pages refer to `dist/…` so that they also work when the
    // repository root is served; inside dist/ those files are siblings.
    write(&dist.join("index.html"), &relocate(&read("index.html")?))?;
    for file in list("www/site")? {
        let target = dist.join(file.file_name().expect("listed files have names"));
        match file.extension().and_then(|e| e.to_str()) {
            Some("html") => write(&target, &relocate(&read_path(&file)?))?,
            _ => copy(&file, &target)?,
        }
    }
    // The no-JS fallback, written as is: a fragment for pasting, not a page.
    let fragment = util::capture(Command::new("cargo").args([
        "run",
        "--quiet",
        "--package",
        "compendium-core",
        "--bin",
        "compendium",
        "--",
        "html",
        "data/compendium.fr.json",
    ]))?;
    write(&dist.join("compendium.fr.html"), &fragment)?;

    // The strings table, for the end-to-end tests.
    write(
        &dist.join("strings.json"),
        &crate::strings_table::strings_table(),
    )?;

    // The Declarative Shadow DOM snippets, and the stylesheet they link.
    write(&dist.join(STYLESHEET), &compendium_ui::styles::stylesheet())?;
    let compendium = prerender::bundled()?;
    for &lang in Lang::ALL {
        let snippet = prerender::snippet(&compendium, lang, STYLESHEET);
        write(
            &dist.join(format!("snippet.{}.html", lang.code())),
            &snippet,
        )?;
    }
    eprintln!(
        "xtask: dist/ built in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(dist.to_path_buf())
}

/// Builds the widget with the core's `features` into `out`:
/// compendium-widget.wasm and compendium-widget.js.
fn widget(features: &[&str], out: &Path) -> Result {
    fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let mut cargo = Command::new("cargo");
    cargo.args([
        "build",
        "--release",
        "--target",
        "wasm32-unknown-unknown",
        "--package",
        "compendium-widget",
    ]);
    if !features.is_empty() {
        cargo.args(["--features", &features.join(",")]);
    }
    util::run(&mut cargo)?;
    // Wherever Cargo builds (`CARGO_TARGET_DIR`, `build.target-dir`), not `./target`.
    let target_dir = metadata::target_dir()?;
    let wasm = target_dir
        .join("wasm32-unknown-unknown/release")
        .join(format!("{CRATE}.wasm"));
    // One wasm-bindgen output per build (the target's .wasm is overwritten by
    // the next build).
    let bindgen_out = target_dir.join(BINDGEN_OUT).join(features.join("+"));
    util::run(
        Command::new("wasm-bindgen")
            .args([
                "--target",
                "no-modules",
                "--no-typescript",
                "--remove-name-section",
                "--remove-producers-section",
                "--out-dir",
            ])
            .arg(&bindgen_out)
            .arg(&wasm),
    )?;

    // Features are read from the module's target_features section, which is
    // why the release profile must not `strip`.
    // `--low-memory-unused`: Rust's wasm never reads or writes the first kB of
    // memory (the far end of the stack, and the null page), so constant
    // address offsets fold into loads and stores; `--converge` repeats the
    // passes while they still shrink the module. Together −2.6 kB raw,
    // −0.7 kB gzip. (`--traps-never-happen` would save more, but may drop
    // what runs before a trap: the panic hook's report.)
    let wasm_path = out.join("compendium-widget.wasm");
    util::run(
        Command::new(npm_bin("wasm-opt"))
            .args(["-Oz", "--converge", "--low-memory-unused"])
            .arg(bindgen_out.join(format!("{CRATE}_bg.wasm")))
            .arg("-o")
            .arg(&wasm_path),
    )?;

    let glue = read_path(&bindgen_out.join(format!("{CRATE}.js")))?;
    // wasm-bindgen's long import names, shortened in the wasm and the glue.
    let wasm =
        fs::read(&wasm_path).map_err(|e| format!("cannot read {}: {e}", wasm_path.display()))?;
    let (wasm, glue) = crate::short_imports::shorten(&wasm, &glue)?;
    fs::write(&wasm_path, wasm)
        .map_err(|e| format!("cannot write {}: {e}", wasm_path.display()))?;
    let loader = read("www/loader.js")?;
    let bundle = bindgen_out.join("compendium-widget.js");
    write(&bundle, &bundle_script(&glue, &loader)?)?;
    // Minified: 57 kB → 24 kB (11 → 7 kB gzip). The `/*!` banner stays.
    util::run(
        Command::new(npm_bin("terser"))
            .arg(&bundle)
            .args(["--compress", "--mangle", "--comments", "/^!/", "--output"])
            .arg(out.join("compendium-widget.js")),
    )?;

    Ok(())
}

/// One classic script: the glue's `let wasm_bindgen`, the loader's `FACTS`
/// (see `facts.rs`) and everything else stay inside the function scope; only
/// the loader's `window.CompendiumWidget` escapes. `document.currentScript` is captured here, at the script's top
/// level, because it is `null` once any callback runs.
fn bundle_script(glue: &str, loader: &str) -> Result<String> {
    Ok(format!(
        "/*! compendium-widget {version} — https://undocs.org/fr/CTOC/COP/WG.4/2021/5 */\n\
         (function (currentScript) {{\n\
         \"use strict\";\n\
         const VERSION = \"{version}\";\n\
         {facts}\n\
         {glue}\n\
         {loader}\n\
         }})(document.currentScript);\n",
        version = env!("CARGO_PKG_VERSION"),
        facts = crate::facts::loader_facts()?,
    ))
}

/// Rewrites a page's `dist/…` references to siblings.
fn relocate(html: &str) -> String {
    html.replace("=\"dist/", "=\"")
}

fn copy(from: &Path, to: &Path) -> Result {
    fs::copy(from, to)
        .map(|_| ())
        .map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))
}

fn read(path: &str) -> Result<String> {
    read_path(Path::new(path))
}

fn read_path(path: &Path) -> Result<String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result {
    fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The files of a directory, sorted; none if it does not exist.
fn list(dir: &str) -> Result<Vec<PathBuf>> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Ok(Vec::new());
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    Ok(files)
}
