//! Deep links: what a URL fragment says about one instance
//! (`#cw1.q=traite&cw1.open=demande&cw1.doc=CTOC/COP/WG.4/2013/3`), read and
//! written as text.
//!
//! Every parameter is namespaced by the instance's key (its `id`, or `cw1`,
//! `cw2`… in document order), so several widgets on one page never
//! overwrite each other, and whatever else the page keeps in its fragment (a
//! hash router's path, its own parameters) comes back byte for byte.
//!
//! Not here: reading `location.hash` or calling `history.replaceState` — the
//! embed layer does that with these functions.

use crate::config::theme_ids;
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// What a deep link says about one instance.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Link {
    pub query: Option<String>,
    pub open: Vec<String>,
    pub doc: Option<String>,
    /// A paragraph of `doc`, by its number as printed (`para=67`).
    pub para: Option<u32>,
}

const QUERY: &str = "q";
const OPEN: &str = "open";
const DOC: &str = "doc";
const PARA: &str = "para";

/// What `encodeURIComponent` leaves as is: links the widget writes read the
/// same as the ones a page script would build.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');

/// `+` as a space (forms write spaces so), then percent-decoding; text that
/// is not UTF-8 once decoded is kept as written.
fn decode(text: &str) -> String {
    let text = text.replace('+', " ");
    percent_decode_str(&text)
        .decode_utf8()
        .map(|decoded| decoded.into_owned())
        .unwrap_or(text)
}

fn encode(text: &str) -> String {
    utf8_percent_encode(text, COMPONENT).to_string()
}

/// The fragment's parts (`key=value` or bare), without the leading `#`.
fn parts(fragment: &str) -> impl Iterator<Item = &str> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .filter(|p| !p.is_empty())
}

/// Reads this instance's deep link from a fragment.
pub fn parse_link(fragment: &str, instance: &str) -> Link {
    let mut link = Link::default();
    for part in parts(fragment) {
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        let k = decode(k);
        match k.strip_prefix(instance).and_then(|k| k.strip_prefix('.')) {
            Some(QUERY) => link.query = Some(decode(v)),
            Some(OPEN) => link.open = theme_ids(&decode(v)),
            Some(DOC) => link.doc = Some(decode(v)),
            // Not a number: no paragraph (the paper is still focused).
            Some(PARA) => link.para = decode(v).trim().parse().ok(),
            _ => {}
        }
    }
    link
}

/// Returns `fragment` (without `#`) with this instance's parameters replaced
/// by `link`'s; an empty query, no open theme and no paper write nothing.
pub fn with_link(fragment: &str, instance: &str, link: &Link) -> String {
    let prefix = format!("{instance}.");
    let mut kept: Vec<String> = parts(fragment)
        .filter(|p| !decode(p.split('=').next().unwrap_or_default()).starts_with(&prefix))
        .map(String::from)
        .collect();
    let mut push = |param: &str, value: &str| {
        kept.push(format!(
            "{}={}",
            encode(&format!("{instance}.{param}")),
            encode(value)
        ));
    };
    if let Some(q) = link.query.as_deref().filter(|q| !q.trim().is_empty()) {
        push(QUERY, q);
    }
    if !link.open.is_empty() {
        push(OPEN, &link.open.join(","));
    }
    if let Some(doc) = &link.doc {
        push(DOC, doc);
        if let Some(para) = link.para {
            push(PARA, &para.to_string());
        }
    }
    kept.join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(query: &str, open: &[&str], doc: Option<&str>) -> Link {
        Link {
            query: Some(query.into()),
            open: open.iter().map(|s| s.to_string()).collect(),
            doc: doc.map(String::from),
            para: None,
        }
    }

    #[test]
    fn a_paragraph_of_the_paper_round_trips_and_needs_its_paper() {
        let written = Link {
            para: Some(67),
            ..link("", &[], Some("CTOC/COP/WG.4/2015/2"))
        };
        let fragment = with_link("", "cw1", &written);
        assert_eq!(fragment, "cw1.doc=CTOC%2FCOP%2FWG.4%2F2015%2F2&cw1.para=67");
        assert_eq!(parse_link(&fragment, "cw1").para, Some(67));
        let orphan = Link {
            para: Some(67),
            ..Link::default()
        };
        assert_eq!(with_link("", "cw1", &orphan), "", "no paper, no paragraph");
        assert_eq!(parse_link("cw1.para=sixty", "cw1").para, None);
    }

    #[test]
    fn a_link_round_trips_through_the_fragment() {
        let written = link(
            "frais & coûts = 100 %",
            &["demande", "non-sanction"],
            Some("CTOC/COP/WG.4/2015/2"),
        );
        let fragment = with_link("", "cw1", &written);
        assert_eq!(parse_link(&fragment, "cw1"), written);
    }

    #[test]
    fn values_are_encoded_like_encode_uri_component() {
        let fragment = with_link("", "cw1", &link("l’État (2015)*!~", &[], None));
        assert_eq!(fragment, "cw1.q=l%E2%80%99%C3%89tat%20(2015)*!~");
    }

    #[test]
    fn the_page_s_own_fragment_is_kept_byte_for_byte() {
        let page = "/route?x=a+b%2F&top&k=";
        let fragment = with_link(
            &format!("#{page}&cw2.q=autre"),
            "cw1",
            &link("x", &[], None),
        );
        assert_eq!(fragment, format!("{page}&cw2.q=autre&cw1.q=x"));
    }

    #[test]
    fn another_instance_s_parameters_are_neither_read_nor_replaced() {
        let fragment = "cw2.q=autre&cw10.q=dix&cw1x.q=no";
        assert_eq!(parse_link(fragment, "cw1"), Link::default());
        let written = with_link(fragment, "cw1", &link("un", &[], None));
        assert_eq!(parse_link(&written, "cw2").query.as_deref(), Some("autre"));
        assert_eq!(parse_link(&written, "cw10").query.as_deref(), Some("dix"));
        assert_eq!(parse_link(&written, "cw1").query.as_deref(), Some("un"));
    }

    #[test]
    fn an_empty_link_removes_the_instance_s_parameters() {
        let fragment = "top&cw1.q=traite&cw1.open=demande&cw1.doc=X";
        assert_eq!(with_link(fragment, "cw1", &Link::default()), "top");
        assert_eq!(
            with_link(fragment, "cw1", &link("  ", &[], None)),
            "top",
            "a blank query is not written"
        );
    }

    #[test]
    fn plus_reads_as_a_space_and_open_lists_take_commas_or_spaces() {
        let parsed = parse_link("#cw1.q=frais+de+recrutement&cw1.open=a,b%20c", "cw1");
        assert_eq!(parsed.query.as_deref(), Some("frais de recrutement"));
        assert_eq!(parsed.open, ["a", "b", "c"]);
    }

    #[test]
    fn malformed_escapes_are_kept_as_written() {
        let parsed = parse_link("cw1.q=100%&cw1.doc=%FF", "cw1");
        assert_eq!(parsed.query.as_deref(), Some("100%"));
        assert_eq!(parsed.doc.as_deref(), Some("%FF"));
    }

    #[test]
    fn encoded_parameter_names_are_recognised() {
        let parsed = parse_link("my%20widget.q=x", "my widget");
        assert_eq!(parsed.query.as_deref(), Some("x"));
    }
}
