// The accordion with the keyboard only (WAI-ARIA Authoring Practices):
// Tab reaches the headers, Enter and Space toggle, ↑ ↓ Home End move.

import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, useSite } from "../support/browser.mjs";
import { eventually, widget } from "../support/widget.mjs";

const site = useSite();

/** The text of the focused header's title, looking through the shadow root. */
function focusedTitle(page) {
  return page.evaluate(() => {
    const active = document.querySelector("compendium-widget").shadowRoot.activeElement;
    return active?.classList.contains("cw-accordion__button")
      ? active.querySelector(".cw-accordion__title").textContent
      : `not a header: ${active?.outerHTML.slice(0, 60)}`;
  });
}

async function firstHeaderFocused() {
  const page = await openPage(site.browser, `${site.url}dist/index.html`);
  const w = widget(page);
  await w.ready();
  await w.headers.first().focus();
  return { page, w };
}

test("Enter and Space toggle the focused section", async () => {
  const { page, w } = await firstHeaderFocused();
  await page.keyboard.press("Enter");
  await eventually(async () => (await w.headers.first().getAttribute("aria-expanded")) === "true", "opened");
  assert.equal(await w.root.locator("#cw-panel-gestion-des-cas").isVisible(), true);
  await page.keyboard.press("Space");
  await eventually(async () => (await w.headers.first().getAttribute("aria-expanded")) === "false", "closed");
  assert.equal(await w.root.locator("#cw-panel-gestion-des-cas").isVisible(), false);
});

test("arrow keys move between headers, wrapping at the ends", async () => {
  const { page } = await firstHeaderFocused();
  await page.keyboard.press("ArrowDown");
  assert.equal(await focusedTitle(page), "Agents consulaires et diplomatiques");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  assert.match(await focusedTitle(page), /^Interprétation et application/);
  await page.keyboard.press("ArrowDown");
  assert.equal(await focusedTitle(page), "Gestion des cas");
});

test("Home and End move to the first and last header", async () => {
  const { page } = await firstHeaderFocused();
  await page.keyboard.press("End");
  assert.match(await focusedTitle(page), /^Interprétation et application/);
  await page.keyboard.press("Home");
  assert.equal(await focusedTitle(page), "Gestion des cas");
});

test("Tab goes from the search field through the controls to the headers", async () => {
  const page = await openPage(site.browser, `${site.url}dist/index.html`);
  const w = widget(page);
  await w.ready();
  await w.input.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press("Tab"); // year, meeting, show all, first header
  assert.equal(await focusedTitle(page), "Gestion des cas");
});

test("show all opens every section and hide all closes them", async () => {
  const { page, w } = await firstHeaderFocused();
  assert.equal(await w.toggleAll.textContent(), "Tout afficher");
  await w.toggleAll.focus();
  await page.keyboard.press("Enter");
  await eventually(async () => (await w.root.locator(".cw-accordion__button[aria-expanded=true]").count()) === 13, "all open");
  assert.equal(await w.toggleAll.textContent(), "Tout masquer");
  assert.equal(await w.toggleAll.getAttribute("aria-expanded"), "true");
  await page.keyboard.press("Enter");
  await eventually(async () => (await w.root.locator(".cw-accordion__button[aria-expanded=true]").count()) === 0, "all closed");
});

test("find-in-page text in a closed section is reachable: panels are hidden until found", async () => {
  const { w } = await firstHeaderFocused();
  assert.equal(await w.root.locator("#cw-panel-gestion-des-cas").getAttribute("hidden"), "until-found");
  // What find-in-page does on a match: fire beforematch on the panel, then reveal it.
  await w.root.locator("#cw-panel-gestion-des-cas").evaluate((panel) => panel.dispatchEvent(new Event("beforematch")));
  await eventually(async () => (await w.headers.first().getAttribute("aria-expanded")) === "true", "revealed");
});

test("while searching, arrow keys move only between the themes shown", async () => {
  const page = await openPage(site.browser, `${site.url}dist/index.html`);
  const w = widget(page);
  await w.ready();
  await w.input.fill("organes");
  await eventually(async () => (await w.headers.count()) < 13, "filtered");
  const shown = await w.titles.allTextContents();
  await w.headers.first().focus();
  await page.keyboard.press("End");
  assert.equal(await focusedTitle(page), shown.at(-1));
  await page.keyboard.press("ArrowDown");
  assert.equal(await focusedTitle(page), shown[0]);
});

test("while searching, the focused header's ring is drawn inside the header, where nothing clips it", async () => {
  // A searching section skips rendering off screen (content-visibility), and
  // so clips what overflows it: a ring drawn outside the button would lose
  // three of its sides.
  const page = await openPage(site.browser, `${site.url}dist/index.html`);
  const w = widget(page);
  await w.ready();
  await w.input.fill("traite");
  await eventually(async () => (await w.status.textContent()) !== "", "results announced", 3000);
  await w.headers.first().focus();
  await page.keyboard.press("ArrowDown");
  const ring = await page.evaluate(() => {
    const button = document.querySelector("compendium-widget").shadowRoot.activeElement;
    const style = getComputedStyle(button);
    return { width: parseFloat(style.outlineWidth), offset: parseFloat(style.outlineOffset), style: style.outlineStyle };
  });
  assert.equal(ring.style, "solid");
  assert.ok(ring.width >= 2, `outline ${ring.width}px`);
  assert.ok(ring.offset <= -ring.width, `outline-offset ${ring.offset}px for a ${ring.width}px ring`);
});
