//! One background paper inside a theme: its title, its symbol linking to the
//! official text (in a new tab, safely), year and meeting, a "copy link"
//! action, and its summary paragraphs with their original numbers and
//! lettered lists — with the search matches highlighted.
//!
//! Found by a search, a paper shows the paragraphs that answer first, best
//! first; its other paragraphs are folded behind one control (and
//! `hidden="until-found"`, so find-in-page still reaches them). Without a
//! search, every paragraph shows in the document's order (the reading view).

use crate::app::ToHost;
use crate::components::{hidden_until_found, highlighted::highlighted};
use crate::context::use_widget;
use crate::hooks::use_before_match;
use crate::i18n::count;
use crate::i18n::{meeting, year};
use crate::link::Link;
use compendium_core::{Field, FieldMatches, Hit};
use gloo::timers::callback::Timeout;
use web_sys::wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DocumentCardProps {
    pub theme: usize,
    pub document: usize,
    /// The search hit for this paper, when the current search found it.
    pub hit: Option<Hit>,
    /// A deep link points at this paper: scroll to it and focus it.
    pub focused: bool,
    /// …or at this paragraph of it (its printed number): unfold it if need
    /// be, scroll to it and focus it.
    pub focused_paragraph: Option<u32>,
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
    let found = props.hit.as_ref().map(found_paragraphs).unwrap_or_default();

    // The other paragraphs of a found paper: folded for each new search.
    let unfolded = use_state_eq(|| false);
    {
        let unfolded = unfolded.clone();
        use_effect_with(found.clone(), move |_| unfolded.set(false));
    }
    let fold_ref = use_node_ref();
    {
        let unfolded = unfolded.clone();
        let reveal = Callback::from(move |()| unfolded.set(true));
        use_before_match(fold_ref.clone(), reveal, found.clone());
    }

    let article = use_node_ref();
    {
        // A deep link's paragraph may be folded (its search did not find it):
        // unfolded first, then focused once rendered.
        let target = props.focused.then_some(props.focused_paragraph);
        let folded = target.flatten().is_some_and(|n| {
            let at = doc.paragraphs.iter().position(|p| p.number == n);
            !found.is_empty() && at.is_some_and(|p| !found.contains(&p))
        });
        let (article, unfolded, slug) =
            (article.clone(), unfolded.clone(), symbol_slug(&doc.symbol));
        use_effect_with(target, move |&target| {
            let pending = target.map(|paragraph| {
                if folded {
                    unfolded.set(true);
                }
                Timeout::new(0, move || {
                    let Some(article) = article.cast::<HtmlElement>() else {
                        return;
                    };
                    let selector = paragraph.map(|n| format!("#cw-para-{slug}-{n}"));
                    let node = selector
                        .and_then(|s| article.query_selector(&s).ok().flatten())
                        .and_then(|p| p.dyn_into::<HtmlElement>().ok())
                        .unwrap_or(article);
                    node.scroll_into_view();
                    let _ = node.focus();
                })
            });
            move || drop(pending)
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
            para: None,
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
    let paragraph = |p: usize| {
        let matches: Vec<FieldMatches> = props
            .hit
            .as_ref()
            .map(|h| h.paragraph_matches(p).cloned().collect())
            .unwrap_or_default();
        html! {
            <ParagraphView
                key={doc.paragraphs[p].number}
                theme={props.theme}
                document={props.document}
                index={p}
                {matches}
            />
        }
    };
    let body = if found.is_empty() {
        (0..doc.paragraphs.len()).map(paragraph).collect::<Html>()
    } else {
        let rest: Vec<usize> = (0..doc.paragraphs.len())
            .filter(|p| !found.contains(p))
            .collect();
        let fold_id = format!("cw-doc-{slug}-more");
        let toggle = {
            let unfolded = unfolded.clone();
            Callback::from(move |_: MouseEvent| unfolded.set(!*unfolded))
        };
        let label = if *unfolded {
            strings.fewer_paragraphs.to_string()
        } else {
            count(widget.lang, rest.len(), strings.more_paragraphs)
        };
        let folded = html! {
            <div ref={fold_ref.clone()} id={fold_id.clone()} class="cw-fold__panel">
                { for rest.iter().copied().map(paragraph) }
            </div>
        };
        html! {
            <>
                { for found.iter().copied().map(paragraph) }
                if !rest.is_empty() {
                    <button
                        type="button"
                        class="cw-button cw-fold"
                        aria-expanded={unfolded.to_string()}
                        aria-controls={fold_id}
                        onclick={toggle}
                    >
                        { label }
                    </button>
                    { hidden_until_found(folded, !*unfolded) }
                }
            </>
        }
    };

    html! {
        <article
            ref={article}
            id={format!("cw-doc-{slug}")}
            class={classes!("cw-doc", props.focused.then_some("cw-doc--focused"))}
            aria-labelledby={title_id.clone()}
            tabindex="-1"
        >
            <@{heading} class="cw-doc__title" id={title_id} lang={widget.compendium.language.clone()} dir="auto">
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
                <span class="cw-doc__date">{ format!(" · {} · {}", year(widget.lang, doc.year), meeting(widget.lang, doc.meeting)) }</span>
                <button type="button" class="cw-link-button" onclick={copy_link} aria-live="polite">
                    { if *copied { strings.link_copied } else { strings.copy_link } }
                    <span class="cw-visually-hidden">{ " (" }<bdi>{ &doc.symbol }</bdi>{ ")" }</span>
                </button>
            </p>
            { body }
        </article>
    }
}

/// The paragraphs a search shows first in a paper, best first (their
/// indices in `document.paragraphs`): the ones that matched, or, for a paper
/// found through its theme or title alone, the one that best says why.
fn found_paragraphs(hit: &Hit) -> Vec<usize> {
    hit.paragraphs.iter().map(|p| p.paragraph).collect()
}

#[derive(Properties, PartialEq)]
struct ParagraphProps {
    theme: usize,
    document: usize,
    /// Index in `document.paragraphs`.
    index: usize,
    /// The search's matches in it (its text, its items); none without one.
    matches: Vec<FieldMatches>,
}

/// One numbered paragraph, its lettered items, the matches highlighted. Its
/// id (`cw-para-<paper>-<number>`) is what a deep link to the paragraph
/// targets.
///
/// A component (keyed by its number), unlike the highlighted texts: a
/// keystroke re-renders only the paragraphs whose matches changed, and a
/// paragraph that moves (found first, or folded) moves rather than being
/// rewritten in place.
#[function_component]
fn ParagraphView(props: &ParagraphProps) -> Html {
    let widget = use_widget();
    let doc = &widget.compendium.themes[props.theme].documents[props.document];
    let paragraph = &doc.paragraphs[props.index];
    let spans = |field: Field| {
        props
            .matches
            .iter()
            .find(|m| m.field == field)
            .map_or(&[][..], |m| &m.spans)
    };
    let index = props.index;
    let items = paragraph.items.iter().enumerate().map(|(i, item)| {
        html! {
            <li class="cw-para__item">
                <span class="cw-para__label">{ format!("{})", item.label) }</span>{ " " }
                { highlighted(&item.text, spans(Field::Item { paragraph: index, item: i })) }
            </li>
        }
    });
    let id = format!("cw-para-{}-{}", symbol_slug(&doc.symbol), paragraph.number);
    html! {
        <div class="cw-para" {id} tabindex="-1" lang={widget.compendium.language.clone()} dir="auto">
            <p class="cw-para__text">
                <span class="cw-para__number">{ format!("{}.", paragraph.number) }</span>{ " " }
                { highlighted(&paragraph.text, spans(Field::Paragraph { paragraph: index })) }
            </p>
            if !paragraph.items.is_empty() {
                <ol class="cw-para__items">{ for items }</ol>
            }
        </div>
    }
}
