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
    /// The token is the whole of a hyphenated word (`nonsanction`), reported
    /// before its parts.
    pub compound: bool,
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
    // Called for every word of the compendium: compare packed integers.
    let bytes = folded.as_bytes();
    if bytes.len() > 8 {
        return false;
    }
    STOP_KEYS.binary_search(&pack(bytes)).is_ok()
}

/// A word of up to 8 bytes as one integer, ordered like the word.
const fn pack(bytes: &[u8]) -> u64 {
    let mut key = 0u64;
    let mut i = 0;
    while i < 8 {
        key <<= 8;
        if i < bytes.len() {
            key |= bytes[i] as u64;
        }
        i += 1;
    }
    key
}

/// [`STOP_WORDS`] packed (the list is sorted, and so are the keys).
static STOP_KEYS: [u64; STOP_WORDS.len()] = {
    let mut keys = [0u64; STOP_WORDS.len()];
    let mut i = 0;
    while i < STOP_WORDS.len() {
        keys[i] = pack(STOP_WORDS[i].as_bytes());
        i += 1;
    }
    keys
};

/// Appends the lower-cased, accent-folded form of `c` to `out`.
pub(crate) fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if is_combining_mark(c) {
        return;
    }
    // Lower-case accented letters, the common case, need no case mapping.
    if let Some(s) = fold_lower(c) {
        out.push_str(s);
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

/// Cuts `text` into tokens (see the module documentation), calling `emit`
/// for each one in order. Stop words are reported with `stop: true`.
///
/// The token passed to `emit` is reused for the next one (no allocation per
/// word): clone what you keep.
pub(crate) fn tokenize(text: &str, mut emit: impl FnMut(&Token)) {
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
        position: &mut position,
        scratch: &mut scratch,
        emit: &mut emit,
    };
    for (start, end, plain) in runs(text) {
        if plain {
            emit_word(text, start, end, false, &mut out);
            *out.position += 1;
        } else {
            emit_run(text, start, end, &mut out);
        }
    }
}

/// Where tokens go: the running position, the reused token, the callback.
struct Out<'a, F> {
    position: &'a mut u32,
    scratch: &'a mut Token,
    emit: &'a mut F,
}

/// Byte ranges of the maximal runs of word characters, joined by apostrophes,
/// hyphens, `/` and `.` when those sit between two word characters; each with
/// whether it is a plain ASCII word (letters and digits only: the fast path).
fn runs(text: &str) -> impl Iterator<Item = (usize, usize, bool)> + '_ {
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
            if !ELISIONS.contains(&buf.as_str()) {
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
    } else {
        emit_word(text, start, end, false, out);
        *out.position += 1;
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
    t.stop = is_stop_word(&t.folded);
    t.compound = compound;
    (t.start, t.end, t.position) = (start, end, *out.position);
    (out.emit)(t);
}

/// All tokens of `text` that are not stop words, in order.
#[cfg(test)]
pub(crate) fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize(text, |t| {
        if !t.stop {
            out.push(t.clone())
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
    fn stop_word_list_is_sorted_and_packs() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(STOP_KEYS.windows(2).all(|w| w[0] < w[1]));
        assert!(STOP_WORDS.iter().all(|w| w.len() <= 8 && is_stop_word(w)));
        assert!(!is_stop_word("lesion") && !is_stop_word("dansant"));
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
