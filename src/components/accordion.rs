//! The theme accordion (WAI-ARIA Authoring Practices, GOV.UK accordion):
//! a "show all / hide all" control, then one section per theme.
//!
//! Keyboard: Enter and Space toggle a section (native buttons); ↑ and ↓ move
//! to the previous and next header, Home and End to the first and last. The
//! open state of each section is the `aria-expanded` of its button.

use crate::components::theme_section::ThemeSection;
use crate::data::SharedCompendium;
use crate::embed::Instance;
use crate::hooks::{use_after_first_frame, use_deferred};
use crate::i18n::Lang;
use crate::state::{Action, State};
use compendium_core::Hit;
use std::rc::Rc;
use web_sys::HtmlElement;
use yew::prelude::*;

/// One theme, with the hits of the current search in it (best first).
///
/// Shared (`Rc`): a keystroke's sections are copied by the deferral and the
/// arrangement below, and handed to each section.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub theme: usize,
    pub hits: Rc<[Hit]>,
    /// False while a search has no hit in this theme: the section stays
    /// mounted (cheap to bring back) but hidden.
    pub shown: bool,
}

#[derive(Properties, PartialEq)]
pub struct AccordionProps {
    pub lang: Lang,
    pub compendium: SharedCompendium,
    pub instance: Rc<Instance>,
    pub sections: Vec<Section>,
    /// A year or meeting filter (chosen, or written in the query) is active.
    pub filtered: bool,
    pub state: UseReducerHandle<State>,
    /// A key topic chip was activated: search for it.
    pub on_topic: Callback<String>,
}

/// Sections brought up to date at once on a keystroke; the ones after them
/// follow a frame later. Three fill the first screen, even on a wide one.
pub(crate) const EAGER: usize = 3;

/// The sections to render: the first `EAGER` on screen as `now` has them,
/// then the others in the order and with the hits they had in `settled` (a
/// frame ago), shown or hidden as now.
///
/// A keystroke can reorder and refill every theme. Done at once, that is
/// tens of milliseconds of DOM work for text off screen; this way a
/// keystroke moves at most `EAGER` sections, and the rest catches up when
/// the reader pauses (see `hooks::use_deferred`).
pub(crate) fn arrange(now: &[Section], settled: &[Section]) -> Vec<Section> {
    let eager: Vec<&Section> = now.iter().filter(|s| s.shown).take(EAGER).collect();
    let is_eager = |theme: usize| eager.iter().any(|s| s.theme == theme);
    let shown_now = |theme: usize| now.iter().any(|s| s.theme == theme && s.shown);
    let rest = settled
        .iter()
        .filter(|s| !is_eager(s.theme))
        .map(|s| Section {
            shown: shown_now(s.theme),
            ..s.clone()
        });
    eager.iter().map(|s| (*s).clone()).chain(rest).collect()
}

/// Where an arrow key moves the focus among `count` headers.
fn next_header(key: &str, at: usize, count: usize) -> Option<usize> {
    if count == 0 {
        return None;
    }
    match key {
        "ArrowDown" => Some((at + 1) % count),
        "ArrowUp" => Some((at + count - 1) % count),
        "Home" => Some(0),
        "End" => Some(count - 1),
        _ => None,
    }
}

#[function_component]
pub fn Accordion(props: &AccordionProps) -> Html {
    let strings = props.lang.strings();
    let state = &props.state;
    let settled = use_deferred(props.sections.clone());
    let sections = arrange(&props.sections, &settled);
    // One ref per theme's header (`vec![NodeRef::default(); n]` would share
    // one: clones of a NodeRef alias).
    let buttons = use_memo(props.compendium.themes.len(), |&n| {
        (0..n).map(|_| NodeRef::default()).collect::<Vec<_>>()
    });
    // The themes on screen, in order: what the arrow keys move through.
    let shown: Rc<Vec<usize>> = Rc::new(
        sections
            .iter()
            .filter(|s| s.shown)
            .map(|s| s.theme)
            .collect(),
    );
    let all_open = shown.iter().all(|&t| state.is_open(t));
    let toggle_all = {
        let (dispatch, shown) = (state.dispatcher(), shown.clone());
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(if all_open {
                Action::HideAll(shown.to_vec())
            } else {
                Action::ShowAll(shown.to_vec())
            })
        })
    };
    let level = props.instance.config.heading_level;
    // Collapsed panels are filled after the first frame: the headers paint
    // at once, and the closed sections' text is there for find-in-page a
    // frame later.
    let with_content = use_after_first_frame();

    // The sections' callbacks are built once (they take the theme), so that a
    // section whose own props did not change skips rendering. The arrow keys
    // read the themes on screen as of the last render.
    let on_screen = use_mut_ref(|| Rc::new(Vec::new()));
    *on_screen.borrow_mut() = shown.clone();
    let on_key = use_callback(
        (buttons.clone(), on_screen),
        |(theme, e): (usize, KeyboardEvent), (buttons, on_screen)| {
            let on_screen = on_screen.borrow().clone();
            let Some(at) = on_screen.iter().position(|&t| t == theme) else {
                return;
            };
            if let Some(to) = next_header(&e.key(), at, on_screen.len()) {
                e.prevent_default();
                if let Some(button) = buttons[on_screen[to]].cast::<HtmlElement>() {
                    let _ = button.focus();
                }
            }
        },
    );
    let dispatch = state.dispatcher();
    let on_toggle = use_callback(dispatch.clone(), |theme, d| {
        d.dispatch(Action::Toggle(theme))
    });
    let on_reveal = use_callback(dispatch, |theme, d| d.dispatch(Action::Open(theme)));

    let sections = sections.iter().map(|section| {
        let theme = section.theme;
        html! {
            <ThemeSection
                key={props.compendium.themes[theme].id.clone()}
                lang={props.lang}
                compendium={props.compendium.clone()}
                instance={props.instance.clone()}
                theme={theme}
                hits={section.hits.clone()}
                shown={section.shown}
                searching={state.searching()}
                filtered={props.filtered}
                expanded={state.is_open(theme)}
                with_content={with_content}
                focused={state.focused.clone()}
                heading_level={level}
                button_ref={buttons[theme].clone()}
                on_toggle={on_toggle.clone()}
                on_reveal={on_reveal.clone()}
                on_key={on_key.clone()}
                on_topic={props.on_topic.clone()}
            />
        }
    });

    html! {
        <div class="cw-accordion" lang={props.compendium.language.clone()}>
            <div class="cw-accordion__controls" hidden={shown.is_empty()}>
                <button
                    type="button"
                    class="cw-button cw-accordion__toggle-all"
                    aria-expanded={all_open.to_string()}
                    onclick={toggle_all}
                >
                    { if all_open { strings.hide_all } else { strings.show_all } }
                </button>
            </div>
            <div class={classes!(
                "cw-accordion__sections",
                state.searching().then_some("cw-accordion__sections--searching"),
                shown.is_empty().then_some("cw-accordion__sections--empty"),
            )}>
                { for sections }
            </div>
        </div>
    }
}
