//! The index's string-keyed hash map, with a fast, non-cryptographic hash
//! (FxHash) in place of the standard library's SipHash, which resists
//! crafted keys at a cost: the keys here are the compendium's own words,
//! nothing adversarial.
//!
//! Not here: anything about words or papers (`index`).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A string-keyed map with a fast, non-cryptographic hash (FxHash): the
/// keys are the compendium's words, nothing adversarial.
pub(crate) type FastMap<V> = HashMap<String, V, BuildHasherDefault<FxHasher>>;

#[derive(Default)]
pub(crate) struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            self.add(word);
        }
        let mut word = 0u64;
        for &b in chunks.remainder() {
            word = (word << 8) | u64::from(b);
        }
        self.add(word);
    }

    fn write_u8(&mut self, byte: u8) {
        self.write(&[byte]);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}
