//! One section of the accordion: a heading holding only the toggle button
//! (theme title, number of papers, key topics as a summary line), and the
//! panel with the key topics as chips and the theme's papers.
//!
//! A collapsed panel is `hidden="until-found"`, so find-in-page still finds
//! text in closed sections and opens them (the panel's `beforematch` event);
//! a browser without it hides the panel as for plain `hidden`.

use crate::catch_up::Part;
use crate::components::{
    document_card::DocumentCard, hidden_until_found, highlighted::highlighted,
};
use crate::context::use_widget;
use crate::hooks::{use_before_match, use_step_by_step};
use crate::i18n::count;
use crate::shared::ById;
use crate::state::Focused;
use compendium_core::{Field, Hit, Span};
use yew::prelude::*;

/// The start of a header button's id; the theme's id follows (the loader
/// reads it to queue a header activated before the wasm was there).
pub const HEADER_ID_PREFIX: &str = "cw-theme-";

/// Papers a panel shows at first; a button shows as many more each time.
/// The bundled compendium has at most three a theme: only a large
/// `data-src` compendium pages, so that a keystroke or an opened theme
/// never renders hundreds of papers at once.
pub const PAPERS_PER_PAGE: usize = 10;

/// How a section shows, as the accordion decides.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SectionView {
    /// False: a search found nothing here; the section is hidden, not removed.
    pub shown: bool,
    pub searching: bool,
    /// A year or meeting filter is active: papers it excludes are hidden
    /// (a text search only puts its hits first).
    pub filtered: bool,
    pub expanded: bool,
    /// Render a collapsed panel's content (for find-in-page). False only for
    /// the first frame, so the accordion paints as soon as possible.
    pub with_content: bool,
}

/// What happens in a section, for the accordion to act on.
#[derive(Debug, Clone, PartialEq)]
pub enum SectionEvent {
    /// The header was activated.
    Toggle,
    /// Find-in-page revealed text in the collapsed panel.
    Reveal,
    /// A key went down on the header (arrow keys move between headers).
    Key(KeyboardEvent),
    /// A key topic chip was activated: search for it.
    Topic(String),
}

#[derive(Properties, PartialEq)]
pub struct ThemeSectionProps {
    pub theme: usize,
    /// This theme's papers found by the current search, best first.
    pub hits: ById<[Hit]>,
    pub view: SectionView,
    /// What a deep link points at.
    pub focused: Option<Focused>,
    pub button_ref: NodeRef,
    /// Called with the section's theme.
    pub on_event: Callback<(usize, SectionEvent)>,
}

/// A paper as its section lists it, with what the search found in it (a
/// hit among the section's, compared by identity).
#[derive(Debug, Clone, PartialEq)]
struct Listed {
    document: usize,
    hit: Option<(ById<[Hit]>, usize)>,
}

impl Part for Listed {
    type Key = usize;
    fn key(&self) -> usize {
        self.document
    }
}

/// Spans of one of the theme's own fields (title, a key topic): every hit
/// of the theme carries them; the first that matched the field says.
fn theme_spans(hits: &[Hit], field: Field) -> &[Span] {
    hits.iter()
        .map(|h| h.spans(field))
        .find(|spans| !spans.is_empty())
        .unwrap_or_default()
}

#[function_component]
pub fn ThemeSection(props: &ThemeSectionProps) -> Html {
    let widget = use_widget();
    let strings = widget.lang.strings();
    let theme = &widget.compendium.themes[props.theme];
    let view = props.view;
    let emit = {
        let (on_event, index) = (props.on_event.clone(), props.theme);
        move |event: SectionEvent| on_event.emit((index, event))
    };
    // Pages of papers shown; a new search (new hits) starts from the first
    // again.
    let pages = use_state_eq(|| 1usize);
    {
        let pages = pages.clone();
        use_effect_with(props.hits.clone(), move |_| pages.set(1));
    }
    let panel_ref = use_node_ref();
    {
        let emit = emit.clone();
        let reveal = Callback::from(move |()| emit(SectionEvent::Reveal));
        use_before_match(panel_ref.clone(), reveal, props.theme);
    }

    let header_id = format!("{HEADER_ID_PREFIX}{}", theme.id);
    // The panel is no `region`: thirteen panels open at once would be
    // thirteen landmarks per widget (the WAI-ARIA practices advise against
    // it past about six). The header's `aria-controls` links the two.
    let panel_id = format!("cw-panel-{}", theme.id);
    let counted = if view.searching {
        count(widget.lang, props.hits.len(), strings.matches)
    } else {
        count(widget.lang, theme.documents.len(), strings.papers)
    };
    let title_spans = theme_spans(&props.hits, Field::ThemeTitle);
    let topic_spans = |i: usize| theme_spans(&props.hits, Field::KeyTopic { index: i });
    // One text node when nothing in it is highlighted (the first paint
    // builds thirteen of these: a node per topic and separator was half the
    // accordion's nodes).
    let summary: Html = if props.hits.is_empty() {
        html! { theme.key_topics.join(" · ") }
    } else {
        theme
            .key_topics
            .iter()
            .enumerate()
            .map(|(i, topic)| {
                html! {
                    <>
                        if i > 0 { { " · " } }
                        { highlighted(topic, topic_spans(i)) }
                    </>
                }
            })
            .collect()
    };
    let chips = theme.key_topics.iter().enumerate().map(|(i, topic)| {
        let onclick = {
            let (emit, topic) = (emit.clone(), topic.clone());
            Callback::from(move |_: MouseEvent| emit(SectionEvent::Topic(topic.clone())))
        };
        html! {
            <li><button type="button" class="cw-chip" {onclick}>
                { highlighted(topic, topic_spans(i)) }
            </button></li>
        }
    });

    // Papers found first (best first), then the theme's others in document
    // order, unless a filter excludes them; a page at a time, the deep
    // link's paper always among them.
    let mut found = vec![false; theme.documents.len()];
    for hit in props.hits.iter() {
        found[hit.document] = true;
    }
    let listed: Vec<(usize, Option<usize>)> = props
        .hits
        .iter()
        .enumerate()
        .map(|(at, hit)| (hit.document, Some(at)))
        .chain(
            (0..theme.documents.len())
                .filter(|&d| !found[d] && !view.filtered)
                .map(|d| (d, None)),
        )
        .collect();
    let focused_at = props.focused.as_ref().and_then(|f| {
        listed
            .iter()
            .position(|&(d, _)| theme.documents[d].symbol == f.symbol)
    });
    let shown = (*pages * PAPERS_PER_PAGE).max(focused_at.map_or(0, |at| at + 1));
    let more = listed.len().saturating_sub(shown);
    let more_papers = (more > 0).then(|| {
        let pages = pages.clone();
        let onclick = Callback::from(move |_: MouseEvent| pages.set(*pages + 1));
        let next = more.min(PAPERS_PER_PAGE);
        html! {
            <button type="button" class="cw-button cw-more-papers" {onclick}>
                { count(widget.lang, next, strings.more_papers) }
            </button>
        }
    });
    // A keystroke brings the first paper up to date at once, the others a
    // paper a task.
    let page: Vec<Listed> = listed
        .into_iter()
        .take(shown)
        .map(|(document, at)| Listed {
            document,
            hit: at.map(|at| (props.hits.clone(), at)),
        })
        .collect();
    let papers = use_step_by_step(page, 1);
    let papers = papers.into_iter().map(|Listed { document, hit }| {
        let hit = hit.map(|(hits, at)| hits[at].clone());
        let doc = &theme.documents[document];
        let focused_here = props.focused.as_ref().filter(|f| f.symbol == doc.symbol);
        html! {
            <DocumentCard
                key={doc.symbol.clone()}
                theme={props.theme}
                document={document}
                hit={hit}
                focused={focused_here.is_some()}
                focused_paragraph={focused_here.and_then(|f| f.paragraph)}
            />
        }
    });

    let heading = format!("h{}", widget.heading_level);
    // The compendium's text is in its own language, and may be written the
    // other way from the interface's (French papers in an Arabic one): each
    // of its blocks says so, and takes the direction of its text.
    let language = widget.compendium.language.clone();
    let panel = html! {
        <div
            ref={panel_ref}
            id={panel_id.clone()}
            class="cw-accordion__panel"
        >
            if view.expanded || view.with_content {
                <p class="cw-chips__label" id={format!("{panel_id}-topics")}>{ strings.key_topics }</p>
                <ul class="cw-chips" lang={language.clone()} dir="auto" aria-labelledby={format!("{panel_id}-topics")}>{ for chips }</ul>
                { for papers }
                { for more_papers }
            }
        </div>
    };
    let panel = hidden_until_found(panel, !view.expanded);
    let onclick = {
        let emit = emit.clone();
        Callback::from(move |_: MouseEvent| emit(SectionEvent::Toggle))
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| emit(SectionEvent::Key(e)));

    html! {
        <section
            class={classes!("cw-accordion__section", view.expanded.then_some("cw-accordion__section--expanded"))}
            hidden={!view.shown}
        >
            <@{heading} class="cw-accordion__heading">
                <button
                    ref={props.button_ref.clone()}
                    type="button"
                    id={header_id}
                    class="cw-accordion__button"
                    aria-expanded={view.expanded.to_string()}
                    aria-controls={panel_id}
                    {onclick}
                    {onkeydown}
                >
                    <span class="cw-accordion__title" lang={language.clone()} dir="auto">
                        { highlighted(&theme.title, title_spans) }
                    </span>
                    <span class="cw-visually-hidden">{ strings.pause }</span>
                    <span class="cw-accordion__count">{ counted }</span>
                    <span class="cw-visually-hidden">{ strings.pause }</span>
                    <span class="cw-accordion__summary" lang={language.clone()} dir="auto">{ summary }</span>
                    <span class="cw-accordion__icon" aria-hidden="true"></span>
                </button>
            </@>
            { panel }
        </section>
    }
}
