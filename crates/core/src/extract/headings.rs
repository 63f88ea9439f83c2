//! A paper's first paragraph read for what it says about the paper: `En
//! 2010, pour la deuxième réunion du Groupe de travail, … sur le thème : « <title> »
//! (<symbol>).` gives its year, meeting, title and symbol.
//!
//! Not here: deciding that a paragraph starts a paper rather than continuing
//! one (`assemble`, which asks [`paper_heading`] and goes by its answer).

use super::layout::Layout;
use super::lines::is_symbol;

/// What a paper's first paragraph says about it.
#[derive(Debug)]
pub(super) struct PaperHeading {
    pub(super) symbol: String,
    pub(super) year: u16,
    pub(super) meeting: u8,
    pub(super) title: String,
}

/// Reads a paper's first paragraph: `En 2010, pour la deuxième réunion du
/// Groupe de travail, … sur le thème : « <title> » (<symbol>).`
///
/// `None` when the paragraph does not end with a symbol (it is not a paper's
/// first paragraph); `Some(Err(expected))` when it does but lacks a part.
pub(super) fn paper_heading(text: &str, layout: &Layout) -> Option<Result<PaperHeading, String>> {
    let inner = text.strip_suffix(").")?;
    let open = inner.rfind('(')?;
    let symbol = &inner[open + 1..];
    if !is_symbol(symbol) {
        return None;
    }
    let before = &inner[..open];
    let parse = || {
        let quoted = |&(open, close): &(char, char)| {
            let start = before.find(open)? + open.len_utf8();
            let end = before.rfind(close)?;
            (start <= end).then(|| before[start..end].trim())
        };
        let Some(title) = layout.quotes.iter().find_map(quoted) else {
            let (open, close) = layout.quotes.first().copied().unwrap_or(('«', '»'));
            return Err(format!(
                "the paper's title between {open} and {close} before ({symbol})"
            ));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paper_heading_reads_year_meeting_title_and_symbol() {
        let text = "Toujours en 2013, pour la cinquième réunion du Groupe de travail, le Secrétariat a rédigé un document d’information destiné à éclairer le débat sur le thème\u{a0}: «\u{a0}Analyse des concepts\u{a0}» (CTOC/COP/WG.4/2013/2).";
        let head = paper_heading(text, &Layout::FRENCH).unwrap().unwrap();
        assert_eq!(head.symbol, "CTOC/COP/WG.4/2013/2");
        assert_eq!((head.year, head.meeting), (2013, 5));
        assert_eq!(head.title, "Analyse des concepts");
        assert!(paper_heading("Le document analyse.", &Layout::FRENCH).is_none());
    }
}
