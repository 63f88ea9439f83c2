//! The one sort of the search code: a heapsort, for the few sorts made in the
//! browser (the index's vocabulary once, and per search the ranked papers,
//! the matches and the best paragraphs of each hit).
//!
//! Why not the standard library's: each element type gets its own copy of
//! its pattern-defeating quicksort or driftsort, 3–5 kB of wasm each; this is
//! a few hundred bytes per type (these five sorts: −17.5 kB raw, −6.5 kB gzip
//! in the widget's wasm). Unstable, like `sort_unstable_by`: every order
//! sorted here is total (ties are broken by an index), so stability would
//! change nothing. A heapsort is slower on data already in order, hence the
//! check first (natively: the index builds in the same 3 ms, queries take the
//! same 10–15 µs; hostile ones 45 → 60 µs).

/// Sorts `v` in place so that no element is `less` than one before it.
pub(crate) fn sort_by<T>(v: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    // Matches are often found in order already: nothing to do then.
    if v.is_sorted_by(|a, b| !less(b, a)) {
        return;
    }
    let len = v.len();
    // A max-heap, then its top moved to the end, one element at a time.
    for root in (0..len / 2).rev() {
        sift_down(v, root, &mut less);
    }
    for end in (1..len).rev() {
        v.swap(0, end);
        sift_down(&mut v[..end], 0, &mut less);
    }
}

/// Moves `v[root]` down the heap `v` until its children are not greater.
fn sift_down<T>(v: &mut [T], mut root: usize, less: &mut impl FnMut(&T, &T) -> bool) {
    loop {
        let mut child = 2 * root + 1;
        if child >= v.len() {
            return;
        }
        if child + 1 < v.len() && less(&v[child], &v[child + 1]) {
            child += 1;
        }
        if !less(&v[root], &v[child]) {
            return;
        }
        v.swap(root, child);
        root = child;
    }
}

#[cfg(test)]
mod tests {
    use super::sort_by;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_like_the_standard_library(mut v in proptest::collection::vec(any::<(u8, u16)>(), 0..200)) {
            let mut expected = v.clone();
            expected.sort_unstable();
            sort_by(&mut v, |a, b| a < b);
            prop_assert_eq!(v, expected);
        }
    }
}
