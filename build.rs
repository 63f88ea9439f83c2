//! Packs the bundled compendium (`data/compendium.fr.json`, with its
//! thesaurus `data/thesaurus.fr.json`) into the compact form the widget reads
//! at start-up (`compendium_core::pack`), after the same checks as any JSON:
//! a bad data file fails the build, not the page.

use std::path::Path;

fn main() {
    let read = |path: &str| {
        println!("cargo:rerun-if-changed={path}");
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
    };
    let (json, thesaurus) = ("data/compendium.fr.json", "data/thesaurus.fr.json");
    let compendium = compendium_core::Compendium::from_json(&read(json))
        .unwrap_or_else(|e| panic!("{json} is not a valid compendium: {e}"))
        .with_thesaurus(&read(thesaurus))
        .unwrap_or_else(|e| panic!("{thesaurus} is not a valid thesaurus: {e}"));
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let packed = Path::new(&out).join("compendium.fr.pack");
    std::fs::write(&packed, compendium_core::pack::encode(&compendium))
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", packed.display()));
}
