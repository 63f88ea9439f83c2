//! Words the PDF cut in two with a space (`inf ractions`), re-joined using
//! the compendium's own vocabulary as the dictionary.
//!
//! Not here: spaces wrong by typography (`spacing`); this rule needs the
//! vocabulary of every text, so the extractor runs it last, once all texts
//! are known.

use std::collections::HashMap;

/// Re-joins words the PDF cut in two with a space (`inf ractions`,
/// `partie s`, `no n`, `tr aite`), using the compendium's own vocabulary as
/// the dictionary: `A B` becomes `AB` when `AB` occurs as a word elsewhere
/// and `A` or `B` never occurs on its own (outside such a pair). Two real
/// words (`à la`, `il y a`) are never joined, since each occurs on its own.
#[derive(Debug, Clone, Default)]
pub struct SplitWords {
    /// Lowercased whole words and how often they occur.
    counts: HashMap<String, usize>,
    /// How often each word occurs as one half of a joinable pair.
    in_pairs: HashMap<String, usize>,
}

impl SplitWords {
    /// Learns the vocabulary of every text of the compendium.
    pub fn learn<'a>(texts: impl IntoIterator<Item = &'a str> + Clone) -> SplitWords {
        let mut split = SplitWords::default();
        for text in texts.clone() {
            for (start, end) in words(text) {
                *split
                    .counts
                    .entry(text[start..end].to_lowercase())
                    .or_default() += 1;
            }
        }
        let mut in_pairs = HashMap::new();
        for text in texts {
            for (a, b) in split.pairs(text) {
                *in_pairs.entry(a.to_lowercase()).or_default() += 1;
                *in_pairs.entry(b.to_lowercase()).or_default() += 1;
            }
        }
        split.in_pairs = in_pairs;
        split
    }

    /// Adjacent words `A B`, one space apart, whose concatenation is a word.
    fn pairs<'t>(&self, text: &'t str) -> Vec<(&'t str, &'t str)> {
        let spans = words(text);
        spans
            .windows(2)
            .filter(|w| &text[w[0].1..w[1].0] == " ")
            .map(|w| (&text[w[0].0..w[0].1], &text[w[1].0..w[1].1]))
            .filter(|(a, b)| {
                let joined = format!("{a}{b}").to_lowercase();
                self.counts.get(&joined).is_some_and(|n| *n > 0)
            })
            .collect()
    }

    /// Whether `word` only ever occurs as half of a split word.
    fn is_fragment(&self, word: &str) -> bool {
        let word = word.to_lowercase();
        let total = self.counts.get(&word).copied().unwrap_or(0);
        let paired = self.in_pairs.get(&word).copied().unwrap_or(0);
        total <= paired
    }

    /// Re-joins the split words of `text`.
    pub fn apply(&self, text: &str) -> String {
        let mut out = text.to_string();
        // Right to left, so that earlier byte offsets stay valid.
        let spans = words(text);
        for w in spans.windows(2).rev() {
            let (a, b) = (&text[w[0].0..w[0].1], &text[w[1].0..w[1].1]);
            if &text[w[0].1..w[1].0] != " " {
                continue;
            }
            let joined = format!("{a}{b}").to_lowercase();
            if self.counts.get(&joined).is_some_and(|n| *n > 0)
                && (self.is_fragment(a) || self.is_fragment(b))
            {
                out.replace_range(w[0].1..w[1].0, "");
            }
        }
        out
    }
}

/// Byte spans of the words of `text`: maximal runs of letters, except elided
/// articles and pronouns (`l’`, `d’`, `qu’`), which are not words on their own.
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                if c != '’' {
                    spans.push((s, i));
                }
                start = None;
            }
            _ => {}
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_words_rejoins_fragments_known_from_elsewhere() {
        let texts = [
            "les infractions commises ; les parties prenantes ; non seulement",
            "la traite des personnes ; il a rédigé ; il y a",
            "des inf ractions ; les partie s prenantes ; no n seulement ; la tr aite",
        ];
        let split = SplitWords::learn(texts);
        cases!(|t| split.apply(t), [
            texts[2] => "des infractions ; les parties prenantes ; non seulement ; la traite",
            texts[1] => texts[1],
        ]);
    }

    #[test]
    fn split_words_never_joins_two_real_words() {
        // `en` and `fin` both occur on their own, so `en fin` stays even
        // though `enfin` is a word.
        let texts = ["enfin ; en fin de compte ; en 2010 ; à la fin"];
        let split = SplitWords::learn(texts);
        assert_eq!(split.apply(texts[0]), texts[0]);
    }

    #[test]
    fn words_skip_elided_articles() {
        let text = "l’ONU et d’autres";
        let found: Vec<&str> = words(text).iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(found, ["ONU", "et", "autres"]);
    }
}
