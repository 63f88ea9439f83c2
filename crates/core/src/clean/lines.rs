//! Printed lines back into one text: joined with single spaces, except
//! where a line broke inside a compound word or a document symbol, and
//! whitespace collapsed.
//!
//! Not here: spaces inside a line that the PDF put in the wrong place
//! (`spacing`, `split_words`).

/// Joins the physical lines of one text with single spaces, except after a
/// line ending in a hyphen or a slash: those are words and symbols broken
/// across lines (`non-` / `sanction`, `CTOC/COP/WG.4/` / `2011/5`).
///
/// The hyphen is kept: UN French documents are set without end-of-line
/// hyphenation, so a line-final hyphen is always part of a compound word
/// (`non-sanction`, `non-poursuite`), never a syllable break.
pub fn join_lines<'a>(lines: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for line in lines {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() && !ends_with_break(&out) {
            out.push(' ');
        }
        out.push_str(line);
    }
    out
}

/// A hyphen right after a letter, or a slash: the line broke inside a word or
/// a document symbol.
fn ends_with_break(text: &str) -> bool {
    let mut rev = text.chars().rev();
    match rev.next() {
        Some('/') => true,
        Some('-') => rev.next().is_some_and(char::is_alphabetic),
        _ => false,
    }
}

/// Replaces every run of whitespace by one space and trims the ends.
pub fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_lines_rejoins_with_single_spaces() {
        cases!(|l: &[&str]| join_lines(l.iter().copied()), [
            &["1. Pour chaque réunion, des ", "", "documents"][..] => "1. Pour chaque réunion, des documents",
            &["  a) Prévention. ", " du pays"][..] => "a) Prévention. du pays",
        ]);
    }

    #[test]
    fn join_lines_keeps_compound_hyphens_broken_across_lines() {
        cases!(|l: &[&str]| join_lines(l.iter().copied()), [
            &["principe de non-", "sanction des victimes"][..] => "principe de non-sanction des victimes",
            &["de non- ", "sanction"][..] => "de non-sanction",
            &["le 12 - ", "13"][..] => "le 12 - 13",
        ]);
    }

    #[test]
    fn join_lines_rejoins_symbols_broken_after_a_slash() {
        cases!(|l: &[&str]| join_lines(l.iter().copied()), [
            &["sensibilisation » (CTOC/COP/WG.4/ ", "2011/5). "][..] => "sensibilisation » (CTOC/COP/WG.4/2011/5).",
        ]);
    }

    #[test]
    fn collapse_whitespace_leaves_single_spaces() {
        cases!(collapse_whitespace, [
            "  thème  :  « x » " => "thème : « x »",
            "sécurité.  Les" => "sécurité. Les",
        ]);
    }
}
