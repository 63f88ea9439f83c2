//! French text normalisation shared by the index and the query parser.
//!
//! [`tokenize`] cuts a text into words and reports each with its byte range in
//! the *original* text, so a match can be highlighted exactly where it was
//! found. Each word carries two forms:
//!
//! - `exact`: lower-cased, accents kept (`traité`);
//! - `folded`: lower-cased, accents and ligatures folded (`traite`, `oeuvre`).
//!
//! Along the way: typographic and ASCII apostrophes are treated alike and the
//! French elisions (`l’`, `d’`, `qu’`, `jusqu’` …) are dropped; hyphenated words
//! are reported whole (`nonsanction`) *and* by parts (`non`, `sanction`);
//! UN symbols such as `CTOC/COP/WG.4/2015/2` stay one [`TokenKind::Code`] token
//! so that their shared `CTOC`, `COP`, `WG`, `4` parts never match on their own.
//! [`is_stop_word`] and [`Stemmer`] complete the pipeline.
//!
//! Accent folding is a small explicit map (Latin-1, Latin Extended-A, the
//! combining marks U+0300–U+036F) rather than full Unicode normalisation,
//! whose tables would cost ≈ 64 kB gzip in the wasm.
//!
//! Not here: deciding what a query means (see `query`), or scoring.

use std::borrow::Cow;

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
}

/// Apostrophes treated alike: ASCII, typographic, modifier letter.
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn is_combining_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// French elided articles and conjunctions, folded: dropped with their apostrophe.
const ELISIONS: &[&str] = &[
    "l", "d", "qu", "n", "s", "j", "m", "c", "t", "jusqu", "lorsqu", "puisqu", "quoiqu",
];

/// French stop words (folded). Deliberately short: `non` and `pas` stay
/// searchable (`non-sanction`), and so do all nouns.
const STOP_WORDS: &[&str] = &[
    "a", "afin", "ai", "au", "aux", "avec", "ce", "ces", "cet", "cette", "d", "dans", "de", "des",
    "du", "elle", "elles", "en", "est", "et", "etre", "eux", "il", "ils", "j", "l", "la", "le",
    "les", "leur", "leurs", "lui", "m", "ma", "mais", "me", "meme", "mes", "mon", "n", "ne", "nos",
    "notre", "nous", "on", "ont", "ou", "par", "pour", "qu", "que", "qui", "s", "sa", "se", "ses",
    "son", "sont", "sur", "t", "ta", "te", "un", "une", "vos", "votre", "vous", "y",
];

/// Whether a folded word is a French stop word (not indexed, not searched).
pub(crate) fn is_stop_word(folded: &str) -> bool {
    STOP_WORDS.binary_search(&folded).is_ok()
}

/// Appends the lower-cased, accent-folded form of `c` to `out`.
pub(crate) fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if is_combining_mark(c) {
        return;
    }
    for l in c.to_lowercase() {
        match fold_lower(l) {
            Some(s) => out.push_str(s),
            None => out.push(l),
        }
    }
}

/// The folded form of one lower-case letter of Latin-1 or Latin Extended-A,
/// or `None` when it folds to itself.
fn fold_lower(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĳ' => "ij",
        'ĵ' => "j",
        'ķ' | 'ĸ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' | 'ŋ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ſ' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// Lower-cased, accent-folded form of a whole string.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_folded(c, &mut out);
    }
    out
}

fn lower_exact(text: &str, out: &mut String) {
    for c in text.chars() {
        if is_apostrophe(c) || is_hyphen(c) {
            continue;
        }
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
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

/// Cuts `text` into tokens (see the module documentation), calling `emit`
/// for each one in order. Stop words are reported with `stop: true`.
pub(crate) fn tokenize(text: &str, mut emit: impl FnMut(Token)) {
    let mut position = 0u32;
    for (start, end) in runs(text) {
        emit_run(text, start, end, &mut position, &mut emit);
    }
}

/// Byte ranges of the maximal runs of word characters, joined by apostrophes,
/// hyphens, `/` and `.` when those sit between two word characters.
fn runs(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        // Skip to the first word character.
        let start = loop {
            let (i, c) = chars.next()?;
            if is_word_char(c) {
                break i;
            }
        };
        let mut end = text.len();
        while let Some(&(i, c)) = chars.peek() {
            if is_word_char(c) {
                chars.next();
                continue;
            }
            let joiner = is_apostrophe(c) || is_hyphen(c) || c == '/' || c == '.';
            let next_is_word = text[i + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(is_word_char);
            if joiner && next_is_word {
                chars.next();
                continue;
            }
            end = i;
            break;
        }
        Some((start, end))
    })
}

fn emit_run(
    text: &str,
    start: usize,
    end: usize,
    position: &mut u32,
    emit: &mut impl FnMut(Token),
) {
    let run = &text[start..end];
    if run.contains('/') && run.bytes().any(|b| b.is_ascii_digit()) {
        let mut folded = String::with_capacity(run.len());
        for c in run.chars() {
            push_folded(c, &mut folded);
        }
        emit(Token {
            exact: folded.clone(),
            folded,
            start,
            end,
            position: *position,
            kind: TokenKind::Code,
            stop: false,
        });
        *position += 1;
        return;
    }
    // Split on `/` and `.` into separate words.
    let mut piece_start = start;
    for (i, c) in run.char_indices().chain(std::iter::once((run.len(), ' '))) {
        if c == '/' || c == '.' || i == run.len() {
            let piece_end = start + i;
            if piece_end > piece_start {
                emit_elided(text, piece_start, piece_end, position, emit);
            }
            piece_start = piece_end + c.len_utf8();
        }
    }
}

/// Drops leading elisions (`l’`, `qu’` …) and splits on remaining apostrophes.
fn emit_elided(
    text: &str,
    start: usize,
    end: usize,
    position: &mut u32,
    emit: &mut impl FnMut(Token),
) {
    let piece = &text[start..end];
    let mut seg_start = start;
    let mut buf = String::new();
    for (i, c) in piece.char_indices() {
        if is_apostrophe(c) {
            let seg_end = start + i;
            buf.clear();
            fold_into(&text[seg_start..seg_end], &mut buf);
            if !ELISIONS.contains(&buf.as_str()) {
                emit_hyphenated(text, seg_start, seg_end, position, emit);
            }
            seg_start = seg_end + c.len_utf8();
        }
    }
    if end > seg_start {
        emit_hyphenated(text, seg_start, end, position, emit);
    }
}

/// Emits a word; a hyphenated word is emitted whole, then part by part.
fn emit_hyphenated(
    text: &str,
    start: usize,
    end: usize,
    position: &mut u32,
    emit: &mut impl FnMut(Token),
) {
    let word = &text[start..end];
    if word.chars().any(is_hyphen) {
        emit(make_token(text, start, end, *position));
        let mut part_start = start;
        for (i, c) in word
            .char_indices()
            .chain(std::iter::once((word.len(), '-')))
        {
            if is_hyphen(c) {
                let part_end = start + i;
                if part_end > part_start {
                    emit(make_token(text, part_start, part_end, *position));
                    *position += 1;
                }
                part_start = part_end + c.len_utf8();
            }
        }
    } else {
        emit(make_token(text, start, end, *position));
        *position += 1;
    }
}

fn make_token(text: &str, start: usize, end: usize, position: u32) -> Token {
    let word = &text[start..end];
    let mut exact = String::with_capacity(word.len());
    lower_exact(word, &mut exact);
    let mut folded = String::with_capacity(word.len());
    fold_into(word, &mut folded);
    let kind = if folded.bytes().all(|b| b.is_ascii_digit()) {
        TokenKind::Number
    } else {
        TokenKind::Word
    };
    let stop = is_stop_word(&folded);
    Token {
        exact,
        folded,
        start,
        end,
        position,
        kind,
        stop,
    }
}

/// All tokens of `text` that are not stop words, in order.
#[cfg(test)]
pub(crate) fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize(text, |t| {
        if !t.stop {
            out.push(t)
        }
    });
    out
}

/// The Snowball French stemmer, applied to folded words.
pub(crate) struct Stemmer(rust_stemmers::Stemmer);

impl Stemmer {
    pub(crate) fn french() -> Self {
        Stemmer(rust_stemmers::Stemmer::create(
            rust_stemmers::Algorithm::French,
        ))
    }

    /// The stem of a folded word; numbers and codes are their own stem.
    pub(crate) fn stem<'a>(&self, folded: &'a str, kind: TokenKind) -> Cow<'a, str> {
        match kind {
            TokenKind::Word => self.0.stem(folded),
            TokenKind::Number | TokenKind::Code => Cow::Borrowed(folded),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn hyphen_parts_follow_whole_positions() {
        let p: Vec<u32> = tokens("un non-sanction x")
            .iter()
            .map(|t| t.position)
            .collect();
        assert_eq!(p, vec![1, 1, 2, 3]);
    }

    #[test]
    fn stop_word_list_is_sorted() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn stemmer_merges_singular_and_plural() {
        let s = Stemmer::french();
        assert_eq!(
            s.stem("victimes", TokenKind::Word),
            s.stem("victime", TokenKind::Word)
        );
    }
}
