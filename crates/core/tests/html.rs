//! The static HTML fallback (`render_html`): escaping on a hostile fixture,
//! the exact markup of a small one, then structure, well-formedness and
//! completeness on the bundled compendium.

use compendium_core::{render_html, Compendium, Document, Item, Paragraph, Theme, SCHEMA_VERSION};

const BUNDLED: &str = include_str!("../../../data/compendium.fr.json");

fn bundled() -> Compendium {
    Compendium::from_json(BUNDLED).expect("the bundled compendium loads")
}

/// A compendium whose every text field tries to break out of the markup.
fn hostile() -> Compendium {
    let evil = r#"<script>alert("x")</script> & 'quoted'"#;
    Compendium {
        schema_version: SCHEMA_VERSION,
        thesaurus: Default::default(),
        symbol: "X/1".into(),
        title: format!("Titre {evil}"),
        language: "fr".into(),
        introduction: vec![Paragraph {
            number: 1,
            text: format!("Introduction {evil}"),
            items: Vec::new(),
        }],
        themes: vec![Theme {
            id: "a\"><script>".into(),
            title: format!("Thème {evil}"),
            key_topics: vec![format!("sujet {evil}")],
            documents: vec![Document {
                symbol: format!("X/2{evil}"),
                year: 2019,
                meeting: 9,
                title: format!("Document {evil}"),
                link: "https://undocs.org/fr/X/2\" onclick=\"alert(1)".into(),
                paragraphs: vec![Paragraph {
                    number: 2,
                    text: format!("Paragraphe {evil}"),
                    items: vec![Item {
                        label: "a".into(),
                        text: format!("élément {evil}"),
                    }],
                }],
            }],
        }],
    }
}

/// Each tag opened is closed, in order; void elements need no closing tag.
/// Returns the first problem found.
fn check_balanced(html: &str) -> Result<(), String> {
    const VOID: &[&str] = &["br", "hr", "img", "meta", "link", "wbr"];
    let mut open: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let after = &rest[start + 1..];
        let end = after
            .find('>')
            .ok_or_else(|| format!("unterminated tag at {:?}", &after[..after.len().min(40)]))?;
        let tag = &after[..end];
        rest = &after[end + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            match open.pop() {
                Some(expected) if expected == name => {}
                other => return Err(format!("</{name}> closes {other:?}")),
            }
        } else {
            let name: String = tag
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            if name.is_empty() {
                return Err(format!("not a tag: <{tag}>"));
            }
            if !VOID.contains(&name.as_str()) {
                open.push(name);
            }
        }
    }
    match open.is_empty() {
        true => Ok(()),
        false => Err(format!("never closed: {open:?}")),
    }
}

/// The text as it appears in the HTML.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[test]
fn hostile_text_is_escaped_everywhere() {
    let html = render_html(&hostile());
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("onclick=\""), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;")
    );
    assert!(
        html.contains("<h2 id=\"a&quot;&gt;&lt;script&gt;\">"),
        "{html}"
    );
    check_balanced(&html).unwrap();
}

#[test]
fn links_other_than_http_are_plain_text() {
    let mut c = hostile();
    c.themes[0].documents[0].link = "javascript:alert(1)".into();
    let html = render_html(&c);
    assert!(!html.contains("javascript:"), "{html}");
    assert!(html.contains("<p>X/2&lt;script&gt;"), "{html}");
}

/// The names of the elements and attributes used, e.g. `["a", "a href"]`.
fn markup_names(html: &str) -> Vec<String> {
    let mut names = Vec::new();
    for tag in html.split('<').skip(1).filter_map(|t| t.split_once('>')) {
        let mut rest = tag.0.trim_start_matches('/');
        let element: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        rest = &rest[element.len()..];
        // Values are escaped, so a value never holds a `"`.
        while let Some((name, after)) = rest.split_once("=\"") {
            names.push(format!("{element} {}", name.trim()));
            rest = after.split_once('"').map_or("", |(_, r)| r);
        }
        names.push(element);
    }
    names.sort();
    names.dedup();
    names
}

#[test]
fn uses_only_plain_semantic_markup() {
    let html = render_html(&bundled());
    let allowed = [
        "a",
        "a href",
        "article",
        "h1",
        "h2",
        "h2 id",
        "h3",
        "li",
        "ol",
        "ol type",
        "p",
        "section",
        "section lang",
        "ul",
    ];
    assert_eq!(markup_names(&html), allowed);
}

#[test]
fn is_one_french_section() {
    let html = render_html(&bundled());
    assert!(
        html.starts_with("<section lang=\"fr\">\n<h1>Recueil des documents d’information</h1>\n")
    );
    assert!(html.ends_with("</section>\n"));
    assert_eq!(html.matches("<section").count(), 1);
    assert_eq!(html.matches("<h1>").count(), 1);
}

#[test]
fn has_a_heading_per_theme_and_an_article_per_paper() {
    let c = bundled();
    let html = render_html(&c);
    assert_eq!(html.matches("<h2").count(), 13);
    assert_eq!(html.matches("<article>").count(), 20);
    assert_eq!(html.matches("<h3>").count(), 20);
    for theme in &c.themes {
        let heading = format!("<h2 id=\"{}\">{}</h2>", theme.id, escaped(&theme.title));
        assert!(html.contains(&heading), "missing {heading}");
    }
}

#[test]
fn key_topics_are_a_list() {
    let c = bundled();
    let html = render_html(&c);
    assert_eq!(
        html.matches("<p>Principaux sujets\u{a0}:</p>\n<ul>")
            .count(),
        13
    );
    for topic in c.themes.iter().flat_map(|t| &t.key_topics) {
        assert!(
            html.contains(&format!("<li>{}</li>", escaped(topic))),
            "{topic}"
        );
    }
}

#[test]
fn papers_link_to_their_official_text_with_meeting_and_year() {
    let c = bundled();
    let html = render_html(&c);
    for (_, d) in c.documents() {
        assert!(d.link.starts_with("https://undocs.org/"), "{}", d.link);
        let link = format!("<a href=\"{}\">{}</a> — ", d.link, d.symbol);
        assert!(html.contains(&link), "missing {link}");
    }
    assert_eq!(html.matches("<a href=\"https://undocs.org/fr/").count(), 21);
    assert!(html.contains("<a href=\"https://undocs.org/fr/CTOC/COP/WG.4/2021/5\">"));
    assert!(html.contains(" — Neuvième réunion (2019)</p>"));
    assert!(html.contains(" — Deuxième réunion (2010)</p>"));
}

#[test]
fn has_the_89_numbered_paragraphs_in_order() {
    let html = render_html(&bundled());
    let numbers: Vec<u32> = html
        .lines()
        .filter_map(|line| line.strip_prefix("<p>"))
        .filter_map(|rest| rest.split_once(". ").and_then(|(n, _)| n.parse().ok()))
        .collect();
    assert_eq!(numbers, (1..=89).collect::<Vec<_>>());
}

#[test]
fn lettered_items_are_list_items() {
    let c = bundled();
    let html = render_html(&c);
    let lists = c
        .documents()
        .flat_map(|(_, d)| &d.paragraphs)
        .filter(|p| !p.items.is_empty())
        .count();
    assert_eq!(html.matches("<ol type=\"a\">").count(), lists);
    for p in c.documents().flat_map(|(_, d)| &d.paragraphs) {
        for item in &p.items {
            let li = format!("<li>{}</li>", escaped(&item.text));
            assert!(
                html.contains(&li),
                "¶{} {}) is not an <li>",
                p.number,
                item.label
            );
        }
    }
}

#[test]
fn every_opened_tag_is_closed() {
    check_balanced(&render_html(&bundled())).unwrap();
}

#[test]
fn the_balance_checker_catches_bad_markup() {
    assert!(check_balanced("<p><b>x</p></b>").is_err());
    assert!(check_balanced("<ul><li>x</li>").is_err());
    assert!(check_balanced("<p>x</p><br>").is_ok());
}

#[test]
fn contains_every_paragraph_text() {
    let c = bundled();
    let html = render_html(&c);
    let paragraphs = c
        .introduction
        .iter()
        .chain(c.documents().flat_map(|(_, d)| &d.paragraphs));
    for p in paragraphs {
        let line = format!("<p>{}. {}</p>", p.number, escaped(&p.text));
        assert!(html.contains(&line), "¶{} missing", p.number);
    }
}

/// A small compendium touching every branch of the markup: key topics or
/// none, a run of items with a letter skipped, a label that is no letter, a
/// meeting beyond the table of ordinals.
fn small() -> Compendium {
    let paragraph = |number: u32, text: &str, items: &[(&str, &str)]| Paragraph {
        number,
        text: text.into(),
        items: items
            .iter()
            .map(|&(label, text)| Item {
                label: label.into(),
                text: text.into(),
            })
            .collect(),
    };
    Compendium {
        schema_version: SCHEMA_VERSION,
        thesaurus: Default::default(),
        symbol: "X/2021/5".into(),
        title: "Recueil".into(),
        language: "fr".into(),
        introduction: vec![paragraph(1, "Introduction.", &[])],
        themes: vec![
            Theme {
                id: "demande".into(),
                title: "Demande".into(),
                key_topics: vec!["Offre".into(), "demande".into()],
                documents: vec![Document {
                    symbol: "X/2019/3".into(),
                    year: 2019,
                    meeting: 9,
                    title: "Décourager la demande".into(),
                    link: "https://undocs.org/fr/X/2019/3".into(),
                    paragraphs: vec![paragraph(
                        2,
                        "Mesures\u{a0}:",
                        &[
                            ("a", "Prévention\u{a0};"),
                            ("c", "Sanction\u{a0};"),
                            ("ii", "Autre."),
                        ],
                    )],
                }],
            },
            Theme {
                id: "avenir".into(),
                title: "Avenir".into(),
                key_topics: Vec::new(),
                documents: vec![Document {
                    symbol: "X/2027/1".into(),
                    year: 2027,
                    meeting: 13,
                    title: "Plus tard".into(),
                    link: "https://undocs.org/fr/X/2027/1".into(),
                    paragraphs: vec![paragraph(3, "Fin.", &[])],
                }],
            },
        ],
    }
}

#[test]
fn a_small_compendium_renders_to_exactly_this_fragment() {
    // Byte for byte: the fragment is pasted into pages and must not change
    // from build to build unless the data or this expectation does.
    let expected = "\
<section lang=\"fr\">
<h1>Recueil</h1>
<p><a href=\"https://undocs.org/fr/X/2021/5\">X/2021/5</a></p>
<p>1. Introduction.</p>
<h2 id=\"demande\">Demande</h2>
<p>Principaux sujets\u{a0}:</p>
<ul>
<li>Offre</li>
<li>demande</li>
</ul>
<article>
<h3>Décourager la demande</h3>
<p><a href=\"https://undocs.org/fr/X/2019/3\">X/2019/3</a> — Neuvième réunion (2019)</p>
<p>2. Mesures\u{a0}:</p>
<ol type=\"a\">
<li>Prévention\u{a0};</li>
<li value=\"3\">Sanction\u{a0};</li>
<li>ii) Autre.</li>
</ol>
</article>
<h2 id=\"avenir\">Avenir</h2>
<article>
<h3>Plus tard</h3>
<p><a href=\"https://undocs.org/fr/X/2027/1\">X/2027/1</a> — Réunion n° 13 (2027)</p>
<p>3. Fin.</p>
</article>
</section>
";
    assert_eq!(render_html(&small()), expected);
}
