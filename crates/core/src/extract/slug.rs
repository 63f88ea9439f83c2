//! Theme ids: stable ASCII slugs of the theme titles (`Prélèvement
//! d’organes` → `prelevement-d-organes`), unique within a compendium.
//!
//! Accents are folded by the search's own folding (`normalize::fold`), so
//! there is one accent table in the crate, not two that could disagree.
//!
//! Not here: the anchors' use in HTML (`html`) or in the widget's links.

use crate::normalize::fold;

/// An ASCII slug of `title` not yet in `taken` (`Prélèvement d’organes` →
/// `prelevement-d-organes`; a second `Demande` → `demande-2`).
pub(super) fn unique_slug(title: &str, taken: &[String]) -> String {
    let base = slug(title);
    let mut candidate = base.clone();
    let mut n = 2;
    while taken.contains(&candidate) {
        candidate = format!("{base}-{n}");
        n += 1;
    }
    candidate
}

/// Accent-folded, lowercase, hyphen-separated ASCII: each run of anything
/// else than ASCII letters and digits once folded (spaces, apostrophes,
/// punctuation, letters with no ASCII form) becomes one hyphen.
fn slug(title: &str) -> String {
    fold(title)
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_lowercase_hyphenated() {
        assert_eq!(slug("Non-sanction"), "non-sanction");
        assert_eq!(slug("Prélèvement d’organes"), "prelevement-d-organes");
        assert_eq!(
            slug("Coordination et coopération à l’échelon national"),
            "coordination-et-cooperation-a-l-echelon-national"
        );
        assert_eq!(unique_slug("Demande", &["demande".into()]), "demande-2");
    }

    #[test]
    fn slugs_fold_accents_as_the_search_does() {
        // Letters beyond French, ligatures and combining accents: the same
        // folding as `fold`, so an id reads like the title typed unaccented.
        assert_eq!(
            slug("Œuvre, Łódź et re\u{301}union"),
            "oeuvre-lodz-et-reunion"
        );
        assert_eq!(slug("Straße"), "strasse");
    }
}
