//! A compact binary form of a [`Compendium`], for the copy bundled into the
//! widget's wasm. The widget's build script writes it from the checked JSON
//! (`data/compendium.fr.json`, still the one source of truth and the only
//! interchange format); the widget reads it at start-up.
//!
//! Why not the JSON: in the browser the JSON route decodes every string of
//! the compendium to JavaScript, parses it there, and encodes every string
//! back into wasm memory — 11 ms of a 230 ms first paint. Here strings are
//! copied straight out of the bytes.
//!
//! The format: the magic `b"CWPK"`, the byte length of the structure (a
//! varint), the structure, then the text. The structure holds every field in
//! model order — integers as LEB128 varints, strings as their byte length,
//! lists as their count then their elements; the text is every string's
//! UTF-8, one after the other, in the same order. Kept apart, the text
//! compresses like prose, uninterrupted by lengths: 59.6 kB, 14.9 kB gzip
//! (the JSON: 76.3 kB, 15.6 kB gzip). There are no field names and no
//! version beyond the magic and `schema_version`: writer and reader are built
//! together, from this module.
//!
//! One file, over 300 lines with its tests, on purpose: the format exists
//! only as [`encode`] and [`decode`] (and their `Writer` and `Reader`)
//! walking the model in the same order, field by field. Side by side, a
//! change to one shows where the other must change.
//!
//! The thesaurus (synonyms, translations) follows the themes, in the same
//! way, without its `why` notes: they document the data file for its
//! editors and the reader never sees them (27 kB of the bundled one's 75).
//!
//! Not here: checking the content (`Compendium::validate`, as for JSON),
//! nor reading the bundled copy (the widget's `data` module).

use crate::model::{Compendium, Document, Item, Paragraph, Theme};
use crate::thesaurus::{SynonymSet, Thesaurus, Translation};
use std::fmt;

const MAGIC: &[u8; 4] = b"CWPK";

/// Why bytes are not a packed compendium.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackError {
    /// Byte offset where reading stopped.
    pub at: usize,
    pub reason: &'static str,
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "not a packed compendium: {} at byte {}",
            self.reason, self.at
        )
    }
}

impl std::error::Error for PackError {}

/// The packed form of `compendium`.
pub fn encode(compendium: &Compendium) -> Vec<u8> {
    let mut w = Writer::default();
    w.int(compendium.schema_version.into());
    w.str(&compendium.symbol);
    w.str(&compendium.title);
    w.str(&compendium.language);
    w.list(&compendium.introduction, Writer::paragraph);
    w.list(&compendium.themes, |w, theme| {
        w.str(&theme.id);
        w.str(&theme.title);
        w.list(&theme.key_topics, |w, topic| w.str(topic));
        w.list(&theme.documents, |w, doc| {
            w.str(&doc.symbol);
            w.int(doc.year.into());
            w.int(doc.meeting.into());
            w.str(&doc.title);
            w.str(&doc.link);
            w.list(&doc.paragraphs, Writer::paragraph);
        });
    });
    let thesaurus = &compendium.thesaurus;
    w.int(thesaurus.schema_version.into());
    w.list(&thesaurus.synonyms, |w, set| {
        w.list(&set.terms, |w, term| w.str(term));
    });
    w.list(&thesaurus.translations, |w, t| {
        w.str(&t.from);
        w.list(&t.terms, |w, term| w.str(term));
        w.list(&t.to, |w, term| w.str(term));
    });
    let mut packed = MAGIC.to_vec();
    let mut header = Writer::default();
    header.int(w.structure.len() as u64);
    packed.extend(header.structure);
    packed.extend(w.structure);
    packed.extend(w.text);
    packed
}

/// Reads what [`encode`] wrote. Never panics: bytes that are cut short,
/// not UTF-8, or followed by more bytes are an error.
///
/// It checks the shape only; the content is checked by
/// [`Compendium::validate`], as for JSON.
pub fn decode(bytes: &[u8]) -> Result<Compendium, PackError> {
    // Until the header says where the text begins, the structure is all.
    let mut r = Reader {
        bytes,
        at: 0,
        text_at: bytes.len(),
    };
    if r.take(MAGIC.len())? != MAGIC {
        return Err(r.error_at(0, "wrong magic bytes"));
    }
    let structure_len: usize = r.int()?;
    r.text_at =
        r.at.checked_add(structure_len)
            .filter(|&end| end <= bytes.len())
            .ok_or_else(|| r.error_at(r.at, "cut short"))?;
    let compendium = Compendium {
        schema_version: r.int()?,
        symbol: r.string()?,
        title: r.string()?,
        language: r.string()?,
        introduction: r.list(Reader::paragraph)?,
        themes: r.list(|r| {
            Ok(Theme {
                id: r.string()?,
                title: r.string()?,
                key_topics: r.list(Reader::string)?,
                documents: r.list(|r| {
                    Ok(Document {
                        symbol: r.string()?,
                        year: r.int()?,
                        meeting: r.int()?,
                        title: r.string()?,
                        link: r.string()?,
                        paragraphs: r.list(Reader::paragraph)?,
                    })
                })?,
            })
        })?,
        thesaurus: Thesaurus {
            schema_version: r.int()?,
            synonyms: r.list(|r| {
                Ok(SynonymSet {
                    terms: r.list(Reader::string)?,
                    why: String::new(),
                })
            })?,
            translations: r.list(|r| {
                Ok(Translation {
                    from: r.string()?,
                    terms: r.list(Reader::string)?,
                    to: r.list(Reader::string)?,
                    why: String::new(),
                })
            })?,
        },
    };
    if r.text_at != bytes.len() {
        return Err(r.error_at(r.text_at, "unexpected bytes after the end"));
    }
    Ok(compendium)
}

/// The structure and the text, written side by side.
#[derive(Default)]
struct Writer {
    structure: Vec<u8>,
    text: Vec<u8>,
}

impl Writer {
    fn int(&mut self, mut n: u64) {
        loop {
            let byte = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.structure.push(byte);
                return;
            }
            self.structure.push(byte | 0x80);
        }
    }

    fn str(&mut self, s: &str) {
        self.int(s.len() as u64);
        self.text.extend_from_slice(s.as_bytes());
    }

    fn list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        self.int(items.len() as u64);
        for item in items {
            each(self, item);
        }
    }

    fn paragraph(&mut self, p: &Paragraph) {
        self.int(p.number.into());
        self.str(&p.text);
        self.list(&p.items, |w, item| {
            w.str(&item.label);
            w.str(&item.text);
        });
    }
}

/// Reads the structure at `at` and the text at `text_at`.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    text_at: usize,
}

impl<'a> Reader<'a> {
    fn error_at(&self, at: usize, reason: &'static str) -> PackError {
        PackError { at, reason }
    }

    /// `n` bytes of the structure, which ends where the text begins.
    fn take(&mut self, n: usize) -> Result<&'a [u8], PackError> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&end| end <= self.text_at)
            .ok_or_else(|| self.error_at(self.at, "cut short"))?;
        let taken = &self.bytes[self.at..end];
        self.at = end;
        Ok(taken)
    }

    /// A varint that must fit `T` (a `u8` year would be an error, not a wrap).
    fn int<T: TryFrom<u64>>(&mut self) -> Result<T, PackError> {
        let start = self.at;
        let mut n: u64 = 0;
        for shift in (0..64).step_by(7) {
            let byte = self.take(1)?[0];
            n |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return T::try_from(n).map_err(|_| self.error_at(start, "number out of range"));
            }
        }
        Err(self.error_at(start, "number too long"))
    }

    fn string(&mut self) -> Result<String, PackError> {
        let len: usize = self.int()?;
        let start = self.text_at;
        let bytes = start
            .checked_add(len)
            .and_then(|end| self.bytes.get(start..end))
            .ok_or_else(|| self.error_at(start, "cut short"))?;
        self.text_at += len;
        std::str::from_utf8(bytes)
            .map(str::to_owned)
            .map_err(|_| self.error_at(start, "text not UTF-8"))
    }

    fn list<T>(
        &mut self,
        mut each: impl FnMut(&mut Self) -> Result<T, PackError>,
    ) -> Result<Vec<T>, PackError> {
        let count: usize = self.int()?;
        // Every element takes at least a byte of structure: a count larger
        // than what is left is damage, not a reason to reserve gigabytes.
        if count > self.text_at.saturating_sub(self.at) {
            return Err(self.error_at(self.at, "cut short"));
        }
        // A plain loop: `collect()` into a `Result` is several kB more wasm
        // for each of the seven element types.
        let mut items = Vec::with_capacity(count);
        for _ in 0..count {
            items.push(each(self)?);
        }
        Ok(items)
    }

    fn paragraph(&mut self) -> Result<Paragraph, PackError> {
        Ok(Paragraph {
            number: self.int()?,
            text: self.string()?,
            items: self.list(|r| {
                Ok(Item {
                    label: r.string()?,
                    text: r.string()?,
                })
            })?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> Compendium {
        Compendium::from_json(include_str!("../../../data/compendium.fr.json")).unwrap()
    }

    #[test]
    fn the_bundled_compendium_round_trips() {
        let compendium = bundled();
        assert_eq!(decode(&encode(&compendium)), Ok(compendium));
    }

    #[test]
    fn a_thesaurus_round_trips_without_its_notes() {
        let mut compendium = bundled()
            .with_thesaurus(include_str!("../tests/fixtures/thesaurus.json"))
            .unwrap();
        assert!(!compendium.thesaurus.is_empty());
        let decoded = decode(&encode(&compendium));
        for set in &mut compendium.thesaurus.synonyms {
            set.why.clear();
        }
        for translation in &mut compendium.thesaurus.translations {
            translation.why.clear();
        }
        assert_eq!(decoded, Ok(compendium));
    }

    #[test]
    fn the_pack_is_smaller_than_the_json() {
        let json = include_str!("../../../data/compendium.fr.json");
        assert!(encode(&bundled()).len() < json.len() * 9 / 10);
    }

    #[test]
    fn bytes_cut_short_anywhere_are_an_error_not_a_panic() {
        let bytes = encode(&bundled());
        for end in (0..bytes.len()).step_by(97).chain([bytes.len() - 1]) {
            let error = decode(&bytes[..end]).unwrap_err();
            assert!(error.at <= end, "{error} for {end} bytes");
        }
    }

    #[test]
    fn trailing_bytes_are_an_error() {
        let mut bytes = encode(&bundled());
        bytes.push(0);
        assert_eq!(
            decode(&bytes).unwrap_err().reason,
            "unexpected bytes after the end"
        );
    }

    #[test]
    fn other_bytes_are_refused_by_their_magic() {
        let json = include_str!("../../../data/compendium.fr.json");
        let error = decode(json.as_bytes()).unwrap_err();
        assert_eq!(
            error.to_string(),
            "not a packed compendium: wrong magic bytes at byte 0"
        );
    }

    #[test]
    fn text_that_is_not_utf8_is_an_error() {
        let compendium = bundled();
        let mut bytes = encode(&compendium);
        let symbol = compendium.symbol.as_bytes();
        let at = bytes
            .windows(symbol.len())
            .position(|w| w == symbol)
            .expect("the first string, the symbol, in the text");
        bytes[at] = 0xff;
        assert_eq!(decode(&bytes).unwrap_err().reason, "text not UTF-8");
    }

    #[test]
    fn a_number_too_large_for_its_field_is_an_error() {
        let mut w = Writer::default();
        w.int(300);
        let mut r = Reader {
            bytes: &w.structure,
            at: 0,
            text_at: w.structure.len(),
        };
        assert_eq!(r.int::<u8>().unwrap_err().reason, "number out of range");
    }

    #[test]
    fn a_number_that_never_ends_is_an_error() {
        let bytes = [0x80; 12];
        let mut r = Reader {
            bytes: &bytes,
            at: 0,
            text_at: bytes.len(),
        };
        assert_eq!(r.int::<u64>().unwrap_err().reason, "number too long");
    }
}
