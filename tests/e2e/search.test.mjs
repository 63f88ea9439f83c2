// Searching as a reader does: typing, clearing, Escape, highlights, the
// announced count, the empty state, the filters, key topic chips.

import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, useSite } from "../support/browser.mjs";
import { eventually, widget } from "../support/widget.mjs";

const site = useSite();

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
  const { page, w } = await demo();
  await w.input.pressSequentially("coopération");
  const expected = await page.evaluate(async () => {
    const hits = await window.CompendiumWidget.search("coopération", { limit: 100 });
    const themes = [];
    for (const hit of hits) {
      const theme = themes.find((t) => t.title === hit.themeTitle);
      if (theme) theme.count++;
      else themes.push({ title: hit.themeTitle, count: 1 });
    }
    return themes.map((t) => `${t.title} — ${t.count} résultat${t.count > 1 ? "s" : ""}`);
  });
  const shown = () =>
    w.root
      .locator(".cw-accordion__section:not([hidden])")
      .evaluateAll((sections) =>
        sections.map(
          (s) =>
            `${s.querySelector(".cw-accordion__title").textContent} — ${s.querySelector(".cw-accordion__count").textContent}`,
        ),
      );
  await eventually(async () => JSON.stringify(await shown()) === JSON.stringify(expected), "every theme up to date");
  assert.ok(expected.length > 3, `only ${expected.length} themes match: the test needs more than three`);
});

test("the matched words are highlighted with mark elements", async () => {
  const { w } = await demo();
  await w.input.fill("frais de recrutement");
  await eventually(async () => (await w.marks.count()) > 0, "marks");
  const marked = new Set((await w.marks.allTextContents()).map((t) => t.toLowerCase()));
  assert.ok(marked.has("frais") && marked.has("recrutement"), [...marked].join(", "));
  const doc = w.root.locator(".cw-doc").first();
  assert.match(await doc.locator(".cw-doc__title mark").first().textContent(), /frais|recrutement/i);
});

test("a typo and missing accents still find the paper, highlighted in the original text", async () => {
  const { w } = await demo();
  await w.input.fill("prelevement d'organnes");
  await eventually(async () => (await w.titles.first().textContent()) === "Prélèvement d’organes", "organ theme");
  assert.ok((await w.marks.allTextContents()).includes("prélèvement"));
});

test("the live region announces the number of papers found once typing pauses", async () => {
  const { w } = await demo();
  await w.input.fill("organes");
  await eventually(async () => /^\d+ documents? trouvés?$/.test(await w.status.textContent()), "announcement", 3000);
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
  assert.match(await w.root.locator(".cw-accordion__count").first().textContent(), /^\d+ résultats?$/);
});

test("the year filter keeps only that year's papers", async () => {
  const { w } = await demo();
  await w.root.locator("#cw-year").selectOption("2019");
  await eventually(async () => (await w.headers.count()) < 13, "filtered");
  const dates = await w.root.locator(".cw-accordion__section:not([hidden]) .cw-doc:not([hidden]) .cw-doc__date").allTextContents();
  assert.ok(dates.length > 0);
  assert.ok(dates.every((d) => d.includes("2019")), dates.join(" | "));
});

test("a key topic chip searches for that topic", async () => {
  const { w } = await demo();
  await w.headers.nth(9).click();
  const chip = w.root.locator("#cw-panel-prelevement-d-organes .cw-chip").nth(3);
  const topic = await chip.textContent();
  await chip.click();
  await eventually(async () => (await w.input.inputValue()) === topic, "query set to the chip");
  assert.equal(await w.titles.first().textContent(), "Prélèvement d’organes");
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
