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

/// Levenshtein distance between `a` and `b` if it is at most `max`, with
/// adjacent transpositions counting as one edit (`trafic`/`trafci`).
/// Work is bounded by `a.len() * b.len()`; callers keep words short.
pub(crate) fn within(a: &[u8], b: &[u8], max: u32) -> Option<u32> {
    let max = max as usize;
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    // Three rows of the optimal-string-alignment matrix.
    let mut prev2: [usize; 64] = [0; 64];
    let mut prev: [usize; 64] = [0; 64];
    let mut cur: [usize; 64] = [0; 64];
    if b.len() >= 64 || a.len() >= 64 {
        return None;
    }
    for (j, v) in prev.iter_mut().enumerate().take(b.len() + 1) {
        *v = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
        prev2 = prev;
        prev = cur;
    }
    let d = prev[b.len()];
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
    fn long_words_are_refused_not_panicking() {
        assert_eq!(within(&[b'a'; 100], &[b'a'; 100], 2), None);
    }
}
