// A generated compendium of any size, for measuring the widget at scale:
// the bundled compendium's papers copied round-robin into its 13 themes
// until there are `papers` of them, each with its own symbol, its title's
// words and its paragraphs' sentences shuffled (so that no two papers are
// the same text), and paragraph numbers renumbered in document order.
// Deterministic: the same `papers` gives the same bytes. Used by the bench
// (bench/browser.mjs) and the large-compendium end-to-end test.

import { readFileSync } from "node:fs";

const ROOT = new URL("../", import.meta.url).pathname;

/** A small deterministic generator (mulberry32). */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(items, next) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The compendium with `papers` papers, as a JSON string. */
export function largeCompendium(papers) {
  const source = JSON.parse(readFileSync(`${ROOT}data/compendium.fr.json`, "utf8"));
  const originals = source.themes.flatMap((t) => t.documents);
  const next = random(papers);
  const themes = source.themes.map((t) => ({ ...t, documents: [] }));
  for (let i = 0; i < papers; i++) {
    const original = originals[i % originals.length];
    themes[i % themes.length].documents.push({
      ...original,
      symbol: `TEST/${original.year}/${i + 1}`,
      link: `https://example.org/TEST/${original.year}/${i + 1}`,
      title: shuffled(original.title.split(" "), next).join(" "),
      paragraphs: original.paragraphs.map((p) => ({
        ...p,
        text: shuffled(p.text.split(". "), next).join(". "),
      })),
    });
  }
  // Numbers increase through the document, as the schema requires.
  let number = source.introduction.length + 1;
  for (const theme of themes) {
    for (const paper of theme.documents) {
      for (const paragraph of paper.paragraphs) paragraph.number = number++;
    }
  }
  return JSON.stringify({ ...source, title: `${source.title} (${papers} papers, generated)`, themes });
}
