//! What the native tests share: the real compendium, parsed once per test.

use crate::SharedCompendium;
use compendium_core::Compendium;

/// The compendium the widget bundles (`data/compendium.fr.json`).
pub fn compendium() -> SharedCompendium {
    let json = include_str!("../../../data/compendium.fr.json");
    SharedCompendium::new(Compendium::from_json(json).expect("the bundled data is valid"))
}
