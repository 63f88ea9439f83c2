// The MiniSearch comparison page: fetches data/compendium.fr.json, indexes it
// at load the way MiniSearch's README advises (custom `processTerm` for accent
// folding, prefix and fuzzy search, field boosts), and shows the top 20 papers
// for what is typed, on every input event. After each render it dispatches
// `bench-results` ({ query }) on the document, as the widget dispatches
// `compendium-search`, so the benchmark sees both answer the same way.

"use strict";

const LIMIT = 20;

// "é" → "e", "Œ" stays "œ" (NFD does not split ligatures), then lowercase.
function fold(term) {
  return term.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

// One document per paper, with the fields the widget searches too.
function documents(compendium) {
  const docs = [];
  for (const theme of compendium.themes) {
    for (const doc of theme.documents) {
      docs.push({
        id: docs.length,
        themeTitle: theme.title,
        keyTopics: theme.key_topics.join(" ; "),
        title: doc.title,
        symbol: doc.symbol,
        text: doc.paragraphs.map((p) => p.text).join("\n"),
        link: doc.link,
      });
    }
  }
  return docs;
}

const input = document.getElementById("q");
const list = document.getElementById("results");
let index = null;

function render() {
  const query = input.value;
  const hits = query.trim() ? index.search(query).slice(0, LIMIT) : [];
  list.replaceChildren(
    ...hits.map((hit) => {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = hit.link;
      link.textContent = hit.title;
      const meta = document.createElement("span");
      meta.textContent = ` ${hit.symbol} — ${hit.themeTitle}`;
      item.append(link, meta);
      return item;
    }),
  );
  list.dataset.query = query;
  document.dispatchEvent(new CustomEvent("bench-results", { detail: { query, total: hits.length } }));
}

input.addEventListener("input", () => index && render());

fetch("/data/compendium.fr.json")
  .then((response) => response.json())
  .then((compendium) => {
    const search = new MiniSearch({
      fields: ["themeTitle", "keyTopics", "title", "symbol", "text"],
      storeFields: ["title", "symbol", "themeTitle", "link"],
      processTerm: fold,
      searchOptions: {
        prefix: true,
        fuzzy: 0.2,
        boost: { title: 2, themeTitle: 2, keyTopics: 1.5, symbol: 1.5 },
      },
    });
    search.addAll(documents(compendium));
    index = search;
    window.benchMiniSearch = search; // for the per-query timing loop
    if (input.value) render(); // typed before the index was ready
  });
