//! Typo tolerance: bounded edit distance between a query word and a word of
//! the index.
//!
//! A word of 4+ letters may be one edit away, of 8+ letters two edits
//! ([`max_edits`]). The search only tries corrections for a query word that
//! matches nothing as typed (so an exact match always outranks a corrected
//! one), and never corrects a prefix into a longer word.
//!
//! Not here: deciding which words to correct (`search`).

/// The number of edits tolerated for a query word of `len` characters.
pub(crate) fn max_edits(len: usize) -> u32 {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// The set of bytes of a word, hashed into 64 bits.
pub(crate) fn letters(word: &[u8]) -> u64 {
    word.iter().fold(0, |set, &b| set | 1 << (b % 64))
}

/// Whether two words whose byte sets are `a` and `b` may be `max` edits
/// apart: each edit adds or removes at most one byte from the set on each
/// side, so more than `2 * max` differences rule it out.
pub(crate) fn may_be_within(a: u64, b: u64, max: u32) -> bool {
    (a ^ b).count_ones() <= 2 * max
}

/// Levenshtein distance between `a` and `b` if it is at most `max`, with
/// adjacent transpositions counting as one edit (`trafic`/`trafci`).
/// Work is bounded by `a.len() * b.len()`; callers keep words short.
pub(crate) fn within(a: &[u8], b: &[u8], max: u32) -> Option<u32> {
    const CAP: usize = 32;
    let max = max as usize;
    if a.len().abs_diff(b.len()) > max || a.len() >= CAP || b.len() >= CAP {
        return None;
    }
    // Three rows of the optimal-string-alignment matrix, rotated in place.
    let mut rows = [[0u8; CAP]; 3];
    let (mut prev2, mut prev, mut cur) = (0, 1, 2);
    for (j, v) in rows[prev].iter_mut().enumerate().take(b.len() + 1) {
        *v = j as u8;
    }
    for i in 1..=a.len() {
        rows[cur][0] = i as u8;
        let mut row_min = i as u8;
        for j in 1..=b.len() {
            let cost = u8::from(a[i - 1] != b[j - 1]);
            let mut v = (rows[prev][j] + 1)
                .min(rows[cur][j - 1] + 1)
                .min(rows[prev][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(rows[prev2][j - 2] + 1);
            }
            rows[cur][j] = v;
            row_min = row_min.min(v);
        }
        if usize::from(row_min) > max {
            return None;
        }
        (prev2, prev, cur) = (prev, cur, prev2);
    }
    let d = usize::from(rows[prev][b.len()]);
    (d <= max).then_some(d as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit_is_found() {
        assert_eq!(within(b"extradtion", b"extradition", 2), Some(1));
        assert_eq!(within(b"trafci", b"trafic", 1), Some(1));
    }

    #[test]
    fn too_many_edits_are_refused() {
        assert_eq!(within(b"chat", b"chien", 1), None);
        assert_eq!(within(b"abc", b"abcdef", 2), None);
    }

    #[test]
    fn short_words_are_never_corrected() {
        assert_eq!(max_edits(3), 0);
        assert_eq!(max_edits(4), 1);
        assert_eq!(max_edits(8), 2);
    }

    #[test]
    fn letter_sets_never_rule_out_a_real_match() {
        for (a, b) in [
            ("extradtion", "extradition"),
            ("recrutment", "recrutement"),
            ("abcd", "wxyz"),
        ] {
            let close = within(a.as_bytes(), b.as_bytes(), 2).is_some();
            assert!(!close || may_be_within(letters(a.as_bytes()), letters(b.as_bytes()), 2));
        }
    }

    #[test]
    fn long_words_are_refused_not_panicking() {
        assert_eq!(within(&[b'a'; 100], &[b'a'; 100], 2), None);
    }
}
