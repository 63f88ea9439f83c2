// A `data-src` compendium in another UN language, shown by the multilingual
// build (dist/all-languages/), is searched in its own language: a form the
// paper does not print finds it. The fixtures are the core's
// (crates/core/tests/fixtures/, written for the tests); which forms meet
// which in each language is specified natively in crates/core/tests/languages.rs.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openPage, useSite } from "../support/browser.mjs";
import { addWidget, eventually, recordWarnings, widget } from "../support/widget.mjs";

const site = useSite();
const FIXTURES = new URL("../../crates/core/tests/fixtures/", import.meta.url).pathname;

// [language, query, the title of the paper it must find first]
const CASES = [
  ["en", "recruiting", "Recruitment agencies"],
  ["es", "migraciones", "Migración irregular"],
  ["ru", "агентство", "Вербовка работников"],
  ["ar", "مهاجر", "وكالات التوظيف"],
  ["zh", "费用", "招聘机构"],
];

/** A page with `script`'s build showing the `language` fixture as data-src. */
async function showFixture(page, path, language) {
  const json = readFileSync(`${FIXTURES}compendium.${language}.json`, "utf8");
  await page.route("**/fixture.json", (route) => route.fulfill({ contentType: "application/json", body: json }));
  await page.goto(`${site.url}${path}`);
  await addWidget(page, { "data-src": "fixture.json" });
  const w = widget(page);
  await w.ready();
  return w;
}

for (const [language, query, title] of CASES) {
  test(`a data-src compendium in "${language}" answers "${query}" with its paper`, async () => {
    const page = await openPage(site.browser);
    const warnings = recordWarnings(page);
    const w = await showFixture(page, "all-languages.html", language);
    await w.input.fill(query);
    const papers = w.root.locator(".cw-accordion__section:not([hidden]) .cw-doc__title");
    await eventually(async () => (await papers.first().textContent()) === title, `${language}: "${title}" first`);
    assert.deepEqual([warnings, page.problems], [[], []]);
  });
}

test("the default build says which build searches a compendium in another language in its language", async () => {
  const page = await openPage(site.browser);
  const warnings = recordWarnings(page);
  const w = await showFixture(page, "blank.html", "en");
  await w.input.fill("agencies");
  const papers = w.root.locator(".cw-accordion__section:not([hidden]) .cw-doc__title");
  await eventually(async () => (await papers.first().textContent()) === "Recruitment agencies", "searched all the same");
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /language "en" has no language pack in this build.*dist\/all-languages\/compendium-widget\.js/);
  assert.deepEqual(page.problems, []);
});
