// The one-tag embedding contract: the script mounts a widget in an open shadow
// root on every mount point, under a strict CSP, from any path.

import { test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, openPage, useSite } from "../support/browser.mjs";
import { startServer } from "../support/server.mjs";
import { addWidget, eventually, widget } from "../support/widget.mjs";

const site = useSite();
const DEMO = "dist/index.html";

test("the custom element mounts the widget in an open shadow root", async () => {
  const page = await openPage(site.browser, site.url + DEMO);
  const w = widget(page);
  await w.ready();
  assert.equal(await w.root.evaluate((el) => el.shadowRoot?.mode), "open");
  assert.equal(await page.locator("compendium-widget h2 > button[aria-expanded][aria-controls]").count(), 13);
  assert.deepEqual(page.problems, []);
});

test("a div with data-compendium-widget is a mount point too", async () => {
  const page = await openPage(site.browser, `${site.url}div-mount.html`);
  const w = widget(page, "[data-compendium-widget]");
  await w.ready();
  assert.equal(await w.root.evaluate((el) => el.shadowRoot?.mode), "open");
  assert.equal(await w.headers.count(), 13);
  assert.deepEqual(page.problems, []);
});

test("typing in the search field keeps only the themes with matching papers", async () => {
  const page = await openPage(site.browser, site.url + DEMO);
  const w = widget(page);
  await w.ready();
  await w.input.fill("prélèvement d’organes");
  await eventually(async () => (await w.titles.count()) < 13, "fewer themes");
  assert.equal(await w.titles.first().textContent(), "Prélèvement d’organes");
  assert.deepEqual(page.problems, []);
});

test("styles come from adopted stylesheets and the strict CSP reports nothing", async () => {
  const page = await openPage(site.browser, site.url + DEMO);
  await widget(page).ready();
  const sheets = await page.$eval("compendium-widget", (el) => ({
    adopted: el.shadowRoot.adoptedStyleSheets.length,
    styleElements: el.shadowRoot.querySelectorAll("style, [style]").length,
  }));
  assert.deepEqual(sheets, { adopted: 1, styleElements: 0 });
  const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get("content-security-policy"));
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'/);
  assert.deepEqual(page.problems, []);
});

test("a copy of dist/ served from a sub-path works", async () => {
  const dir = await mkdtemp(join(tmpdir(), "compendium-"));
  await cp(DIST, join(dir, "some", "sub", "path"), { recursive: true });
  const server = await startServer({ root: dir });
  try {
    const page = await openPage(site.browser, `${server.url}some/sub/path/index.html`);
    const w = widget(page);
    await w.ready();
    assert.equal(await w.headers.count(), 13);
    assert.deepEqual(page.problems, []);
  } finally {
    await server.close();
  }
});

test("only window.CompendiumWidget becomes global, with a version and a search function", async () => {
  const page = await openPage(site.browser, `${site.url}blank.html`);
  const found = await page.evaluate(async () => ({
    leaked: ["wasm_bindgen", "mount", "VERSION", "loadWasm"].filter((name) => name in window),
    version: window.CompendiumWidget.version,
    first: (await window.CompendiumWidget.search("frais de recrutement", { limit: 2 }))[0],
  }));
  assert.deepEqual(found.leaked, []);
  assert.match(found.version, /^\d+\.\d+\.\d+$/);
  assert.equal(found.first.symbol, "CTOC/COP/WG.4/2015/2");
  assert.equal(found.first.themeId, "agences-de-recrutement-et-frais-de-recrutement");
  assert.deepEqual(page.problems, []);
});

test("element.open() and element.search() drive an instance, which reports compendium-search", async () => {
  const page = await openPage(site.browser, site.url + DEMO);
  const w = widget(page);
  await w.ready();
  await page.evaluate(() => document.querySelector("compendium-widget").open("non-sanction"));
  await eventually(async () => (await w.root.locator("#cw-theme-non-sanction").getAttribute("aria-expanded")) === "true", "theme opened");
  const detail = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const el = document.querySelector("compendium-widget");
        el.addEventListener("compendium-search", (e) => resolve(e.detail), { once: true });
        el.search("WG.4/2015/2");
      }),
  );
  assert.equal(detail.query, "WG.4/2015/2");
  assert.equal(detail.symbols[0], "CTOC/COP/WG.4/2015/2");
  assert.equal(await w.input.inputValue(), "WG.4/2015/2");
  assert.deepEqual(page.problems, []);
});

test("element.search() called before the widget has rendered is not lost", async () => {
  const page = await openPage(site.browser, `${site.url}blank.html`);
  await page.evaluate(() => {
    const el = document.createElement("compendium-widget");
    document.querySelector("main").append(el);
    el.search("WG.4/2015/2");
  });
  const w = widget(page);
  await w.ready();
  await eventually(async () => (await w.input.inputValue()) === "WG.4/2015/2", "query applied");
  await eventually(async () => (await w.titles.count()) === 1, "one theme");
});

test("element.open() on a data-src widget waits for its data", async () => {
  const page = await openPage(site.browser, `${site.url}blank.html`);
  await page.evaluate(() => {
    const el = document.createElement("compendium-widget");
    el.setAttribute("data-src", "data/other.json");
    document.querySelector("main").append(el);
    el.open("only-theme");
  });
  const w = widget(page);
  await w.ready();
  await eventually(async () => (await w.headers.first().getAttribute("aria-expanded")) === "true", "opened");
});

// Removal: single-page apps add and remove widgets as readers navigate, so a
// removed widget must stop for good, not linger detached. The loader refuses
// every method call on a detached element, so stopping is shown through what
// the removed widget's own parts still do.

test("a removed widget stops: its shadow root is emptied and its former search field reports nothing", async () => {
  const page = await openPage(site.browser, `${site.url}blank.html`);
  await addWidget(page, {});
  const w = widget(page);
  await w.ready();
  await page.evaluate(() => {
    window.reported = [];
    document
      .querySelector("compendium-widget")
      .addEventListener("compendium-search", (e) => window.reported.push(e.detail.query));
  });
  // Working first: the field reports what is typed in it.
  await w.input.fill("organes");
  await eventually(() => page.evaluate(() => window.reported.includes("organes")), "compendium-search for organes");
  const removed = await page.evaluate(async () => {
    const el = document.querySelector("compendium-widget");
    const input = el.shadowRoot.querySelector("input[type=search]");
    el.remove();
    await new Promise((ok) => setTimeout(ok, 50));
    window.reported = [];
    // A page script still holding the field types in it: a running app would
    // search and report it.
    input.value = "demande";
    input.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }));
    await new Promise((ok) => setTimeout(ok, 300));
    return { shadowRootChildren: el.shadowRoot.childNodes.length, reported: window.reported };
  });
  assert.deepEqual(removed, { shadowRootChildren: 0, reported: [] });
  assert.deepEqual(page.problems, []);
});

test("open() and search() on a widget that is not in the page are refused with a clear error", async () => {
  const page = await openPage(site.browser, `${site.url}blank.html`);
  await addWidget(page, {});
  await widget(page).ready();
  const outcome = await page.evaluate(async () => {
    const settled = (promise) => promise.then(() => "done", (e) => e.message);
    const removed = document.querySelector("compendium-widget");
    removed.remove();
    const neverAdded = document.createElement("compendium-widget");
    return {
      calls: [
        await settled(removed.search("demande")),
        await settled(removed.open("demande")),
        await settled(neverAdded.search("demande")),
        await settled(neverAdded.open("demande")),
      ],
      // Refused, not mounted detached where nothing would ever stop it.
      mountedDetached: neverAdded.shadowRoot !== null,
    };
  });
  assert.deepEqual(outcome, {
    calls: Array(4).fill("compendium-widget: the element is not in the page"),
    mountedDetached: false,
  });
  assert.deepEqual(page.problems, []);
});

test("a removed widget put back mounts anew", async () => {
  const page = await openPage(site.browser, `${site.url}blank.html`);
  await addWidget(page, {});
  const w = widget(page);
  await w.ready();
  await w.input.fill("organes");
  await eventually(async () => (await w.headers.count()) < 13, "filtered");
  await page.evaluate(async () => {
    const el = document.querySelector("compendium-widget");
    el.remove();
    await new Promise((ok) => setTimeout(ok, 50));
    document.querySelector("main").append(el);
  });
  await w.ready();
  // A fresh instance: every theme, an empty field.
  await eventually(async () => (await w.headers.count()) === 13, "all themes");
  assert.equal(await w.input.inputValue(), "");
  assert.deepEqual(page.problems, []);
});
