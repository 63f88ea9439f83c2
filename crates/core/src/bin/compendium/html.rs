//! `compendium html [<compendium.json>]`: the compendium as a static HTML
//! fragment on stdout, to paste inside `<compendium-widget>…</compendium-widget>`
//! as the no-JavaScript fallback, e.g.
//!
//! ```text
//! cargo run -q -p compendium-core --bin compendium -- \
//!     html data/compendium.fr.json > dist/compendium.fr.html
//! ```
//!
//! Without a file, renders the compendium bundled in the binary. The data is
//! validated first and the HTML written in one piece, so a failure never
//! leaves a partial fragment behind. Not here: the rendering itself
//! (`compendium_core::render_html`).

use compendium_core::{render_html, Compendium};

const BUNDLED: &str = include_str!("../../../../../data/compendium.fr.json");

const USAGE: &str = "usage: compendium html [<compendium.json>] > compendium.fr.html";

pub fn run(args: &[String]) -> Result<(), String> {
    let (text, source) = match args {
        [] => (BUNDLED.to_string(), "the bundled compendium"),
        [flag] if flag == "-h" || flag == "--help" => {
            println!("{USAGE}");
            return Ok(());
        }
        [path] if !path.starts_with('-') => {
            let text = std::fs::read_to_string(path).map_err(|e| {
                format!(
                    "cannot read {path}: {e} (give a compendium JSON written by `compendium extract`)"
                )
            })?;
            (text, path.as_str())
        }
        _ => return Err(USAGE.into()),
    };
    let compendium = Compendium::from_json(&text).map_err(|e| format!("{source}: {e}"))?;
    crate::write_out(&render_html(&compendium), "HTML")
}
