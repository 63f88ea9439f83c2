//! `compendium search` end to end: text and JSON output, usage errors.

use std::process::Command;

fn compendium(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_compendium"))
        .args(args)
        .output()
        .expect("the compendium binary runs")
}

#[test]
fn search_prints_ranked_papers_with_marked_snippets() {
    let out = compendium(&["search", "--limit", "2", "prélèvement d’organes"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let first = text
        .lines()
        .find(|l| l.trim_start().starts_with("1."))
        .unwrap();
    assert!(first.contains("CTOC/COP/WG.4/2011/2"), "{text}");
    assert!(text.contains("[[organes]]"), "{text}");
}

#[test]
fn search_json_is_the_results_structure() {
    let out = compendium(&["search", "--json", "--limit", "1", "WG.4/2015/2"]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["hits"][0]["symbol"], "CTOC/COP/WG.4/2015/2");
    assert_eq!(json["truncated"], false);
}

#[test]
fn search_json_reports_paragraphs_by_their_printed_numbers_with_their_spans() {
    let out = compendium(&["search", "--json", "--limit", "1", "frais de recrutement"]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let best = &json["hits"][0]["paragraphs"][0];
    // Paragraph 67 introduces the paper, quoting its title; 68 answers.
    assert_eq!(best["number"], 68);
    assert_eq!(best["paragraph"], 1);
    assert_eq!(best["matches"][0]["field"], "paragraph");
    assert!(best["matches"][0]["spans"][0]["start"].is_number());
}

#[test]
fn search_text_lists_the_matching_paragraphs_by_number() {
    let out = compendium(&["search", "--limit", "1", "frais de recrutement"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("paragraphs: ¶68 ¶69"), "{text}");
    assert!(text.contains("¶68: "), "{text}");
}

#[test]
fn search_reads_a_thesaurus_when_given_one() {
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/thesaurus.json");
    let out = compendium(&[
        "search",
        "--thesaurus",
        fixture,
        "--limit",
        "1",
        "organ harvesting",
    ]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("CTOC/COP/WG.4/2011/2"), "{text}");
    assert!(text.contains("[[prélèvement]]"), "{text}");
}

#[test]
fn search_without_a_query_is_a_usage_error() {
    let out = compendium(&["search", "--json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("expected a query"));
}

#[test]
fn search_reports_an_unreadable_data_file() {
    let out = compendium(&["search", "--data", "/nonexistent.json", "x"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read /nonexistent.json"));
}

#[test]
fn output_cut_short_by_its_reader_ends_quietly() {
    // `compendium search … | head`: the reader is gone before the results
    // are written (the pipe's read end is closed at once).
    let mut child = Command::new(env!("CARGO_BIN_EXE_compendium"))
        .args(["search", "--limit", "20", "traite"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("the CLI ends");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{:?}: {stderr}", output.status);
    assert!(!stderr.contains("panicked"), "{stderr}");
}
