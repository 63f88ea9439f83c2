//! The extractor's second pass: the content lines grouped into the
//! document's structure ([`Raw`]: the title, the introduction's paragraphs,
//! each theme's title, key topics and paragraphs with their lettered items),
//! texts still as lists of printed lines.
//!
//! This is where the layout is enforced: headings in order, paragraph
//! numbers without a gap, items lettered from `a`, a key-topics marker after
//! each theme title, a source that does not stop early. Anything else is an
//! [`Error`] naming the line.
//!
//! Not here: what a single line is (`lines`), nor cleaning the texts and
//! reading the papers' first paragraphs (`assemble`).

use super::layout::Layout;
use super::lines::{ends_sentence, item_start, paragraph_start, roman_heading, Line};
use crate::clean;
use crate::error::{excerpt, Error, ErrorKind};

/// The structure of the source, texts still as lists of physical lines.
#[derive(Debug, Default)]
pub(super) struct Raw<'a> {
    pub(super) title: Vec<&'a str>,
    pub(super) introduction: Vec<RawParagraph<'a>>,
    pub(super) themes: Vec<RawTheme<'a>>,
}

#[derive(Debug)]
pub(super) struct RawTheme<'a> {
    pub(super) title: Vec<&'a str>,
    /// `None` until the key-topics marker is seen.
    pub(super) topics: Option<Vec<&'a str>>,
    pub(super) paragraphs: Vec<RawParagraph<'a>>,
}

#[derive(Debug)]
pub(super) struct RawParagraph<'a> {
    /// Where the paragraph starts in the source, for error messages.
    pub(super) line: usize,
    pub(super) number: u32,
    pub(super) text: Vec<&'a str>,
    pub(super) items: Vec<(char, Vec<&'a str>)>,
}

impl RawParagraph<'_> {
    fn last_text(&self) -> String {
        match self.items.last() {
            Some((_, lines)) => clean::join_lines(lines.iter().copied()),
            None => clean::join_lines(self.text.iter().copied()),
        }
    }
}

/// Where the parser stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Start,
    Introduction,
    Themes,
}

pub(super) struct Parser<'l, 'a> {
    lines: &'l [Line<'a>],
    layout: &'l Layout,
    /// For each line, whether it belongs to a theme title.
    theme_title: Vec<bool>,
}

impl<'l, 'a> Parser<'l, 'a> {
    pub(super) fn new(lines: &'l [Line<'a>], layout: &'l Layout) -> Self {
        let mut theme_title = vec![false; lines.len()];
        for (marker, line) in lines.iter().enumerate() {
            if line.text.trim() != layout.key_topics {
                continue;
            }
            // A theme title is the block just before the marker: lines that
            // are neither headings, paragraphs nor items and do not end a
            // sentence, back to the gap that sets the block apart.
            for index in (marker.saturating_sub(4)..marker).rev() {
                let text = lines[index].text;
                let plain = roman_heading(text).is_none()
                    && paragraph_start(text).is_none()
                    && item_start(text).is_none()
                    && text.trim() != layout.key_topics
                    && !text.trim_end().ends_with(['.', ';', ':']);
                if !plain {
                    break;
                }
                theme_title[index] = true;
                if lines[index].after_gap {
                    break;
                }
            }
        }
        Parser {
            lines,
            layout,
            theme_title,
        }
    }

    pub(super) fn parse(&self) -> Result<Raw<'a>, Error> {
        let mut raw = Raw::default();
        let mut section = Section::Start;
        let mut next = 1;
        for (index, line) in self.lines.iter().enumerate() {
            let text = line.text;
            let unexpected = |expected: &str| {
                Error::at(
                    line.number,
                    ErrorKind::Unexpected {
                        expected: expected.to_string(),
                        found: excerpt(text),
                    },
                )
            };
            if section == Section::Start {
                match roman_heading(text) {
                    Some(("I", _)) => {
                        section = Section::Introduction;
                        continue;
                    }
                    _ => {
                        return Err(Error::at(
                            line.number,
                            ErrorKind::UnknownLayout {
                                expected: "the heading `I. Introduction`".into(),
                                found: excerpt(text),
                            },
                        ))
                    }
                }
            }
            if let Some((numeral, title)) = roman_heading(text) {
                if numeral != "II" || section != Section::Introduction {
                    return Err(unexpected("a paragraph, an item or a theme"));
                }
                raw.title.push(title);
                section = Section::Themes;
            } else if self.theme_title[index] {
                if section != Section::Themes {
                    return Err(unexpected("the heading `II. …` before the first theme"));
                }
                let continues_title = index > 0 && self.theme_title[index - 1];
                match raw.themes.last_mut() {
                    Some(theme) if continues_title => theme.title.push(text),
                    _ => raw.themes.push(RawTheme {
                        title: vec![text],
                        topics: None,
                        paragraphs: Vec::new(),
                    }),
                }
            } else if text.trim() == self.layout.key_topics {
                match raw.themes.last_mut() {
                    Some(theme) if theme.topics.is_none() => theme.topics = Some(Vec::new()),
                    _ => return Err(unexpected("a theme title before the key topics")),
                }
            } else if let Some((number, rest)) = paragraph_start(text) {
                if number != next {
                    return Err(Error::at(
                        line.number,
                        ErrorKind::NumberingGap {
                            expected: next,
                            found: number,
                        },
                    ));
                }
                next += 1;
                let paragraph = RawParagraph {
                    line: line.number,
                    number,
                    text: vec![rest],
                    items: Vec::new(),
                };
                match section {
                    Section::Introduction => raw.introduction.push(paragraph),
                    _ => match raw.themes.last_mut() {
                        Some(theme) if theme.topics.is_some() => theme.paragraphs.push(paragraph),
                        Some(_) => {
                            return Err(unexpected(&format!(
                                "`{}` after the theme title",
                                self.layout.key_topics
                            )))
                        }
                        None => return Err(unexpected("a theme title")),
                    },
                }
            } else if let Some((label, rest)) = item_start(text) {
                let Some(paragraph) = current_paragraph(&mut raw, section) else {
                    return Err(unexpected("a numbered paragraph before a lettered item"));
                };
                let expected = (b'a' + paragraph.items.len() as u8) as char;
                if label != expected {
                    return Err(unexpected(&format!("item {expected})")));
                }
                paragraph.items.push((label, vec![rest]));
            } else if let Some(topics) = raw
                .themes
                .last_mut()
                .filter(|t| section == Section::Themes && t.paragraphs.is_empty())
                .and_then(|t| t.topics.as_mut())
            {
                topics.push(text);
            } else {
                // Within a paragraph, printed lines follow each other without
                // a gap; a gap means a block the layout does not account for
                // (e.g. a theme title whose key-topics marker is missing).
                if line.after_gap {
                    return Err(unexpected(&format!(
                        "a numbered paragraph, a lettered item or a theme title followed by `{}`",
                        self.layout.key_topics
                    )));
                }
                let Some(paragraph) = current_paragraph(&mut raw, section) else {
                    return Err(match section {
                        Section::Themes => unexpected(&format!(
                            "a theme title followed by `{}`",
                            self.layout.key_topics
                        )),
                        _ => unexpected("a numbered paragraph"),
                    });
                };
                match paragraph.items.last_mut() {
                    Some((_, lines)) => lines.push(text),
                    None => paragraph.text.push(text),
                }
            }
        }
        self.check_complete(&raw, section)?;
        Ok(raw)
    }

    /// A source that stops early usually still parses: say what is missing.
    fn check_complete(&self, raw: &Raw<'a>, section: Section) -> Result<(), Error> {
        let last_line = self.lines.last().map_or(1, |l| l.number);
        let truncated =
            |expected: String| Err(Error::at(last_line, ErrorKind::Truncated { expected }));
        if section != Section::Themes {
            return truncated("the heading `II. …` and the themes".into());
        }
        let Some(theme) = raw.themes.last() else {
            return truncated("a theme".into());
        };
        if theme.topics.is_none() {
            return truncated(format!(
                "`{}` and the theme's papers",
                self.layout.key_topics
            ));
        }
        let Some(paragraph) = theme.paragraphs.last() else {
            return truncated("the theme's first paragraph".into());
        };
        if !ends_sentence(&paragraph.last_text()) {
            return truncated(format!(
                "the rest of paragraph {} (its text stops mid-sentence)",
                paragraph.number
            ));
        }
        Ok(())
    }
}

fn current_paragraph<'r, 'a>(
    raw: &'r mut Raw<'a>,
    section: Section,
) -> Option<&'r mut RawParagraph<'a>> {
    match section {
        Section::Start => None,
        Section::Introduction => raw.introduction.last_mut(),
        Section::Themes => raw.themes.last_mut()?.paragraphs.last_mut(),
    }
}
