// loading="lazy": the wasm is fetched only when the widget comes near the
// viewport or something in it gets focus; until then the prerendered
// accordion shows (or, for a `data-src` widget, a search field alone); what
// the reader typed carries over.

import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, useSite } from "../support/browser.mjs";
import { eventually, widget } from "../support/widget.mjs";

const site = useSite();

async function lazyPage() {
  const page = await openPage(site.browser);
  const wasm = [];
  page.on("request", (r) => r.url().endsWith(".wasm") && wasm.push(r.url()));
  await page.goto(`${site.url}lazy.html`);
  const w = widget(page);
  await w.input.waitFor({ state: "attached" });
  return { page, w, wasm };
}

test("below the fold, the prerendered accordion is shown and no wasm is fetched", async () => {
  const { page, w, wasm } = await lazyPage();
  await page.waitForTimeout(500);
  assert.deepEqual(wasm, []);
  assert.equal(await w.prerendered.count(), 1);
  assert.equal(await w.headers.count(), 13);
  assert.deepEqual(page.problems, []);
});

test("a lazy data-src widget below the fold shows only a search field, and carries what was typed", async () => {
  const { page, wasm } = await lazyPage();
  await page.evaluate(() => {
    const other = document.createElement("compendium-widget");
    other.id = "other";
    other.setAttribute("loading", "lazy");
    other.setAttribute("data-src", "data/other.json");
    document.body.append(other);
  });
  const w = widget(page, "#other");
  await w.input.waitFor({ state: "attached" });
  await page.waitForTimeout(300);
  assert.equal(await w.root.locator(".cw-accordion").count(), 0);
  assert.deepEqual(wasm, []);
  await w.input.focus();
  await page.keyboard.type("organes");
  await w.ready();
  await eventually(async () => (await w.input.inputValue()) === "organes", "typed text kept");
  assert.deepEqual(page.problems, []);
});

test("scrolling near the widget loads and mounts it", async () => {
  const { page, w, wasm } = await lazyPage();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await w.ready();
  assert.equal(wasm.length, 1);
  assert.equal(await w.headers.count(), 13);
  assert.deepEqual(page.problems, []);
});

test("focusing the search field loads the widget; typed text and focus carry over", async () => {
  const { page, w } = await lazyPage();
  // The wasm is held until the typing is done: what is tested is text typed
  // before the wasm arrives (keys typed while it hydrates: prerender.test.mjs).
  let release;
  const held = new Promise((ok) => (release = ok));
  await page.route("**/compendium-widget.wasm", async (route) => {
    await held;
    await route.continue();
  });
  await page.keyboard.press("Tab"); // the prerendered field is the page's first focusable element
  await page.keyboard.type("organes");
  release();
  await w.ready();
  await eventually(async () => (await w.input.inputValue()) === "organes", "typed text kept");
  await eventually(async () => (await w.titles.first().textContent()) === "Prélèvement d’organes", "results");
  const focused = await page.evaluate(() => document.querySelector("compendium-widget").shadowRoot.activeElement?.id);
  assert.equal(focused, "cw-search-input");
});

test("a page script calling a lazy widget's method loads it at once", async () => {
  const { page, w, wasm } = await lazyPage();
  await page.evaluate(() => document.querySelector("compendium-widget").open("demande"));
  await w.ready();
  assert.equal(wasm.length, 1);
  await eventually(async () => (await w.root.locator("#cw-theme-demande").getAttribute("aria-expanded")) === "true", "opened");
});
