//! `compendium extract <source.txt>`: the compendium as pretty-printed JSON on
//! stdout, e.g.
//!
//! ```text
//! cargo run -q -p compendium-core --bin compendium -- \
//!     extract data/source/recueil-WG4-2021-5.fr.txt > data/compendium.fr.json
//! ```
//!
//! The JSON is written only once extraction has fully succeeded, in one
//! write, so a failure never leaves partial JSON behind. Not here: the
//! extraction itself (`compendium_core::extract`).

pub fn run(args: &[String]) -> Result<(), String> {
    let [path] = args else {
        return Err("usage: compendium extract <source.txt> > data/compendium.fr.json".into());
    };
    let source = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let compendium = compendium_core::extract(&source).map_err(|e| format!("{path}: {e}"))?;
    let json = compendium.to_json();
    crate::write_out(&json, "JSON")
}
