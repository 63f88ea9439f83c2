// What changes after a widget has mounted takes effect: its attributes (as
// React, Vue or Angular set them after creating an element, and change them
// later), on `<compendium-widget>` and on a div, and the URL fragment.

import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, useSite } from "../support/browser.mjs";
import { addWidget, eventually, recordWarnings, widget } from "../support/widget.mjs";

const site = useSite();

async function mounted(attributes = {}, { tag = "compendium-widget" } = {}) {
  const page = await openPage(site.browser, `${site.url}blank.html`);
  const warnings = recordWarnings(page);
  await addWidget(page, attributes, { tag });
  const w = widget(page, `main > ${tag}`);
  await w.ready();
  const set = (name, value) =>
    w.root.evaluate((el, [name, value]) => el.setAttribute(name, value), [name, value]);
  return { page, w, warnings, set };
}

/** Indices of the expanded headers among those shown. */
const expanded = (w) =>
  w.headers.evaluateAll((all) => all.flatMap((b, i) => (b.getAttribute("aria-expanded") === "true" ? [i] : [])));

test("lang and heading-level changed after mount re-render the interface", async () => {
  const { page, w, warnings, set } = await mounted();
  await set("lang", "en");
  await eventually(async () => (await w.root.locator(".cw-search__label").textContent()) === "Search the compendium", "English");
  assert.equal(await w.root.locator(".cw").getAttribute("lang"), "en");
  await set("heading-level", "4");
  await eventually(async () => (await w.root.locator("h4 > .cw-accordion__button").count()) === 13, "h4 headings");
  assert.deepEqual([warnings, page.problems], [[], []]);
});

test("query changed after mount searches", async () => {
  const { page, w, set } = await mounted();
  await set("query", "2015/2");
  await eventually(async () => (await w.titles.count()) === 1, "one theme");
  assert.equal(await w.titles.first().textContent(), "Agences de recrutement et frais de recrutement");
  assert.equal(await w.input.inputValue(), "2015/2");
  assert.deepEqual(page.problems, []);
});

test("open changed after mount opens exactly those themes", async () => {
  const { page, w, set } = await mounted({ open: "demande" });
  assert.deepEqual(await expanded(w), [4]);
  await set("open", "identification non-sanction");
  await eventually(async () => JSON.stringify(await expanded(w)) === "[5,8]", "themes 5 and 8 open");
  assert.deepEqual(page.problems, []);
});

test("data-src changed after mount shows the other compendium", async () => {
  const { page, w, set } = await mounted();
  await set("data-src", "data/other.json");
  await eventually(async () => (await w.titles.allTextContents()).join() === "Only theme", "the other compendium");
  // Page scripts reach the new app.
  await w.root.evaluate((el) => el.open("only-theme"));
  await eventually(async () => JSON.stringify(await expanded(w)) === "[0]", "its theme opened");
  assert.deepEqual(page.problems, []);
});

test("history set after mount starts writing the fragment", async () => {
  const { page, w, set } = await mounted({ id: "live" });
  await set("history", "");
  await w.input.fill("traite");
  await eventually(async () => (await page.evaluate(() => location.hash)).includes("live.q=traite"), "the fragment");
  assert.deepEqual(page.problems, []);
});

test("a div mount point's attributes are followed too", async () => {
  const { page, w, set } = await mounted({ "data-compendium-widget": "" }, { tag: "div" });
  await set("query", "2015/2");
  await eventually(async () => (await w.titles.count()) === 1, "one theme");
  assert.deepEqual(page.problems, []);
});

test("a fragment changed after load is followed by the widget it names", async () => {
  const { page, w } = await mounted({ id: "here" });
  await page.evaluate(() => {
    location.hash = "here.q=2015%2F2";
  });
  await eventually(async () => (await w.titles.count()) === 1, "the linked search");
  await page.evaluate(() => {
    location.hash = "other.q=traite";
  });
  await new Promise((ok) => setTimeout(ok, 200));
  assert.equal(await w.input.inputValue(), "2015/2", "another widget's link changes nothing here");
  await page.evaluate(() => {
    location.hash = "here.q=&here.open=demande";
  });
  await eventually(async () => JSON.stringify(await expanded(w)) === "[4]", "the linked theme open");
  assert.deepEqual(page.problems, []);
});

test("two widgets with the same id are told apart, with a warning", async () => {
  const page = await openPage(site.browser, `${site.url}blank.html`);
  const warnings = recordWarnings(page);
  await addWidget(page, { id: "twin", history: "" });
  await widget(page).ready();
  await addWidget(page, { id: "twin", history: "" });
  const second = widget(page, "compendium-widget:nth-of-type(2)");
  await second.ready();
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /key "twin".*uses "twin-2"/);
  await second.input.fill("traite");
  await eventually(async () => (await page.evaluate(() => location.hash)).includes("twin-2.q=traite"), "its own link");
  assert.doesNotMatch(await page.evaluate(() => location.hash), /twin\.q=/);
  assert.deepEqual(page.problems, []);
});
