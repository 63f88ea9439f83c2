//! One background paper inside a theme: its title, its symbol linking to the
//! official text (in a new tab, safely), year and meeting, a "copy link"
//! action, and its summary paragraphs with their original numbers and
//! lettered lists — with the search matches highlighted.

use crate::app::ToHost;
use crate::components::highlighted::highlighted;
use crate::context::use_widget;
use crate::i18n::meeting;
use crate::link::Link;
use compendium_core::{Field, Hit};
use gloo::timers::callback::Timeout;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DocumentCardProps {
    pub theme: usize,
    pub document: usize,
    /// The search hit for this paper, when the current search found it.
    pub hit: Option<Hit>,
    /// False when a year or meeting filter excludes the paper (kept mounted).
    pub shown: bool,
    /// A deep link points at this paper: scroll to it and focus it.
    pub focused: bool,
}

/// An id-safe form of a symbol: `CTOC/COP/WG.4/2015/2` → `ctoc-cop-wg-4-2015-2`.
pub fn symbol_slug(symbol: &str) -> String {
    let mut slug = String::with_capacity(symbol.len());
    for c in symbol.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug
}

#[function_component]
pub fn DocumentCard(props: &DocumentCardProps) -> Html {
    let widget = use_widget();
    let strings = widget.lang.strings();
    let theme = &widget.compendium.themes[props.theme];
    let doc = &theme.documents[props.document];
    let spans = |field: Field| props.hit.as_ref().map_or(&[][..], |h| h.spans(field));
    let best = |p: usize| {
        props
            .hit
            .as_ref()
            .is_some_and(|h| h.paragraphs.contains(&p))
    };

    let article = use_node_ref();
    {
        let article = article.clone();
        use_effect_with(props.focused, move |&focused| {
            if let Some(node) = focused.then(|| article.cast::<HtmlElement>()).flatten() {
                node.scroll_into_view();
                let _ = node.focus();
            }
        });
    }

    let copied = use_state(|| false);
    // The pending "back to «Copier le lien»" timer: a new copy replaces it,
    // unmounting cancels it.
    let reset = use_mut_ref(|| None::<Timeout>);
    let copy_link = {
        let (copied, reset, to_host) = (copied.clone(), reset.clone(), widget.to_host.clone());
        let link = Link {
            query: None,
            open: vec![theme.id.clone()],
            doc: Some(doc.symbol.clone()),
        };
        Callback::from(move |_: MouseEvent| {
            let (copied, reset) = (copied.clone(), reset.clone());
            let done = Callback::from(move |ok: bool| {
                if ok {
                    copied.set(true);
                    let copied = copied.clone();
                    *reset.borrow_mut() = Some(Timeout::new(2500, move || copied.set(false)));
                }
            });
            to_host.emit(ToHost::CopyLink {
                link: link.clone(),
                done,
            });
        })
    };

    // Isolated: a symbol from data must not reorder the UI text around it
    // (a U+202E in it would reverse the rest of the line).
    let symbol = html! { <bdi>{ highlighted(&doc.symbol, spans(Field::Symbol)) }</bdi> };
    let slug = symbol_slug(&doc.symbol);
    let title_id = format!("cw-doc-{slug}-title");
    let heading = format!("h{}", (widget.heading_level + 1).min(6));
    let paragraphs = doc.paragraphs.iter().enumerate().map(|(p, paragraph)| {
        let items = paragraph.items.iter().enumerate().map(|(i, item)| {
            html! {
                <li class="cw-para__item">
                    <span class="cw-para__label">{ format!("{})", item.label) }</span>{ " " }
                    { highlighted(&item.text, spans(Field::Item { paragraph: p, item: i })) }
                </li>
            }
        });
        html! {
            <div class={classes!("cw-para", best(p).then_some("cw-para--best"))}>
                <p class="cw-para__text">
                    <span class="cw-para__number">{ format!("{}.", paragraph.number) }</span>{ " " }
                    { highlighted(&paragraph.text, spans(Field::Paragraph { paragraph: p })) }
                </p>
                if !paragraph.items.is_empty() {
                    <ol class="cw-para__items">{ for items }</ol>
                }
            </div>
        }
    });

    html! {
        <article
            ref={article}
            id={format!("cw-doc-{slug}")}
            class={classes!("cw-doc", props.focused.then_some("cw-doc--focused"))}
            aria-labelledby={title_id.clone()}
            tabindex="-1"
            hidden={!props.shown}
        >
            <@{heading} class="cw-doc__title" id={title_id}>
                { highlighted(&doc.title, spans(Field::Title)) }
            </@>
            <p class="cw-doc__meta">
                if let Some(href) = doc.web_link() {
                    <a class="cw-doc__symbol" href={href.to_string()} target="_blank" rel="noopener noreferrer">
                        { symbol }
                        <span class="cw-visually-hidden">{ format!(" {}", strings.opens_new_window) }</span>
                    </a>
                } else {
                    <span class="cw-doc__symbol">{ symbol }</span>
                }
                <span class="cw-doc__date">{ format!(" · {} · {}", doc.year, meeting(widget.lang, doc.meeting)) }</span>
                <button type="button" class="cw-link-button" onclick={copy_link} aria-live="polite">
                    { if *copied { strings.link_copied } else { strings.copy_link } }
                    <span class="cw-visually-hidden">{ " (" }<bdi>{ &doc.symbol }</bdi>{ ")" }</span>
                </button>
            </p>
            { for paragraphs }
        </article>
    }
}
