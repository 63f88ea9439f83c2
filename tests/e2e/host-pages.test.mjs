// Real host pages: a page's root font size, inherited properties it forces
// on every element, and a narrow viewport must not change the widget's
// typography or widen the page.

import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, screenshot, useSite } from "../support/browser.mjs";
import { addWidget, eventually, widget } from "../support/widget.mjs";

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

/** The blank test page with a host stylesheet (none: a plain page). */
async function typography(stylesheet) {
  const page = await openPage(site.browser, `${site.url}blank.html`);
  if (stylesheet) {
    await page.evaluate(
      (href) =>
        new Promise((loaded) => {
          const link = Object.assign(document.createElement("link"), { rel: "stylesheet", href, onload: loaded });
          document.head.append(link);
        }),
      stylesheet,
    );
  }
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

for (const [stylesheet, what] of [
  ["small-root.css", "a 62.5 % root font size"],
  ["inherited.css", "inherited properties forced with !important"],
]) {
  test(`a host page with ${what} leaves the widget's typography as on a plain page`, async () => {
    const plain = await typography(null);
    const host = await typography(stylesheet);
    assert.deepEqual(host.measured, plain.measured);
    assert.equal(plain.measured[".cw-para__text"]["font-size"], "16px", "the reader's default size");
    await screenshot(host.page, `host-${stylesheet.replace(".css", "")}`);
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

test("a link from data that is not http(s) is shown as text and reported", async () => {
  const page = await openPage(site.browser, `${site.url}blank.html`);
  const warnings = [];
  page.on("console", (msg) => msg.type() === "warning" && warnings.push(msg.text()));
  await addWidget(page, { "data-src": "data/hostile.json", open: "only-theme" });
  const w = widget(page);
  await w.ready();
  const symbols = await w.root.locator(".cw-doc__symbol").evaluateAll((all) =>
    all.map((el) => ({ tag: el.tagName, href: el.getAttribute("href"), text: el.textContent })),
  );
  assert.deepEqual(symbols[0], { tag: "SPAN", href: null, text: "TEST/2020/1" });
  assert.equal(symbols[1].tag, "A");
  assert.equal(await w.root.locator("a[href^='javascript:' i]").count(), 0);
  assert.ok(
    warnings.some((t) => t.includes('themes[0].documents[0].link "javascript:alert(document.domain)" is not an http(s) URL')),
    warnings.join("\n"),
  );
  assert.deepEqual(page.problems, []);
});

test("a right-to-left override in a symbol does not reorder the text after it", async () => {
  const page = await openPage(site.browser, `${site.url}blank.html`);
  await addWidget(page, { "data-src": "data/hostile.json", open: "only-theme" });
  const w = widget(page);
  await w.ready();
  // The date after the overridden symbol still reads left to right: its
  // first character is drawn left of its last.
  const order = await w.root.locator(".cw-doc__date").nth(1).evaluate((el) => {
    const text = el.firstChild;
    const at = (i) => {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect().left;
    };
    return { first: at(3), last: at(text.length - 1) };
  });
  assert.ok(order.first < order.last, JSON.stringify(order));
  assert.deepEqual(page.problems, []);
});

test("a search typed while a large compendium is being indexed says so, then answers", async () => {
  const { largeCompendium } = await import("../../bench/large.mjs");
  const json = largeCompendium(1300);
  const page = await openPage(site.browser);
  // No idle period ever comes: the index is built only because a search waits.
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 1;
    window.cancelIdleCallback = () => {};
  });
  await page.route("**/large.json", (route) => route.fulfill({ contentType: "application/json", body: json }));
  await page.goto(`${site.url}blank.html`);
  await page.evaluate(() => {
    window.answers = [];
    document.addEventListener("compendium-search", (e) => window.answers.push([e.detail.query, e.detail.total]));
  });
  await addWidget(page, { "data-src": "large.json" });
  const w = widget(page);
  await w.ready();
  const hint = w.root.locator(".cw-search__hint");
  await w.input.fill("organes");
  assert.equal(await hint.textContent(), "Préparation de la recherche…");
  assert.equal(await w.titles.count(), 13, "the accordion stays as it was");
  await eventually(async () => (await w.titles.first().textContent()) === "Prélèvement d’organes", "results");
  assert.equal(await hint.textContent(), "Un mot, un sujet ou une cote (par exemple WG.4/2015/2)");
  // Page scripts hear of the search once, with its results, not of the wait.
  const answers = await page.evaluate(() => window.answers);
  assert.equal(answers.length, 1, JSON.stringify(answers));
  const [query, total] = answers[0];
  assert.equal(query, "organes");
  await eventually(async () => (await w.status.textContent()) === `${total} documents trouvés`, "announced");
  assert.deepEqual(page.problems, []);
});

test("a large data-src compendium shows ten papers a theme, and more on demand", async () => {
  const { largeCompendium } = await import("../../bench/large.mjs");
  // 1300 generated papers: a hundred a theme.
  const json = largeCompendium(1300);
  const page = await openPage(site.browser);
  await page.route("**/large.json", (route) => route.fulfill({ contentType: "application/json", body: json }));
  await page.goto(`${site.url}blank.html`);
  await addWidget(page, { "data-src": "large.json", open: "non-sanction" });
  const w = widget(page);
  await w.ready();
  const panel = w.root.locator("#cw-panel-non-sanction");
  await eventually(async () => (await panel.locator(".cw-doc").count()) === 10, "ten papers");
  const more = panel.locator(".cw-more-papers");
  assert.equal(await more.textContent(), "Afficher 10 documents de plus");
  await more.focus();
  await page.keyboard.press("Enter");
  await eventually(async () => (await panel.locator(".cw-doc").count()) === 20, "ten more");
  // A search pages its hits the same way, best first.
  await w.input.fill("organes");
  await eventually(async () => (await w.titles.first().textContent()) === "Prélèvement d’organes", "results");
  const found = w.root.locator(".cw-accordion__section:not([hidden])").first();
  await eventually(async () => (await found.locator(".cw-doc").count()) === 10, "ten hits shown");
  assert.equal(await found.locator(".cw-more-papers").count(), 1);
  assert.deepEqual(page.problems, []);
});
