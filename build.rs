//! Packs the bundled compendium (`data/compendium.fr.json`) into the compact
//! form the widget reads at start-up (`compendium_core::pack`), after the
//! same checks as any JSON: a bad data file fails the build, not the page.

use std::path::Path;

fn main() {
    let json = "data/compendium.fr.json";
    println!("cargo:rerun-if-changed={json}");
    let text = std::fs::read_to_string(json).unwrap_or_else(|e| panic!("cannot read {json}: {e}"));
    let compendium = compendium_core::Compendium::from_json(&text)
        .unwrap_or_else(|e| panic!("{json} is not a valid compendium: {e}"));
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let packed = Path::new(&out).join("compendium.fr.pack");
    std::fs::write(&packed, compendium_core::pack::encode(&compendium))
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", packed.display()));
}
