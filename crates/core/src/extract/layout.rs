//! The words of a compendium's layout in one language: what the extractor
//! looks for (the key-topics marker, the meeting ordinals, …) and the link
//! prefix it writes. Each language pack holds its own (`language`);
//! [`Layout::FRENCH`] is the one of CTOC/COP/WG.4/2021/5.
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
    /// The quotation marks around a paper's title in its first paragraph,
    /// (open, close), tried in order.
    pub quotes: &'static [(char, char)],
}

impl Layout {
    /// The French layout of CTOC/COP/WG.4/2021/5.
    pub const FRENCH: Layout = crate::language::FRENCH_LAYOUT;

    /// The layout of a language's source (from its
    /// [`LanguagePack`](crate::LanguagePack)), if the extractor can read one.
    pub fn for_language(tag: &str) -> Option<&'static Layout> {
        crate::LanguagePack::for_tag(tag).layout()
    }
}
