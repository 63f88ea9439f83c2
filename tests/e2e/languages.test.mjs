// The interface in the six UN languages (issue 14): each `lang` shows its
// own strings and none of the French ones (checked against the widget's
// strings table, dist/strings.json, written by `cargo xtask dist`), Arabic
// is laid out right to left with the keyboard unchanged, axe finds nothing
// in any language, and without `lang` the interface follows the page.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { DIST, openPage, screenshot, useSite } from "../support/browser.mjs";
import { addWidget, eventually, recordWarnings, widget } from "../support/widget.mjs";

const site = useSite();
const TABLE = JSON.parse(readFileSync(join(DIST, "strings.json"), "utf8"));
const CODES = Object.keys(TABLE);
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** A blank test page (CSP bypassed when axe is to be injected) with a widget of these attributes, ready. */
async function pageWith(attributes, { axe = false } = {}) {
  const page = await openPage(site.browser, `${site.url}blank.html`, { bypassCSP: axe });
  const warnings = recordWarnings(page);
  await addWidget(page, attributes);
  const w = widget(page);
  await w.ready();
  return { page, w, warnings };
}

/** Searches so that counts, the announcement, folded paragraphs, meetings and links are all on screen. */
async function showEverything(w) {
  await w.input.fill("frais de recrutement");
  await w.root.locator(".cw-fold").first().waitFor();
}

/**
 * The interface's own text in the widget, in `code`: its text nodes (select
 * options included) outside the blocks of the compendium's text, which say
 * they are in the compendium's language.
 */
function interfaceText(page, code) {
  return page.evaluate((code) => {
    const root = document.querySelector("compendium-widget").shadowRoot;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const texts = [];
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (node.parentElement.closest("[lang]")?.lang === code) texts.push(node.data);
    }
    return texts.join("\n");
  }, code);
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The French interface strings found in `text`: plain ones, counted ones with any number, meetings. */
function frenchIn(text) {
  const { plain, counted, meetings } = TABLE.fr;
  const parts = plain.flatMap((s) => s.split("{q}")).map((s) => s.trim()).filter((s) => s.length > 2);
  const wholes = counted.flat().filter((form) => !form.includes("{n}"));
  const forms = counted
    .flat()
    .filter((form) => form.includes("{n}"))
    .map((form) => {
      const [before, after] = form.split("{n}").map(escape);
      return new RegExp(`(?<!\\p{L})${before}\\d[\\d\\u202f\\u00a0.,]*${after}(?!\\p{L})`, "u");
    });
  return [
    ...parts.filter((s) => text.includes(s)),
    ...wholes.filter((s) => text.includes(s)),
    ...forms.filter((re) => re.test(text)).map(String),
    ...meetings.filter((m) => text.includes(m)),
  ];
}

test("the strings table has the six UN languages", () => {
  assert.deepEqual([...CODES].sort(), ["ar", "en", "es", "fr", "ru", "zh"]);
});

test("the check for French strings finds them in the French interface", async () => {
  const { page, w } = await pageWith({ lang: "fr" });
  await showEverything(w);
  const found = frenchIn(await interfaceText(page, "fr"));
  for (const expected of [TABLE.fr.plain[0], "Copier le lien"]) assert.ok(found.includes(expected), expected);
  assert.ok(found.some((s) => s.includes("réunion")), `a meeting among ${found}`);
});

for (const code of CODES.filter((c) => c !== "fr")) {
  test(`lang=${code} shows the ${code} interface with no French string left`, async () => {
    const { page, w, warnings } = await pageWith({ lang: code });
    await showEverything(w);
    assert.equal(await w.root.locator(".cw").getAttribute("lang"), code);
    assert.equal(await w.root.locator(".cw-search__label").textContent(), TABLE[code].plain[0]);
    const text = await interfaceText(page, code);
    assert.ok(TABLE[code].meetings.some((m) => text.includes(m)), "its meetings are named in it");
    assert.deepEqual(frenchIn(text), []);
    assert.deepEqual([warnings, page.problems], [[], []]);
  });
}

test("a region or script subtag picks the language (zh-Hans, es-419)", async () => {
  for (const [lang, code] of [["zh-Hans", "zh"], ["es-419", "es"]]) {
    const { w, warnings } = await pageWith({ lang });
    assert.equal(await w.root.locator(".cw-search__label").textContent(), TABLE[code].plain[0]);
    assert.deepEqual(warnings, []);
  }
});

/** Where a header's chevron is: "left" or "right" of its button's middle. */
async function chevronSide(w) {
  const button = await w.headers.first().boundingBox();
  const icon = await w.headers.first().locator(".cw-accordion__icon").boundingBox();
  return icon.x + icon.width / 2 < button.x + button.width / 2 ? "left" : "right";
}

test("Arabic is laid out right to left, the chevrons on the left", async () => {
  const { page, w } = await pageWith({ lang: "ar" });
  const direction = await w.root.locator(".cw").evaluate((el) => getComputedStyle(el).direction);
  assert.equal(direction, "rtl");
  assert.equal(await chevronSide(w), "left");
  await w.headers.nth(1).click();
  await eventually(async () => (await w.headers.nth(1).getAttribute("aria-expanded")) === "true", "opened");
  await page.mouse.move(0, 0);
  await page.waitForTimeout(300); // the chevron's turn (0.15 s)
  await screenshot(page, "arabic", { fullPage: false });
  // The compendium's French text keeps its own direction inside it.
  const title = w.root.locator(".cw-accordion__title").first();
  assert.equal(await title.evaluate((el) => getComputedStyle(el).direction), "ltr");
});

test("in a left-to-right language the chevrons are on the right", async () => {
  const { w } = await pageWith({ lang: "en" });
  assert.equal(await w.root.locator(".cw").evaluate((el) => getComputedStyle(el).direction), "ltr");
  assert.equal(await chevronSide(w), "right");
});

test("in Arabic ↑ ↓ Home End move between headers as in every language, ← → do nothing", async () => {
  const { page, w } = await pageWith({ lang: "ar" });
  const focused = () =>
    page.evaluate(() => document.querySelector("compendium-widget").shadowRoot.activeElement?.id ?? "none");
  const ids = await w.headers.evaluateAll((els) => els.map((b) => b.id));
  await w.headers.first().focus();
  await page.keyboard.press("ArrowDown");
  assert.equal(await focused(), ids[1]);
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowRight");
  assert.equal(await focused(), ids[1], "the horizontal arrows move nothing");
  await page.keyboard.press("ArrowUp");
  assert.equal(await focused(), ids[0]);
  await page.keyboard.press("End");
  assert.equal(await focused(), ids.at(-1));
  await page.keyboard.press("Home");
  assert.equal(await focused(), ids[0]);
});

for (const code of CODES) {
  test(`no axe violation in ${code}, a search shown`, async () => {
    const { page, w } = await pageWith({ lang: code }, { axe: true });
    await showEverything(w);
    await page.addScriptTag({ path: AXE });
    // The widget only: the blank test page's own heading is in no landmark.
    const result = await page.evaluate(() =>
      window.axe.run({ include: ["compendium-widget"] }, { resultTypes: ["violations"] }),
    );
    const violations = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    assert.deepEqual(violations, []);
  });
}

/** A blank page whose document is in `documentLang`, with a widget without `lang` inside `<section lang=sectionLang>` (if any). */
async function inPage(documentLang, sectionLang) {
  const page = await openPage(site.browser, `${site.url}blank.html`);
  const warnings = recordWarnings(page);
  await page.evaluate(
    ([documentLang, sectionLang]) => {
      document.documentElement.lang = documentLang;
      const section = document.createElement("section");
      if (sectionLang) section.lang = sectionLang;
      section.append(document.createElement("compendium-widget"));
      document.querySelector("main").append(section);
    },
    [documentLang, sectionLang],
  );
  const w = widget(page);
  // The loader's first render is already in the page's language.
  await w.prerendered.or(w.root.locator(".cw-accordion")).first().waitFor();
  const prerendered = await w.root.locator(".cw-search__label").textContent();
  await w.ready();
  return { page, w, warnings, prerendered };
}

test("without lang the interface follows the nearest lang around the widget", async () => {
  const { page, w, warnings, prerendered } = await inPage("fr", "es-MX");
  assert.equal(prerendered, TABLE.es.plain[0]);
  assert.equal(await w.root.locator(".cw-search__label").textContent(), TABLE.es.plain[0]);
  assert.equal(await w.root.locator(".cw").getAttribute("lang"), "es");
  assert.deepEqual([warnings, page.problems], [[], []]);
});

test("without lang around it the interface follows the document's", async () => {
  const { page, w, prerendered } = await inPage("zh-Hans", null);
  assert.equal(prerendered, TABLE.zh.plain[0]);
  assert.equal(await w.root.locator(".cw-search__label").textContent(), TABLE.zh.plain[0]);
  assert.deepEqual(page.problems, []);
});

test("a page in a language the widget does not speak gets French, silently", async () => {
  const { page, w, warnings } = await inPage("de", null);
  assert.equal(await w.root.locator(".cw-search__label").textContent(), TABLE.fr.plain[0]);
  assert.deepEqual([warnings, page.problems], [[], []]);
});

test("a failure is said in the interface's language and direction", async () => {
  const page = await openPage(site.browser, `${site.url}blank.html`);
  await addWidget(page, { "data-src": "data/missing.json", lang: "ar" });
  const alert = page.locator("compendium-widget [role=alert]");
  await alert.waitFor();
  assert.ok(TABLE.ar.plain.includes(await alert.textContent()), await alert.textContent());
  assert.deepEqual([await alert.getAttribute("lang"), await alert.getAttribute("dir")], ["ar", "rtl"]);
});
