//! The French words the search skips: stop words (not indexed, not
//! searched), elisions (`l’`, `qu’`, dropped with their apostrophe) and the
//! words questions are built with (indexed, but a query ignores them); and
//! the English words a question in English is built with, which a query
//! recognised as English ignores (`expansions`).
//!
//! Not here: finding the words (`tokenize`, which asks these lists).

/// French elided articles and conjunctions, folded: dropped with their apostrophe.
const ELISIONS: &[&str] = &[
    "l", "d", "qu", "n", "s", "j", "m", "c", "t", "jusqu", "lorsqu", "puisqu", "quoiqu",
];

/// Whether a folded word is a French elided article or conjunction.
pub(super) fn is_elision(folded: &str) -> bool {
    ELISIONS.contains(&folded)
}

/// French stop words (folded). Deliberately short: `non` and `pas` stay
/// searchable (`non-sanction`), and so do all nouns.
const STOP_WORDS: &[&str] = &[
    "a", "afin", "ai", "au", "aux", "avec", "ce", "ces", "cet", "cette", "d", "dans", "de", "des",
    "dont", "du", "elle", "elles", "en", "est", "et", "etre", "eux", "il", "ils", "j", "l", "la",
    "le", "les", "leur", "leurs", "lui", "m", "ma", "mais", "me", "meme", "mes", "mon", "n", "ne",
    "nos", "notre", "nous", "on", "ont", "ou", "par", "pour", "qu", "que", "qui", "s", "sa", "se",
    "ses", "son", "sont", "sur", "t", "ta", "te", "un", "une", "vos", "votre", "vous", "y",
];

/// The words of a question's scaffolding (folded): interrogatives and the
/// verbs a question is built on (`comment`, `quel`, `doit`, `peut-on`,
/// `faut-il`). The text uses them as words, so they are indexed; typed in a
/// query they carry no weight, and no typo is ever corrected into one.
/// (`qui`, `que`, `est-ce`, `où` are stop words already.)
const QUESTION_WORDS: &[&str] = &[
    "combien",
    "comment",
    "dois",
    "doit",
    "doivent",
    "faut",
    "laquelle",
    "lequel",
    "lesquelles",
    "lesquels",
    "peut",
    "peuvent",
    "peux",
    "pourquoi",
    "quand",
    "quel",
    "quelle",
    "quelles",
    "quels",
    "quoi",
];

/// English function words and a question's scaffolding (folded, sorted):
/// `what does a national rapporteur do` asks about `national rapporteur`.
/// Only dropped from queries the thesaurus recognised as English: some are
/// French words too (`est`, `or`).
const ENGLISH_FILLER: &[&str] = &[
    "a", "about", "an", "and", "are", "as", "at", "be", "by", "can", "could", "did", "do", "does",
    "for", "from", "how", "in", "is", "it", "its", "mean", "meaning", "means", "of", "on", "or",
    "should", "that", "the", "their", "there", "these", "this", "those", "to", "was", "were",
    "what", "when", "where", "which", "who", "why", "with", "would",
];

/// Whether a folded word is an English function word or question
/// scaffolding ([`ENGLISH_FILLER`]).
pub(crate) fn is_english_filler(folded: &str) -> bool {
    ENGLISH_FILLER.binary_search(&folded).is_ok()
}

/// Whether a folded word belongs to a question's scaffolding.
pub(crate) fn is_question_word(folded: &str) -> bool {
    QUESTION_WORDS.binary_search(&folded).is_ok()
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_word_list_is_sorted_and_packs() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(STOP_KEYS.windows(2).all(|w| w[0] < w[1]));
        assert!(STOP_WORDS.iter().all(|w| w.len() <= 8 && is_stop_word(w)));
        assert!(!is_stop_word("lesion") && !is_stop_word("dansant"));
    }

    #[test]
    fn question_word_list_is_sorted() {
        assert!(QUESTION_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_question_word("pourquoi") && !is_question_word("poursuite"));
    }

    #[test]
    fn english_filler_list_is_sorted() {
        assert!(ENGLISH_FILLER.windows(2).all(|w| w[0] < w[1]));
        assert!(is_english_filler("does") && !is_english_filler("rapporteur"));
    }
}
