//! The extractor's first pass over the source: which lines are content,
//! and what each kind of line looks like.
//!
//! [`content_lines`] drops blank lines and page furniture (running header,
//! job number and page, link targets), keeping the compendium's symbol from
//! the running header and whether a gap set each line apart. The
//! classifiers ([`roman_heading`], [`paragraph_start`], [`item_start`]) say
//! what a single line starts; [`ends_sentence`] whether a text is complete.
//!
//! Not here: what the lines mean together, which needs their order and
//! context (`parse`), nor the layout's words (`layout`).

/// One non-blank line of the source that is not page furniture.
#[derive(Debug, Clone, Copy)]
pub(super) struct Line<'a> {
    /// 1-based line number in the source.
    pub(super) number: usize,
    /// The line as printed, with its indentation.
    pub(super) text: &'a str,
    /// Whether a whitespace-only line separates it from the previous content
    /// line: how the PDF sets blocks (headings) apart.
    pub(super) after_gap: bool,
}

/// The content lines of the source, and the compendium's symbol taken from
/// its running header.
pub(super) fn content_lines(source: &str) -> (Vec<Line<'_>>, Option<String>) {
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
pub(super) fn is_symbol(text: &str) -> bool {
    text.matches('/').count() >= 2
        && text.starts_with(|c: char| c.is_ascii_uppercase())
        && !text.ends_with('/')
        && text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || matches!(c, '/' | '.' | '-'))
}

/// `II. Recueil …` → `("II", "Recueil …")`.
pub(super) fn roman_heading(line: &str) -> Option<(&str, &str)> {
    let (numeral, rest) = line.trim().split_once(". ")?;
    let rest = rest.trim();
    let is_roman = !numeral.is_empty() && numeral.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    (is_roman && rest.starts_with(char::is_uppercase)).then_some((numeral, rest))
}

/// `12. Le document …` → `(12, "Le document …")`.
pub(super) fn paragraph_start(line: &str) -> Option<(u32, &str)> {
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
pub(super) fn item_start(line: &str) -> Option<(char, &str)> {
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
pub(super) fn ends_sentence(text: &str) -> bool {
    let text = text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '»' | ')' | '”'));
    text.ends_with(['.', '!', '?'])
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
    fn sentences_end_with_a_stop() {
        assert!(ends_sentence("est rappelée."));
        assert!(ends_sentence("« Demande » (CTOC/COP/WG.4/2010/3)."));
        assert!(!ends_sentence("est citée ;"));
        assert!(!ends_sentence(
            "la définition fournie par la Loi type contre la traite des"
        ));
    }
}
