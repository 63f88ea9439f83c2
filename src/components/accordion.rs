//! The theme accordion: one section per theme, each header a heading holding
//! only a `<button aria-expanded aria-controls>` (WAI-ARIA Authoring Practices).

use compendium_core::Compendium;
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AccordionProps {
    pub compendium: Rc<Compendium>,
    /// Indices of the themes to show, in display order.
    pub themes: Vec<usize>,
}

#[function_component]
pub fn Accordion(props: &AccordionProps) -> Html {
    let open = use_state(BTreeSet::<usize>::new);
    let sections = props.themes.iter().map(|&i| {
        let theme = &props.compendium.themes[i];
        let expanded = open.contains(&i);
        let toggle = {
            let open = open.clone();
            Callback::from(move |_: MouseEvent| {
                let mut next = (*open).clone();
                if !next.remove(&i) {
                    next.insert(i);
                }
                open.set(next);
            })
        };
        let header_id = format!("cw-theme-{}", theme.id);
        let panel_id = format!("cw-panel-{}", theme.id);
        html! {
            <section class="cw-accordion__section" key={theme.id.clone()}>
                <h2 class="cw-accordion__heading">
                    <button
                        type="button"
                        id={header_id.clone()}
                        class="cw-accordion__button"
                        aria-expanded={expanded.to_string()}
                        aria-controls={panel_id.clone()}
                        onclick={toggle}
                    >
                        { &theme.title }
                    </button>
                </h2>
                <div
                    id={panel_id}
                    class="cw-accordion__panel"
                    role="region"
                    aria-labelledby={header_id}
                    hidden={!expanded}
                ></div>
            </section>
        }
    });
    html! { <div class="cw-accordion">{ for sections }</div> }
}
