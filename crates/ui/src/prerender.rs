//! The widget's first render, made ahead of time: the props the build and
//! the browser agree on, and (feature `ssr`) that render as HTML.
//!
//! `cargo xtask dist` renders the bundled compendium for each interface
//! language with [`render`]; the loader puts that markup into each mount
//! point's shadow root at once, and the wasm, when it arrives, *hydrates* it
//! with the same [`props`] (Yew's `hydration` feature): the nodes on screen
//! are kept and given their listeners, nothing is rendered twice. Whatever
//! an instance starts with beyond these props (its `open` and `query`
//! attributes, a deep link, remembered sections, its heading level and
//! name) is applied by the embed layer once hydrated.
//!
//! Hydration requires the markup to be exactly the first render of these
//! props (Yew panics on a mismatch), which is why both sides call [`props`]
//! rather than spell them.
//!
//! Not here: where the markup goes (the loader, the Declarative Shadow DOM
//! snippet written by the build) and the hydration call (the embed layer).

use crate::{AppProps, Config, Lang, SharedCompendium, Start};
use yew::Callback;

/// How much the first render shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extent {
    /// The headers only; the collapsed panels' content follows a frame
    /// later (the light markup the loader carries).
    Headers,
    /// Everything, collapsed panels included: the whole compendium for
    /// readers without JavaScript (the Declarative Shadow DOM snippet).
    Whole,
}

impl Extent {
    /// The value of the container's `data-prerendered-extent` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Extent::Headers => "headers",
            Extent::Whole => "whole",
        }
    }

    /// Reads [`Extent::code`]; anything else is [`Extent::Headers`].
    pub fn parse(code: &str) -> Extent {
        if code == Extent::Whole.code() {
            Extent::Whole
        } else {
            Extent::Headers
        }
    }
}

/// The attribute of the element holding prerendered markup (the app's root
/// element's parent) that names its language.
pub const LANG_ATTRIBUTE: &str = "data-prerendered";
/// The attribute that names its [`Extent`].
pub const EXTENT_ATTRIBUTE: &str = "data-prerendered-extent";

/// The props of a prerendered first render: the compendium in `lang`, with
/// the default start and heading level, named after the compendium's title
/// (the name of the first instance on a page).
pub fn props(compendium: SharedCompendium, lang: Lang, extent: Extent) -> AppProps {
    let config = Config::default();
    AppProps {
        name: compendium.title.clone().into(),
        compendium,
        lang,
        heading_level: config.heading_level,
        start: Start::default(),
        write_link: config.history,
        whole_first_render: extent == Extent::Whole,
        to_host: Callback::noop(),
    }
}

/// The app's first render for `props`, as hydratable HTML (Yew's component
/// markers included: hydration needs them).
#[cfg(any(test, feature = "ssr"))]
pub fn render(props: AppProps) -> String {
    futures_executor::block_on(yew::LocalServerRenderer::<crate::App>::with_props(props).render())
}

/// The prerendered markup for `lang` and `extent`, inside the element the
/// app mounts on, which says how it was made.
#[cfg(any(test, feature = "ssr"))]
pub fn container(compendium: SharedCompendium, lang: Lang, extent: Extent) -> String {
    format!(
        "<div {LANG_ATTRIBUTE}=\"{}\" {EXTENT_ATTRIBUTE}=\"{}\">{}</div>",
        lang.code(),
        extent.code(),
        render(props(compendium, lang, extent))
    )
}
