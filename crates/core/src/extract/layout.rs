//! The words of a compendium's layout in one language: what the extractor
//! looks for (the key-topics marker, the meeting ordinals, …) and the link
//! prefix it writes. [`Layout::FRENCH`] is the one of CTOC/COP/WG.4/2021/5.
//!
//! Not here: the grammar those words fit in (roman headings, numbered
//! paragraphs, lettered items), which is the same in every language
//! (`lines`, `parse`).

/// The words of a compendium's layout in one language.
#[derive(Debug, Clone, Copy)]
pub struct Layout {
    /// BCP 47 tag written to [`Compendium::language`](crate::Compendium::language).
    pub language: &'static str,
    /// The line introducing a theme's key topics.
    pub key_topics: &'static str,
    /// The word following the meeting's ordinal (`deuxième réunion`).
    pub meeting: &'static str,
    /// The word preceding the meeting's year (`en 2010`), lowercase.
    pub year: &'static str,
    /// Meeting ordinals, lowercase, with their number.
    pub ordinals: &'static [(&'static str, u8)],
    /// Prefix of a paper's link; the symbol is appended.
    pub link_prefix: &'static str,
}

impl Layout {
    /// The French layout of CTOC/COP/WG.4/2021/5.
    pub const FRENCH: Layout = Layout {
        language: "fr",
        key_topics: "Principaux sujets",
        meeting: "réunion",
        year: "en",
        ordinals: &[
            ("première", 1),
            ("deuxième", 2),
            ("seconde", 2),
            ("troisième", 3),
            ("quatrième", 4),
            ("cinquième", 5),
            ("sixième", 6),
            ("septième", 7),
            ("huitième", 8),
            ("neuvième", 9),
            ("dixième", 10),
            ("onzième", 11),
            ("douzième", 12),
            ("treizième", 13),
            ("quatorzième", 14),
            ("quinzième", 15),
            ("seizième", 16),
            ("dix-septième", 17),
            ("dix-huitième", 18),
            ("dix-neuvième", 19),
            ("vingtième", 20),
        ],
        link_prefix: "https://undocs.org/fr/",
    };
}
