// A search answers at the paragraph: a found paper shows the paragraphs that
// match first, with their numbers and highlights; its other paragraphs are
// folded behind one control, which the keyboard operates and find-in-page
// opens; clearing the search restores the reading order.

import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, useSite } from "../support/browser.mjs";
import { addWidget, eventually, widget } from "../support/widget.mjs";

const site = useSite();

const PAPER = "#cw-doc-ctoc-cop-wg-4-2015-2";

/** A widget searched for `query`, and the parts of the paper 2015/2. */
async function searched(query) {
  const page = await openPage(site.browser, `${site.url}blank.html`);
  await addWidget(page, {});
  const w = widget(page);
  await w.ready();
  await w.input.fill(query);
  const paper = w.root.locator(PAPER);
  await paper.locator(".cw-fold").waitFor();
  return {
    page,
    w,
    paper,
    fold: paper.locator(".cw-fold"),
    folded: paper.locator(`${PAPER}-more`),
    // The paragraphs shown before the fold, by their printed numbers.
    shownNumbers: () =>
      paper.evaluate((article) =>
        [...article.querySelectorAll(":scope > .cw-para .cw-para__number")].map((n) => n.textContent),
      ),
  };
}

test("a found paper shows its matching paragraphs first, highlighted, the introduction after", async () => {
  const { paper, shownNumbers, page } = await searched("frais de recrutement");
  const numbers = await shownNumbers();
  assert.notEqual(numbers[0], "67.", `¶67 is the paper's introduction: ${numbers}`);
  assert.ok((await paper.locator(":scope > .cw-para").first().locator("mark").count()) > 0, "highlighted");
  assert.deepEqual(page.problems, []);
});

test("the fold control unfolds and folds the other paragraphs with the keyboard", async () => {
  const { fold, folded, page } = await searched("frais de recrutement");
  assert.equal(await folded.getAttribute("hidden"), "until-found");
  assert.match(await fold.textContent(), /^Afficher (l’autre paragraphe|les \d+ autres paragraphes)$/);
  await fold.focus();
  await page.keyboard.press("Enter");
  await eventually(async () => (await fold.getAttribute("aria-expanded")) === "true", "unfolded");
  assert.equal(await folded.getAttribute("hidden"), null);
  assert.equal(await fold.textContent(), "Masquer les autres paragraphes");
  await page.keyboard.press("Space");
  await eventually(async () => (await fold.getAttribute("aria-expanded")) === "false", "folded again");
  assert.equal(await folded.getAttribute("hidden"), "until-found");
});

test("find-in-page reaching a folded paragraph unfolds them", async () => {
  const { fold, folded } = await searched("frais de recrutement");
  // What find-in-page does on a match: fire beforematch, then reveal.
  await folded.evaluate((panel) => panel.dispatchEvent(new Event("beforematch")));
  await eventually(async () => (await fold.getAttribute("aria-expanded")) === "true", "unfolded by the find");
});

test("clearing the search restores the reading order, without a fold", async () => {
  const { w, paper, shownNumbers } = await searched("frais de recrutement");
  await w.input.fill("");
  await eventually(async () => (await paper.locator(".cw-fold").count()) === 0, "no fold");
  const numbers = await shownNumbers();
  assert.deepEqual(numbers.slice(0, 2), ["67.", "68."]);
});
