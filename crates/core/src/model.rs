//! The compendium data model: what the extractor writes to `data/*.json`, what
//! the search index reads and what the widget renders.
//!
//! Plain serde types and nothing else: no parsing, no cleaning, no search. The
//! JSON schema they define is documented in `data/README.md`; any change to
//! the shape of these types must bump [`SCHEMA_VERSION`].

use crate::thesaurus::Thesaurus;
use serde::{Deserialize, Serialize};

/// Version of the JSON schema written by the extractor. Readers refuse other
/// versions with a clear message instead of misreading the data.
pub const SCHEMA_VERSION: u32 = 1;

/// One compendium of background papers (e.g. `CTOC/COP/WG.4/2021/5`, in French).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Compendium {
    /// Always [`SCHEMA_VERSION`] for data this code can read.
    pub schema_version: u32,
    /// UN document symbol of the compendium itself.
    pub symbol: String,
    /// Title of the compendium as printed.
    pub title: String,
    /// BCP 47 language tag of the text (`fr`).
    pub language: String,
    /// The introduction's numbered paragraphs.
    pub introduction: Vec<Paragraph>,
    /// The themes, in document order.
    pub themes: Vec<Theme>,
    /// Synonyms and translations that widen queries; optional (an absent
    /// `thesaurus` is an empty one, so this addition kept
    /// [`SCHEMA_VERSION`]). The bundled compendium's is kept apart, in
    /// `data/thesaurus.fr.json` ([`Compendium::with_thesaurus`]).
    #[serde(default, skip_serializing_if = "Thesaurus::is_empty")]
    pub thesaurus: Thesaurus,
}

/// One theme (section heading) of the compendium.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Theme {
    /// Stable slug derived from the title (`non-sanction`): ASCII, lowercase,
    /// hyphen-separated. Used in URLs and the `open` attribute.
    pub id: String,
    /// Title as printed.
    pub title: String,
    /// "Principaux sujets", split on `;`, in printed order.
    pub key_topics: Vec<String>,
    /// The background papers filed under this theme, in document order.
    pub documents: Vec<Document>,
}

/// One background paper summarised in the compendium.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Full UN symbol (`CTOC/COP/WG.4/2015/2`).
    pub symbol: String,
    /// Year of the Working Group meeting the paper was written for.
    pub year: u16,
    /// Ordinal of that meeting ("sixième réunion" → 6).
    pub meeting: u8,
    /// The paper's title, the « … » topic, without the guillemets.
    pub title: String,
    /// Link to the official text (`https://undocs.org/fr/<symbol>`).
    pub link: String,
    /// The compendium's summary paragraphs of this paper.
    pub paragraphs: Vec<Paragraph>,
}

impl Document {
    /// The paper's link if it may be rendered as one (see [`web_link`]).
    pub fn web_link(&self) -> Option<&str> {
        web_link(&self.link)
    }
}

/// `href` if it is an `http:` or `https:` URL (the scheme in any case). Data
/// may come from anywhere (`data-src`): a `javascript:`, `data:` or
/// `vbscript:` link, or anything else, is shown as text, never followed.
pub fn web_link(href: &str) -> Option<&str> {
    let scheme = href.split_once(':').map(|(scheme, _)| scheme)?;
    let web = scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("http");
    (web && href[scheme.len()..].starts_with("://")).then_some(href)
}

/// One numbered paragraph of the compendium.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Original paragraph number (1–89 in CTOC/COP/WG.4/2021/5).
    pub number: u32,
    /// The paragraph's text; when it has lettered items, the text before them.
    pub text: String,
    /// Lettered sub-items a), b), … in order; empty when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Item>,
}

/// A lettered sub-item of a paragraph: `a) Prévention. …`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// The letter, without the parenthesis (`a`).
    pub label: String,
    /// The item's text.
    pub text: String,
}

impl Compendium {
    /// Every background paper with the theme it is filed under, in document order.
    pub fn documents(&self) -> impl Iterator<Item = (&Theme, &Document)> {
        self.themes
            .iter()
            .flat_map(|t| t.documents.iter().map(move |d| (t, d)))
    }
}

#[cfg(test)]
mod tests {
    use super::web_link;

    #[test]
    fn only_http_and_https_urls_are_web_links() {
        for good in [
            "https://undocs.org/fr/A/1",
            "http://example.org",
            "HTTPS://UNDOCS.ORG/A",
        ] {
            assert_eq!(web_link(good), Some(good));
        }
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "https:evil",
            "/relative/path",
            "",
        ] {
            assert_eq!(web_link(bad), None, "{bad}");
        }
    }
}
