// The one-tag embedding contract: the script mounts a widget in an open shadow
// root on every mount point, under a strict CSP, from any path.

import { test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, openPage, screenshot, startServerFor, useSite, waitForWidget } from "../support/browser.mjs";

const site = useSite();

test("the custom element mounts the widget in an open shadow root", async () => {
  const page = await openPage(site.browser, site.url);
  await waitForWidget(page);
  const mode = await page.$eval("compendium-widget", (el) => el.shadowRoot?.mode);
  assert.equal(mode, "open");
  const headers = page.locator("compendium-widget h2 > button[aria-expanded][aria-controls]");
  assert.equal(await headers.count(), 13);
  await screenshot(page, "demo-collapsed", { fullPage: true });
  assert.deepEqual(page.problems, []);
});

test("typing in the search field filters the theme headers", async () => {
  const page = await openPage(site.browser, site.url);
  await waitForWidget(page);
  await page.locator("compendium-widget input[type=search]").fill("sanction");
  const headers = page.locator("compendium-widget .cw-accordion__button");
  await assert.doesNotReject(() => page.waitForFunction(
    () => document.querySelector("compendium-widget").shadowRoot.querySelectorAll(".cw-accordion__button").length < 13,
  ));
  const titles = await headers.allTextContents();
  assert.ok(titles.length >= 1, "at least one theme matches");
  assert.ok(titles.every((t) => /sanction/i.test(t)), `only matching themes remain: ${titles}`);
  assert.deepEqual(page.problems, []);
});

test("a div with data-compendium-widget is a mount point too", async () => {
  const page = await openPage(site.browser, `${site.url}div-mount.html`);
  await waitForWidget(page, "[data-compendium-widget]");
  const mode = await page.$eval("[data-compendium-widget]", (el) => el.shadowRoot?.mode);
  assert.equal(mode, "open");
  assert.deepEqual(page.problems, []);
});

test("the widget uses adopted stylesheets, not inline styles, and CSP reports nothing", async () => {
  const page = await openPage(site.browser, site.url);
  await waitForWidget(page);
  const sheets = await page.$eval("compendium-widget", (el) => ({
    adopted: el.shadowRoot.adoptedStyleSheets.length,
    styleElements: el.shadowRoot.querySelectorAll("style").length,
  }));
  assert.equal(sheets.adopted, 1);
  assert.equal(sheets.styleElements, 0);
  const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get("content-security-policy"));
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.deepEqual(page.problems, []);
});

test("a copy of dist/ served from a sub-path works", async () => {
  const dir = await mkdtemp(join(tmpdir(), "compendium-"));
  await cp(DIST, join(dir, "some", "sub", "path"), { recursive: true });
  const server = await startServerFor(dir);
  try {
    const page = await openPage(site.browser, `${server.url}some/sub/path/index.html`);
    await waitForWidget(page);
    assert.equal(await page.locator("compendium-widget .cw-accordion__button").count(), 13);
    assert.deepEqual(page.problems, []);
  } finally {
    await server.close();
  }
});
