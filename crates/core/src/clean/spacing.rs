//! Spacing and French typography: spaces removed where the PDF put them
//! around apostrophes, inside hyphenated words, before `,.)` and after `(`;
//! one no-break space ([`NBSP`]) set before `;:!?»` and after `«`. [`tidy`]
//! applies every rule, in order.
//!
//! Not here: joining printed lines (`lines`), nor words cut in two
//! (`split_words`), which need more than the text at hand.

use super::lines::collapse_whitespace;

/// The space set before `;:!?»` and after `«` (French typography).
pub const NBSP: char = '\u{a0}';

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

#[cfg(test)]
mod tests {
    use super::*;

    fn nb(text: &str) -> String {
        text.replace('_', "\u{a0}")
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
}
