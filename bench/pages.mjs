// The benchmark's host pages (bench/pages/, and the snippet page assembled
// from them), the server for them, and how to open and cold-load one: shared
// by bench/browser.mjs (the report) and bench/ab.mjs (two builds compared).
// No work at import.

import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { VIEWPORT } from "../tests/support/browser.mjs";
import { startServer } from "../tests/support/server.mjs";
import { harness } from "./harness.mjs";
import { sizes } from "./stats.mjs";

const ROOT = new URL("../", import.meta.url).pathname;

/** What the first search of a cold load types. */
export const FIRST_QUERY = "frais de recrutement";

/** The widget's accordion once the wasm has hydrated it and it is ready. */
export const HYDRATED = "div:not([data-prerendered]) > .cw > .cw-accordion";

/** How long the "render" mode keeps watching for layout shifts after the hydrated widget is painted. */
export const SETTLE_MS = 500;

/**
 * The slow network of the slow-network run: Chromium's network emulation
 * (DevTools protocol), a mid-range mobile connection: 150 ms added to every
 * request, 1.6 Mbit/s down, 750 kbit/s up.
 */
export const SLOW_NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

const widget = {
  answerEvent: "compendium-search",
  host: "compendium-widget",
  hydrated: HYDRATED,
  input: "compendium-widget input[type=search]",
  // Hydrated, not only prerendered: keystrokes typed into the prerender
  // would wait for the wasm.
  ready: (page) => page.locator(`compendium-widget ${HYDRATED}`).first().waitFor(),
};

export const PAGES = {
  widget: { ...widget, path: "widget.html" },
  // widget.html with dist/snippet.fr.html (the whole prerendered compendium
  // in a declarative shadow root, and a <link> to its stylesheet) in place of
  // the empty <compendium-widget>; the script then hydrates it.
  snippet: { ...widget, path: "widget-snippet.html" },
  minisearch: {
    path: "minisearch.html",
    answerEvent: "bench-results",
    host: null,
    hydrated: null,
    input: "#q",
    ready: (page) => page.waitForFunction(() => window.benchMiniSearch),
  },
  // The control: the same field, answered at once, nothing rendered
  // (bench/pages/floor.js).
  floor: {
    path: "floor.html",
    answerEvent: "bench-results",
    host: null,
    hydrated: null,
    input: "#q",
    ready: (page) => page.waitForFunction(() => document.readyState === "complete"),
  },
};

// Cross-origin isolation for the pages (performance.now() precise to 5 µs,
// not 100 µs), then the files as usual.
const isolated = (_req, res) => {
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  res.setHeader("Cross-Origin-Embedder-Policy", "require-corp");
  return false;
};

/**
 * The snippet page, assembled at each request from bench/pages/widget.html
 * and `dist`'s snippet.fr.html (its stylesheet link pointed at /dist/).
 */
function snippetPage(dist) {
  return async (req, res) => {
    isolated(req, res);
    const [page, snippet] = await Promise.all([
      readFile(`${ROOT}bench/pages/widget.html`, "utf8"),
      readFile(`${dist.replace(/\/?$/, "/")}snippet.fr.html`, "utf8"),
    ]);
    const empty = "<compendium-widget></compendium-widget>";
    if (!page.includes(empty) || !snippet.includes('href="compendium-widget.css"')) {
      res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("bench: widget.html or snippet.fr.html is not as expected");
      return true;
    }
    const body = page
      .replace("<title>Benchmark — compendium-widget</title>", "<title>Benchmark — compendium-widget, declarative snippet</title>")
      // As the snippet's first line asks: the stylesheet in the head too.
      .replace("</head>", '  <link rel="stylesheet" href="/dist/compendium-widget.css">\n</head>')
      .replace(empty, () => snippet.trim().replaceAll('href="compendium-widget.css"', 'href="/dist/compendium-widget.css"'));
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(body);
    return true;
  };
}

/** Serves the pages, with the widget's files from `dist`. */
export function startBenchServer(dist) {
  return startServer({
    root: `${ROOT}bench/pages`,
    mounts: {
      "/dist/": dist,
      "/minisearch/": `${ROOT}node_modules/minisearch/dist/umd`,
      "/data/": `${ROOT}data`,
    },
    routes: {
      "/widget.html": isolated,
      "/widget-snippet.html": snippetPage(dist),
      "/minisearch.html": isolated,
      "/floor.html": isolated,
    },
  });
}

/**
 * A gzip-compressing front for `server` (a startBenchServer), as a
 * compressing host serves the same files: every response gzip -9 when the
 * browser accepts it (Chromium asks for gzip, deflate, br over HTTPS only).
 * For the slow-network run, where the bytes on the wire set the times.
 * Resolves to `{ url, close }`.
 */
export async function startGzipFront(server) {
  const cache = new Map(); // url → gzip body (the files do not change during a run)
  const front = createServer(async (req, res) => {
    try {
      const upstream = await fetch(new URL(req.url, server.url), { headers: { "accept-encoding": "identity" } });
      const body = Buffer.from(await upstream.arrayBuffer());
      const headers = {};
      upstream.headers.forEach((value, name) => {
        if (!["content-length", "transfer-encoding", "connection", "keep-alive", "date"].includes(name)) headers[name] = value;
      });
      let out = body;
      if (upstream.ok && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
        if (!cache.has(req.url)) cache.set(req.url, gzipSync(body, { level: 9 }));
        out = cache.get(req.url);
        headers["content-encoding"] = "gzip";
        headers.vary = "Accept-Encoding";
      }
      headers["content-length"] = out.length;
      res.writeHead(upstream.status, headers);
      res.end(out);
    } catch (error) {
      res.writeHead(502, { "Content-Type": "text/plain; charset=utf-8" });
      res.end(String(error));
    }
  });
  await new Promise((ok) => front.listen(0, "127.0.0.1", ok));
  return {
    url: `http://127.0.0.1:${front.address().port}/`,
    close: () => new Promise((ok) => front.close(ok)),
  };
}

/**
 * A page of `kind` ("widget", "snippet" or "minisearch") in a new browser
 * context (an empty cache), with the harness in `mode`; its errors go to
 * `problems`.
 */
export async function openBenchPage(browser, kind, mode, problems) {
  const spec = PAGES[kind];
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.on("pageerror", (e) => problems.push(`${kind}: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`${kind}: ${m.text()}`));
  await page.addInitScript(harness, {
    answerEvent: spec.answerEvent,
    host: spec.host,
    hydrated: spec.hydrated,
    mode,
    query: FIRST_QUERY,
    settle: SETTLE_MS,
  });
  return { spec, context, page };
}

/**
 * One cold load from `baseUrl`; `mode` "render" or "search". Returns the
 * page's marks, every request's end (`requests`: path, responseEnd in ms
 * since navigation start; the page itself is "document") and, `withTransfer`,
 * the bytes of each request (`transfer`, the page itself not counted; its
 * own size as `document`). `network`: emulated network conditions
 * (SLOW_NETWORK), else none.
 */
export async function coldLoad(browser, baseUrl, kind, mode, { problems, withTransfer = false, network = null }) {
  const { spec, context, page } = await openBenchPage(browser, kind, mode, problems);
  if (network) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", network);
  }
  const requests = [];
  page.on("request", (r) => !r.isNavigationRequest() && !r.url().startsWith("data:") && requests.push(r));
  const navigation = await page.goto(baseUrl + spec.path, { waitUntil: "commit" });
  await page.waitForFunction(() => window.__bench);
  // A page that breaks never finishes: say why rather than wait forever.
  const marks = await page.evaluate(() => Promise.race([window.__bench.done, new Promise((ok) => setTimeout(ok, 30000, null))]));
  if (!marks) throw new Error(`${kind} (${mode}) did not finish in 30 s: ${problems.join("; ") || "no error reported"}`);
  const ends = await page.evaluate(() => [
    { file: "document", responseEnd: performance.getEntriesByType("navigation")[0]?.responseEnd ?? null },
    ...performance
      .getEntriesByType("resource")
      .filter((e) => !e.name.startsWith("data:"))
      .map((e) => ({ file: new URL(e.name).pathname, responseEnd: e.responseEnd })),
  ]);
  let transfer;
  if (withTransfer) {
    const files = [];
    for (const r of [...requests]) {
      const body = await (await r.response()).body();
      files.push({ file: new URL(r.url()).pathname, ...sizes(body) });
    }
    const total = (key) => files.reduce((sum, f) => sum + f[key], 0);
    const document = { file: new URL(navigation.url()).pathname, ...sizes(await navigation.body()) };
    transfer = { requests: files.length, files, total: { raw: total("raw"), gzip: total("gzip"), brotli: total("brotli") }, document };
  }
  await context.close();
  return { marks, requests: ends, transfer };
}
