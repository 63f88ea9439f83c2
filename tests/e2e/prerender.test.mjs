// The prerendered first paint: the accordion is on screen before the wasm
// arrives (the loader carries the widget's first render, made at build time),
// and the wasm hydrates it without a second render, a layout shift or a lost
// keystroke. The Declarative Shadow DOM snippet shows the whole compendium
// without JavaScript and is hydrated with it.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, openPage, screenshot, useSite } from "../support/browser.mjs";
import { CSP } from "../support/server.mjs";
import { addWidget, eventually, widget } from "../support/widget.mjs";

const site = useSite();
const ROOT = new URL("../../", import.meta.url).pathname;

/** Sums the page's layout shifts (none caused by recent input) from its start. */
function recordLayoutShifts(page) {
  return page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) window.__shifts.push(entry.value);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}
const layoutShift = (page) => page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));

/** Holds every request for the wasm until `release()` is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((ok) => (release = ok));
  await page.route("**/compendium-widget.wasm", async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** A widget on the blank page with the wasm held back, once its prerender shows. */
async function prerenderedWidget(page) {
  const release = await holdWasm(page);
  await page.goto(`${site.url}blank.html`);
  await addWidget(page, {});
  const w = widget(page);
  await w.prerendered.first().waitFor();
  return { release, w };
}

/** Two frames: what a change scheduled for after the next paint has done. */
const twoFrames = (page) =>
  page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok)))));

test("with the wasm held back, every instance shows its 13 headers and key topics", async () => {
  const page = await openPage(site.browser);
  const release = await holdWasm(page);
  await page.goto(`${site.url}blank.html`);
  await addWidget(page, { id: "french" });
  await addWidget(page, { id: "english", lang: "en" });
  for (const [host, label] of [
    ["#french", "Rechercher dans le recueil"],
    ["#english", "Search the compendium"],
  ]) {
    const w = widget(page, host);
    await w.prerendered.first().waitFor();
    assert.equal(await w.headers.count(), 13, host);
    assert.equal(await w.root.locator(".cw-search__label").textContent(), label);
    assert.ok(await w.root.getByText("Prélèvement d’organes").first().isVisible(), `${host}: key topics`);
  }
  await screenshot(page, "prerendered-before-wasm");
  release();
  await widget(page, "#french").ready();
  await widget(page, "#english").ready();
  assert.deepEqual(page.problems, []);
});

test("hydration keeps the prerendered nodes and shifts nothing", async () => {
  const page = await openPage(site.browser);
  await recordLayoutShifts(page);
  const { release, w } = await prerenderedWidget(page);
  await page.evaluate(() => {
    window.__header = document.querySelector("compendium-widget").shadowRoot.querySelector("#cw-theme-demande");
  });
  release();
  await w.ready();
  await twoFrames(page);
  const same = await page.evaluate(
    () => window.__header === document.querySelector("compendium-widget").shadowRoot.querySelector("#cw-theme-demande"),
  );
  assert.equal(same, true, "the header on screen before the wasm is the hydrated one");
  assert.equal(await layoutShift(page), 0);
  assert.deepEqual(page.problems, []);
});

test("keys typed while the wasm hydrates the prerender are all kept", async () => {
  const page = await openPage(site.browser);
  const { release, w } = await prerenderedWidget(page);
  await w.input.focus();
  // Typed on, a key at a time, from before the wasm arrives until a few keys
  // after the widget is ready: some keys land while it hydrates and starts.
  const words = "prélèvement d'organes ".repeat(8);
  let typed = "";
  let after = 0;
  release();
  for (const key of words) {
    await page.keyboard.type(key);
    typed += key;
    if (after > 0 || (await w.prerendered.count()) === 0) after++;
    if (after === 5) break;
  }
  assert.equal(after, 5, "the widget was ready before the text ran out");
  await w.ready();
  assert.equal(await w.input.inputValue(), typed, "every key kept, in order");
  await eventually(async () => (await w.titles.first().textContent()) === "Prélèvement d’organes", "the typed query's results");
  assert.deepEqual(page.problems, []);
});

test("a header activated and a query typed before the wasm arrives take effect once it has", async () => {
  const page = await openPage(site.browser);
  const { release, w } = await prerenderedWidget(page);
  await w.root.locator("#cw-theme-demande").focus();
  await page.keyboard.press("Enter");
  const coming = w.root.locator(".cw-coming[role=status]");
  assert.equal(await coming.textContent(), "Chargement du recueil…", "the reader is told it is coming");
  await w.input.fill("organes");
  release();
  await w.ready();
  await eventually(async () => (await w.titles.first().textContent()) === "Prélèvement d’organes", "the typed query's results");
  assert.equal(await w.input.inputValue(), "organes");
  assert.equal(await w.root.locator("#cw-theme-demande").getAttribute("aria-expanded"), "true");
  assert.equal(await coming.count(), 0, "the status is gone");
  assert.deepEqual(page.problems, []);
});

/** The widget's own element (`.cw`) as HTML, without Yew's hydration markers. */
function serialised(page, host) {
  return page.evaluate((host) => {
    const html = document.querySelector(host).shadowRoot.querySelector(".cw").outerHTML;
    return html.replace(/<!--[\s\S]*?-->/g, "");
  }, host);
}

/**
 * The widget with `attributes`, hydrated from the prerender, and the same
 * rendered afresh by the wasm (the bundled compendium given as `data-src`:
 * nothing is prerendered for data-src), each alone on a page, once settled.
 */
async function hydratedAndFresh(attributes) {
  const out = [];
  for (const dataSrc of [null, "bundled.json"]) {
    const page = await openPage(site.browser);
    await page.route("**/bundled.json", (route) => route.fulfill({ path: `${ROOT}data/compendium.fr.json` }));
    await page.goto(`${site.url}blank.html`);
    await addWidget(page, dataSrc ? { ...attributes, "data-src": dataSrc } : attributes);
    await widget(page).ready();
    await twoFrames(page);
    out.push(await serialised(page, "compendium-widget"));
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
  return out;
}

for (const attributes of [{}, { lang: "en" }, { open: "non-sanction demande" }, { lang: "en", "heading-level": "3" }]) {
  test(`hydrating the prerender yields the DOM a fresh render yields: ${JSON.stringify(attributes)}`, async () => {
    const [hydrated, fresh] = await hydratedAndFresh(attributes);
    assert.ok(hydrated.length > 50000, "the panels' content is there");
    // Where they part, if they do (the whole texts are too long to read).
    let at = 0;
    while (at < hydrated.length && hydrated[at] === fresh[at]) at++;
    assert.equal(hydrated.slice(at - 300, at + 300), fresh.slice(at - 300, at + 300));
    assert.equal(hydrated.length, fresh.length);
  });
}

/** A page holding the snippet `dist/` offers, served beside the script. */
async function snippetPage(context) {
  // DIST may come without its trailing slash (COMPENDIUM_DIST=dist).
  const snippet = readFileSync(join(DIST, "snippet.fr.html"), "utf8");
  const body = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>snippet</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="compendium-widget.css">
<script src="compendium-widget.js" defer></script></head>
<body><h1>Declarative Shadow DOM</h1><main>${snippet}</main></body></html>`;
  const page = await context.newPage();
  page.problems = [];
  page.on("console", (m) => m.type() === "error" && page.problems.push(m.text()));
  page.on("pageerror", (e) => page.problems.push(e.message));
  await page.route("**/dist/snippet.html", (route) =>
    route.fulfill({ contentType: "text/html", headers: { "Content-Security-Policy": CSP }, body }),
  );
  await page.goto(`${site.url}dist/snippet.html`);
  return page;
}

test("the snippet shows the whole compendium in the widget's look with JavaScript off", async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await snippetPage(context);
  const w = widget(page);
  assert.equal(await w.headers.count(), 13);
  const paragraph = w.root.getByText("En 2015, pour la sixième réunion du Groupe de travail").first();
  assert.equal(await paragraph.isVisible(), true, "the papers' text is readable");
  assert.equal(await w.input.isVisible(), false, "no search field that could not work");
  const color = await w.root.locator(".cw-accordion__title").first().evaluate((e) => getComputedStyle(e).color);
  assert.notEqual(color, "rgb(0, 0, 0)", "styled by the linked stylesheet");
  await screenshot(page, "snippet-without-javascript");
  assert.deepEqual(page.problems, []);
  await context.close();
});

test("the snippet is hydrated by the script, panels collapsed and working", async () => {
  const context = await site.browser.newContext();
  const page = await snippetPage(context);
  const w = widget(page);
  await w.ready();
  const header = w.root.locator("#cw-theme-demande");
  assert.equal(await header.getAttribute("aria-expanded"), "false");
  await header.click();
  await eventually(async () => (await header.getAttribute("aria-expanded")) === "true", "opened");
  await w.input.fill("organes");
  await eventually(async () => (await w.titles.first().textContent()) === "Prélèvement d’organes", "searched");
  assert.deepEqual(page.problems, []);
  await context.close();
});
