//! Accent and case folding: the `folded` form of a word, under which `Traité`,
//! `traite` and `TRAITE` are the same (`Œuvre` → `oeuvre`, `Straße` →
//! `strasse`). The one accent table of the crate: theme ids (`extract`'s
//! slugs) fold with it too.
//!
//! Folding is a small explicit map (Latin-1, Latin Extended-A, the
//! combining marks U+0300–U+036F, Cyrillic `ё`, Arabic alif forms and
//! short vowels) rather than full Unicode normalisation,
//! whose tables would cost ≈ 64 kB gzip in the wasm.
//!
//! Not here: where words begin and end (`tokenize`).

/// Marks dropped by folding: the Latin combining accents, and Arabic's
/// short vowels and other marks (`ضَحِيَّة` → `ضحية`), which most text
/// leaves out.
pub(super) fn is_combining_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
        || ('\u{064B}'..='\u{065F}').contains(&c)
        || c == '\u{0670}'
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

/// The folded form of one lower-case letter of Latin-1 or Latin Extended-A
/// (or Cyrillic `ё`, an Arabic alif form), or `None` when it folds to itself.
pub(super) fn fold_lower(c: char) -> Option<&'static str> {
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
        // Cyrillic `ё` is mostly printed `е`.
        'ё' => "е",
        // Arabic alif with hamza or madda is often typed bare; the
        // tatweel (a stretching stroke) is no letter.
        'أ' | 'إ' | 'آ' | 'ٱ' => "ا",
        'ـ' => "",
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_accents_and_ligatures_fold_to_ascii() {
        assert_eq!(fold("Réunion ÉTAT ça"), "reunion etat ca");
        assert_eq!(fold("Œuvre cæcum"), "oeuvre caecum");
        assert_eq!(fold("Łódź Straße"), "lodz strasse");
    }

    #[test]
    fn combining_accents_are_dropped() {
        assert_eq!(fold("re\u{301}union"), "reunion");
    }

    #[test]
    fn cyrillic_yo_folds_to_ye() {
        assert_eq!(fold("Её ёлка"), "ее елка");
    }

    #[test]
    fn arabic_short_vowels_drop_and_alif_forms_unify() {
        assert_eq!(fold("ضَحِيَّة"), "ضحية");
        assert_eq!(fold("أطفال إنفاذ آثار"), "اطفال انفاذ اثار");
    }

    #[test]
    fn letters_without_an_ascii_form_are_kept_lower_cased() {
        assert_eq!(fold("Ωμέγα"), "ωμέγα");
    }
}
