//! The widget's components, one per file. Props are plain data (core types,
//! `Rc`s, `AttrValue`s) and callbacks — the one DOM link is a header's
//! `NodeRef`, for the arrow keys' focus; what an instance shares (language,
//! compendium, heading level, the way to its host) comes from the `Widget`
//! context.

pub mod accordion;
pub mod document_card;
pub mod empty_state;
pub mod filters;
pub mod highlighted;
pub mod live_region;
pub mod search_box;
pub mod theme_section;

use yew::virtual_dom::VNode;

/// `node` (an element) collapsed as `hidden="until-found"` when `hidden`:
/// its content is not shown but find-in-page still finds it and fires
/// `beforematch` (see [`crate::hooks::use_before_match`]) to reveal it; a
/// browser without it reads any `hidden` as hidden. Yew treats `hidden` as
/// a boolean, so the raw attribute is set here.
pub fn hidden_until_found(mut node: VNode, hidden: bool) -> VNode {
    if hidden {
        if let VNode::VTag(tag) = &mut node {
            std::rc::Rc::make_mut(tag).add_attribute("hidden", "until-found");
        }
    }
    node
}
