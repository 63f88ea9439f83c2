//! What every component of one instance shares and that does not change
//! while it runs — its language, its compendium, its heading level, the way
//! to its host — handed down as a Yew context rather than through every
//! level of props.

use crate::app::ToHost;
use crate::i18n::Lang;
use crate::shared::SharedCompendium;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct Widget {
    pub lang: Lang,
    pub compendium: SharedCompendium,
    /// Level of the theme headings (2–6); papers are one below.
    pub heading_level: u8,
    /// The first render shows the collapsed panels' content too
    /// ([`AppProps::whole_first_render`](crate::AppProps)).
    pub whole_first_render: bool,
    pub to_host: Callback<ToHost>,
}

/// The instance's [`Widget`]; every component is rendered inside `App`,
/// which provides it.
#[hook]
pub fn use_widget() -> Widget {
    use_context::<Widget>().expect("components are rendered inside App, which provides Widget")
}
