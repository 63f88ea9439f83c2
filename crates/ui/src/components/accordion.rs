//! The theme accordion (WAI-ARIA Authoring Practices, GOV.UK accordion):
//! a "show all / hide all" control, then one section per theme.
//!
//! Keyboard: Enter and Space toggle a section (native buttons); ↑ and ↓ move
//! to the previous and next header, Home and End to the first and last. The
//! open state of each section is the `aria-expanded` of its button.
//!
//! In a right-to-left interface (Arabic) nothing here changes: the practices
//! mirror only horizontal keys, and the headers are stacked vertically, so
//! ← and → are left to the browser, in every language.

use crate::components::theme_section::{SectionEvent, SectionView, ThemeSection};
use crate::context::use_widget;
use crate::hooks::{use_after_first_frame, use_step_by_step};
use crate::sections::{Section, EAGER};
use crate::state::{Action, State};
use std::rc::Rc;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AccordionProps {
    /// Every theme, in display order (see `sections::sections`).
    pub sections: Vec<Section>,
    pub state: State,
    /// A year or meeting filter (chosen, or written in the query) is active.
    pub filtered: bool,
    pub dispatch: Callback<Action>,
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
    let widget = use_widget();
    let strings = widget.lang.strings();
    let state = &props.state;
    let sections = use_step_by_step(props.sections.clone(), EAGER);
    // One ref per theme's header (`vec![NodeRef::default(); n]` would share
    // one: clones of a NodeRef alias).
    let buttons = use_memo(widget.compendium.themes.len(), |&n| {
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
        let shown = shown.clone();
        props.dispatch.reform(move |_: MouseEvent| {
            if all_open {
                Action::HideAll(shown.to_vec())
            } else {
                Action::ShowAll(shown.to_vec())
            }
        })
    };
    // Collapsed panels are filled after the first frame: the headers paint
    // at once, and the closed sections' text is there for find-in-page a
    // frame later (unless the first render must be whole: a prerender for
    // readers without JavaScript).
    let with_content = use_after_first_frame(widget.whole_first_render);

    // The sections' callbacks are built once (they take the theme), so that a
    // section whose own props did not change skips rendering. The arrow keys
    // read the themes on screen as of the last render.
    let on_screen = use_mut_ref(|| Rc::new(Vec::new()));
    *on_screen.borrow_mut() = shown.clone();
    let on_event = use_callback(
        (buttons.clone(), on_screen, props.dispatch.clone()),
        |(theme, event): (usize, SectionEvent), (buttons, on_screen, dispatch)| match event {
            SectionEvent::Toggle => dispatch.emit(Action::Toggle(theme)),
            SectionEvent::Reveal => dispatch.emit(Action::Open(theme)),
            SectionEvent::Topic(topic) => dispatch.emit(Action::Query(topic)),
            SectionEvent::Key(e) => {
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
            }
        },
    );

    let sections = sections.iter().map(|section| {
        let theme = section.theme;
        let view = SectionView {
            shown: section.shown,
            searching: state.searching(),
            filtered: props.filtered,
            expanded: state.is_open(theme),
            with_content,
        };
        html! {
            <ThemeSection
                key={widget.compendium.themes[theme].id.clone()}
                theme={theme}
                hits={section.hits.clone()}
                view={view}
                focused={state.focused.clone()}
                button_ref={buttons[theme].clone()}
                on_event={on_event.clone()}
            />
        }
    });

    html! {
        <div class="cw-accordion">
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
