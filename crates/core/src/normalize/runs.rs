//! Where words begin and end: the runs of word characters in a text, with
//! apostrophes, hyphens, `/` and `.` kept inside a run when they sit between
//! two word characters (`l’Œuvre`, `non-sanction`, `WG.4/2015/2`), and the
//! character classes that decide it.
//!
//! Not here: cutting a run into tokens (elisions, hyphen parts, codes) and
//! their forms (`tokenize`).

use super::fold::is_combining_mark;

/// Apostrophes treated alike: ASCII, typographic, modifier letter.
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}')
}

pub(super) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// A Han (Chinese) character: the unified ideographs, extension A and the
/// compatibility block.
pub(super) fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

pub(super) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric() || is_combining_mark(c)
    }
}

/// The character at byte `i` of `text` and its length, ASCII first.
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    let c = text[i..].chars().next()?;
    Some((c, c.len_utf8()))
}

/// Byte ranges of the maximal runs of word characters, joined by apostrophes,
/// hyphens, `/` and `.` when those sit between two word characters; each with
/// whether it is a plain ASCII word (letters and digits only: the fast path).
pub(super) fn runs(text: &str) -> impl Iterator<Item = (usize, usize, bool)> + '_ {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        // Skip to the first word character.
        let start = loop {
            let (c, n) = char_at(text, i)?;
            if is_word_char(c) {
                break i;
            }
            i += n;
        };
        let mut plain = true;
        while i < bytes.len() {
            if bytes[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let Some((c, n)) = char_at(text, i) else {
                break;
            };
            if is_word_char(c) {
                plain = false;
                i += n;
                continue;
            }
            let joiner = is_apostrophe(c) || is_hyphen(c) || c == '/' || c == '.';
            if joiner && char_at(text, i + n).is_some_and(|(next, _)| is_word_char(next)) {
                plain = false;
                i += n;
                continue;
            }
            break;
        }
        Some((start, i, plain))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<(&str, bool)> {
        runs(text)
            .map(|(s, e, plain)| (&text[s..e], plain))
            .collect()
    }

    #[test]
    fn joiners_between_word_characters_stay_in_the_run() {
        assert_eq!(
            texts("l’Œuvre, non-sanction (WG.4/2015/2)."),
            [
                ("l’Œuvre", false),
                ("non-sanction", false),
                ("WG.4/2015/2", false)
            ]
        );
    }

    #[test]
    fn joiners_at_a_run_edge_separate() {
        assert_eq!(texts("- x. ’y /z"), [("x", true), ("y", true), ("z", true)]);
    }
}
