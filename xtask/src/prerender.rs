//! The widget's first render, made at build time with Yew's server renderer
//! (`compendium_ui::prerender`): the light markup the loader carries for
//! each interface language, and the Declarative Shadow DOM snippets that
//! `dist/` offers page owners.
//!
//! The compendium rendered is the one the wasm bundles
//! (`data/compendium.fr.json`, packed by the widget's `build.rs`): hydration
//! needs the markup to be exactly the wasm's own first render.

use crate::util::Result;
use compendium_core::Compendium;
use compendium_ui::prerender::{self, Extent};
use compendium_ui::{Lang, SharedCompendium};

/// The data files the wasm bundles (see the widget's `build.rs`).
const BUNDLED: &str = include_str!("../../data/compendium.fr.json");
const THESAURUS: &str = include_str!("../../data/thesaurus.fr.json");

/// The bundled compendium, with its thesaurus.
pub fn bundled() -> Result<SharedCompendium> {
    let compendium = Compendium::from_json(BUNDLED)
        .and_then(|c| c.with_thesaurus(THESAURUS))
        .map_err(|e| format!("data/compendium.fr.json with data/thesaurus.fr.json: {e}"))?;
    Ok(SharedCompendium::new(compendium))
}

/// The light markup (headers and key topics; the panels' content comes
/// with the wasm) for `lang`, inside its container.
pub fn headers(compendium: &SharedCompendium, lang: Lang) -> String {
    prerender::container(compendium.clone(), lang, Extent::Headers)
}

/// A `<compendium-widget>` with its shadow root declared in HTML
/// (Declarative Shadow DOM): the whole compendium, painted at the page's
/// first paint and readable without JavaScript, which the script then
/// hydrates. The styles come by `<link rel="stylesheet">` from
/// `stylesheet_href`, so that a `style-src 'self'` policy without
/// `'unsafe-inline'` allows them.
pub fn snippet(compendium: &SharedCompendium, lang: Lang, stylesheet_href: &str) -> String {
    // The French one is the default: no `lang` to set.
    let lang_attribute = if lang == Lang::default() {
        String::new()
    } else {
        format!(" lang=\"{}\"", lang.code())
    };
    // Linked in the head too, the stylesheet holds the first paint until it
    // is there, and the accordion is in it; linked only inside the shadow
    // root, it holds the accordion alone and the page paints without it
    // (measured by the bench's snippet page).
    format!(
        "<!-- compendium-widget: put <link rel=\"stylesheet\" href=\"{stylesheet_href}\"> \
         in the page's <head> too, so that the accordion is in the page's first paint. -->\n\
         <compendium-widget{lang_attribute}><template shadowrootmode=\"open\">\
         <link rel=\"stylesheet\" href=\"{stylesheet_href}\">{}</template></compendium-widget>\n",
        prerender::container(compendium.clone(), lang, Extent::Whole)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snippet_declares_an_open_shadow_root_with_the_linked_stylesheet() {
        let compendium = bundled().unwrap();
        let html = snippet(&compendium, Lang::En, "compendium-widget.css");
        let (comment, html) = html.split_once('\n').unwrap();
        assert!(comment.contains("<head>") && comment.contains("compendium-widget.css"));
        assert!(html.starts_with(
            "<compendium-widget lang=\"en\"><template shadowrootmode=\"open\">\
             <link rel=\"stylesheet\" href=\"compendium-widget.css\">\
             <div data-prerendered=\"en\" data-prerendered-extent=\"whole\">"
        ));
        assert!(html.ends_with("</div></template></compendium-widget>\n"));
        let french = snippet(&compendium, Lang::Fr, "x.css");
        assert!(french.contains("\n<compendium-widget><template"));
    }
}
