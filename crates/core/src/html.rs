//! The compendium as static, semantic HTML: the no-JavaScript fallback and
//! what search engines index.
//!
//! [`render_html`] writes an HTML *fragment* (one `<section>`, no `<html>`,
//! `<head>`, styles or scripts) that a page owner pastes inside
//! `<compendium-widget>…</compendium-widget>`. Without JavaScript or wasm,
//! readers and crawlers get the full text; once the widget mounts, its shadow
//! root takes over the display. The build writes it to
//! `dist/compendium.fr.html` (`cargo xtask dist`, through
//! `compendium html`).
//!
//! The outline, in document order:
//!
//! ```text
//! <section lang>   h1 title, link to the compendium's official text, introduction ¶
//!   <h2 id=slug>   one per theme, then its key topics as a <ul>
//!     <article>    one per paper: h3 title, link to the official text, meeting and year,
//!                  numbered <p>, lettered items as <ol type="a">
//! ```
//!
//! Every piece of text and every attribute goes through one [`escape`]
//! helper; links other than `http(s)` are shown as plain text. The output
//! depends only on the data, so it is byte-stable from build to build. The
//! few words not taken from the data ("Principaux sujets", "Neuvième
//! réunion") come from the language pack of the compendium's `language`
//! (English labels for a language without a pack).
//!
//! Not here: the interactive widget's markup (the root crate), the page
//! around the fragment, or any styling.

use crate::language::{HtmlWords, LanguagePack};
use crate::model::{Compendium, Document, Paragraph, Theme};

/// The whole compendium as a standalone HTML fragment, ready to paste inside
/// `<compendium-widget>`. UTF-8, one block element per line, ends with a
/// newline.
///
/// ```
/// use compendium_core::{render_html, Compendium};
///
/// let compendium = Compendium::from_json(r#"{
///     "schema_version": 1, "symbol": "X/1", "title": "Recueil", "language": "fr",
///     "introduction": [{"number": 1, "text": "Traite & « exploitation »"}],
///     "themes": [{"id": "a", "title": "A", "key_topics": [], "documents": []}]
/// }"#).unwrap();
/// let html = render_html(&compendium);
/// assert!(html.starts_with("<section lang=\"fr\">"));
/// assert!(html.contains("<p>1. Traite &amp; « exploitation »</p>"));
/// ```
pub fn render_html(c: &Compendium) -> String {
    let words = &LanguagePack::for_tag(&c.language).html;
    let mut out = String::with_capacity(128 * 1024);
    out.push_str(&format!("<section lang=\"{}\">\n", escape(&c.language)));
    out.push_str(&format!("<h1>{}</h1>\n", escape(&c.title)));
    let official = format!("https://undocs.org/{}/{}", c.language, c.symbol);
    out.push_str(&format!("<p>{}</p>\n", link(&official, &c.symbol)));
    for paragraph in &c.introduction {
        push_paragraph(&mut out, paragraph);
    }
    for theme in &c.themes {
        push_theme(&mut out, theme, words);
    }
    out.push_str("</section>\n");
    out
}

fn push_theme(out: &mut String, theme: &Theme, words: &HtmlWords) {
    out.push_str(&format!(
        "<h2 id=\"{}\">{}</h2>\n",
        escape(&theme.id),
        escape(&theme.title)
    ));
    if !theme.key_topics.is_empty() {
        out.push_str(&format!("<p>{}</p>\n<ul>\n", escape(words.key_topics)));
        for topic in &theme.key_topics {
            out.push_str(&format!("<li>{}</li>\n", escape(topic)));
        }
        out.push_str("</ul>\n");
    }
    for document in &theme.documents {
        push_document(out, document, words);
    }
}

fn push_document(out: &mut String, d: &Document, words: &HtmlWords) {
    out.push_str("<article>\n");
    out.push_str(&format!("<h3>{}</h3>\n", escape(&d.title)));
    out.push_str(&format!(
        "<p>{} — {}</p>\n",
        link(&d.link, &d.symbol),
        escape(&meeting(words, d.meeting, d.year))
    ));
    for paragraph in &d.paragraphs {
        push_paragraph(out, paragraph);
    }
    out.push_str("</article>\n");
}

/// `<p>N. text</p>`, then the lettered items as an `<ol type="a">`. An item
/// whose letter is not the one its position gives keeps it through `value`.
fn push_paragraph(out: &mut String, p: &Paragraph) {
    out.push_str(&format!("<p>{}. {}</p>\n", p.number, escape(&p.text)));
    if p.items.is_empty() {
        return;
    }
    out.push_str("<ol type=\"a\">\n");
    for (index, item) in p.items.iter().enumerate() {
        let position = letter_position(&item.label);
        match position {
            Some(n) if n != index + 1 => {
                out.push_str(&format!("<li value=\"{n}\">"));
            }
            _ => out.push_str("<li>"),
        }
        if position.is_none() {
            // Not a single letter: `type="a"` cannot show it, so say it.
            out.push_str(&format!("{}) ", escape(&item.label)));
        }
        out.push_str(&format!("{}</li>\n", escape(&item.text)));
    }
    out.push_str("</ol>\n");
}

/// `a` → 1, `b` → 2, …; `None` unless the label is one ASCII letter.
fn letter_position(label: &str) -> Option<usize> {
    match label.as_bytes() {
        [b] if b.is_ascii_alphabetic() => Some(usize::from(b.to_ascii_lowercase() - b'a') + 1),
        _ => None,
    }
}

/// "Neuvième réunion (2019)"; "Réunion n° 13 (2027)" beyond the ordinals.
fn meeting(words: &HtmlWords, meeting: u8, year: u16) -> String {
    let named = match words.ordinals.get(usize::from(meeting).wrapping_sub(1)) {
        Some(ordinal) => words.meeting.replacen("{}", ordinal, 1),
        None => words.meeting_number.replacen("{}", &meeting.to_string(), 1),
    };
    format!("{named} ({year})")
}

/// `<a href>` for `http(s)` links; any other scheme (`javascript:`, …) from
/// untrusted data gives the plain text.
fn link(href: &str, text: &str) -> String {
    match crate::model::web_link(href) {
        Some(href) => format!("<a href=\"{}\">{}</a>", escape(href), escape(text)),
        None => escape(text),
    }
}

/// Text safe in HTML content and in double- or single-quoted attributes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_replaces_the_five_special_characters() {
        assert_eq!(
            escape(r#"<a href="x" title='y'>&</a>"#),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
        assert_eq!(escape("Traite « réunion »"), "Traite « réunion »");
    }

    const FR: &HtmlWords = &crate::language::FRENCH_HTML;

    #[test]
    fn meetings_are_french_ordinals() {
        assert_eq!(meeting(FR, 1, 2009), "Première réunion (2009)");
        assert_eq!(meeting(FR, 9, 2019), "Neuvième réunion (2019)");
        assert_eq!(meeting(FR, 12, 2024), "Douzième réunion (2024)");
    }

    #[test]
    fn meetings_beyond_the_table_are_numbered() {
        assert_eq!(meeting(FR, 0, 2008), "Réunion n° 0 (2008)");
        assert_eq!(meeting(FR, 13, 2027), "Réunion n° 13 (2027)");
    }

    #[test]
    fn only_http_links_become_anchors() {
        assert_eq!(
            link("https://undocs.org/fr/A/1", "A/1"),
            "<a href=\"https://undocs.org/fr/A/1\">A/1</a>"
        );
        assert_eq!(link("javascript:alert(1)", "A/1"), "A/1");
    }

    #[test]
    fn items_keep_letters_their_position_does_not_give() {
        use crate::model::Item;
        let item = |label: &str| Item {
            label: label.into(),
            text: "x".into(),
        };
        let paragraph = Paragraph {
            number: 7,
            text: "Texte :".into(),
            items: vec![item("a"), item("c"), item("ii")],
        };
        let mut out = String::new();
        push_paragraph(&mut out, &paragraph);
        assert_eq!(
            out,
            "<p>7. Texte :</p>\n<ol type=\"a\">\n<li>x</li>\n<li value=\"3\">x</li>\n\
             <li>ii) x</li>\n</ol>\n"
        );
    }

    #[test]
    fn letters_give_list_positions() {
        assert_eq!(letter_position("a"), Some(1));
        assert_eq!(letter_position("h"), Some(8));
        assert_eq!(letter_position("i)"), None);
        assert_eq!(letter_position("ii"), None);
    }
}
