//! `compendium search [--json] [--data <file>] [--limit N] [--theme ID]
//! [--year YYYY] [--meeting N] <query>`: prints the ranked papers with their
//! symbol, theme, score, the numbers of their matching paragraphs (as
//! printed, best first) and the best one's text, matches marked
//! `[[like this]]`; `--json` prints the [`SearchResults`] as JSON instead,
//! each paragraph with its match spans.
//!
//! Without `--data`, searches the compendium bundled in the binary;
//! `--thesaurus data/thesaurus.fr.json` adds a thesaurus to it.
//! `--weights '{"context": 2}'` changes ranking knobs ([`RankingWeights`]),
//! to try them against the relevance suite.

use compendium_core::{
    Compendium, Field, FieldMatches, Filters, Hit, RankingWeights, SearchIndex, SearchResults, Span,
};
use std::fmt::Write as _;

const BUNDLED: &str = include_str!("../../../../../data/compendium.fr.json");

const USAGE: &str = "usage: compendium search [--json] [--data <compendium.json>] [--limit N] \
[--theme <id>] [--year YYYY] [--meeting N] [--thesaurus <thesaurus.json>] [--weights <json>] <query>";

pub fn run(args: &[String]) -> Result<(), String> {
    let mut json = false;
    let mut data: Option<String> = None;
    let mut thesaurus: Option<String> = None;
    let mut limit = 10usize;
    let mut filters = Filters::default();
    let mut weights = RankingWeights::default();
    let mut words: Vec<&str> = Vec::new();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value\n{USAGE}"))
        };
        match arg.as_str() {
            "--json" => json = true,
            "--data" => data = Some(value("--data")?),
            "--thesaurus" => thesaurus = Some(value("--thesaurus")?),
            "--limit" => limit = number(&value("--limit")?, "--limit")?,
            "--theme" => filters.theme = Some(value("--theme")?),
            "--year" => filters.year = Some(number(&value("--year")?, "--year")?),
            "--meeting" => filters.meeting = Some(number(&value("--meeting")?, "--meeting")?),
            "--weights" => {
                let json = value("--weights")?;
                weights = serde_json::from_str(&json).map_err(|e| {
                    format!(
                        "--weights expects RankingWeights as JSON ({e}), e.g. '{{\"context\": 2}}'"
                    )
                })?;
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            other if other.starts_with("--") => {
                return Err(format!("unknown option {other:?}\n{USAGE}"))
            }
            other => words.push(other),
        }
    }
    if words.is_empty() {
        return Err(format!("expected a query\n{USAGE}"));
    }
    let query = words.join(" ");

    let text = match &data {
        Some(path) => std::fs::read_to_string(path).map_err(|e| {
            format!(
                "cannot read {path}: {e} (give a compendium JSON written by `compendium extract`)"
            )
        })?,
        None => BUNDLED.to_string(),
    };
    let source = data.as_deref().unwrap_or("the bundled compendium");
    let mut compendium =
        Compendium::from_json(&text).map_err(|e| format!("cannot load {source}: {e}"))?;
    if let Some(path) = &thesaurus {
        let json = std::fs::read_to_string(path).map_err(|e| {
            format!(
                "cannot read {path}: {e} (give a thesaurus JSON such as data/thesaurus.fr.json)"
            )
        })?;
        compendium = compendium
            .with_thesaurus(&json)
            .map_err(|e| format!("cannot load {path}: {e}"))?;
    }

    let index = SearchIndex::with_weights(&compendium, weights);
    let results = index.search(&query, &filters, limit);
    if json {
        let out = serde_json::to_string_pretty(&with_paragraph_spans(&results))
            .map_err(|e| e.to_string())?;
        crate::write_out(&format!("{out}\n"), "results")
    } else {
        crate::write_out(&as_text(&compendium, &results), "results")
    }
}

fn number<T: std::str::FromStr>(text: &str, name: &str) -> Result<T, String> {
    text.parse()
        .map_err(|_| format!("{name} expects a number, got {text:?}"))
}

/// The results as text: a line a paper, with its best paragraph and the
/// numbers of the matching ones.
fn as_text(compendium: &Compendium, results: &SearchResults) -> String {
    // Writing into a String cannot fail: the results are ignored.
    let mut out = String::new();
    if results.too_short {
        let _ = writeln!(out, "(one character is too short to search: type more)");
    }
    if results.truncated {
        let _ = writeln!(
            out,
            "(the query was too long: only its beginning was searched)"
        );
    }
    if let Some(year) = results.year {
        let _ = writeln!(out, "(year {year} only)");
    }
    if let Some(meeting) = results.meeting {
        let _ = writeln!(out, "(meeting {meeting} only)");
    }
    let _ = writeln!(out, "{} paper(s) found", results.total);
    for (rank, hit) in results.hits.iter().enumerate() {
        let theme = &compendium.themes[hit.theme];
        let _ = writeln!(
            out,
            "{:>2}. {}  {:.3}  [{}]",
            rank + 1,
            hit.symbol,
            hit.score,
            theme.title
        );
        if let Some(snippet) = snippet(compendium, hit) {
            let _ = writeln!(out, "    {snippet}");
        }
        let numbers: Vec<String> = hit
            .paragraphs
            .iter()
            .filter(|p| p.matched)
            .map(|p| format!("¶{}", p.number))
            .collect();
        if !numbers.is_empty() {
            let _ = writeln!(out, "    paragraphs: {}", numbers.join(" "));
        }
    }
    out
}

/// The results as JSON, each paragraph of a hit with the match spans of its
/// text and items (the same spans as in the hit's `matches`).
fn with_paragraph_spans(results: &SearchResults) -> serde_json::Value {
    let mut json = serde_json::to_value(results).unwrap_or_default();
    for (hit, out) in results.hits.iter().zip(
        json["hits"]
            .as_array_mut()
            .map_or(&mut [][..], |h| h.as_mut_slice()),
    ) {
        for (p, paragraph) in hit.paragraphs.iter().zip(
            out["paragraphs"]
                .as_array_mut()
                .map_or(&mut [][..], |h| h.as_mut_slice()),
        ) {
            let matches: Vec<&FieldMatches> = hit.paragraph_matches(p.paragraph).collect();
            paragraph["matches"] = serde_json::to_value(matches).unwrap_or_default();
        }
    }
    json
}

/// The best paragraph's text (its first field with matches, else its text)
/// or else the title's, around its first match, matches marked `[[…]]`.
fn snippet(compendium: &Compendium, hit: &Hit) -> Option<String> {
    let document = &compendium.themes[hit.theme].documents[hit.document];
    let (field, spans) = match hit.paragraphs.first() {
        Some(best) => match hit.paragraph_matches(best.paragraph).next() {
            Some(m) => (m.field, m.spans.as_slice()),
            None => (
                Field::Paragraph {
                    paragraph: best.paragraph,
                },
                &[][..],
            ),
        },
        None => (Field::Title, hit.spans(Field::Title)),
    };
    let (text, label) = match field {
        Field::Paragraph { paragraph } => {
            let p = &document.paragraphs[paragraph];
            (p.text.as_str(), format!("¶{}", p.number))
        }
        Field::Item { paragraph, item } => {
            let p = &document.paragraphs[paragraph];
            let i = &p.items[item];
            (i.text.as_str(), format!("¶{} {})", p.number, i.label))
        }
        _ => (document.title.as_str(), "title".to_string()),
    };
    Some(format!("{label}: {}", mark(text, spans, 160)))
}

/// `text` with `spans` marked, cut to about `width` bytes around the first one.
fn mark(text: &str, spans: &[Span], width: usize) -> String {
    let first = spans.first().map_or(0, |s| s.start);
    let mut from = first.saturating_sub(width / 3);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (from + width).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let mut out = String::new();
    if from > 0 {
        out.push('…');
    }
    let mut at = from;
    for s in spans.iter().filter(|s| s.start >= from && s.end <= to) {
        out.push_str(&text[at..s.start]);
        out.push_str("[[");
        out.push_str(&text[s.start..s.end]);
        out.push_str("]]");
        at = s.end;
    }
    out.push_str(&text[at..to]);
    if to < text.len() {
        out.push('…');
    }
    out
}
