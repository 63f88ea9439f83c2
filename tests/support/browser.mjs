// Headless Debian Chromium driven by playwright-core (no browser download),
// plus a page wrapper that records what must never happen: console errors,
// uncaught exceptions and Content Security Policy violations.

import { chromium } from "playwright-core";
import { mkdir } from "node:fs/promises";
import { before, after } from "node:test";
import { startServer } from "./server.mjs";

export const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const SCREENSHOTS = new URL("../screenshots/", import.meta.url);

/** The window every test and benchmark page gets unless it asks otherwise. */
export const VIEWPORT = { width: 1024, height: 800 };

/** Debian's Chromium (or $CHROMIUM), headless, with ARGS and any `args`. */
export function launch({ args = [] } = {}) {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: [...ARGS, ...args] });
}

/**
 * Opens a page that records problems in `page.problems` (console errors,
 * page errors, CSP violations as "csp: <directive> <blocked URI>").
 */
export async function openPage(browser, url, { viewport, colorScheme, bypassCSP } = {}) {
  const context = await browser.newContext({
    viewport: viewport ?? VIEWPORT,
    colorScheme,
    bypassCSP,
  });
  const page = await context.newPage();
  page.problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") page.problems.push(`console: ${msg.text()}`);
  });
  page.on("pageerror", (err) => page.problems.push(`pageerror: ${err.message}`));
  await page.exposeFunction("__reportCsp", (text) => page.problems.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__reportCsp(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  if (url) await page.goto(url);
  return page;
}

/** Saves a screenshot under tests/screenshots/ (gitignored). */
export async function screenshot(page, name, options = {}) {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, SCREENSHOTS).pathname, ...options });
}

/** The dist/ folder under test (`cargo xtask test` builds it first). */
export const DIST = process.env.COMPENDIUM_DIST ?? new URL("../../dist/", import.meta.url).pathname;

/** The test pages; they load the widget from `dist/`, mounted beside them. */
export const PAGES = new URL("../pages/", import.meta.url).pathname;

/**
 * Starts a server (the test pages at /, dist/ at /dist/) and a browser for the
 * test file, and stops both after it. Returns an object filled in before the
 * tests run: `{ url, browser }`.
 */
export function useSite() {
  const site = {};
  before(async () => {
    site.server = await startServer({ root: PAGES, mounts: { "/dist/": DIST } });
    site.url = site.server.url;
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
