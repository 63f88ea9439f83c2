// Two instances on a page under hostile host CSS and a strict CSP: each works,
// neither is touched by the page's styles, neither affects the other.

import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, screenshot, useSite } from "../support/browser.mjs";
import { eventually, widget } from "../support/widget.mjs";

const site = useSite();

async function hostile() {
  const page = await openPage(site.browser, `${site.url}hostile.html`);
  const first = widget(page, "#first");
  const second = widget(page, "#second");
  await first.ready();
  await second.ready();
  return { page, first, second };
}

test("host CSS does not reach inside: buttons show, fonts and colours are the widget's", async () => {
  const { page, first } = await hostile();
  const style = await first.headers.first().evaluate((b) => {
    const s = getComputedStyle(b);
    return { display: s.display, font: s.fontFamily, color: s.color };
  });
  assert.equal(style.display, "block");
  assert.doesNotMatch(style.font, /Comic/);
  assert.notEqual(style.color, "rgb(255, 0, 0)");
  assert.equal(await first.input.isVisible(), true);
  assert.equal(await first.root.locator(".cw-accordion__panel").first().isVisible(), false);
  await screenshot(page, "hostile-page", { fullPage: false });
  assert.deepEqual(page.problems, []);
});

test("two instances on one page are independent", async () => {
  const { page, first, second } = await hostile();
  await first.input.fill("organes");
  await eventually(async () => (await first.headers.count()) < 13, "first filtered");
  assert.equal(await second.headers.count(), 13);
  assert.equal(await second.input.inputValue(), "");
  // By keyboard: the first instance's results are still being filled in
  // below the fold (moving the second), and a click aims at a place.
  await second.headers.first().focus();
  await page.keyboard.press("Enter");
  // Yew renders a microtask or more after the key press.
  await eventually(async () => (await second.headers.first().getAttribute("aria-expanded")) === "true", "second opened");
  assert.equal(await second.root.locator(".cw-search__label").textContent(), "Search the compendium");
  assert.deepEqual(page.problems, []);
});

test("the strict CSP page reports no violation", async () => {
  const { page, first } = await hostile();
  await first.input.fill("non-sanction");
  await first.headers.first().click();
  await page.waitForTimeout(300);
  assert.deepEqual(page.problems.filter((p) => p.startsWith("csp:")), []);
});
