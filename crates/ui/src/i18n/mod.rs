//! Every string the widget shows or announces, in each UI language, in one
//! table (a file per language: `fr.rs`, `en.rs`…). Components ask for a
//! [`Strings`] by [`Lang`] and never spell text themselves; counts go
//! through [`count`] for their plural forms, numbers through [`number`],
//! years through [`year`], meetings through [`meeting`].
//!
//! The compendium's own text is not here: it comes from the data. UI words
//! follow the UN's own usage (UNTERM): "document symbol" is *cote*,
//! *signatura*, *условное обозначение*, *رمز الوثيقة*, *文号*; "meeting"
//! (of the Working Group) is *réunion*, *reunión*, *совещание*, *اجتماع*,
//! *会议*.
//!
//! Digits: every language writes Western digits (0–9), Arabic included —
//! as the UN's Arabic documents do, and as the papers' symbols and the
//! search field (where readers type `2015/2`) do; only grouping
//! separators differ (see [`number`]).

mod ar;
mod en;
mod es;
mod fr;
pub mod plural;
mod ru;
mod zh;

pub use plural::{count, Forms, Plural};

/// A UI language (the `lang` attribute).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Fr,
    Ar,
    En,
    Es,
    Ru,
    Zh,
}

impl Lang {
    /// Every UI language, the default first, then in the order of their codes.
    pub const ALL: &'static [Lang] = &[Lang::Fr, Lang::Ar, Lang::En, Lang::Es, Lang::Ru, Lang::Zh];

    /// `fr`, `EN`, `en-GB`, `zh-Hans`, `es-419`: the primary language subtag
    /// decides (region and script subtags do not change the strings).
    pub fn parse(value: &str) -> Option<Lang> {
        let primary = value.trim().split(['-', '_']).next().unwrap_or_default();
        let primary = primary.to_ascii_lowercase();
        Lang::ALL.iter().copied().find(|l| l.code() == primary)
    }

    /// The interface language of a mount point without its own `lang`: the
    /// first of `inherited` (the nearest `lang` attribute around it, then the
    /// document's) that is a UI language, else the default. A page in a
    /// language the widget does not speak is no error: nothing is reported.
    pub fn follow<'a>(inherited: impl IntoIterator<Item = Option<&'a str>>) -> Lang {
        inherited
            .into_iter()
            .flatten()
            .find_map(Lang::parse)
            .unwrap_or_default()
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::Ar => "ar",
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Ru => "ru",
            Lang::Zh => "zh",
        }
    }

    /// The writing direction of the interface: the `dir` of its root.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Fr => &fr::STRINGS,
            Lang::Ar => &ar::STRINGS,
            Lang::En => &en::STRINGS,
            Lang::Es => &es::STRINGS,
            Lang::Ru => &ru::STRINGS,
            Lang::Zh => &zh::STRINGS,
        }
    }
}

/// The UI strings of one language. `{n}` and `{q}` are replaced by a count
/// and the query; counted strings have a form per plural category the
/// language uses ([`plural::category`]).
pub struct Strings {
    pub search_label: &'static str,
    pub search_hint: &'static str,
    /// The hint while the query is one character.
    pub type_more: &'static str,
    /// The hint while a search waits for the index of a large compendium.
    pub preparing: &'static str,
    /// The comma a screen reader pauses at between a header's parts (title,
    /// count, key topics), visually hidden.
    pub pause: &'static str,
    pub show_all: &'static str,
    pub hide_all: &'static str,
    pub key_topics: &'static str,
    /// A theme's papers, under its title.
    pub papers: Forms,
    /// A theme's papers found, under its title while searching.
    pub matches: Forms,
    /// The live region's announcement of a search's results.
    pub found: Forms,
    pub no_results: &'static str,
    pub no_results_for: &'static str,
    pub no_results_tips: &'static str,
    pub clear_search: &'static str,
    pub year_filter: &'static str,
    pub any_year: &'static str,
    pub meeting_filter: &'static str,
    pub any_meeting: &'static str,
    /// A meeting, `{n}` its number: "6e réunion".
    pub meeting: fn(u8) -> String,
    /// A year, `{n}` its number: "2015", "2015年".
    pub year: &'static str,
    pub opens_new_window: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    /// The control that unfolds a found paper's other paragraphs.
    pub more_paragraphs: Forms,
    pub fewer_paragraphs: &'static str,
    /// The control under a panel's first papers that shows more of them
    /// (a large `data-src` compendium).
    pub more_papers: Forms,
    pub truncated: &'static str,
    pub loading: &'static str,
    pub load_failed: &'static str,
    pub crashed: &'static str,
}

impl Strings {
    /// Every counted string (for the tests that check their forms).
    pub fn counted(&self) -> [Forms; 5] {
        [
            self.papers,
            self.matches,
            self.found,
            self.more_paragraphs,
            self.more_papers,
        ]
    }

    /// Every plain string, for checks that one language's interface shows
    /// none of another's (the end-to-end tests read them from
    /// `dist/strings.json`).
    pub fn plain(&self) -> Vec<&'static str> {
        vec![
            self.search_label,
            self.search_hint,
            self.type_more,
            self.preparing,
            self.show_all,
            self.hide_all,
            self.key_topics,
            self.no_results,
            self.no_results_for,
            self.no_results_tips,
            self.clear_search,
            self.year_filter,
            self.any_year,
            self.meeting_filter,
            self.any_meeting,
            self.opens_new_window,
            self.copy_link,
            self.link_copied,
            self.fewer_paragraphs,
            self.truncated,
            self.loading,
            self.load_failed,
            self.crashed,
        ]
    }
}

/// `n` written for `lang`: Western digits, grouped by thousands as CLDR
/// says (a narrow no-break space in French, a no-break space in Russian,
/// a full stop in Spanish, from five digits on there, a comma elsewhere).
pub fn number(lang: Lang, n: usize) -> String {
    let digits = n.to_string();
    let (separator, from) = match lang {
        Lang::Fr => ('\u{202f}', 4),
        Lang::Ru => ('\u{a0}', 4),
        Lang::Es => ('.', 5),
        Lang::Ar | Lang::En | Lang::Zh => (',', 4),
    };
    if digits.len() < from {
        return digits;
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// A year, never grouped ("2015"; "2015年" in Chinese).
pub fn year(lang: Lang, y: u16) -> String {
    lang.strings().year.replace("{n}", &y.to_string())
}

/// "6e réunion", "6th meeting", "第6次会议".
pub fn meeting(lang: Lang, n: u8) -> String {
    (lang.strings().meeting)(n)
}

/// A `{q}` template's text before and after the query.
pub fn around_query(template: &'static str) -> (&'static str, &'static str) {
    template.split_once("{q}").unwrap_or((template, ""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_is_its_primary_subtag_in_any_case() {
        for (value, lang) in [
            ("ar", Lang::Ar),
            ("AR-eg", Lang::Ar),
            ("en-GB", Lang::En),
            ("es-419", Lang::Es),
            ("fr_CA", Lang::Fr),
            (" ru-RU ", Lang::Ru),
            ("zh-Hans", Lang::Zh),
            ("zh-Hant-TW", Lang::Zh),
        ] {
            assert_eq!(Lang::parse(value), Some(lang), "{value}");
        }
        for value in ["", "de", "e", "english", "-fr"] {
            assert_eq!(Lang::parse(value), None, "{value}");
        }
    }

    #[test]
    fn a_page_s_language_is_the_first_the_widget_speaks_else_french() {
        assert_eq!(Lang::follow([Some("es-MX"), Some("en")]), Lang::Es);
        assert_eq!(Lang::follow([None, Some("zh-Hans")]), Lang::Zh);
        assert_eq!(Lang::follow([Some("de"), Some("ru")]), Lang::Ru);
        assert_eq!(Lang::follow([Some("de"), None]), Lang::Fr);
        assert_eq!(Lang::follow([None, None]), Lang::Fr);
    }

    #[test]
    fn arabic_alone_is_written_right_to_left() {
        let rtl: Vec<&str> = Lang::ALL
            .iter()
            .filter(|l| l.dir() == "rtl")
            .map(|l| l.code())
            .collect();
        assert_eq!(rtl, ["ar"]);
    }

    #[test]
    fn numbers_are_grouped_as_each_language_writes_them() {
        let written = |n| Lang::ALL.iter().map(|&l| number(l, n)).collect::<Vec<_>>();
        assert_eq!(written(999), ["999"; 6]);
        assert_eq!(
            written(5000),
            [
                "5\u{202f}000",
                "5,000",
                "5,000",
                "5000",
                "5\u{a0}000",
                "5,000"
            ]
            .map(String::from)
        );
        assert_eq!(
            written(12345),
            [
                "12\u{202f}345",
                "12,345",
                "12,345",
                "12.345",
                "12\u{a0}345",
                "12,345"
            ]
            .map(String::from)
        );
        assert_eq!(number(Lang::En, 1_234_567), "1,234,567");
    }

    #[test]
    fn counts_take_the_language_s_plural_form() {
        let found = |lang: Lang, n| count(lang, n, lang.strings().found);
        assert_eq!(found(Lang::Fr, 1), "1 document trouvé");
        assert_eq!(found(Lang::Fr, 2), "2 documents trouvés");
        assert_eq!(found(Lang::En, 1), "1 paper found");
        assert_eq!(found(Lang::Ru, 1), "Найден 1 документ");
        assert_eq!(found(Lang::Ru, 3), "Найдено 3 документа");
        assert_eq!(found(Lang::Ru, 5), "Найдено 5 документов");
        assert_eq!(found(Lang::Ru, 21), "Найден 21 документ");
        assert_eq!(found(Lang::Ar, 1), "عُثر على وثيقة واحدة");
        assert_eq!(found(Lang::Ar, 2), "عُثر على وثيقتين");
        assert_eq!(found(Lang::Ar, 3), "عُثر على 3 وثائق");
        assert_eq!(found(Lang::Ar, 11), "عُثر على 11 وثيقة");
        assert_eq!(found(Lang::Zh, 1), "找到1份文件");
        assert_eq!(found(Lang::Es, 20), "20 documentos encontrados");
    }

    #[test]
    fn a_screen_reader_pauses_at_each_language_s_comma() {
        let pauses: Vec<&str> = Lang::ALL.iter().map(|l| l.strings().pause).collect();
        assert_eq!(pauses, [", ", "، ", ", ", ", ", ", ", "，"]);
    }

    #[test]
    fn years_are_never_grouped() {
        assert_eq!(year(Lang::Fr, 2015), "2015");
        assert_eq!(year(Lang::Es, 2015), "2015");
        assert_eq!(year(Lang::Zh, 2015), "2015年");
    }

    #[test]
    fn meetings_are_ordinals_in_each_language() {
        let sixth: Vec<String> = Lang::ALL.iter().map(|&l| meeting(l, 6)).collect();
        assert_eq!(
            sixth,
            [
                "6e réunion",
                "الاجتماع السادس",
                "6th meeting",
                "6ª reunión",
                "6-е совещание",
                "第6次会议"
            ]
            .map(String::from)
        );
        assert_eq!(meeting(Lang::Fr, 1), "1re réunion");
        assert_eq!(meeting(Lang::En, 12), "12th meeting");
        assert_eq!(meeting(Lang::En, 22), "22nd meeting");
        assert_eq!(meeting(Lang::Ar, 1), "الاجتماع الأول");
        assert_eq!(meeting(Lang::Ar, 25), "الاجتماع 25");
    }

    #[test]
    fn no_language_but_french_shares_a_string_with_french() {
        // Everything shown must be translated: a string left equal to the
        // French one would be French in that interface.
        let french = Lang::Fr.strings().plain();
        for &lang in &Lang::ALL[1..] {
            for s in lang.strings().plain() {
                assert!(!french.contains(&s), "{}: {s:?} is French", lang.code());
            }
        }
    }
}
