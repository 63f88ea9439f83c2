// The browser benchmark of issue 6: compendium-widget against MiniSearch on the
// same compendium, in the same headless Chromium run. `cargo xtask bench` runs
// it after building dist/ and the native bench; alone: `node bench/browser.mjs`
// (reads bench/out/native.txt if present). Writes bench/report.json and
// bench/report.md, and prints the Markdown.
//
// How to read the report
// - Both pages are bare host pages (bench/pages/): the widget's script + its
//   wasm, or MiniSearch's browser build + minisearch.js + the compendium JSON.
//   Served from 127.0.0.1 without compression: "raw" is what was sent here,
//   "gzip"/"brotli" (-9 / q11, computed here) what a compressing host sends.
//   kB = 1000 bytes. Requests exclude the HTML page and the data: favicon.
// - Times are performance.now() in the page, i.e. ms since navigation start,
//   over LOADS cold loads (new browser context: empty cache). "Rendered" and
//   "painted" = a requestAnimationFrame after the DOM update, then a
//   setTimeout 0 (after that frame's style, layout and paint).
// - Keystroke: every prefix of every query of tests/relevance.json, typed with
//   the keyboard; from the key press (the keydown's timestamp, so a keystroke
//   kept waiting by the page's earlier work counts it) to painted.
//   "wall" includes waiting for the next frame (headless Chromium draws at
//   60 Hz, so up to 16.7 ms of it is idle time whatever the page does); "work"
//   leaves that wait out: input → DOM updated and laid out (the layout the
//   browser does at once for the caret), plus frame start → painted.
// - Query: CompendiumWidget.search(q, {limit: 20}) awaited in a loop, which
//   includes the JS↔wasm call, serialising the hits to JS objects and one
//   promise hop; MiniSearch's search(q) is synchronous, top 20 kept. The
//   pages are cross-origin isolated (COOP/COEP) so performance.now() is
//   precise to 5 µs rather than 100 µs.
// - Memory: the widget's wasm linear memory (observed at instantiation by the
//   bench's init script), and performance.memory.usedJSHeapSize (the page's
//   JS heap, --enable-precise-memory-info) for both.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { execFileSync } from "node:child_process";
import { launch } from "../tests/support/browser.mjs";
import { FIRST_QUERY, PAGES, coldLoad, openBenchPage, startBenchServer } from "./pages.mjs";
import { summary } from "./stats.mjs";
import { budgets, markdown, parseNative } from "./report.mjs";

const ROOT = new URL("../", import.meta.url).pathname;
const DIST = process.env.COMPENDIUM_DIST ?? `${ROOT}dist/`;
const LOADS = Number(process.env.BENCH_LOADS ?? 25);
const REPS = Number(process.env.BENCH_REPS ?? 50);
const OUT = `${ROOT}bench/out/`; // scratch, gitignored: raw samples
const NATIVE = `${OUT}native.txt`;

const QUERIES = JSON.parse(readFileSync(`${ROOT}tests/relevance.json`, "utf8")).cases.map((c) => c.query);

const started = Date.now();
const loadBefore = loadavg()[0];
mkdirSync(OUT, { recursive: true });
const server = await startBenchServer(DIST);
const browser = await launch({ args: ["--enable-precise-memory-info"] });
const problems = [];

const chromiumVersion = browser.version();

/** Types every prefix of every query; returns the keystroke samples. */
async function keystrokes(page, spec) {
  const input = page.locator(spec.input);
  await input.focus();
  const samples = [];
  for (const query of QUERIES) {
    await input.fill("");
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 20))));
    const chars = [...query];
    for (let i = 1; i <= chars.length; i++) {
      await page.keyboard.type(chars[i - 1]);
      samples.push(await page.evaluate((q) => window.__bench.take(q), chars.slice(0, i).join("")));
    }
    const typed = await input.inputValue();
    if (typed !== query) throw new Error(`typed ${JSON.stringify(query)} but the field holds ${JSON.stringify(typed)}`);
  }
  return samples;
}

/**
 * Times the page's search over QUERIES, REPS times each after a warm-up. Both
 * are awaited (the widget's API returns a promise; for MiniSearch's
 * synchronous result that is one microtask).
 */
function timeQueries(page, kind) {
  return page.evaluate(
    async ([kind, queries, reps]) => {
      const search =
        kind === "widget"
          ? (q) => window.CompendiumWidget.search(q, { limit: 20 })
          : (q) => window.benchMiniSearch.search(q).slice(0, 20);
      const times = [];
      let hits = 0;
      for (const q of queries) {
        for (let i = 0; i < 3; i++) hits += (await search(q)).length;
        for (let i = 0; i < reps; i++) {
          const start = performance.now();
          await search(q);
          times.push(performance.now() - start);
        }
      }
      return { times, hits, isolated: crossOriginIsolated };
    },
    [kind, QUERIES, REPS],
  );
}

/** A warm page: keystrokes, then the query loop, then memory. */
async function warmRun(kind) {
  const { spec, context, page } = await openBenchPage(browser, kind, "keystrokes", problems);
  await page.goto(server.url + spec.path);
  await spec.ready(page);
  const typed = await keystrokes(page, spec);
  const queries = await timeQueries(page, kind);
  const memory = await page.evaluate(() => ({
    wasmLinear: window.__bench.wasmMemory?.buffer.byteLength ?? null,
    jsHeapUsed: performance.memory?.usedJSHeapSize ?? null,
  }));
  await context.close();
  writeFileSync(`${OUT}${kind}-keystrokes.json`, JSON.stringify(typed));
  console.error(`bench: ${kind} warm run done at ${Math.round((Date.now() - started) / 1000)} s`);
  const answered = typed.filter((s) => s.answer != null);
  return {
    keystroke: {
      count: typed.length,
      unanswered: typed.length - answered.length,
      wall: summary(answered.map((s) => s.painted - s.start)),
      work: summary(answered.map((s) => s.laidOut - s.start + (s.painted - s.frame))),
      toDom: summary(answered.map((s) => s.answer - s.start)),
    },
    query: { ...summary(queries.times), crossOriginIsolated: queries.isolated, hitsPerRound: queries.hits / 3 },
    memory,
  };
}

// Cold loads, interleaved so that both pages see the same machine noise.
const cold = { widgetRender: [], widgetSearch: [], minisearchSearch: [] };
const transfer = {};
for (let i = 0; i < LOADS; i++) {
  const first = i === 0;
  const load = (kind, mode, withTransfer = false) => coldLoad(browser, server.url, kind, mode, { problems, withTransfer });
  cold.widgetRender.push((await load("widget", "render")).marks);
  const w = await load("widget", "search", first);
  cold.widgetSearch.push(w.marks);
  const m = await load("minisearch", "search", first);
  cold.minisearchSearch.push(m.marks);
  if (first) Object.assign(transfer, { widget: w.transfer, minisearch: m.transfer });
}
writeFileSync(`${OUT}cold-loads.json`, JSON.stringify(cold));
console.error(`bench: cold loads done at ${Math.round((Date.now() - started) / 1000)} s`);
const loadTimes = (marks) => ({
  painted: summary(marks.map((m) => m.painted)),
  dom: summary(marks.map((m) => m.dom)),
});

const warm = { widget: await warmRun("widget"), minisearch: await warmRun("minisearch") };
await browser.close();
await server.close();

const report = {
  generated: new Date().toISOString(),
  // What was measured: the commit, "-dirty" if the tree had uncommitted changes.
  commit: execFileSync("git", ["describe", "--always", "--dirty"], { cwd: ROOT, encoding: "utf8" }).trim(),
  // 1-minute load averages before and after: above the core count, other
  // processes shared the machine and the absolute times are inflated.
  machine: {
    cpus: cpus().length,
    load: [loadBefore, loadavg()[0]].map((l) => Math.round(l * 10) / 10),
    node: process.version,
    chromium: chromiumVersion,
  },
  config: { loads: LOADS, reps: REPS, queries: QUERIES.length, keystrokes: QUERIES.join("").length, firstQuery: FIRST_QUERY },
  widget: {
    transfer: transfer.widget,
    navToAccordion: loadTimes(cold.widgetRender),
    navToFirstSearch: loadTimes(cold.widgetSearch),
    ...warm.widget,
  },
  minisearch: {
    version: JSON.parse(readFileSync(`${ROOT}node_modules/minisearch/package.json`, "utf8")).version,
    transfer: transfer.minisearch,
    navToFirstSearch: loadTimes(cold.minisearchSearch),
    ...warm.minisearch,
  },
  native: existsSync(NATIVE) ? parseNative(readFileSync(NATIVE, "utf8")) : null,
  problems,
  seconds: Math.round((Date.now() - started) / 1000),
};
report.budgets = budgets(report);
const md = markdown(report);
writeFileSync(`${ROOT}bench/report.json`, `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(`${ROOT}bench/report.md`, md);
console.log(md);
