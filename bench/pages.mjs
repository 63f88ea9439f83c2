// The benchmark's two host pages (bench/pages/), the server for them, and how
// to open and cold-load one: shared by bench/browser.mjs (the report) and
// bench/ab.mjs (two builds compared). No work at import.

import { VIEWPORT } from "../tests/support/browser.mjs";
import { startServer } from "../tests/support/server.mjs";
import { harness } from "./harness.mjs";
import { sizes } from "./stats.mjs";

const ROOT = new URL("../", import.meta.url).pathname;

/** What the first search of a cold load types. */
export const FIRST_QUERY = "frais de recrutement";

export const PAGES = {
  widget: {
    path: "widget.html",
    answerEvent: "compendium-search",
    host: "compendium-widget",
    input: "compendium-widget input[type=search]",
    ready: (page) => page.locator("compendium-widget .cw-accordion").first().waitFor(),
  },
  minisearch: {
    path: "minisearch.html",
    answerEvent: "bench-results",
    host: null,
    input: "#q",
    ready: (page) => page.waitForFunction(() => window.benchMiniSearch),
  },
};

// Cross-origin isolation for the pages (performance.now() precise to 5 µs,
// not 100 µs), then the files as usual.
const isolated = (_req, res) => {
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  res.setHeader("Cross-Origin-Embedder-Policy", "require-corp");
  return false;
};

/** Serves the two pages, with the widget's files from `dist`. */
export function startBenchServer(dist) {
  return startServer({
    root: `${ROOT}bench/pages`,
    mounts: {
      "/dist/": dist,
      "/minisearch/": `${ROOT}node_modules/minisearch/dist/umd`,
      "/data/": `${ROOT}data`,
    },
    routes: { "/widget.html": isolated, "/minisearch.html": isolated },
  });
}

/**
 * A page of `kind` ("widget" or "minisearch") in a new browser context (an
 * empty cache), with the harness in `mode`; its errors go to `problems`.
 */
export async function openBenchPage(browser, kind, mode, problems) {
  const spec = PAGES[kind];
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.on("pageerror", (e) => problems.push(`${kind}: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`${kind}: ${m.text()}`));
  await page.addInitScript(harness, { answerEvent: spec.answerEvent, host: spec.host, mode, query: FIRST_QUERY });
  return { spec, context, page };
}

/**
 * One cold load from `baseUrl`; `mode` "render" or "search". Returns the
 * page's marks and, `withTransfer`, the bytes of each request.
 */
export async function coldLoad(browser, baseUrl, kind, mode, { problems, withTransfer = false }) {
  const { spec, context, page } = await openBenchPage(browser, kind, mode, problems);
  const requests = [];
  page.on("request", (r) => !r.isNavigationRequest() && !r.url().startsWith("data:") && requests.push(r));
  await page.goto(baseUrl + spec.path, { waitUntil: "commit" });
  await page.waitForFunction(() => window.__bench);
  // A page that breaks never finishes: say why rather than wait forever.
  const marks = await page.evaluate(() => Promise.race([window.__bench.done, new Promise((ok) => setTimeout(ok, 30000, null))]));
  if (!marks) throw new Error(`${kind} (${mode}) did not finish in 30 s: ${problems.join("; ") || "no error reported"}`);
  let transfer;
  if (withTransfer) {
    const files = [];
    for (const r of [...requests]) {
      const body = await (await r.response()).body();
      files.push({ file: new URL(r.url()).pathname, ...sizes(body) });
    }
    const total = (key) => files.reduce((sum, f) => sum + f[key], 0);
    transfer = { requests: files.length, files, total: { raw: total("raw"), gzip: total("gzip"), brotli: total("brotli") } };
  }
  await context.close();
  return { marks, transfer };
}
