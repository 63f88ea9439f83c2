//! What the native tests share: the real compendium (with its thesaurus),
//! parsed once per test.

use crate::SharedCompendium;
use compendium_core::Compendium;

/// The compendium the widget bundles (`data/compendium.fr.json`).
pub fn compendium() -> SharedCompendium {
    let json = include_str!("../../../data/compendium.fr.json");
    let thesaurus = include_str!("../../../data/thesaurus.fr.json");
    let compendium = Compendium::from_json(json)
        .and_then(|c| c.with_thesaurus(thesaurus))
        .expect("the bundled data is valid");
    SharedCompendium::new(compendium)
}
