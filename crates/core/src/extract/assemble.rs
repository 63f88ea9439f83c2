//! The extractor's last pass: every text of the parsed structure cleaned
//! (`clean`, in the order that module gives) and the model built from it —
//! each paper made from its first paragraph (`headings`), each theme given
//! its id (`slug`), the key topics split into a list.
//!
//! Cleaning waits until here because the split-word rule learns from the
//! vocabulary of *all* the texts at once.
//!
//! Not here: recognising the structure (`parse`), nor the cleaning rules
//! themselves (`clean`).

use super::headings::paper_heading;
use super::layout::Layout;
use super::parse::{Raw, RawParagraph};
use super::slug::unique_slug;
use crate::clean::{self, Corrections, SplitWords};
use crate::error::{excerpt, Error, ErrorKind};
use crate::model::{Compendium, Document, Item, Paragraph, Theme, SCHEMA_VERSION};

/// Cleans every text and assembles the model.
pub(super) fn assemble(
    raw: Raw<'_>,
    symbol: String,
    layout: &Layout,
    corrections: &Corrections,
) -> Result<Compendium, Error> {
    // Rules that need one text at a time first, then the split words, which
    // need the vocabulary of all the texts.
    let first = |lines: &[&str]| {
        let joined = clean::collapse_whitespace(&clean::join_lines(lines.iter().copied()));
        clean::tidy(&corrections.apply(&joined))
    };
    let paragraph = |p: &RawParagraph<'_>| Paragraph {
        number: p.number,
        text: first(&p.text),
        items: p
            .items
            .iter()
            .map(|(label, lines)| Item {
                label: label.to_string(),
                text: first(lines),
            })
            .collect(),
    };
    let mut compendium = Compendium {
        schema_version: SCHEMA_VERSION,
        symbol,
        title: first(&raw.title),
        language: layout.language.to_string(),
        introduction: raw.introduction.iter().map(paragraph).collect(),
        themes: Vec::new(),
        thesaurus: Default::default(),
    };
    // Key topics stay one string until the split words are re-joined.
    let mut themes: Vec<PendingTheme> = raw
        .themes
        .iter()
        .map(|t| {
            let theme = Theme {
                id: String::new(),
                title: first(&t.title),
                key_topics: Vec::new(),
                documents: Vec::new(),
            };
            let topics = first(t.topics.as_deref().unwrap_or_default());
            let paragraphs = t
                .paragraphs
                .iter()
                .map(|p| (p.line, paragraph(p)))
                .collect();
            PendingTheme {
                theme,
                topics,
                paragraphs,
            }
        })
        .collect();

    let mut texts: Vec<&str> = vec![&compendium.title];
    texts.extend(compendium.introduction.iter().flat_map(paragraph_texts));
    for pending in &themes {
        texts.push(&pending.theme.title);
        texts.push(&pending.topics);
        texts.extend(
            pending
                .paragraphs
                .iter()
                .flat_map(|(_, p)| paragraph_texts(p)),
        );
    }
    let split = SplitWords::learn(texts);
    let fix_paragraph = |p: &mut Paragraph| {
        p.text = split.apply(&p.text);
        for item in &mut p.items {
            item.text = split.apply(&item.text);
        }
    };
    compendium.title = split.apply(&compendium.title);
    compendium.introduction.iter_mut().for_each(fix_paragraph);

    let mut ids = Vec::new();
    for PendingTheme {
        mut theme,
        topics,
        mut paragraphs,
    } in themes.drain(..)
    {
        theme.title = split.apply(&theme.title);
        theme.key_topics = key_topics(&split.apply(&topics));
        theme.id = unique_slug(&theme.title, &ids);
        ids.push(theme.id.clone());
        for (line, mut paragraph) in paragraphs.drain(..) {
            fix_paragraph(&mut paragraph);
            match paper_heading(&paragraph.text, layout) {
                Some(Ok(head)) => theme.documents.push(Document {
                    link: format!("{}{}", layout.link_prefix, head.symbol),
                    symbol: head.symbol,
                    year: head.year,
                    meeting: head.meeting,
                    title: head.title,
                    paragraphs: vec![paragraph],
                }),
                Some(Err(expected)) => {
                    return Err(Error::at(
                        line,
                        ErrorKind::Unexpected {
                            expected,
                            found: excerpt(&paragraph.text),
                        },
                    ))
                }
                None => match theme.documents.last_mut() {
                    Some(document) => document.paragraphs.push(paragraph),
                    None => {
                        return Err(Error::at(
                            line,
                            ErrorKind::Unexpected {
                                expected: format!(
                                    "paragraph {} to introduce a background paper, ending with its symbol as in `« … » (CTOC/COP/WG.4/2010/5).`",
                                    paragraph.number
                                ),
                                found: excerpt(&paragraph.text),
                            },
                        ))
                    }
                },
            }
        }
        compendium.themes.push(theme);
    }
    Ok(compendium)
}

/// A theme whose texts have had the per-text cleaning but not yet the split
/// words, with each paragraph's source line for error messages.
struct PendingTheme {
    theme: Theme,
    topics: String,
    paragraphs: Vec<(usize, Paragraph)>,
}

fn paragraph_texts(p: &Paragraph) -> impl Iterator<Item = &str> {
    std::iter::once(p.text.as_str()).chain(p.items.iter().map(|i| i.text.as_str()))
}

/// `Systèmes de gestion des cas ; coordination ; … des victimes.` → the list.
fn key_topics(text: &str) -> Vec<String> {
    let text = text.trim().trim_end_matches('.');
    text.split(';')
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect()
}
