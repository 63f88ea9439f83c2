//! What a list shows while a change to it reaches the screen a part at a
//! time: every part in its new place, the first ones as they are now, the
//! others with what they showed before, until their turn ([`arrange`]). The accordion's sections and a
//! section's papers are such lists; `hooks::use_step_by_step` takes the
//! steps.
//!
//! Why: a keystroke can reorder and refill every theme and every paper.
//! Done at once, that is tens of milliseconds of DOM, style and layout work
//! for text off screen, and the reader waits for all of it before seeing
//! the first result. Part by part, a keystroke costs what the first screen
//! needs and each later step costs one part.
//!
//! Pure functions of plain data; nothing here knows about the DOM.

/// One element of a list brought up to date part by part.
pub trait Part: Clone {
    /// What identifies the part from one version of the list to the next.
    type Key: PartialEq;
    fn key(&self) -> Self::Key;
    /// How a part waiting for its turn shows, given what it is `now`: itself
    /// unless overridden (a section takes whether it is shown from `now` at
    /// once: hiding is cheap, and a stale section must not linger).
    fn waiting(&self, _now: &Self) -> Self {
        self.clone()
    }
}

/// What to render once the first `fresh` parts of `now` are up to date:
/// every part of `now`, in its order; the first `fresh` as `now` has them,
/// the others as they are on screen ([`Part::waiting`]) until their turn
/// (or as now, if new). Nothing moves in a later step, only changes
/// content: moving a part out of the DOM and back would take the focus from
/// whatever the reader focused in it. `fresh >= now.len()` gives `now`.
pub fn arrange<T: Part>(now: &[T], on_screen: &[T], fresh: usize) -> Vec<T> {
    now.iter()
        .enumerate()
        .map(|(i, current)| {
            let key = current.key();
            match on_screen.iter().find(|s| s.key() == key) {
                Some(shown) if i >= fresh => shown.waiting(current),
                _ => current.clone(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A part: (key, version).
    #[derive(Debug, Clone, PartialEq)]
    struct P(u8, &'static str);

    impl Part for P {
        type Key = u8;
        fn key(&self) -> u8 {
            self.0
        }
    }

    fn parts(keys: &[u8], version: &'static str) -> Vec<P> {
        keys.iter().map(|&k| P(k, version)).collect()
    }

    #[test]
    fn parts_take_their_new_places_at_once_and_only_the_fresh_their_new_content() {
        let on_screen = parts(&[1, 2, 3, 4], "old");
        let now = parts(&[4, 2, 1, 3], "new");
        assert_eq!(
            arrange(&now, &on_screen, 1),
            [P(4, "new"), P(2, "old"), P(1, "old"), P(3, "old")]
        );
    }

    #[test]
    fn parts_gone_from_the_list_go_at_once_and_new_ones_come_as_they_are() {
        let on_screen = parts(&[1, 2, 3], "old");
        let now = parts(&[3, 5, 1], "new");
        assert_eq!(
            arrange(&now, &on_screen, 1),
            [P(3, "new"), P(5, "new"), P(1, "old")]
        );
    }

    #[test]
    fn each_step_brings_one_more_part_up_to_date_until_the_list_is_now() {
        let now = parts(&[3, 1, 2], "new");
        let mut on_screen = parts(&[1, 2, 3], "old");
        let mut seen = Vec::new();
        for fresh in 1..=now.len() {
            on_screen = arrange(&now, &on_screen, fresh);
            seen.push(on_screen.iter().map(|p| p.1).collect::<Vec<_>>());
        }
        assert_eq!(
            seen,
            [
                ["new", "old", "old"],
                ["new", "new", "old"],
                ["new", "new", "new"]
            ]
        );
        assert_eq!(on_screen, now);
    }

    #[test]
    fn with_every_part_fresh_the_list_is_now_whatever_was_on_screen() {
        let now = parts(&[2, 1], "new");
        assert_eq!(arrange(&now, &parts(&[1, 3], "old"), 2), now);
        assert_eq!(arrange(&now, &[], usize::MAX), now);
    }
}
