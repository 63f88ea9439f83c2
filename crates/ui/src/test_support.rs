//! What the native tests share: the real compendium (with its thesaurus),
//! parsed once per test.

use crate::SharedCompendium;
use compendium_core::Compendium;

/// The compendium the widget bundles (`data/compendium.fr.json`), its
/// search index built, as it is once the page has been idle a moment.
pub fn compendium() -> SharedCompendium {
    let compendium = unindexed();
    compendium.index();
    compendium
}

/// The bundled compendium before its search index is built.
pub fn unindexed() -> SharedCompendium {
    SharedCompendium::new(bundled())
}

/// A compendium of `papers` papers, the bundled ones copied round-robin
/// into their themes under new symbols, its index not built.
pub fn large(papers: usize) -> SharedCompendium {
    let mut compendium = bundled();
    let originals: Vec<(usize, compendium_core::Document)> = compendium
        .themes
        .iter()
        .enumerate()
        .flat_map(|(t, theme)| theme.documents.iter().map(move |d| (t, d.clone())))
        .collect();
    for i in originals.len()..papers {
        let (theme, mut paper) = originals[i % originals.len()].clone();
        paper.symbol = format!("TEST/{i}");
        compendium.themes[theme].documents.push(paper);
    }
    SharedCompendium::new(compendium)
}

fn bundled() -> Compendium {
    let json = include_str!("../../../data/compendium.fr.json");
    let thesaurus = include_str!("../../../data/thesaurus.fr.json");
    Compendium::from_json(json)
        .and_then(|c| c.with_thesaurus(thesaurus))
        .expect("the bundled data is valid")
}
