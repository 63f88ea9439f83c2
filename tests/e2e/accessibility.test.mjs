// axe-core finds no violation in any state, and the screenshots the README
// links to are taken (collapsed, one theme open, a search with highlights,
// dark mode, a 360 px phone).

import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { openPage, screenshot, useSite } from "../support/browser.mjs";
import { eventually, widget } from "../support/widget.mjs";

const site = useSite();
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** The demo page, with CSP bypassed so axe can be injected as a script. */
async function demo(options = {}) {
  const page = await openPage(site.browser, `${site.url}dist/index.html`, { bypassCSP: true, ...options });
  const w = widget(page);
  await w.ready();
  await page.addScriptTag({ path: AXE });
  return { page, w };
}

/** axe's violations in the page, open shadow roots included, as readable lines. */
async function violations(page) {
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

test("no axe violation with every section collapsed", async () => {
  const { page } = await demo();
  assert.deepEqual(await violations(page), []);
  await screenshot(page, "collapsed", { fullPage: true });
});

test("no axe violation with a found paper's other paragraphs folded, then unfolded", async () => {
  const { page, w } = await demo();
  await w.input.fill("frais de recrutement");
  const fold = w.root.locator(".cw-fold").first();
  await fold.waitFor();
  assert.deepEqual(await violations(page), []);
  await fold.click();
  await eventually(async () => (await fold.getAttribute("aria-expanded")) === "true", "unfolded");
  assert.deepEqual(await violations(page), []);
});

test("no axe violation with a theme open", async () => {
  const { page, w } = await demo();
  await w.headers.nth(8).click();
  await eventually(async () => (await w.headers.nth(8).getAttribute("aria-expanded")) === "true", "opened");
  assert.deepEqual(await violations(page), []);
  await w.headers.nth(8).scrollIntoViewIfNeeded();
  await screenshot(page, "theme-open");
});

test("no axe violation with every section expanded", async () => {
  const { page, w } = await demo();
  await w.toggleAll.click();
  await eventually(async () => (await w.root.locator("[aria-expanded=true].cw-accordion__button").count()) === 13, "all open");
  assert.deepEqual(await violations(page), []);
});

test("no axe violation while searching, matches highlighted", async () => {
  const { page, w } = await demo();
  await w.input.fill("frais de recrutement");
  await eventually(async () => (await w.marks.count()) > 0, "marks");
  assert.deepEqual(await violations(page), []);
  await screenshot(page, "search-highlights");
});

test("no axe violation in the empty state", async () => {
  const { page, w } = await demo();
  await w.input.fill("zzzqqq");
  await w.root.locator(".cw-empty").waitFor();
  assert.deepEqual(await violations(page), []);
});

test("no axe violation in dark mode", async () => {
  const { page, w } = await demo({ colorScheme: "dark" });
  await w.headers.nth(9).click();
  await eventually(async () => (await w.headers.nth(9).getAttribute("aria-expanded")) === "true", "opened");
  assert.deepEqual(await violations(page), []);
  await screenshot(page, "dark-mode");
});

test("no axe violation on a 360 px wide phone", async () => {
  const { page, w } = await demo({ viewport: { width: 360, height: 740 } });
  await w.input.fill("non-sanction");
  await eventually(async () => (await w.marks.count()) > 0, "marks");
  assert.deepEqual(await violations(page), []);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  await screenshot(page, "phone-360");
});

test("no axe violation with two widgets on one page, idle and searching", async () => {
  const { page } = await demo();
  await page.evaluate(() => document.querySelector("compendium-widget").after(document.createElement("compendium-widget")));
  const w = widget(page, "compendium-widget >> nth=0");
  const second = widget(page, "compendium-widget >> nth=1");
  await second.ready();
  assert.deepEqual(await violations(page), []);
  await w.input.fill("traite");
  await second.input.fill("traite");
  await eventually(async () => (await second.marks.count()) > 0, "marks in both");
  assert.deepEqual(await violations(page), []);
  // Each instance's search landmark has a name of its own.
  const names = await page.$$eval("compendium-widget", (all) =>
    all.map((el) => el.shadowRoot.querySelector("[role=search]").getAttribute("aria-label")),
  );
  assert.equal(new Set(names).size, 2, JSON.stringify(names));
});
