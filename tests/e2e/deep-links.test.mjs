// State outside the widget: deep links in the URL fragment, "copy link",
// open sections remembered for the session.

import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, useSite } from "../support/browser.mjs";
import { addWidget, eventually, widget } from "../support/widget.mjs";

const site = useSite();

test("a shared link opens the widget as it was: query, open theme", async () => {
  const page = await openPage(site.browser, `${site.url}blank.html`);
  await addWidget(page, { history: "" });
  const w = widget(page);
  await w.ready();
  await w.input.fill("organes");
  await eventually(async () => new URL(page.url()).hash.includes("organes"), "fragment written");
  const shared = page.url();

  const other = await openPage(site.browser, shared);
  await addWidget(other, {});
  const again = widget(other);
  await again.ready();
  assert.equal(await again.input.inputValue(), "organes");
  assert.equal(await again.titles.first().textContent(), "Prélèvement d’organes");
});

test("copy link copies a URL that opens and focuses that paper", async () => {
  const page = await openPage(site.browser, `${site.url}blank.html`);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await addWidget(page, { open: "non-sanction" });
  const w = widget(page);
  await w.ready();
  const card = w.root.locator("#cw-panel-non-sanction .cw-doc").first();
  await card.locator(".cw-link-button").click();
  await eventually(async () => (await card.locator(".cw-link-button").textContent()).startsWith("Lien copié"), "confirmation");
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(decodeURIComponent(link), /#cw1\.open=non-sanction&cw1\.doc=CTOC\/COP\/WG\.4\/\d{4}\/\d+$/);

  const other = await openPage(site.browser, link);
  await addWidget(other, {});
  const again = widget(other);
  await again.ready();
  const focused = again.root.locator(".cw-doc--focused");
  await focused.waitFor();
  assert.equal(await again.root.locator("#cw-theme-non-sanction").getAttribute("aria-expanded"), "true");
  assert.equal(await other.evaluate(() => document.querySelector("compendium-widget").shadowRoot.activeElement?.classList.contains("cw-doc")), true);
});

test("open sections are remembered after a reload, per instance", async () => {
  const page = await openPage(site.browser, `${site.url}blank.html`);
  await addWidget(page, {});
  await addWidget(page, { id: "second" });
  await widget(page).ready();
  await page.locator("compendium-widget").first().locator("#cw-theme-demande").click();
  await eventually(async () => (await page.locator("compendium-widget").first().locator("#cw-theme-demande").getAttribute("aria-expanded")) === "true", "opened");
  await page.reload();
  await addWidget(page, {});
  await addWidget(page, { id: "second" });
  await widget(page).ready();
  const first = page.locator("compendium-widget").first();
  const second = page.locator("#second");
  await second.locator(".cw-accordion").waitFor();
  assert.equal(await first.locator("#cw-theme-demande").getAttribute("aria-expanded"), "true");
  assert.equal(await second.locator("#cw-theme-demande").getAttribute("aria-expanded"), "false");
});
