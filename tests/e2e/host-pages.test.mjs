// Real host pages: a page's root font size, inherited properties it forces
// on every element, and a narrow viewport must not change the widget's
// typography or widen the page.

import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, screenshot, useSite } from "../support/browser.mjs";
import { addWidget, widget } from "../support/widget.mjs";

const site = useSite();

/** What each part's text looks like, in computed values. */
const PARTS = [
  ".cw-search__label",
  ".cw-search__input",
  ".cw-accordion__title",
  ".cw-accordion__count",
  ".cw-chip",
  ".cw-doc__title",
  ".cw-link-button",
  ".cw-para__text",
];
const PROPERTIES = [
  "font-size",
  "line-height",
  "letter-spacing",
  "word-spacing",
  "font-style",
  "font-weight",
  "text-transform",
  "text-indent",
  "white-space",
  "padding-top",
  "padding-left",
];

async function typography(pageName) {
  const page = await openPage(site.browser, site.url + pageName);
  await addWidget(page, { open: "non-sanction" });
  await widget(page).ready();
  const measured = await page.$eval(
    "compendium-widget",
    (host, [parts, properties]) =>
      Object.fromEntries(
        parts.map((part) => {
          const style = getComputedStyle(host.shadowRoot.querySelector(part));
          return [part, Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]))];
        }),
      ),
    [PARTS, PROPERTIES],
  );
  return { page, measured };
}

for (const [pageName, what] of [
  ["small-root.html", "a 62.5 % root font size"],
  ["inherited.html", "inherited properties forced with !important"],
]) {
  test(`a host page with ${what} leaves the widget's typography as on a plain page`, async () => {
    const plain = await typography("blank.html");
    const host = await typography(pageName);
    assert.deepEqual(host.measured, plain.measured);
    assert.equal(plain.measured[".cw-para__text"]["font-size"], "16px", "the reader's default size");
    await screenshot(host.page, `host-${pageName.replace(".html", "")}`);
    assert.deepEqual(host.page.problems, []);
  });
}

for (const query of ["x".repeat(10000), "https://www.unodc.org/" + "documents/".repeat(20) + "WG4"]) {
  test(`a ${query.length}-character query on a 320 px page does not widen it`, async () => {
    const page = await openPage(site.browser, `${site.url}blank.html`, { viewport: { width: 320, height: 640 } });
    await addWidget(page, { query });
    const w = widget(page);
    await w.ready();
    await w.root.locator(".cw-empty").waitFor();
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
    }));
    assert.ok(widths.page <= widths.viewport, `page ${widths.page} px wide in a ${widths.viewport} px viewport`);
    assert.deepEqual(page.problems, []);
  });
}
