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

/** The id of the element focused inside the first widget's shadow root. */
const focusedId = (page) => page.evaluate(() => document.querySelector("compendium-widget").shadowRoot.activeElement?.id);

test("a link to a paragraph opens its paper and focuses that paragraph", async () => {
  const page = await openPage(site.browser, `${site.url}blank.html#cw1.doc=CTOC%2FCOP%2FWG.4%2F2015%2F2&cw1.para=69`);
  await addWidget(page, {});
  const w = widget(page);
  await w.ready();
  await eventually(async () => (await focusedId(page)) === "cw-para-ctoc-cop-wg-4-2015-2-69", "¶69 focused");
  assert.equal(await w.root.locator("#cw-theme-agences-de-recrutement-et-frais-de-recrutement").getAttribute("aria-expanded"), "true");
  assert.deepEqual(page.problems, []);
});

test("a link to a paragraph its search folded unfolds it and focuses it", async () => {
  const page = await openPage(site.browser, `${site.url}blank.html#cw1.q=frais%20de%20recrutement&cw1.doc=CTOC%2FCOP%2FWG.4%2F2015%2F2&cw1.para=67`);
  await addWidget(page, {});
  const w = widget(page);
  await w.ready();
  const paper = w.root.locator("#cw-doc-ctoc-cop-wg-4-2015-2");
  await eventually(async () => (await focusedId(page)) === "cw-para-ctoc-cop-wg-4-2015-2-67", "¶67 focused");
  // ¶67 (the introduction, which only quotes the title) is not one the
  // search found: it was behind the fold, now open.
  assert.equal(await paper.locator(".cw-fold").getAttribute("aria-expanded"), "true");
  assert.equal(await paper.locator("#cw-doc-ctoc-cop-wg-4-2015-2-more #cw-para-ctoc-cop-wg-4-2015-2-67").count(), 1);
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
