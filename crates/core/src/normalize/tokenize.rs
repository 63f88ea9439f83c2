//! Tokenizing: a text cut into words, each with its byte range in the
//! original text, its position, its exact and folded forms and its kind
//! (word, number, code). Each run of word characters (`runs`) becomes one
//! code (a UN symbol) or is split on `/` and `.`, its elisions dropped and
//! its hyphenated words reported whole and by parts (see the parent
//! module's documentation); in a language written without spaces, its Han
//! characters are reported one by one and in overlapping pairs.
//!
//! Not here: where a run of word characters ends (`runs`), the folding of
//! characters (`fold`), the word lists (the language pack), stemming
//! (`stem`).

use super::fold::{fold_lower, push_folded};
use super::runs::{is_apostrophe, is_han, is_hyphen, runs};
use crate::language::{LanguagePack, Segmentation};

/// What a token is made of; it decides how the token may be matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum TokenKind {
    /// Letters (possibly with digits): stemmed, prefix- and typo-matched.
    Word,
    /// Digits only: matched exactly, never by prefix (`2` must not find `2010`).
    Number,
    /// A slash-separated code with digits, such as a UN symbol.
    Code,
}

/// One word of a text, with where it is in the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    /// Lower-cased, accents kept.
    pub exact: String,
    /// Lower-cased, accents and ligatures folded.
    pub folded: String,
    /// Byte range in the original text.
    pub start: usize,
    pub end: usize,
    /// Word position in the text, counting stop words, so that phrases and
    /// proximity can be checked. The whole of a hyphenated word shares the
    /// position of its first part.
    pub position: u32,
    pub kind: TokenKind,
    /// The token is a stop word (reported anyway; callers usually skip it).
    pub stop: bool,
    /// The token is indexed but a query searches for something else in its
    /// place: the whole of a hyphenated word (`nonsanction`, reported before
    /// its parts, which are searched), or one Han character of a longer run
    /// (the run's character pairs are searched).
    pub compound: bool,
}

fn lower_exact(text: &str, out: &mut String) {
    for c in text.chars() {
        if is_apostrophe(c) || is_hyphen(c) {
            continue;
        }
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if fold_lower(c).is_some() {
            // Already a lower-case accented letter.
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

fn fold_into(text: &str, out: &mut String) {
    for c in text.chars() {
        if is_apostrophe(c) || is_hyphen(c) {
            continue;
        }
        push_folded(c, out);
    }
}

/// Cuts `text` into tokens (see the module documentation) by the rules of
/// `pack`, calling `emit` for each one in order. Stop words are reported
/// with `stop: true`.
///
/// The token passed to `emit` is reused for the next one (no allocation per
/// word): clone what you keep.
pub(crate) fn tokenize(text: &str, pack: &LanguagePack, mut emit: impl FnMut(&Token)) {
    let mut position = 0u32;
    let mut scratch = Token {
        exact: String::new(),
        folded: String::new(),
        start: 0,
        end: 0,
        position: 0,
        kind: TokenKind::Word,
        stop: false,
        compound: false,
    };
    let mut out = Out {
        pack,
        position: &mut position,
        scratch: &mut scratch,
        emit: &mut emit,
    };
    for (start, end, plain) in runs(text) {
        // A plain run is ASCII letters and digits: no elision, no hyphen, no
        // Han character to look for.
        if plain {
            emit_word(text, start, end, false, &mut out);
            *out.position += 1;
        } else {
            emit_run(text, start, end, &mut out);
        }
    }
}

/// Where tokens go: the language's rules, the running position, the reused
/// token, the callback.
struct Out<'a, F> {
    pack: &'a LanguagePack,
    position: &'a mut u32,
    scratch: &'a mut Token,
    emit: &'a mut F,
}

fn emit_run<F: FnMut(&Token)>(text: &str, start: usize, end: usize, out: &mut Out<'_, F>) {
    let run = &text[start..end];
    if run.contains('/') && run.bytes().any(|b| b.is_ascii_digit()) {
        let t = &mut *out.scratch;
        t.folded.clear();
        for c in run.chars() {
            push_folded(c, &mut t.folded);
        }
        t.exact.clear();
        t.exact.push_str(&t.folded);
        (t.start, t.end, t.position) = (start, end, *out.position);
        (t.kind, t.stop, t.compound) = (TokenKind::Code, false, false);
        (out.emit)(t);
        *out.position += 1;
        return;
    }
    // Split on `/` and `.` into separate words.
    let mut piece_start = start;
    for (i, c) in run.char_indices().chain(std::iter::once((run.len(), ' '))) {
        if c == '/' || c == '.' || i == run.len() {
            let piece_end = start + i;
            if piece_end > piece_start {
                emit_elided(text, piece_start, piece_end, out);
            }
            piece_start = piece_end + c.len_utf8();
        }
    }
}

/// Drops leading elisions (`l’`, `qu’` …) and splits on remaining apostrophes.
fn emit_elided<F: FnMut(&Token)>(text: &str, start: usize, end: usize, out: &mut Out<'_, F>) {
    let piece = &text[start..end];
    let mut seg_start = start;
    for (i, c) in piece.char_indices() {
        if is_apostrophe(c) {
            let seg_end = start + i;
            let buf = &mut out.scratch.folded;
            buf.clear();
            fold_into(&text[seg_start..seg_end], buf);
            if !out.pack.is_elision(buf) {
                emit_hyphenated(text, seg_start, seg_end, out);
            }
            seg_start = seg_end + c.len_utf8();
        }
    }
    if end > seg_start {
        emit_hyphenated(text, seg_start, end, out);
    }
}

/// Emits a word; a hyphenated word is emitted whole, then part by part.
fn emit_hyphenated<F: FnMut(&Token)>(text: &str, start: usize, end: usize, out: &mut Out<'_, F>) {
    let word = &text[start..end];
    if word.chars().any(is_hyphen) {
        emit_word(text, start, end, true, out);
        let mut part_start = start;
        for (i, c) in word
            .char_indices()
            .chain(std::iter::once((word.len(), '-')))
        {
            if is_hyphen(c) {
                let part_end = start + i;
                if part_end > part_start {
                    emit_word(text, part_start, part_end, false, out);
                    *out.position += 1;
                }
                part_start = part_end + c.len_utf8();
            }
        }
    } else if out.pack.segmentation == Segmentation::HanBigrams && word.chars().any(is_han) {
        emit_han(text, start, end, out);
    } else {
        emit_word(text, start, end, false, out);
        *out.position += 1;
    }
}

/// Emits a word of a language written without spaces: its stretches of
/// other characters (`6` in `第6次`) as words, each Han character as a
/// token, and each pair of neighbouring Han characters as a token at the
/// position of its first one. The characters of a run of two or more are
/// `compound` (indexed; a query searches the pairs, which is what finds a
/// two-character term inside a sentence without a dictionary).
fn emit_han<F: FnMut(&Token)>(text: &str, start: usize, end: usize, out: &mut Out<'_, F>) {
    let chars: Vec<(usize, char)> = text[start..end].char_indices().collect();
    let byte_end = |k: usize| chars.get(k).map_or(end, |&(j, _)| start + j);
    let mut k = 0;
    while k < chars.len() {
        let at = start + chars[k].0;
        if !is_han(chars[k].1) {
            let mut stretch = k + 1;
            while stretch < chars.len() && !is_han(chars[stretch].1) {
                stretch += 1;
            }
            emit_word(text, at, byte_end(stretch), false, out);
            *out.position += 1;
            k = stretch;
            continue;
        }
        let paired = chars.get(k + 1).is_some_and(|&(_, next)| is_han(next));
        let in_run = paired || (k > 0 && is_han(chars[k - 1].1));
        emit_word(text, at, byte_end(k + 1), in_run, out);
        if paired {
            emit_word(text, at, byte_end(k + 2), false, out);
        }
        *out.position += 1;
        k += 1;
    }
}

fn emit_word<F: FnMut(&Token)>(
    text: &str,
    start: usize,
    end: usize,
    compound: bool,
    out: &mut Out<'_, F>,
) {
    let word = &text[start..end];
    let t = &mut *out.scratch;
    t.exact.clear();
    t.folded.clear();
    if word.bytes().all(|b| b.is_ascii_alphanumeric()) {
        // The common case: exact and folded forms are the same.
        t.folded.push_str(word);
        t.folded.make_ascii_lowercase();
        t.exact.push_str(&t.folded);
    } else {
        lower_exact(word, &mut t.exact);
        fold_into(word, &mut t.folded);
    }
    t.kind = if t.folded.bytes().all(|b| b.is_ascii_digit()) {
        TokenKind::Number
    } else {
        TokenKind::Word
    };
    t.stop = out.pack.is_stop_word(&t.folded);
    t.compound = compound;
    (t.start, t.end, t.position) = (start, end, *out.position);
    (out.emit)(t);
}

/// All tokens of `text` that are not stop words, in order.
#[cfg(test)]
pub(crate) fn tokens(text: &str) -> Vec<Token> {
    tokens_in(text, LanguagePack::for_tag("fr"))
}

/// All tokens of `text` that are not stop words, by the rules of `pack`.
#[cfg(test)]
pub(crate) fn tokens_in(text: &str, pack: &LanguagePack) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize(text, pack, |t| {
        if !t.stop {
            out.push(t.clone())
        }
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;

    fn folded(text: &str) -> Vec<String> {
        tokens(text).into_iter().map(|t| t.folded).collect()
    }

    macro_rules! folds {
        ($($name:ident: $input:expr => [$($want:expr),*];)*) => {$(
            #[test]
            fn $name() {
                let want: Vec<&str> = vec![$($want),*];
                assert_eq!(folded($input), want, "tokens of {:?}", $input);
            }
        )*};
    }

    folds! {
        accents_and_case_fold: "Réunion ÉTAT ça" => ["reunion", "etat", "ca"];
        ligatures_expand: "mise en Œuvre, cæcum" => ["mise", "oeuvre", "caecum"];
        typographic_elision_is_dropped: "l’extradition d’organes" => ["extradition", "organes"];
        ascii_elision_is_dropped: "l'extradition jusqu'à lorsqu'il" => ["extradition"];
        unknown_apostrophe_prefix_splits: "aujourd’hui" => ["aujourd", "hui"];
        hyphenated_word_whole_and_parts: "non-sanction" => ["nonsanction", "non", "sanction"];
        symbol_is_one_code: "(CTOC/COP/WG.4/2015/2)." => ["ctoc/cop/wg.4/2015/2"];
        et_ou_splits: "victimes et/ou témoins" => ["victimes", "temoins"];
        dotted_abbreviation_splits: "WG.4" => ["wg", "4"];
        combining_marks_drop: "re\u{301}union" => ["reunion"];
        punctuation_and_emoji_separate: "«traite»—😀travail…forcé" => ["traite", "travail", "force"];
        stop_words_are_skipped: "la traite des personnes" => ["traite", "personnes"];
    }

    #[test]
    fn offsets_point_into_the_original() {
        let text = "L’Œuvre non-sanction";
        for t in tokens(text) {
            assert_eq!(fold(&text[t.start..t.end]).replace('-', ""), t.folded);
        }
        let t = &tokens(text)[0];
        assert_eq!(&text[t.start..t.end], "Œuvre");
    }

    #[test]
    fn exact_keeps_accents() {
        let t = &tokens("Traité")[0];
        assert_eq!((t.exact.as_str(), t.folded.as_str()), ("traité", "traite"));
    }

    fn pack(code: &str) -> &'static LanguagePack {
        LanguagePack::for_tag(code)
    }

    /// (folded, compound, position) of each token.
    fn tokens_of(text: &str, code: &str) -> Vec<(String, bool, u32)> {
        tokens_in(text, pack(code))
            .into_iter()
            .map(|t| (t.folded, t.compound, t.position))
            .collect()
    }

    #[test]
    fn elisions_belong_to_their_language() {
        assert_eq!(tokens_of("l’exploitation", "fr").len(), 1);
        let neutral: Vec<_> = tokens_of("l’exploitation", "");
        assert_eq!(neutral[0].0, "l");
    }

    #[test]
    fn stop_words_belong_to_their_language() {
        assert!(tokens_of("la traite", "").iter().any(|t| t.0 == "la"));
        assert!(!tokens_of("la traite", "fr").iter().any(|t| t.0 == "la"));
    }

    #[cfg(feature = "all-languages")]
    #[test]
    fn a_han_run_gives_its_characters_then_pairs_each_at_its_position() {
        let own = |s: &str, compound, position| (s.to_string(), compound, position);
        assert_eq!(
            tokens_of("贩运人口", "zh"),
            [
                own("贩", true, 0),
                own("贩运", false, 0),
                own("运", true, 1),
                own("运人", false, 1),
                own("人", true, 2),
                own("人口", false, 2),
                own("口", true, 3),
            ]
        );
    }

    #[cfg(feature = "all-languages")]
    #[test]
    fn a_lone_han_character_is_searched_itself() {
        assert_eq!(tokens_of("第6次", "zh")[0], ("第".to_string(), false, 0));
        assert_eq!(tokens_of("第6次", "zh")[1].0, "6");
    }

    #[test]
    fn a_language_with_spaces_keeps_a_han_run_whole() {
        assert_eq!(
            tokens_of("贩运人口", "fr"),
            [("贩运人口".to_string(), false, 0)]
        );
    }

    #[test]
    fn hyphen_parts_follow_whole_positions() {
        let p: Vec<u32> = tokens("un non-sanction x")
            .iter()
            .map(|t| t.position)
            .collect();
        assert_eq!(p, vec![1, 1, 2, 3]);
    }
}
