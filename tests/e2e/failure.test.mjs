// When the wasm or the data cannot load, the mount point says so in words,
// keeps the page's fallback HTML, and the host page keeps working.

import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, useSite } from "../support/browser.mjs";
import { addWidget, eventually, widget } from "../support/widget.mjs";

const site = useSite();

test("a missing wasm shows a readable message and keeps the fallback HTML", async () => {
  const page = await openPage(site.browser);
  await page.route("**/compendium-widget.wasm", (route) => route.fulfill({ status: 404, body: "not found" }));
  await page.goto(`${site.url}no-js.html`);
  const host = page.locator("compendium-widget");
  const alert = host.locator("[role=alert]");
  await alert.waitFor();
  assert.equal(await alert.textContent(), "Le recueil n’a pas pu être chargé.");
  assert.equal(await host.locator("p.fallback").isVisible(), true, "fallback paragraph stays visible");
  assert.ok(page.problems.some((p) => p.includes("compendium-widget: could not start")), page.problems.join("\n"));
});

test("data-src with invalid JSON shows a readable message and says why in the console", async () => {
  const page = await openPage(site.browser, `${site.url}blank.html`);
  await addWidget(page, { "data-src": "data/invalid.json" });
  const alert = page.locator("compendium-widget [role=alert]");
  await alert.waitFor();
  assert.equal(await alert.textContent(), "Le recueil n’a pas pu être chargé.");
  await eventually(() => page.problems.some((p) => /data-src="data\/invalid.json": not a compendium/.test(p)), "console error");
});

test("data-src that does not exist says which status the server gave", async () => {
  const page = await openPage(site.browser, `${site.url}blank.html`);
  await addWidget(page, { "data-src": "data/missing.json", lang: "en" });
  const alert = page.locator("compendium-widget [role=alert]");
  await alert.waitFor();
  assert.equal(await alert.textContent(), "The compendium could not be loaded.");
  await eventually(() => page.problems.some((p) => p.includes("the server answered 404")), "console error");
});

test("a failing instance does not stop the others", async () => {
  const page = await openPage(site.browser, `${site.url}blank.html`);
  await addWidget(page, { "data-src": "data/invalid.json" });
  await addWidget(page, { id: "ok" });
  await widget(page, "#ok").ready();
  assert.equal(await widget(page, "#ok").headers.count(), 13);
});

test("data-src of another schema version names the version expected", async () => {
  const page = await openPage(site.browser, `${site.url}blank.html`);
  await addWidget(page, { "data-src": "data/v2.json" });
  await page.locator("compendium-widget [role=alert]").waitFor();
  await eventually(
    () => page.problems.some((p) => p.includes("unsupported compendium schema_version 2; expected 1")),
    "console error naming the versions",
  );
});
