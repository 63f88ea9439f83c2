// Every configuration attribute, valid and invalid. An invalid value is
// reported once in the console with the allowed values, and the default used.

import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, useSite } from "../support/browser.mjs";
import { addWidget, eventually, recordWarnings, widget } from "../support/widget.mjs";

const site = useSite();

async function pageWith(attributes) {
  const page = await openPage(site.browser, `${site.url}blank.html`);
  const warnings = recordWarnings(page);
  await addWidget(page, attributes);
  const w = widget(page);
  await w.ready();
  return { page, w, warnings };
}

test("lang=en shows the English interface", async () => {
  const { page, w, warnings } = await pageWith({ lang: "en" });
  assert.equal(await w.root.locator(".cw-search__label").textContent(), "Search the compendium");
  assert.equal(await w.root.locator(".cw").getAttribute("lang"), "en");
  // The compendium's own text stays French.
  assert.equal(await w.titles.first().getAttribute("lang"), "fr");
  assert.deepEqual([warnings, page.problems], [[], []]);
});

test("an invalid lang warns once with the allowed values and keeps French", async () => {
  const { page, w, warnings } = await pageWith({ lang: "de" });
  assert.equal(await w.root.locator(".cw-search__label").textContent(), "Rechercher dans le recueil");
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /lang="de".*allowed: fr, ar, en, es, ru, zh\./);
  assert.deepEqual(page.problems, []);
});

test("open opens the named themes", async () => {
  const { w } = await pageWith({ open: "demande non-sanction" });
  const expanded = await w.headers.evaluateAll((els) => els.map((b) => b.getAttribute("aria-expanded")));
  assert.deepEqual(expanded.map((e, i) => (e === "true" ? i : null)).filter((i) => i !== null), [4, 8]);
});

test("an unknown theme in open warns with the theme ids", async () => {
  const { w, warnings } = await pageWith({ open: "nope" });
  assert.equal(await w.root.locator("[aria-expanded=true].cw-accordion__button").count(), 0);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /open="nope".*allowed: gestion-des-cas, /);
});

test("query starts the widget on a search", async () => {
  const { w } = await pageWith({ query: "2015/2" });
  assert.equal(await w.input.inputValue(), "2015/2");
  await eventually(async () => (await w.titles.count()) === 1, "one theme");
  assert.equal(await w.titles.first().textContent(), "Agences de recrutement et frais de recrutement");
});

test("heading-level sets the level of theme and paper headings", async () => {
  const { w, warnings } = await pageWith({ "heading-level": "4", open: "demande" });
  assert.equal(await w.root.locator("h4 > .cw-accordion__button").count(), 13);
  assert.ok((await w.root.locator("h5.cw-doc__title").count()) >= 1);
  assert.deepEqual(warnings, []);
});

test("an invalid heading-level warns and uses 2", async () => {
  const { w, warnings } = await pageWith({ "heading-level": "9" });
  assert.equal(await w.root.locator("h2 > .cw-accordion__button").count(), 13);
  assert.match(warnings.join("\n"), /heading-level="9".*2, 3, 4, 5, 6/);
});

test("data-src shows another compendium in the same schema", async () => {
  const { page, w } = await pageWith({ "data-src": "data/other.json" });
  assert.deepEqual(await w.titles.allTextContents(), ["Only theme"]);
  assert.deepEqual(page.problems, []);
});

test("history writes the state into the URL fragment; without it the URL is left alone", async () => {
  const { page, w } = await pageWith({ history: "" });
  await w.input.fill("organes");
  await eventually(async () => decodeURIComponent(new URL(page.url()).hash) === "#cw1.q=organes", "fragment");
  const plain = await pageWith({});
  await plain.w.input.fill("organes");
  await plain.page.waitForTimeout(200);
  assert.equal(new URL(plain.page.url()).hash, "");
});

test("an invalid history value warns and leaves the URL alone", async () => {
  const { page, w, warnings } = await pageWith({ history: "sometimes" });
  await w.input.fill("organes");
  await page.waitForTimeout(200);
  assert.equal(new URL(page.url()).hash, "");
  assert.match(warnings.join("\n"), /history="sometimes".*allowed: true, false/);
});

test("an invalid loading value warns and loads at once", async () => {
  const { w, warnings } = await pageWith({ loading: "later" });
  assert.equal(await w.headers.count(), 13);
  assert.match(warnings.join("\n"), /loading="later".*allowed: eager, lazy/);
});
