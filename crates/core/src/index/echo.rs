//! Echoes: the words of a paragraph that quote the paper's own title or
//! symbol. Every paper of a compendium opens with a paragraph that repeats
//! them (`… sur le thème : « <title> » (<symbol>).`); scored as paragraph
//! words, they would make that introduction the best paragraph for any
//! query on the title. They are the title's evidence, scored once, with the
//! title.
//!
//! Not here: what the index does with them (`builder`, `search`).

/// The byte ranges of `text` that quote `title` or `symbol` verbatim,
/// sorted. A title of fewer than [`MIN_TITLE_WORDS`] words is not looked
/// for: a short title (`Demande`) in a paragraph is a word, not a quotation.
pub(super) fn quoted(text: &str, title: &str, symbol: &str) -> Vec<(usize, usize)> {
    let (title, symbol) = (title.trim(), symbol.trim());
    let mut quotes = vec![symbol];
    if title.split_whitespace().count() >= MIN_TITLE_WORDS {
        quotes.push(title);
    }
    let mut ranges = Vec::new();
    for quote in quotes.into_iter().filter(|q| !q.is_empty()) {
        ranges.extend(
            text.match_indices(quote)
                .map(|(start, q)| (start, start + q.len())),
        );
    }
    crate::sort::sort_by(&mut ranges, |a, b| a < b);
    ranges
}

/// Fewest words of a title whose repetition is a quotation.
const MIN_TITLE_WORDS: usize = 3;

/// Whether the word at `start..end` lies inside one of the sorted `ranges`.
pub(super) fn within(ranges: &[(usize, usize)], start: usize, end: usize) -> bool {
    ranges.iter().any(|&(s, e)| s <= start && end <= e)
}

#[cfg(test)]
mod tests {
    use super::*;

    const INTRO: &str = "En 2011, pour la quatrième réunion, sur le thème : « Traite des \
        personnes à des fins de prélèvement d’organes » (CTOC/COP/WG.4/2011/2).";

    #[test]
    fn the_title_and_the_symbol_quoted_are_found() {
        let title = "Traite des personnes à des fins de prélèvement d’organes";
        let ranges = quoted(INTRO, title, "CTOC/COP/WG.4/2011/2");
        let texts: Vec<&str> = ranges.iter().map(|&(s, e)| &INTRO[s..e]).collect();
        assert_eq!(texts, [title, "CTOC/COP/WG.4/2011/2"]);
    }

    #[test]
    fn a_short_title_is_a_word_not_a_quotation() {
        assert!(quoted("La demande de services.", "Demande", "X/1").is_empty());
    }

    #[test]
    fn words_inside_a_quotation_are_echoes() {
        let ranges = [(10, 20)];
        assert!(within(&ranges, 10, 15) && within(&ranges, 15, 20));
        assert!(!within(&ranges, 5, 12) && !within(&ranges, 21, 25));
    }
}
