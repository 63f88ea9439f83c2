//! CLDR plural categories of whole numbers, per UI language: which form of
//! a counted string ("1 document", "2 documents") a number takes.
//!
//! Only the integer rules matter (the widget counts papers, matches and
//! paragraphs). Source: CLDR 46 `plurals.xml`, cardinal rules, `v = 0`.

use super::Lang;

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// The forms of one counted string: `(category, template)` pairs, `{n}`
/// standing for the number. The `Other` form must be there: it is what any
/// category the language does not spell falls back to.
pub type Forms = &'static [(Plural, &'static str)];

/// The category `n` takes in `lang`.
pub fn category(lang: Lang, n: usize) -> Plural {
    use Plural::*;
    let (n10, n100) = (n % 10, n % 100);
    match lang {
        // French: 0 and 1 are singular ("0 document trouvé"); `many` is for
        // multiples of a million ("1 000 000 de documents").
        Lang::Fr if n <= 1 => One,
        Lang::Fr | Lang::Es if n != 0 && n % 1_000_000 == 0 => Many,
        Lang::Es | Lang::En if n == 1 => One,
        Lang::Ru if n10 == 1 && n100 != 11 => One,
        Lang::Ru if (2..=4).contains(&n10) && !(12..=14).contains(&n100) => Few,
        Lang::Ru => Many,
        Lang::Ar => match n {
            0 => Zero,
            1 => One,
            2 => Two,
            _ if (3..=10).contains(&n100) => Few,
            _ if (11..=99).contains(&n100) => Many,
            _ => Other,
        },
        _ => Other,
    }
}

/// The form of `forms` for `n` in `lang`, with `n` written for `lang` in it.
pub fn count(lang: Lang, n: usize, forms: Forms) -> String {
    let wanted = category(lang, n);
    let form = forms
        .iter()
        .find(|(c, _)| *c == wanted)
        .or_else(|| forms.iter().find(|(c, _)| *c == Plural::Other))
        .map_or("{n}", |(_, form)| form);
    form.replace("{n}", &super::number(lang, n))
}

#[cfg(test)]
mod tests {
    use super::Plural::*;
    use super::*;

    fn categories(lang: Lang, numbers: &[usize]) -> Vec<Plural> {
        numbers.iter().map(|&n| category(lang, n)).collect()
    }

    #[test]
    fn french_counts_zero_and_one_as_singular() {
        assert_eq!(
            categories(Lang::Fr, &[0, 1, 2, 100]),
            [One, One, Other, Other]
        );
        assert_eq!(category(Lang::Fr, 2_000_000), Many);
    }

    #[test]
    fn english_and_spanish_have_one_for_one_alone() {
        assert_eq!(
            categories(Lang::En, &[0, 1, 2, 21]),
            [Other, One, Other, Other]
        );
        assert_eq!(
            categories(Lang::Es, &[0, 1, 2, 21]),
            [Other, One, Other, Other]
        );
        assert_eq!(category(Lang::Es, 1_000_000), Many);
    }

    #[test]
    fn russian_has_one_few_many_by_the_last_digits() {
        assert_eq!(
            categories(
                Lang::Ru,
                &[1, 21, 101, 11, 2, 4, 22, 12, 14, 0, 5, 11, 19, 25, 111]
            ),
            [One, One, One, Many, Few, Few, Few, Many, Many, Many, Many, Many, Many, Many, Many]
        );
    }

    #[test]
    fn arabic_has_zero_one_two_few_many_other() {
        assert_eq!(
            categories(
                Lang::Ar,
                &[0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111, 1000]
            ),
            [Zero, One, Two, Few, Few, Many, Many, Other, Other, Few, Many, Other]
        );
    }

    #[test]
    fn chinese_has_one_form() {
        assert_eq!(categories(Lang::Zh, &[0, 1, 2, 5, 21]), [Other; 5]);
    }

    #[test]
    fn a_category_a_string_does_not_spell_falls_back_to_other() {
        let forms: Forms = &[(One, "one"), (Other, "{n} others")];
        assert_eq!(count(Lang::Ar, 2, forms), "2 others");
    }

    #[test]
    fn every_counted_string_of_every_language_has_its_other_form() {
        for &lang in Lang::ALL {
            for forms in lang.strings().counted() {
                assert!(
                    forms.iter().any(|(c, _)| *c == Other),
                    "{}: {forms:?} has no Other form",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn every_category_a_language_uses_is_spelled_in_each_counted_string() {
        let uses = |lang| -> Vec<Plural> {
            let mut seen: Vec<Plural> = (0..200).map(|n| category(lang, n)).collect();
            seen.dedup();
            seen.sort_by_key(|c| *c as u8);
            seen.dedup();
            seen
        };
        for &lang in Lang::ALL {
            for forms in lang.strings().counted() {
                for wanted in uses(lang) {
                    assert!(
                        forms.iter().any(|(c, _)| *c == wanted),
                        "{}: {forms:?} lacks {wanted:?}",
                        lang.code()
                    );
                }
            }
        }
    }
}
