//! Extraction of the real source, end to end: structure and counts, papers
//! checked field by field against the source, the committed JSON kept in step
//! with the extractor, no PDF artifact left in any text, and bad input refused
//! with a message naming the line. One module per topic.

use compendium_core::{extract, Compendium, Document, ErrorKind, Paragraph, NBSP};
use std::path::PathBuf;
use std::sync::OnceLock;

const REGENERATE: &str = "cargo run -q -p compendium-core --bin compendium -- extract data/source/recueil-WG4-2021-5.fr.txt > data/compendium.fr.json";

fn repo_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(relative)
}

fn source() -> &'static str {
    static SOURCE: OnceLock<String> = OnceLock::new();
    SOURCE.get_or_init(|| {
        std::fs::read_to_string(repo_path("data/source/recueil-WG4-2021-5.fr.txt"))
            .expect("the source text is in data/source")
    })
}

fn compendium() -> &'static Compendium {
    static COMPENDIUM: OnceLock<Compendium> = OnceLock::new();
    COMPENDIUM.get_or_init(|| extract(source()).expect("the real source extracts"))
}

fn document(symbol: &str) -> &'static Document {
    compendium()
        .documents()
        .map(|(_, d)| d)
        .find(|d| d.symbol == symbol)
        .unwrap_or_else(|| panic!("no paper {symbol}"))
}

fn paragraph(number: u32) -> &'static Paragraph {
    let c = compendium();
    c.introduction
        .iter()
        .chain(c.documents().flat_map(|(_, d)| &d.paragraphs))
        .find(|p| p.number == number)
        .unwrap_or_else(|| panic!("no paragraph {number}"))
}

/// `_` stands for the no-break space of French typography.
fn nb(text: &str) -> String {
    text.replace('_', &NBSP.to_string())
}

mod counts {
    use super::*;

    #[test]
    fn thirteen_themes_twenty_papers() {
        let c = compendium();
        assert_eq!(c.themes.len(), 13);
        assert_eq!(c.documents().count(), 20);
        assert_eq!(c.symbol, "CTOC/COP/WG.4/2021/5");
        assert_eq!(c.language, "fr");
        assert_eq!(c.title, "Recueil des documents d’information");
        assert_eq!(c.schema_version, compendium_core::SCHEMA_VERSION);
    }

    #[test]
    fn paragraphs_1_to_89_once_each_in_order() {
        let c = compendium();
        let intro: Vec<u32> = c.introduction.iter().map(|p| p.number).collect();
        assert_eq!(intro, [1, 2, 3]);
        let all: Vec<u32> = c
            .introduction
            .iter()
            .chain(c.documents().flat_map(|(_, d)| &d.paragraphs))
            .map(|p| p.number)
            .collect();
        assert_eq!(all, (1..=89).collect::<Vec<_>>());
    }

    #[test]
    fn every_paper_has_symbol_year_meeting_title_and_link() {
        for (theme, d) in compendium().documents() {
            assert!(d.symbol.starts_with("CTOC/COP/WG.4/20"), "{}", d.symbol);
            assert_eq!(
                d.symbol[14..18].parse::<u16>().unwrap(),
                d.year,
                "{}",
                d.symbol
            );
            assert!((2009..=2021).contains(&d.year), "{}", d.symbol);
            assert!((1..=11).contains(&d.meeting), "{}", d.symbol);
            assert!(!d.title.is_empty(), "{}", d.symbol);
            assert_eq!(d.link, format!("https://undocs.org/fr/{}", d.symbol));
            assert!(!d.paragraphs.is_empty(), "{} in {}", d.symbol, theme.id);
        }
    }

    #[test]
    fn the_pages_link_targets_are_papers() {
        // The `http://undocs.org/…` furniture lines are the link targets of
        // the symbols printed on each page (the pages of 2013/2 and 2013/4
        // lost theirs): each one must be a paper, linked in the model.
        let papers: Vec<&str> = compendium()
            .documents()
            .map(|(_, d)| d.link.as_str())
            .collect();
        let mut count = 0;
        for line in source().lines() {
            if let Some(symbol) = line.trim().strip_prefix("http://undocs.org/fr/") {
                let link = format!("https://undocs.org/fr/{symbol}");
                assert!(papers.contains(&link.as_str()), "{link}");
                count += 1;
            }
        }
        assert!(count >= 18, "{count}");
    }

    #[test]
    fn theme_ids_are_unique_ascii_slugs() {
        let ids: Vec<&str> = compendium().themes.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "gestion-des-cas",
                "agents-consulaires-et-diplomatiques",
                "prevention-de-la-criminalite",
                "mesures-de-justice-penale",
                "demande",
                "identification",
                "cooperation-internationale",
                "coordination-et-cooperation-a-l-echelon-national",
                "non-sanction",
                "prelevement-d-organes",
                "protection-et-assistance",
                "agences-de-recrutement-et-frais-de-recrutement",
                "interpretation-et-application-du-protocole-relatif-a-la-traite-des-personnes-et-de-la-convention-contre-la-criminalite-organisee",
            ]
        );
    }

    /// The symbols the source cites as `(CTOC/COP/WG.4/2010/5).`, read from
    /// the text with a plain scan rather than the extractor's grammar.
    fn symbols_cited_in_the_source() -> Vec<String> {
        // Printed lines joined; a symbol broken after a slash made whole.
        let text = source()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace("/ ", "/");
        let mut cited = Vec::new();
        for (start, _) in text.match_indices("(CTOC/COP/WG.4/") {
            let rest = &text[start + 1..];
            if let Some(end) = rest.find(").") {
                let symbol = &rest[..end];
                if !symbol.contains(' ') {
                    cited.push(symbol.to_string());
                }
            }
        }
        cited
    }

    #[test]
    fn papers_are_the_symbols_the_source_cites_in_order() {
        let cited = symbols_cited_in_the_source();
        assert_eq!(cited.len(), 20);
        assert_eq!(cited[0], "CTOC/COP/WG.4/2010/5");
        assert_eq!(cited[19], "CTOC/COP/WG.4/2010/2");
        let papers: Vec<&str> = compendium()
            .documents()
            .map(|(_, d)| d.symbol.as_str())
            .collect();
        assert_eq!(papers, cited);
    }

    #[test]
    fn papers_per_theme() {
        let counts: Vec<usize> = compendium()
            .themes
            .iter()
            .map(|t| t.documents.len())
            .collect();
        assert_eq!(counts, [1, 1, 1, 1, 3, 1, 1, 1, 2, 1, 1, 1, 5]);
    }

    #[test]
    fn key_topics_are_lists() {
        for theme in &compendium().themes {
            assert!(theme.key_topics.len() >= 3, "{}", theme.id);
            for topic in &theme.key_topics {
                assert!(!topic.contains(';') && !topic.ends_with('.'), "{topic:?}");
            }
        }
    }
}

mod documents {
    use super::*;

    #[test]
    fn case_management_paper() {
        let c = compendium();
        let theme = &c.themes[0];
        assert_eq!(theme.title, "Gestion des cas");
        assert_eq!(
            theme.key_topics,
            [
                "Systèmes de gestion des cas",
                "coordination et collaboration",
                "spécialistes",
                "mécanismes de coordination des cas",
                "approche tenant compte du genre et de l’âge des victimes",
            ]
        );
        let d = &theme.documents[0];
        assert_eq!(d.symbol, "CTOC/COP/WG.4/2010/5");
        assert_eq!((d.year, d.meeting), (2010, 2));
        assert_eq!(
            d.title,
            "Bonnes pratiques et outils de gestion des cas à l’intention notamment des services de détection et de répression de première ligne, pour lutter contre la traite des personnes"
        );
        assert_eq!(d.link, "https://undocs.org/fr/CTOC/COP/WG.4/2010/5");
        let numbers: Vec<u32> = d.paragraphs.iter().map(|p| p.number).collect();
        assert_eq!(numbers, [4, 5, 6, 7]);
        assert_eq!(
            d.paragraphs[0].text,
            nb("En 2010, pour la deuxième réunion du Groupe de travail, le Secrétariat a rédigé un document d’information destiné à éclairer le débat sur le thème_: «_Bonnes pratiques et outils de gestion des cas à l’intention notamment des services de détection et de répression de première ligne, pour lutter contre la traite des personnes_» (CTOC/COP/WG.4/2010/5).")
        );
    }

    #[test]
    fn paper_whose_symbol_breaks_across_lines() {
        let d = document("CTOC/COP/WG.4/2011/5");
        assert_eq!((d.year, d.meeting), (2011, 4));
        assert_eq!(
            d.title,
            nb("Coopération internationale en matière de traite des personnes_: réduction de l’offre et de la demande_; et renforcement des capacités et sensibilisation")
        );
        assert!(d.paragraphs[0].text.ends_with("(CTOC/COP/WG.4/2011/5)."));
        let numbers: Vec<u32> = d.paragraphs.iter().map(|p| p.number).collect();
        assert_eq!(numbers, [26, 27, 28]);
    }

    #[test]
    fn paper_introduced_with_toujours_en() {
        let d = document("CTOC/COP/WG.4/2013/2");
        assert_eq!((d.year, d.meeting), (2013, 5));
        assert_eq!(
            d.title,
            "Analyse des concepts de base du Protocole relatif à la traite des personnes, en particulier le concept de consentement"
        );
    }

    #[test]
    fn paper_title_with_inner_quotes_and_missing_colon_space() {
        let d = document("CTOC/COP/WG.4/2011/3");
        assert_eq!((d.year, d.meeting), (2011, 4));
        assert_eq!(
            d.title,
            nb("Analyse des concepts de base_: le concept d’“abus d’autorité ou d’une situation de vulnérabilité”")
        );
    }

    #[test]
    fn meetings_from_french_ordinals() {
        let meetings: Vec<(&str, u8)> = compendium()
            .documents()
            .map(|(_, d)| (&d.symbol[14..], d.meeting))
            .collect();
        assert!(meetings.contains(&("2019/3", 9)));
        assert!(meetings.contains(&("2020/3", 10)));
        assert!(meetings.contains(&("2018/2", 8)));
        assert!(meetings.contains(&("2017/2", 7)));
        assert!(meetings.contains(&("2015/4", 6)));
    }

    #[test]
    fn lettered_items_across_a_page_break() {
        let p = paragraph(10);
        assert_eq!(
            p.text,
            nb("Des orientations sont données à propos des interventions et des mesures qui peuvent être prévues au sein des missions consulaires dans les domaines suivants_:")
        );
        let labels: Vec<&str> = p.items.iter().map(|i| i.label.as_str()).collect();
        assert_eq!(labels, ["a", "b", "c", "d", "e", "f"]);
        assert_eq!(
            p.items[0].text,
            nb("Prévention. Les activités menées à cet égard pourraient comprendre des campagnes d’information ciblées, relayées par les ambassades et les consulats, sur les précautions à prendre pour voyager et rester en sécurité, à l’intention des nationaux du pays d’accueil et du pays d’origine. Parallèlement, il convient de mettre en place des politiques internes pour protéger les domestiques employés par le personnel diplomatique ou consulaire_;")
        );
    }

    #[test]
    fn last_item_after_the_page_footer() {
        let p = paragraph(89);
        let labels: Vec<&str> = p.items.iter().map(|i| i.label.as_str()).collect();
        assert_eq!(labels, ["a", "b", "c", "d", "e", "f", "g", "h"]);
        assert_eq!(
            p.items[6].text,
            nb("Servage_: la définition fournie par la Loi type contre la traite des personnes est citée_;")
        );
        assert_eq!(
            p.items[7].text,
            nb("Servitude_: la définition fournie par la Loi type contre la traite des personnes est rappelée.")
        );
    }

    #[test]
    fn item_continuing_on_a_new_printed_line() {
        assert_eq!(
            paragraph(53).items[1].text,
            nb("Détermination des peines et responsabilité des victimes de la traite. L’atténuation de la peine peut être utilisée dans les cas où il n’existe aucun principe régissant expressément la non-sanction_;")
        );
    }

    #[test]
    fn run_in_enumerations_stay_in_the_text() {
        // Printed inline, not as a list: paragraphs 7, 28 and 56.
        for number in [7, 28, 56] {
            let p = paragraph(number);
            assert!(p.items.is_empty(), "{number}");
            assert!(p.text.contains(&nb("_: a) ")), "{number}");
            assert!(p.text.contains(" b) "), "{number}");
        }
        assert!(paragraph(73).text.contains("l’alinéa a) de l’article 3"));
        assert!(paragraph(81).text.contains("alinéa b) de l’article 3"));
    }

    #[test]
    fn hand_corrections_are_applied() {
        assert!(paragraph(66).text.ends_with("en particulier des femmes et des enfants, et la Loi type contre la traite des personnes."));
        assert_eq!(
            paragraph(66)
                .text
                .matches("en particulier des femmes")
                .count(),
            1
        );
        let recruitment = &compendium().themes[11];
        assert_eq!(
            recruitment.key_topics,
            [
                "Agences de recrutement",
                "frais de recrutement",
                "cadres législatifs et réglementaires",
                "législation nationale",
            ]
        );
    }

    #[test]
    fn every_correction_row_matches_the_source() {
        let joined = source_joined();
        for row in compendium_core::corrections_fr().unwrap().rows() {
            assert_eq!(
                joined.matches(&row.from).count(),
                1,
                "stale or ambiguous correction row: {:?}",
                row.from
            );
        }
    }

    /// The source with its lines joined and whitespace collapsed: what the
    /// corrections table is written against.
    fn source_joined() -> String {
        source().split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn words_broken_by_the_pdf_are_whole() {
        assert!(paragraph(43).text.contains("des infractions du fait"));
        assert!(paragraph(50).text.contains("entre les parties prenantes."));
        assert!(paragraph(15).items[3]
            .text
            .contains("le groupe visé non seulement"));
        assert!(paragraph(55)
            .text
            .contains("Protocole relatif à la traite des personnes ne prévoient"));
        assert!(paragraph(1).text.contains("officielles de l’ONU pour"));
        assert!(paragraph(22).text.contains("partenariats public-privé et"));
        assert!(paragraph(41)
            .text
            .contains("Groupe de travail lui-même lors"));
        assert!(paragraph(35)
            .text
            .ends_with("l’application du principe de non-sanction des victimes."));
    }
}

mod generated_json {
    use super::*;

    /// The drift check, and the determinism check too: the committed file
    /// was written by another run of the extractor, with other hash seeds.
    #[test]
    fn committed_json_is_what_the_extractor_writes() {
        let committed = std::fs::read_to_string(repo_path("data/compendium.fr.json"))
            .unwrap_or_else(|e| panic!("cannot read data/compendium.fr.json ({e}); regenerate it with:\n  {REGENERATE}"));
        let fresh = compendium().to_json();
        assert!(
            committed == fresh,
            "data/compendium.fr.json is out of date with the extractor; regenerate it with:\n  {REGENERATE}"
        );
    }

    #[test]
    fn committed_json_loads_and_validates() {
        let committed = std::fs::read_to_string(repo_path("data/compendium.fr.json")).unwrap();
        let loaded = Compendium::from_json(&committed).unwrap();
        assert_eq!(&loaded, compendium());
    }

    #[test]
    fn byte_order_mark_and_crlf_line_ends_are_accepted() {
        let windows = format!("\u{feff}{}", source().replace('\n', "\r\n"));
        assert_eq!(&extract(&windows).unwrap(), compendium());
    }
}

mod artifacts {
    use super::*;

    /// Every text field of the model, with where it comes from.
    fn texts() -> Vec<(String, &'static str)> {
        let c = compendium();
        let mut texts = vec![("title".to_string(), c.title.as_str())];
        let mut paragraph = |p: &'static Paragraph| {
            texts.push((format!("¶{}", p.number), p.text.as_str()));
            for item in &p.items {
                texts.push((format!("¶{} {})", p.number, item.label), item.text.as_str()));
            }
        };
        c.introduction.iter().for_each(&mut paragraph);
        for (_, d) in c.documents() {
            d.paragraphs.iter().for_each(&mut paragraph);
        }
        for theme in &c.themes {
            texts.push((format!("{} title", theme.id), theme.title.as_str()));
            for topic in &theme.key_topics {
                texts.push((format!("{} topic", theme.id), topic.as_str()));
            }
            for d in &theme.documents {
                texts.push((format!("{} title", d.symbol), d.title.as_str()));
            }
        }
        texts
    }

    /// Checks each text with `bad`, which returns the offending excerpt.
    fn scan(what: &str, bad: impl Fn(&[char], usize) -> bool) {
        let mut found = Vec::new();
        for (place, text) in texts() {
            let chars: Vec<char> = text.chars().collect();
            for i in 0..chars.len() {
                if bad(&chars, i) {
                    let from = i.saturating_sub(20);
                    let to = (i + 20).min(chars.len());
                    found.push(format!(
                        "{place}: …{}…",
                        chars[from..to].iter().collect::<String>()
                    ));
                }
            }
        }
        assert!(found.is_empty(), "{what}:\n{}", found.join("\n"));
    }

    fn at(chars: &[char], i: isize) -> Option<char> {
        usize::try_from(i).ok().and_then(|i| chars.get(i).copied())
    }

    fn letter(c: Option<char>) -> bool {
        c.is_some_and(char::is_alphabetic)
    }

    fn space(c: Option<char>) -> bool {
        c.is_some_and(char::is_whitespace)
    }

    #[test]
    fn no_page_furniture() {
        for (place, text) in texts() {
            for furniture in [
                "V.21-",
                "undocs.org",
                "http",
                "16/16",
                "CTOC/COP/WG.4/2021/5",
            ] {
                assert!(
                    !text.contains(furniture),
                    "{place}: {furniture} in {text:?}"
                );
            }
        }
    }

    #[test]
    fn no_doubled_or_outer_whitespace() {
        for (place, text) in texts() {
            assert_eq!(text.trim(), text, "{place}");
            assert!(!text.is_empty(), "{place}");
        }
        scan("doubled whitespace", |c, i| {
            space(Some(c[i])) && space(c.get(i + 1).copied())
        });
        scan("whitespace other than space and no-break space", |c, i| {
            c[i].is_whitespace() && c[i] != ' ' && c[i] != NBSP
        });
    }

    #[test]
    fn no_space_around_apostrophes() {
        scan("space before an apostrophe", |c, i| {
            c[i] == '’' && space(at(c, i as isize - 1))
        });
        scan("space after an apostrophe", |c, i| {
            c[i] == '’' && space(c.get(i + 1).copied())
        });
        scan("typewriter apostrophe", |c, i| c[i] == '\'');
    }

    #[test]
    fn no_space_hyphen_letter_inside_words() {
        scan("space before a hyphen inside a word", |c, i| {
            c[i] == '-' && space(at(c, i as isize - 1)) && letter(c.get(i + 1).copied())
        });
    }

    #[test]
    fn no_line_break_hyphen_leftovers() {
        scan("hyphen followed by a space", |c, i| {
            c[i] == '-' && letter(at(c, i as isize - 1)) && space(c.get(i + 1).copied())
        });
    }

    #[test]
    fn no_lone_letters_split_from_their_word() {
        // Legitimate one-letter words: `a` (avoir), `à`, `y`; elisions
        // (`l’`) and run-in item labels (`a)`) are followed by `’` or `)`.
        scan("lone letter", |c, i| {
            letter(Some(c[i]))
                && !letter(at(c, i as isize - 1))
                && at(c, i as isize - 1) != Some('’')
                && !letter(c.get(i + 1).copied())
                && !matches!(c.get(i + 1), Some('’' | ')'))
                && !matches!(c[i], 'a' | 'à' | 'y' | 'A' | 'À' | 'Y')
        });
    }

    #[test]
    fn no_space_before_comma_or_stop_or_inside_parentheses() {
        scan("space before , . )", |c, i| {
            matches!(c[i], ',' | '.' | ')') && space(at(c, i as isize - 1))
        });
        scan("space after (", |c, i| {
            c[i] == '(' && space(c.get(i + 1).copied())
        });
    }

    #[test]
    fn french_typography_uses_one_no_break_space() {
        scan(
            "high punctuation without a no-break space before it",
            |c, i| {
                matches!(c[i], ';' | ':' | '!' | '?' | '»') && at(c, i as isize - 1) != Some(NBSP)
            },
        );
        scan("« without a no-break space after it", |c, i| {
            c[i] == '«' && c.get(i + 1) != Some(&NBSP)
        });
        scan("no-break space elsewhere", |c, i| {
            c[i] == NBSP
                && !matches!(c.get(i + 1), Some(';' | ':' | '!' | '?' | '»'))
                && at(c, i as isize - 1) != Some('«')
        });
    }

    #[test]
    fn no_known_pdf_damage() {
        for (place, text) in texts() {
            for damage in [
                "inf ractions",
                "partie s ",
                "no n ",
                "tr aite",
                " ’",
                "public -",
                "lui -",
            ] {
                assert!(!text.contains(damage), "{place}: {damage:?}");
            }
        }
    }
}

mod bad_input {
    use super::*;

    fn error(source: &str) -> compendium_core::Error {
        extract(source).expect_err("bad input must be refused")
    }

    fn fixture(name: &str) -> String {
        std::fs::read_to_string(repo_path("crates/core/tests/fixtures").join(name)).unwrap()
    }

    #[test]
    fn empty_source_is_refused() {
        for source in ["", "  \n \n\n"] {
            let e = error(source);
            assert_eq!(e.kind(), &ErrorKind::EmptySource);
            assert!(e.to_string().starts_with("the source is empty"));
        }
    }

    #[test]
    fn other_layout_is_refused_on_its_first_line() {
        let e = error(&fixture("other-layout.md"));
        assert_eq!(e.line(), Some(1));
        assert_eq!(
            e.to_string(),
            "line 1: expected the heading `I. Introduction`, found `# Meeting notes`; this does not look like a compendium in the layout of CTOC/COP/WG.4/2021/5"
        );
    }

    #[test]
    fn english_compendium_is_refused_where_the_french_marker_is_missing() {
        let e = error(&fixture("english-layout.txt"));
        assert_eq!(e.line(), Some(15));
        assert!(
            e.to_string().contains("followed by `Principaux sujets`"),
            "{e}"
        );
    }

    #[test]
    fn numbering_gap_names_the_line_and_the_numbers() {
        let source = source().replace("\n12. En 2019", "\n13. En 2019");
        let e = error(&source);
        assert_eq!(e.line(), Some(253));
        assert_eq!(
            e.kind(),
            &ErrorKind::NumberingGap {
                expected: 12,
                found: 13
            }
        );
        assert!(e
            .to_string()
            .starts_with("line 253: expected paragraph 12, found paragraph 13"));
    }

    #[test]
    fn missing_paragraph_is_a_gap() {
        // Paragraph 5 (lines 70–78) removed.
        let lines: Vec<&str> = source().lines().collect();
        let source = [&lines[..69], &lines[78..]].concat().join("\n");
        let e = error(&source);
        assert_eq!(e.line(), Some(71));
        assert!(
            e.to_string()
                .contains("expected paragraph 5, found paragraph 6"),
            "{e}"
        );
    }

    #[test]
    fn missing_key_topics_marker_is_refused() {
        let source = source().replacen("Principaux sujets", "", 1);
        let e = error(&source);
        assert_eq!(e.line(), Some(48), "{e}");
        assert!(e.to_string().contains("Principaux sujets"), "{e}");
    }

    #[test]
    fn truncated_source_is_refused_wherever_it_stops() {
        let lines: Vec<&str> = source().lines().collect();
        for keep in [
            1, 5, 17, 45, 55, 61, 100, 175, 553, 608, 1000, 1060, 1500, 1612, 1620, 1626, 1630,
        ] {
            let truncated = lines[..keep].join("\n");
            let e = error(&truncated);
            assert!(
                matches!(
                    e.kind(),
                    ErrorKind::Truncated { .. } | ErrorKind::MissingSymbol
                ),
                "keeping {keep} lines: {e}"
            );
            assert!(
                e.line().is_some_and(|l| l <= keep),
                "keeping {keep} lines: {e}"
            );
            assert!(
                e.to_string().contains("truncated"),
                "keeping {keep} lines: {e}"
            );
        }
    }

    #[test]
    fn source_cut_mid_word_is_refused() {
        let source = source();
        let mut cut = source.len() / 2;
        while !source.is_char_boundary(cut) {
            cut += 1;
        }
        let e = error(&source[..cut]);
        assert!(e.to_string().contains("truncated"), "{e}");
    }

    #[test]
    fn paper_without_its_meeting_is_refused() {
        let source = source().replace("pour la neuvième réunion", "pour la réunion");
        let e = error(&source);
        assert_eq!(e.line(), Some(133));
        assert!(e.to_string().contains("the meeting's ordinal"), "{e}");
    }

    #[test]
    fn item_out_of_order_is_refused() {
        let source = source().replace("  c) Détection des faux", "  d) Détection des faux");
        let e = error(&source);
        assert_eq!(e.line(), Some(188));
        assert!(e.to_string().contains("expected item c)"), "{e}");
    }
}

mod cli {
    use super::*;
    use std::process::Command;

    fn run(path: &std::path::Path) -> std::process::Output {
        Command::new(env!("CARGO_BIN_EXE_compendium"))
            .arg("extract")
            .arg(path)
            .output()
            .unwrap()
    }

    #[test]
    fn extract_writes_the_committed_json() {
        let output = run(&repo_path("data/source/recueil-WG4-2021-5.fr.txt"));
        assert!(output.status.success());
        let committed = std::fs::read(repo_path("data/compendium.fr.json")).unwrap();
        assert!(
            output.stdout == committed,
            "`compendium extract` output differs from data/compendium.fr.json; regenerate it with:\n  {REGENERATE}"
        );
    }

    #[test]
    fn bad_input_exits_2_with_the_line_and_no_json() {
        let path =
            std::env::temp_dir().join(format!("compendium-truncated-{}.txt", std::process::id()));
        let truncated: String = source().lines().take(600).collect::<Vec<_>>().join("\n");
        std::fs::write(&path, truncated).unwrap();
        let output = run(&path);
        std::fs::remove_file(&path).ok();
        assert_eq!(output.status.code(), Some(2));
        assert!(output.stdout.is_empty(), "partial JSON on stdout");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.starts_with("compendium: "), "{stderr}");
        assert!(stderr.contains(": line "), "{stderr}");
    }

    #[test]
    fn missing_file_exits_2() {
        let output = run(std::path::Path::new("no/such/source.txt"));
        assert_eq!(output.status.code(), Some(2));
        assert!(output.stdout.is_empty());
        assert!(String::from_utf8_lossy(&output.stderr).contains("cannot read no/such/source.txt"));
    }
}

/// The extractor reads a source in the layout of its language's pack.
mod other_languages {
    use compendium_core::{extract_with, Corrections, Layout};

    /// The English-layout fixture, with the running header a real source
    /// carries (the compendium's symbol).
    fn english_source() -> String {
        let path = super::repo_path("crates/core/tests/fixtures/english-layout.txt");
        let text = std::fs::read_to_string(path).expect("fixture");
        format!("{text}\n\nCTOC/COP/WG.4/2021/5\n")
    }

    #[test]
    fn an_english_source_is_read_with_the_english_pack_s_layout() {
        let layout = Layout::for_language("en-GB").expect("English has a layout");
        let corrections = Corrections::parse("").expect("an empty table");
        let compendium = extract_with(&english_source(), layout, &corrections).expect("extracts");
        assert_eq!(compendium.language, "en");
        let theme = &compendium.themes[0];
        assert_eq!(theme.title, "Case management");
        assert_eq!(
            theme.key_topics,
            ["Case management systems", "coordination and collaboration"]
        );
        let paper = &theme.documents[0];
        assert_eq!(paper.symbol, "CTOC/COP/WG.4/2010/5");
        assert_eq!((paper.year, paper.meeting), (2010, 2));
        assert_eq!(paper.link, "https://undocs.org/en/CTOC/COP/WG.4/2010/5");
    }

    #[test]
    fn a_language_without_a_layout_has_none() {
        assert!(Layout::for_language("ar").is_none());
        assert!(Layout::for_language("xx").is_none());
    }
}
