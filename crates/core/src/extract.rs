//! The extractor: the PDF-to-text source of a compendium → [`Compendium`].
//!
//! The source is the text of the PDF as `pdftotext` gives it: one physical
//! line per printed line, separated by blank lines, with page furniture
//! (running header, job number and page, the `http://undocs.org/…` link
//! targets of the page) wherever a page ended. Its layout:
//!
//! ```text
//! I. Introduction                                  roman heading
//! 1. Pour chaque réunion …                         numbered paragraphs 1–3
//! II. Recueil des documents d’information          roman heading = title
//!   Gestion des cas                                theme title (1–4 lines)
//! Principaux sujets                                key-topics marker
//! Systèmes de gestion des cas ; coordination …     key topics, `;`-separated
//! 4. En 2010, pour la deuxième réunion … « … »     a paper's first paragraph:
//!    (CTOC/COP/WG.4/2010/5).                       year, meeting, title, symbol
//! 5. …                                             more paragraphs of the paper
//!   a) Prévention. …                               indented lettered items
//! ```
//!
//! Parsing is strict: anything that does not fit (a numbering gap, a missing
//! marker, a truncated file, another layout) is an [`Error`] naming the line,
//! never a guess and never a partial result. The words of the layout
//! (`Principaux sujets`, ordinals, `réunion`) come from a [`Layout`], so
//! another language needs a new `Layout`, not new code.
//!
//! Not here: the cleaning rules themselves (`clean`), nor loading JSON
//! (`load`).

use crate::clean::{self, Corrections, SplitWords};
use crate::error::{excerpt, Error, ErrorKind};
use crate::model::{Compendium, Document, Item, Paragraph, Theme, SCHEMA_VERSION};

/// The reviewed hand corrections for the French source, built in so that the
/// extractor is self-contained.
const CORRECTIONS_FR: &str = include_str!("../../../data/corrections.fr.tsv");

/// The words of a compendium's layout in one language.
#[derive(Debug, Clone, Copy)]
pub struct Layout {
    /// BCP 47 tag written to [`Compendium::language`].
    pub language: &'static str,
    /// The line introducing a theme's key topics.
    pub key_topics: &'static str,
    /// The word following the meeting's ordinal (`deuxième réunion`).
    pub meeting: &'static str,
    /// The word preceding the meeting's year (`en 2010`), lowercase.
    pub year: &'static str,
    /// Meeting ordinals, lowercase, with their number.
    pub ordinals: &'static [(&'static str, u8)],
    /// Prefix of a paper's link; the symbol is appended.
    pub link_prefix: &'static str,
}

impl Layout {
    /// The French layout of CTOC/COP/WG.4/2021/5.
    pub const FRENCH: Layout = Layout {
        language: "fr",
        key_topics: "Principaux sujets",
        meeting: "réunion",
        year: "en",
        ordinals: &[
            ("première", 1),
            ("deuxième", 2),
            ("seconde", 2),
            ("troisième", 3),
            ("quatrième", 4),
            ("cinquième", 5),
            ("sixième", 6),
            ("septième", 7),
            ("huitième", 8),
            ("neuvième", 9),
            ("dixième", 10),
            ("onzième", 11),
            ("douzième", 12),
            ("treizième", 13),
            ("quatorzième", 14),
            ("quinzième", 15),
            ("seizième", 16),
            ("dix-septième", 17),
            ("dix-huitième", 18),
            ("dix-neuvième", 19),
            ("vingtième", 20),
        ],
        link_prefix: "https://undocs.org/fr/",
    };
}

/// Extracts the French compendium from its PDF-to-text source, with the
/// built-in corrections table (`data/corrections.fr.tsv`).
pub fn extract(source: &str) -> Result<Compendium, Error> {
    extract_with(source, &Layout::FRENCH, &corrections_fr()?)
}

/// The built-in French corrections table.
pub fn corrections_fr() -> Result<Corrections, Error> {
    Corrections::parse(CORRECTIONS_FR)
}

/// Extracts a compendium from its PDF-to-text source in the given layout.
pub fn extract_with(
    source: &str,
    layout: &Layout,
    corrections: &Corrections,
) -> Result<Compendium, Error> {
    // A byte-order mark is not whitespace to `trim`, and would hide the
    // first heading.
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    if source.trim().is_empty() {
        return Err(Error::new(None, ErrorKind::EmptySource));
    }
    let (lines, symbol) = content_lines(source);
    let raw = Parser::new(&lines, layout).parse()?;
    // pdftotext kept the running header on few pages (in the French source,
    // the last one only), so a source without one most likely stops early.
    let last_line = lines.last().map_or(1, |l| l.number);
    let symbol = symbol.ok_or_else(|| Error::at(last_line, ErrorKind::MissingSymbol))?;
    build(raw, symbol, layout, corrections)
}

/// One non-blank line of the source that is not page furniture.
#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    /// 1-based line number in the source.
    number: usize,
    /// The line as printed, with its indentation.
    text: &'a str,
    /// Whether a whitespace-only line separates it from the previous content
    /// line: how the PDF sets blocks (headings) apart.
    after_gap: bool,
}

/// The content lines of the source, and the compendium's symbol taken from
/// its running header.
fn content_lines(source: &str) -> (Vec<Line<'_>>, Option<String>) {
    let mut lines = Vec::new();
    let mut symbol = None;
    let mut gap = false;
    for (index, text) in source.lines().enumerate() {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            // `pdftotext` separates printed lines with empty lines and blocks
            // with lines holding only spaces.
            gap |= !text.is_empty();
            continue;
        }
        if is_symbol(trimmed) {
            symbol.get_or_insert_with(|| trimmed.to_string());
            continue;
        }
        if is_furniture(trimmed) {
            continue;
        }
        lines.push(Line {
            number: index + 1,
            text,
            after_gap: gap,
        });
        gap = false;
    }
    (lines, symbol)
}

/// Page furniture other than the running header: a page's link targets
/// (`http://undocs.org/fr/CTOC/COP/WG.4/2010/5`), the job number and page
/// (`V.21-05276 16/16`), a bare page number (`16`, `16/16`).
fn is_furniture(trimmed: &str) -> bool {
    let is_page = |s: &str| {
        !s.is_empty()
            && s.split('/').count() <= 2
            && s.split('/')
                .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    let is_job_number = |s: &str| {
        // `V.21-05276`: a letter, a dot, the year, a dash, the number.
        let mut parts = s.splitn(2, '.');
        let (Some(letter), Some(rest)) = (parts.next(), parts.next()) else {
            return false;
        };
        letter.len() == 1
            && letter.bytes().all(|b| b.is_ascii_uppercase())
            && rest.split_once('-').is_some_and(|(year, number)| {
                is_page(year) && is_page(number) && !year.contains('/')
            })
    };
    let mut words = trimmed.split_whitespace();
    let first = words.next().unwrap_or("");
    let is_url = (first.starts_with("http://") || first.starts_with("https://"))
        && words.clone().next().is_none();
    let footer = is_job_number(first) && words.clone().all(is_page);
    is_url || footer || is_page(trimmed)
}

/// A UN document symbol standing alone: `CTOC/COP/WG.4/2021/5`.
fn is_symbol(text: &str) -> bool {
    text.matches('/').count() >= 2
        && text.starts_with(|c: char| c.is_ascii_uppercase())
        && !text.ends_with('/')
        && text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || matches!(c, '/' | '.' | '-'))
}

/// `II. Recueil …` → `("II", "Recueil …")`.
fn roman_heading(line: &str) -> Option<(&str, &str)> {
    let (numeral, rest) = line.trim().split_once(". ")?;
    let rest = rest.trim();
    let is_roman = !numeral.is_empty() && numeral.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    (is_roman && rest.starts_with(char::is_uppercase)).then_some((numeral, rest))
}

/// `12. Le document …` → `(12, "Le document …")`.
fn paragraph_start(line: &str) -> Option<(u32, &str)> {
    let (number, rest) = line.trim().split_once(". ")?;
    let rest = rest.trim_start();
    let is_number = (1..=3).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit());
    let starts_sentence = rest.starts_with(|c: char| c.is_uppercase() || c == '«');
    if !(is_number && starts_sentence) {
        return None;
    }
    Some((number.parse().ok()?, rest))
}

/// `  b) Identification …` → `('b', "Identification …")`. Only an indented
/// line starting a sentence is an item: a run-in enumeration
/// (`à savoir : a) coordination … ; b) utilisation …`) can also put a letter at
/// the start of a line, but flush left and lowercase, and it stays text.
fn item_start(line: &str) -> Option<(char, &str)> {
    if !line.starts_with(char::is_whitespace) {
        return None;
    }
    let trimmed = line.trim();
    let mut chars = trimmed.chars();
    let label = chars.next().filter(char::is_ascii_lowercase)?;
    let rest = chars.as_str().strip_prefix(") ")?.trim_start();
    rest.starts_with(char::is_uppercase)
        .then_some((label, rest))
}

/// Whether a text ends a sentence: the last paragraph of a complete source
/// does; a truncated one usually stops mid-sentence or on `;`.
fn ends_sentence(text: &str) -> bool {
    let text = text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '»' | ')' | '”'));
    text.ends_with(['.', '!', '?'])
}

/// The structure of the source, texts still as lists of physical lines.
#[derive(Debug, Default)]
struct Raw<'a> {
    title: Vec<&'a str>,
    introduction: Vec<RawParagraph<'a>>,
    themes: Vec<RawTheme<'a>>,
}

#[derive(Debug)]
struct RawTheme<'a> {
    title: Vec<&'a str>,
    /// `None` until the key-topics marker is seen.
    topics: Option<Vec<&'a str>>,
    paragraphs: Vec<RawParagraph<'a>>,
}

#[derive(Debug)]
struct RawParagraph<'a> {
    line: usize,
    number: u32,
    text: Vec<&'a str>,
    items: Vec<(char, Vec<&'a str>)>,
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

struct Parser<'l, 'a> {
    lines: &'l [Line<'a>],
    layout: &'l Layout,
    /// For each line, whether it belongs to a theme title.
    theme_title: Vec<bool>,
}

impl<'l, 'a> Parser<'l, 'a> {
    fn new(lines: &'l [Line<'a>], layout: &'l Layout) -> Self {
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

    fn parse(&self) -> Result<Raw<'a>, Error> {
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

/// Cleans every text and assembles the model.
fn build(
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

/// What a paper's first paragraph says about it.
#[derive(Debug)]
struct PaperHeading {
    symbol: String,
    year: u16,
    meeting: u8,
    title: String,
}

/// Reads a paper's first paragraph: `En 2010, pour la deuxième réunion du
/// Groupe de travail, … sur le thème : « <title> » (<symbol>).`
///
/// `None` when the paragraph does not end with a symbol (it is not a paper's
/// first paragraph); `Some(Err(expected))` when it does but lacks a part.
fn paper_heading(text: &str, layout: &Layout) -> Option<Result<PaperHeading, String>> {
    let inner = text.strip_suffix(").")?;
    let open = inner.rfind('(')?;
    let symbol = &inner[open + 1..];
    if !is_symbol(symbol) {
        return None;
    }
    let before = &inner[..open];
    let parse = || {
        let title = match (before.find('«'), before.rfind('»')) {
            (Some(start), Some(end)) if start < end => before[start + '«'.len_utf8()..end].trim(),
            _ => {
                return Err(format!(
                    "the paper's title between « and » before ({symbol})"
                ))
            }
        };
        let year = find_year(before, layout).ok_or_else(|| {
            format!(
                "the meeting's year (`{} 2010`) before ({symbol})",
                layout.year
            )
        })?;
        let meeting = find_meeting(before, layout).ok_or_else(|| {
            format!(
                "the meeting's ordinal (`la deuxième {}`) before ({symbol})",
                layout.meeting
            )
        })?;
        Ok(PaperHeading {
            symbol: symbol.to_string(),
            year,
            meeting,
            title: title.to_string(),
        })
    };
    Some(parse())
}

/// The year in `En 2010,` / `Toujours en 2013,`.
fn find_year(text: &str, layout: &Layout) -> Option<u16> {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.windows(2).find_map(|w| {
        let digits = w[1].trim_end_matches(|c: char| !c.is_ascii_digit());
        (w[0].to_lowercase() == layout.year && digits.len() == 4)
            .then(|| digits.parse().ok())
            .flatten()
    })
}

/// The meeting number in `pour la deuxième réunion`.
fn find_meeting(text: &str, layout: &Layout) -> Option<u8> {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.windows(2).find_map(|w| {
        (w[1] == layout.meeting)
            .then(|| {
                let ordinal = w[0].to_lowercase();
                layout
                    .ordinals
                    .iter()
                    .find(|(o, _)| *o == ordinal)
                    .map(|(_, n)| *n)
            })
            .flatten()
    })
}

/// An ASCII slug of `title` not yet in `taken` (`Prélèvement d’organes` →
/// `prelevement-d-organes`; a second `Demande` → `demande-2`).
fn unique_slug(title: &str, taken: &[String]) -> String {
    let base = slug(title);
    let mut candidate = base.clone();
    let mut n = 2;
    while taken.contains(&candidate) {
        candidate = format!("{base}-{n}");
        n += 1;
    }
    candidate
}

/// Accent-folded, lowercase, hyphen-separated ASCII.
pub(crate) fn slug(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        let folded = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => "a",
            'ç' => "c",
            'è' | 'é' | 'ê' | 'ë' => "e",
            'ì' | 'í' | 'î' | 'ï' => "i",
            'ñ' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => "o",
            'ù' | 'ú' | 'û' | 'ü' => "u",
            'ý' | 'ÿ' => "y",
            'œ' => "oe",
            'æ' => "ae",
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => "-",
        };
        out.push_str(folded);
    }
    out.split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_is_recognised() {
        for line in [
            "http://undocs.org/fr/CTOC/COP/WG.4/2010/5",
            "V.21-05276 16/16",
            "V.21-05276",
            "16",
            "3/16",
        ] {
            assert!(is_furniture(line), "{line}");
        }
        for line in [
            "2011/5).",
            "de 2008 contre le trafic",
            "(CTOC/COP/WG.4/2010/5).",
        ] {
            assert!(!is_furniture(line), "{line}");
        }
    }

    #[test]
    fn running_header_is_a_symbol_alone() {
        assert!(is_symbol("CTOC/COP/WG.4/2021/5"));
        assert!(!is_symbol("(CTOC/COP/WG.4/2010/5)."));
        assert!(!is_symbol("CTOC/COP/WG.4/"));
        assert!(!is_symbol("2011/36/UE"));
    }

    #[test]
    fn items_are_indented_and_start_a_sentence() {
        assert_eq!(
            item_start("  a) Prévention. Les"),
            Some(('a', "Prévention. Les"))
        );
        assert_eq!(item_start("b) utilisation de calendriers"), None);
        assert_eq!(item_start("  b) utilisation"), None);
        assert_eq!(item_start("  alinéa b) de"), None);
    }

    #[test]
    fn paragraphs_start_with_a_number_and_a_sentence() {
        assert_eq!(
            paragraph_start(" 20. Le document"),
            Some((20, "Le document"))
        );
        assert_eq!(paragraph_start("2011/5). "), None);
        assert_eq!(paragraph_start("2. de la suite"), None);
    }

    #[test]
    fn slugs_are_ascii_lowercase_hyphenated() {
        assert_eq!(slug("Non-sanction"), "non-sanction");
        assert_eq!(slug("Prélèvement d’organes"), "prelevement-d-organes");
        assert_eq!(
            slug("Coordination et coopération à l’échelon national"),
            "coordination-et-cooperation-a-l-echelon-national"
        );
        assert_eq!(unique_slug("Demande", &["demande".into()]), "demande-2");
    }

    #[test]
    fn paper_heading_reads_year_meeting_title_and_symbol() {
        let text = "Toujours en 2013, pour la cinquième réunion du Groupe de travail, le Secrétariat a rédigé un document d’information destiné à éclairer le débat sur le thème\u{a0}: «\u{a0}Analyse des concepts\u{a0}» (CTOC/COP/WG.4/2013/2).";
        let head = paper_heading(text, &Layout::FRENCH).unwrap().unwrap();
        assert_eq!(head.symbol, "CTOC/COP/WG.4/2013/2");
        assert_eq!((head.year, head.meeting), (2013, 5));
        assert_eq!(head.title, "Analyse des concepts");
        assert!(paper_heading("Le document analyse.", &Layout::FRENCH).is_none());
    }

    #[test]
    fn sentences_end_with_a_stop() {
        assert!(ends_sentence("est rappelée."));
        assert!(ends_sentence("« Demande » (CTOC/COP/WG.4/2010/3)."));
        assert!(!ends_sentence("est citée ;"));
        assert!(!ends_sentence(
            "la définition fournie par la Loi type contre la traite des"
        ));
    }
}
