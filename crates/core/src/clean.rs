//! Cleaning of the PDF-to-text damage in the compendium's text: re-joining
//! broken lines and words, removing the spaces the PDF put in the wrong places,
//! and setting French typography consistently.
//!
//! The extractor calls these on every text it builds (paragraphs, items, titles,
//! key topics), in this order:
//!
//! 1. [`join_lines`]: physical lines → one string;
//! 2. [`collapse_whitespace`];
//! 3. [`Corrections::apply`]: the reviewed hand corrections of
//!    `data/corrections.fr.tsv`, for the little that no rule can decide;
//! 4. [`tidy`]: spaces before apostrophes, inside hyphenated words, around
//!    parentheses and `,.`, and the French spacing of `;:!?«»`;
//! 5. [`SplitWords::apply`]: words the PDF cut in two (`inf ractions`),
//!    recognised with the compendium's own vocabulary.
//!
//! Typography convention (see `data/README.md`): one NO-BREAK SPACE (U+00A0,
//! [`NBSP`]) before `;`, `:`, `!`, `?` and `»`, and after `«`; no space before
//! `,`, `.`, `)` or `’`, none after `(` or `’`.
//!
//! Not here: recognising the layout (page furniture, headings, paragraph
//! numbers: `extract`), or normalising text for search (`normalize`).

use crate::error::{Error, ErrorKind};
use std::collections::HashMap;

/// The space set before `;:!?»` and after `«` (French typography).
pub const NBSP: char = '\u{a0}';

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

/// Applies the spacing and typography rules, in order. Idempotent.
pub fn tidy(text: &str) -> String {
    let text = collapse_whitespace(text);
    let text = close_apostrophes(&text);
    let text = close_hyphens(&text);
    let text = close_punctuation(&text);
    french_spacing(&text)
}

/// Removes each space for which `stray(chars, i)` holds, `i` being the
/// space's index in `chars`: the shape shared by the rules below.
fn drop_spaces(text: &str, stray: impl Fn(&[char], usize) -> bool) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        if c != ' ' || !stray(&chars, i) {
            out.push(c);
        }
    }
    out
}

/// The characters `offset` places from `i` (negative: before), if any.
fn at(chars: &[char], i: usize, offset: isize) -> Option<char> {
    i.checked_add_signed(offset)
        .and_then(|j| chars.get(j))
        .copied()
}

/// `l ’ONU` → `l’ONU`: in French an apostrophe is never preceded by a space,
/// nor followed by one inside a word (`d’ une` → `d’une`).
pub fn close_apostrophes(text: &str) -> String {
    drop_spaces(text, |chars, i| {
        let (prev, next) = (at(chars, i, -1), at(chars, i, 1));
        let space_before_apostrophe = next == Some('’') && prev.is_some_and(char::is_alphabetic);
        let space_after_elision = prev == Some('’')
            && next.is_some_and(char::is_alphabetic)
            && at(chars, i, -2).is_some_and(char::is_alphabetic);
        space_before_apostrophe || space_after_elision
    })
}

/// `public -privé` → `public-privé`, `lui -même` → `lui-même`: a space between
/// a letter and a hyphen that is itself followed by a letter. A dash used as
/// punctuation (` – `, ` - `) has spaces on both sides and is left alone.
pub fn close_hyphens(text: &str) -> String {
    drop_spaces(text, |chars, i| {
        at(chars, i, -1).is_some_and(char::is_alphabetic)
            && at(chars, i, 1) == Some('-')
            && at(chars, i, 2).is_some_and(char::is_alphabetic)
    })
}

/// `personnes .` → `personnes.`, `exploiter ,` → `exploiter,`, `( en` → `(en`,
/// `illicites )` → `illicites)`.
pub fn close_punctuation(text: &str) -> String {
    drop_spaces(text, |chars, i| {
        matches!(at(chars, i, 1), Some(',' | '.' | ')')) || at(chars, i, -1) == Some('(')
    })
}

/// One [`NBSP`] before `;:!?»` and after `«`, whatever the source had (none,
/// one space, two). A colon between digits (`10:30`) or before `/` (a URL)
/// is not French punctuation and is left alone.
pub fn french_spacing(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        let technical_colon = c == ':'
            && (next == Some('/')
                || (prev.is_some_and(|p| p.is_ascii_digit())
                    && next.is_some_and(|n| n.is_ascii_digit())));
        if matches!(c, ';' | ':' | '!' | '?' | '»') && !technical_colon {
            while out.ends_with([' ', NBSP]) {
                out.pop();
            }
            if !out.is_empty() {
                out.push(NBSP);
            }
            out.push(c);
        } else if c == '«' {
            out.push(c);
            while chars.get(i + 1).is_some_and(|n| *n == ' ' || *n == NBSP) {
                i += 1;
            }
            if i + 1 < chars.len() {
                out.push(NBSP);
            }
        } else {
            out.push(c);
        }
        i += 1;
    }
    out
}

/// The reviewed hand corrections (`data/corrections.fr.tsv`): exact
/// replacements in a text whose lines are joined and whitespace collapsed,
/// before the other rules run. Each row says why no rule could do it.
#[derive(Debug, Clone, Default)]
pub struct Corrections {
    rows: Vec<Correction>,
}

/// One row of the corrections table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    /// The damaged text, as it reads once lines are joined.
    pub from: String,
    /// What it should read.
    pub to: String,
    /// Why a hand correction, and why no rule could make it.
    pub reason: String,
}

impl Corrections {
    /// Parses the table: one `from<TAB>to<TAB>reason` row a line; blank lines
    /// and lines starting with `#` are comments.
    pub fn parse(tsv: &str) -> Result<Corrections, Error> {
        let mut rows = Vec::new();
        for (index, line) in tsv.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |reason: &str| {
                Error::at(
                    index + 1,
                    ErrorKind::BadCorrection {
                        reason: reason.to_string(),
                    },
                )
            };
            let fields: Vec<&str> = line.split('\t').collect();
            let [from, to, reason] = fields[..] else {
                return Err(bad("expected three tab-separated fields: from, to, reason"));
            };
            if from.is_empty() || reason.trim().is_empty() {
                return Err(bad("expected a non-empty `from` and a reason"));
            }
            rows.push(Correction {
                from: from.to_string(),
                to: to.to_string(),
                reason: reason.trim().to_string(),
            });
        }
        Ok(Corrections { rows })
    }

    /// The rows, in table order.
    pub fn rows(&self) -> &[Correction] {
        &self.rows
    }

    /// Applies every row to `text`.
    pub fn apply(&self, text: &str) -> String {
        let mut text = text.to_string();
        for row in &self.rows {
            if text.contains(&row.from) {
                text = text.replace(&row.from, &row.to);
            }
        }
        text
    }
}

/// Re-joins words the PDF cut in two with a space (`inf ractions`,
/// `partie s`, `no n`, `tr aite`), using the compendium's own vocabulary as
/// the dictionary: `A B` becomes `AB` when `AB` occurs as a word elsewhere
/// and `A` or `B` never occurs on its own (outside such a pair). Two real
/// words (`à la`, `il y a`) are never joined, since each occurs on its own.
#[derive(Debug, Clone, Default)]
pub struct SplitWords {
    /// Lowercased whole words and how often they occur.
    counts: HashMap<String, usize>,
    /// How often each word occurs as one half of a joinable pair.
    in_pairs: HashMap<String, usize>,
}

impl SplitWords {
    /// Learns the vocabulary of every text of the compendium.
    pub fn learn<'a>(texts: impl IntoIterator<Item = &'a str> + Clone) -> SplitWords {
        let mut split = SplitWords::default();
        for text in texts.clone() {
            for (start, end) in words(text) {
                *split
                    .counts
                    .entry(text[start..end].to_lowercase())
                    .or_default() += 1;
            }
        }
        let mut in_pairs = HashMap::new();
        for text in texts {
            for (a, b) in split.pairs(text) {
                *in_pairs.entry(a.to_lowercase()).or_default() += 1;
                *in_pairs.entry(b.to_lowercase()).or_default() += 1;
            }
        }
        split.in_pairs = in_pairs;
        split
    }

    /// Adjacent words `A B`, one space apart, whose concatenation is a word.
    fn pairs<'t>(&self, text: &'t str) -> Vec<(&'t str, &'t str)> {
        let spans = words(text);
        spans
            .windows(2)
            .filter(|w| &text[w[0].1..w[1].0] == " ")
            .map(|w| (&text[w[0].0..w[0].1], &text[w[1].0..w[1].1]))
            .filter(|(a, b)| {
                let joined = format!("{a}{b}").to_lowercase();
                self.counts.get(&joined).is_some_and(|n| *n > 0)
            })
            .collect()
    }

    /// Whether `word` only ever occurs as half of a split word.
    fn is_fragment(&self, word: &str) -> bool {
        let word = word.to_lowercase();
        let total = self.counts.get(&word).copied().unwrap_or(0);
        let paired = self.in_pairs.get(&word).copied().unwrap_or(0);
        total <= paired
    }

    /// Re-joins the split words of `text`.
    pub fn apply(&self, text: &str) -> String {
        let mut out = text.to_string();
        // Right to left, so that earlier byte offsets stay valid.
        let spans = words(text);
        for w in spans.windows(2).rev() {
            let (a, b) = (&text[w[0].0..w[0].1], &text[w[1].0..w[1].1]);
            if &text[w[0].1..w[1].0] != " " {
                continue;
            }
            let joined = format!("{a}{b}").to_lowercase();
            if self.counts.get(&joined).is_some_and(|n| *n > 0)
                && (self.is_fragment(a) || self.is_fragment(b))
            {
                out.replace_range(w[0].1..w[1].0, "");
            }
        }
        out
    }
}

/// Byte spans of the words of `text`: maximal runs of letters, except elided
/// articles and pronouns (`l’`, `d’`, `qu’`), which are not words on their own.
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                if c != '’' {
                    spans.push((s, i));
                }
                start = None;
            }
            _ => {}
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Table-driven cases: `cases!(function, [input => expected, …])`.
    macro_rules! cases {
        ($f:expr, [$($input:expr => $expected:expr),+ $(,)?]) => {
            $(assert_eq!($f($input), $expected, "input: {:?}", $input);)+
        };
    }

    fn nb(text: &str) -> String {
        text.replace('_', "\u{a0}")
    }

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

    #[test]
    fn close_apostrophes_removes_spaces_around_apostrophes() {
        cases!(close_apostrophes, [
            "langues officielles de l ’ONU" => "langues officielles de l’ONU",
            "d ’évaluer" => "d’évaluer",
            "n ’obligent" => "n’obligent",
            "d’ une" => "d’une",
            "l’ONU" => "l’ONU",
        ]);
    }

    #[test]
    fn close_hyphens_rejoins_hyphenated_words() {
        cases!(close_hyphens, [
            "partenariats public -privé et" => "partenariats public-privé et",
            "le Groupe de travail lui -même" => "le Groupe de travail lui-même",
            "nationaux – les rôles" => "nationaux – les rôles",
            "de 2010 - 2012" => "de 2010 - 2012",
        ]);
    }

    #[test]
    fn close_punctuation_removes_spaces_inside_parentheses_and_before_stops() {
        cases!(close_punctuation, [
            "la traite des personnes ." => "la traite des personnes.",
            "visant à les exploiter , ainsi" => "visant à les exploiter, ainsi",
            "( en menant" => "(en menant",
            "profits illicites ) ;" => "profits illicites) ;",
        ]);
    }

    #[test]
    fn french_spacing_sets_one_no_break_space() {
        cases!(french_spacing, [
            "le thème  : « Bonnes" => nb("le thème_: «_Bonnes"),
            "le thème : «  enfant  »" => nb("le thème_: «_enfant_»"),
            "concepts de base: le concept" => nb("concepts de base_: le concept"),
            "servitude pour dettes; servage" => nb("servitude pour dettes_; servage"),
            "pourquoi ? Parce que !" => nb("pourquoi_? Parce que_!"),
            "à 10:30 sur http://x" => "à 10:30 sur http://x",
        ]);
    }

    #[test]
    fn tidy_is_idempotent() {
        let once = tidy("de l ’ONU ;  « Mesures  » (CTOC/COP/WG.4/2019/2) .");
        assert_eq!(once, nb("de l’ONU_; «_Mesures_» (CTOC/COP/WG.4/2019/2)."));
        assert_eq!(tidy(&once), once);
    }

    #[test]
    fn corrections_parse_rows_and_skip_comments() {
        let table = "# from\tto\treason\n\nab\tcd\tbecause\n";
        let corrections = Corrections::parse(table).unwrap();
        assert_eq!(corrections.rows().len(), 1);
        assert_eq!(corrections.apply("xaby"), "xcdy");
    }

    #[test]
    fn corrections_reject_rows_without_a_reason() {
        let error = Corrections::parse("# c\nab\tcd\n").unwrap_err();
        assert_eq!(error.line(), Some(2));
        assert!(error.to_string().contains("three tab-separated fields"));
    }

    #[test]
    fn split_words_rejoins_fragments_known_from_elsewhere() {
        let texts = [
            "les infractions commises ; les parties prenantes ; non seulement",
            "la traite des personnes ; il a rédigé ; il y a",
            "des inf ractions ; les partie s prenantes ; no n seulement ; la tr aite",
        ];
        let split = SplitWords::learn(texts);
        cases!(|t| split.apply(t), [
            texts[2] => "des infractions ; les parties prenantes ; non seulement ; la traite",
            texts[1] => texts[1],
        ]);
    }

    #[test]
    fn split_words_never_joins_two_real_words() {
        // `en` and `fin` both occur on their own, so `en fin` stays even
        // though `enfin` is a word.
        let texts = ["enfin ; en fin de compte ; en 2010 ; à la fin"];
        let split = SplitWords::learn(texts);
        assert_eq!(split.apply(texts[0]), texts[0]);
    }

    #[test]
    fn words_skip_elided_articles() {
        let text = "l’ONU et d’autres";
        let found: Vec<&str> = words(text).iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(found, ["ONU", "et", "autres"]);
    }
}
