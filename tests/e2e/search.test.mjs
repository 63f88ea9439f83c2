// Searching as a reader does: typing, clearing, Escape, highlights, the
// announced count, the empty state, the filters, key topic chips.
//
// What each search must show is written here as facts of the compendium
// (data/compendium.fr.json: where a word occurs, which theme a paper is in),
// never asked of the widget's own search, so a wrong answer cannot agree with
// itself.

import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, useSite } from "../support/browser.mjs";
import { eventually, widget } from "../support/widget.mjs";

const site = useSite();

/** The shown themes, in order, as "title — count" (the count as displayed). */
function shownThemes(w) {
  return w.root
    .locator(".cw-accordion__section:not([hidden])")
    .evaluateAll((sections) =>
      sections.map(
        (s) =>
          `${s.querySelector(".cw-accordion__title").textContent} — ${s.querySelector(".cw-accordion__count").textContent}`,
      ),
    );
}

/** The symbols of the shown papers, in order, as the reader sees them. */
function shownSymbols(w) {
  return w.root
    .locator(".cw-accordion__section:not([hidden]) .cw-doc:not([hidden]) .cw-doc__symbol")
    .evaluateAll((links) =>
      links.map((a) =>
        [...a.childNodes]
          .filter((n) => !n.classList?.contains("cw-visually-hidden"))
          .map((n) => n.textContent)
          .join(""),
      ),
    );
}

/** The marked words of the first shown paper's title. */
function firstPaperTitleMarks(w) {
  return w.root
    .locator(".cw-accordion__section:not([hidden]) .cw-doc:not([hidden])")
    .first()
    .locator(".cw-doc__title mark")
    .allTextContents();
}

/** Waits until `read()` deep-equals `expected`; on timeout, says how it differs. */
async function settles(read, expected, what) {
  await eventually(async () => {
    assert.deepEqual(await read(), expected);
    return true;
  }, what);
}

/** Sorted, for comparing what is shown regardless of its order. */
const sorted = (list) => [...list].sort();

async function demo() {
  const page = await openPage(site.browser, `${site.url}dist/index.html`);
  const w = widget(page);
  await w.ready();
  return { page, w };
}

test("results follow each keystroke, matching themes open, best match first", async () => {
  const { page, w } = await demo();
  await w.input.pressSequentially("non sanc");
  await eventually(async () => (await w.titles.first().textContent()) === "Non-sanction", "Non-sanction first");
  assert.equal(await w.headers.first().getAttribute("aria-expanded"), "true");
  assert.deepEqual(page.problems, []);
});

test("once typing pauses, every matching theme is in best-match order with its own count", async () => {
  // A keystroke brings the first three themes up to date at once and the
  // others a frame later: after the pause, none may be left as it was for an
  // earlier prefix ("c", "co", … open nearly every theme).
  //
  // Where "coopération" (or "coopérer", the same stem) is in the compendium:
  // in the theme's title, a key topic, the paper's title and its body, the
  // strongest match of all;
  const strongest = "Coopération internationale — 1 résultat";
  // in a key topic (so every paper of the theme matches), or the theme's title;
  const inTitlesOrTopics = [
    "Demande — 3 résultats",
    "Mesures de justice pénale — 1 résultat",
    "Coordination et coopération à l’échelon national — 1 résultat",
  ];
  // once in a paper's body only: "coopération" as typed, then "coopérer"
  // (an exact match outranks a stemmed one).
  const inBodyOnly = ["Agents consulaires et diplomatiques — 1 résultat", "Protection et assistance — 1 résultat"];
  // Six themes: more than the three brought up to date at once.
  const expected = [strongest, ...inTitlesOrTopics, ...inBodyOnly];
  const { page, w } = await demo();
  await w.input.pressSequentially("coopération");
  await settles(
    async () => sorted(await shownThemes(w)),
    sorted(expected),
    "every matching theme shown with its count, and no other",
  );
  const shown = await shownThemes(w);
  assert.equal(shown[0], strongest);
  assert.deepEqual(new Set(shown.slice(1, 4)), new Set(inTitlesOrTopics));
  assert.deepEqual(shown.slice(4), inBodyOnly);
  assert.deepEqual(page.problems, []);
});

test("the matched words are highlighted with mark elements", async () => {
  const { w } = await demo();
  await w.input.fill("frais de recrutement");
  await eventually(async () => (await w.marks.count()) > 0, "marks");
  const marked = new Set((await w.marks.allTextContents()).map((t) => t.toLowerCase()));
  assert.ok(marked.has("frais") && marked.has("recrutement"), [...marked].join(", "));
  // The theme of that name, its one paper, whose title is "Rôle des agences de
  // recrutement et frais de recrutement en rapport avec la traite des
  // personnes": each matched word marked, the stop word "de" not.
  assert.equal(await w.titles.first().textContent(), "Agences de recrutement et frais de recrutement");
  assert.equal((await shownSymbols(w))[0], "CTOC/COP/WG.4/2015/2");
  assert.deepEqual(await firstPaperTitleMarks(w), ["recrutement", "frais", "recrutement"]);
});

test("a typo and missing accents still find the paper, highlighted in the original text", async () => {
  const { w } = await demo();
  await w.input.fill("prelevement d'organnes");
  await eventually(async () => (await w.titles.first().textContent()) === "Prélèvement d’organes", "organ theme");
  // "Traite des personnes à des fins de prélèvement d’organes": the accented
  // and the correctly spelt words of the text are the ones marked.
  assert.equal((await shownSymbols(w))[0], "CTOC/COP/WG.4/2011/2");
  assert.deepEqual(await firstPaperTitleMarks(w), ["prélèvement", "organes"]);
});

test("the live region announces the number of papers found once typing pauses", async () => {
  const { w } = await demo();
  // "coopération" or "coopérer" is in eight papers (the theme title or a key
  // topic counts for each paper of the theme), "transplantation" in one.
  await w.input.fill("coopération");
  await eventually(async () => (await w.status.textContent()) === "8 documents trouvés", "plural announcement", 3000);
  await w.input.fill("transplantation");
  await eventually(async () => (await w.status.textContent()) === "1 document trouvé", "singular announcement", 3000);
  await w.input.fill("zzzqqq");
  await eventually(async () => (await w.status.textContent()) === "Aucun résultat", "no result announcement", 3000);
});

test("a search without results says so and offers to clear it", async () => {
  const { w } = await demo();
  await w.input.fill("zzzqqq");
  const empty = w.root.locator(".cw-empty");
  await empty.waitFor();
  assert.match(await empty.textContent(), /Aucun résultat pour « zzzqqq »/);
  await empty.locator("button").click();
  await eventually(async () => (await w.headers.count()) === 13, "all themes back");
  assert.equal(await w.input.inputValue(), "");
});

test("Escape clears the search", async () => {
  const { w } = await demo();
  await w.input.fill("organes");
  await eventually(async () => (await w.headers.count()) < 13, "filtered");
  await w.input.press("Escape");
  await eventually(async () => (await w.headers.count()) === 13, "cleared");
  assert.equal(await w.input.inputValue(), "");
});

test("each theme header counts its matching papers", async () => {
  const { w } = await demo();
  await w.input.fill("demande");
  await eventually(async () => (await w.titles.first().textContent()) === "Demande", "Demande first");
  // "demande" is the title of a theme of three papers; "demande(s)" or
  // "demander" is in one paper of four other themes — in one of the two
  // Non-sanction papers only, which is counted, not the theme's size.
  const counted = [
    "Agents consulaires et diplomatiques — 1 résultat",
    "Demande — 3 résultats",
    "Mesures de justice pénale — 1 résultat",
    "Non-sanction — 1 résultat",
    "Prévention de la criminalité — 1 résultat",
  ];
  await settles(async () => sorted(await shownThemes(w)), counted, "each matching theme counted");
});

test("the year filter keeps only that year's papers", async () => {
  const { w } = await demo();
  await w.root.locator("#cw-year").selectOption("2011");
  // The compendium's four papers of 2011 (the 4th meeting), in theme order;
  // Demande and Interprétation… also hold papers of other years, left out.
  await settles(
    () => shownSymbols(w),
    ["CTOC/COP/WG.4/2011/5", "CTOC/COP/WG.4/2011/4", "CTOC/COP/WG.4/2011/2", "CTOC/COP/WG.4/2011/3"],
    "the papers of 2011",
  );
  const dates = await w.root.locator(".cw-accordion__section:not([hidden]) .cw-doc:not([hidden]) .cw-doc__date").allTextContents();
  assert.ok(dates.every((d) => d.includes("2011")), dates.join(" | "));
});

test("a key topic chip searches for that topic", async () => {
  const { w } = await demo();
  await w.headers.nth(9).click();
  const chip = w.root.locator("#cw-panel-prelevement-d-organes .cw-chip").nth(3);
  const topic = await chip.textContent();
  // The theme's fourth key topic.
  assert.equal(topic, "chasseurs d’organes");
  await chip.click();
  await eventually(async () => (await w.input.inputValue()) === topic, "query set to the chip");
  assert.equal(await w.titles.first().textContent(), "Prélèvement d’organes");
  assert.equal((await shownSymbols(w))[0], "CTOC/COP/WG.4/2011/2");
});

test("when filters alone find nothing, clearing resets them too", async () => {
  const { w } = await demo();
  await w.root.locator("#cw-year").selectOption("2019");
  await w.root.locator("#cw-meeting").selectOption("2");
  const empty = w.root.locator(".cw-empty");
  await empty.waitFor();
  await empty.locator("button").click();
  await eventually(async () => (await w.headers.count()) === 13, "all themes back");
  assert.equal(await w.root.locator("#cw-year").inputValue(), "");
  assert.equal(await w.root.locator("#cw-meeting").inputValue(), "");
});

test("one character does not search: the hint asks for two, and the accordion stays as it was", async () => {
  const { page, w } = await demo();
  await w.input.fill("t");
  const hint = w.root.locator("#cw-search-hint");
  await eventually(async () => (await hint.textContent()).trim() === "Tapez au moins deux caractères pour lancer la recherche.", "the hint");
  assert.equal(await w.headers.count(), 13, "every theme, as before typing");
  assert.equal(await w.marks.count(), 0);
  await w.input.fill("tr");
  await eventually(async () => (await w.marks.count()) > 0, "two characters search");
  assert.equal((await hint.textContent()).trim(), "Un mot, un sujet ou une cote (par exemple WG.4/2015/2)");
  assert.deepEqual(page.problems, []);
});

test("an English query finds the French paper and highlights the French words", async () => {
  // "recruitment fees" is "frais de recrutement" (data/thesaurus.fr.json):
  // the title of CTOC/COP/WG.4/2015/2, and of its theme.
  const { page, w } = await demo();
  await w.input.fill("recruitment fees");
  await eventually(async () => (await shownSymbols(w))[0] === "CTOC/COP/WG.4/2015/2", "the paper first");
  const marked = new Set((await w.root.locator("#cw-doc-ctoc-cop-wg-4-2015-2 mark").allTextContents()).map((t) => t.toLowerCase()));
  assert.ok(marked.has("frais") && marked.has("recrutement"), [...marked].join(", "));
  assert.deepEqual(page.problems, []);
});
