// The browser benchmark of issues 6 and 11: compendium-widget against
// MiniSearch on the same compendium, in the same headless Chromium run.
// `cargo xtask bench` runs it after building dist/ and the native bench;
// alone: `node bench/browser.mjs` (reads bench/out/native.txt if present).
// Writes bench/report.json and bench/report.md, and prints the Markdown.
// Environment: COMPENDIUM_DIST (the widget's files, default dist/),
// BENCH_LOADS (cold loads per page, 25), BENCH_SLOW_LOADS (slow-network cold
// loads per page, 5), BENCH_REPS (timed rounds per query, 50).
//
// How to read the report
// - The pages are bare host pages (bench/pages/): the widget page (the
//   widget's script + its wasm; the script carries the prerendered first
//   render and the stylesheet and shows them at once), the snippet page (the
//   same with dist/snippet.fr.html, the whole prerendered compendium in a
//   declarative shadow root with a <link> to compendium-widget.css, in place
//   of the empty <compendium-widget>: assembled by the bench server), or
//   MiniSearch's browser build + minisearch.js + the compendium JSON.
//   Served from 127.0.0.1 without compression: "raw" is what was sent here,
//   "gzip"/"brotli" (-9 / q11, computed here) what a compressing host sends.
//   kB = 1000 bytes. Requests exclude the HTML page (except where the page
//   carries the widget: the snippet page's bytes before paint) and the data:
//   favicon.
// - Times are performance.now() in the page, i.e. ms since navigation start,
//   over LOADS cold loads (new browser context: empty cache), the pages
//   interleaved. "Rendered" and "painted" = a requestAnimationFrame after the
//   DOM update, then a setTimeout 0 (after that frame's style, layout and
//   paint).
// - Accordion painted: the first .cw-accordion in the widget's shadow root
//   (the prerendered one, before any wasm), painted. Hydrated: the wasm has
//   taken over that markup and the widget is ready (its container has lost
//   `data-prerendered`), painted. First search answered: "frais de
//   recrutement" is typed into the search field as soon as it exists (the
//   prerendered one: the widget searches it once hydrated), until the
//   results are painted.
// - Bytes before the accordion is painted: the requests whose responseEnd
//   (resource timing) comes before the accordion's paint mark, in each load,
//   their gzip / brotli / raw sizes summed; the set seen in most loads is the
//   figure, the others follow it with their count. The budget's figure comes
//   from the slow-network loads, where files arrive in the order and at the
//   pace of a real connection; over loopback (also shown) everything
//   requested arrives at once, the wasm often before the prerendered
//   accordion is painted, so that figure says what was fetched, not what the
//   paint needed. On the snippet page the page itself counts (it carries the
//   fragment).
// - Transfer until a search is answered: every request of the first
//   "first search" load (its files in the second table).
// - Layout shift: the Layout Instability API's entries (buffered from
//   navigation, without hadRecentInput), summed per load from navigation
//   until the hydrated widget is painted + 500 ms; the largest sum over the
//   loads, exactly, and in how many loads anything shifted. If it is not 0,
//   the entries of the worst load follow the budgets, with the nodes that
//   moved.
// - Snippet page: first contentful paint from the paint timing entry
//   (startTime: presented); "accordion in the DOM" is when the harness saw it
//   in the declarative shadow root (the parser adds it). The budget compares
//   that, load by load, with when the first contentful frame was painted on
//   the main thread (the entry's paintTime): before it, the accordion is in
//   the first contentful paint.
// - Slow network: SLOW_LOADS more cold loads of each page under Chromium's
//   network emulation (DevTools protocol: 150 ms added to every request,
//   1.6 Mbit/s down, 750 kbit/s up, a mid-range mobile connection), served
//   gzip-compressed as a compressing host would (bench/pages.mjs,
//   startGzipFront), so the times include the gzip bytes on the wire. Medians.
// - Keystroke: every prefix of every query of tests/relevance.json, typed with
//   the keyboard into the hydrated widget; from the key press (the keydown's
//   timestamp, so a keystroke kept waiting by the page's earlier work counts
//   it) to painted. "wall" includes waiting for the next frame (headless
//   Chromium draws at 60 Hz, so up to 16.7 ms of it is idle time whatever the
//   page does); "work" leaves that wait out: input → DOM updated and laid out
//   (the layout the browser does at once for the caret), plus frame start →
//   painted.
//   The same keys are typed into a control page that renders nothing
//   (bench/pages/floor.js): what a keystroke costs there — the field's own
//   text, the frame, the harness — is the least any page can show on this
//   machine, printed under both pages' figures.
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
import { VIEWPORT, launch } from "../tests/support/browser.mjs";
import { largeCompendium } from "./large.mjs";
import {
  FIRST_QUERY,
  PAGES,
  SETTLE_MS,
  SLOW_NETWORK,
  coldLoad,
  openBenchPage,
  startBenchServer,
  startGzipFront,
} from "./pages.mjs";
import { summary } from "./stats.mjs";
import { budgets, markdown, parseNative } from "./report.mjs";

const ROOT = new URL("../", import.meta.url).pathname;
const DIST = process.env.COMPENDIUM_DIST ?? `${ROOT}dist/`;
const LOADS = Number(process.env.BENCH_LOADS ?? 25);
const REPS = Number(process.env.BENCH_REPS ?? 50);
const SLOW_LOADS = Number(process.env.BENCH_SLOW_LOADS ?? 5);
const OUT = `${ROOT}bench/out/`; // scratch, gitignored: raw samples
const NATIVE = `${OUT}native.txt`;

// BENCH_QUERIES: only the first N (quick runs; the report says how many).
const QUERIES = JSON.parse(readFileSync(`${ROOT}tests/relevance.json`, "utf8"))
  .cases.map((c) => c.query)
  .slice(0, Number(process.env.BENCH_QUERIES ?? Infinity));

const started = Date.now();
const loadBefore = loadavg()[0];
mkdirSync(OUT, { recursive: true });
const server = await startBenchServer(DIST);
const gzipFront = await startGzipFront(server); // for the slow-network run
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

/**
 * A warm page: keystrokes, then (unless `keysOnly`) the query loop and
 * memory.
 */
async function warmRun(kind, { keysOnly = false } = {}) {
  const { spec, context, page } = await openBenchPage(browser, kind, "keystrokes", problems);
  await page.goto(server.url + spec.path);
  await spec.ready(page);
  const typed = await keystrokes(page, spec);
  const queries = keysOnly ? null : await timeQueries(page, kind);
  const memory = keysOnly
    ? null
    : await page.evaluate(() => ({
        wasmLinear: window.__bench.wasmMemory?.buffer.byteLength ?? null,
        jsHeapUsed: performance.memory?.usedJSHeapSize ?? null,
      }));
  await context.close();
  writeFileSync(`${OUT}${kind}-keystrokes.json`, JSON.stringify(typed));
  console.error(`bench: ${kind} warm run done at ${Math.round((Date.now() - started) / 1000)} s`);
  const answered = typed.filter((s) => s.answer != null);
  const work = (samples) => summary(samples.map((s) => s.laidOut - s.start + (s.painted - s.frame)));
  // Two and three characters typed: the prefixes that match the most.
  const prefix = (n) => answered.filter((s) => [...s.query.trim()].length === n);
  return {
    keystroke: {
      count: typed.length,
      unanswered: typed.length - answered.length,
      wall: summary(answered.map((s) => s.painted - s.start)),
      work: work(answered),
      workTwoChars: work(prefix(2)),
      workThreeChars: work(prefix(3)),
      toDom: summary(answered.map((s) => s.answer - s.start)),
    },
    ...(keysOnly
      ? {}
      : {
          query: { ...summary(queries.times), crossOriginIsolated: queries.isolated, hitsPerRound: queries.hits / 3 },
          memory,
        }),
  };
}

// Cold loads, interleaved so that every page sees the same machine noise.
// `ends`: each load's requests with their responseEnd (bytes before paint).
const cold = { widgetRender: [], snippetRender: [], widgetSearch: [], minisearchSearch: [] };
const ends = { widgetRender: [], snippetRender: [] };
const transfer = {};
for (let i = 0; i < LOADS; i++) {
  const first = i === 0;
  const load = (kind, mode) => coldLoad(browser, server.url, kind, mode, { problems, withTransfer: first });
  const r = await load("widget", "render");
  cold.widgetRender.push(r.marks);
  ends.widgetRender.push(r.requests);
  const d = await load("snippet", "render");
  cold.snippetRender.push(d.marks);
  ends.snippetRender.push(d.requests);
  const w = await load("widget", "search");
  cold.widgetSearch.push(w.marks);
  const m = await load("minisearch", "search");
  cold.minisearchSearch.push(m.marks);
  if (first) Object.assign(transfer, { widget: w.transfer, widgetRender: r.transfer, snippet: d.transfer, minisearch: m.transfer });
}
console.error(`bench: cold loads done at ${Math.round((Date.now() - started) / 1000)} s`);

// The slow-network run: fewer cold loads, the same pages through the gzip
// front (the bytes on the wire are what a compressing host sends).
const slow = { widgetRender: [], snippetRender: [], widgetSearch: [], minisearchSearch: [] };
const slowEnds = { widgetRender: [], snippetRender: [] };
for (let i = 0; i < SLOW_LOADS; i++) {
  const load = async (kind, mode, key) => {
    const r = await coldLoad(browser, gzipFront.url, kind, mode, { problems, network: SLOW_NETWORK });
    slow[key].push(r.marks);
    slowEnds[key]?.push(r.requests);
  };
  await load("widget", "render", "widgetRender");
  await load("snippet", "render", "snippetRender");
  await load("widget", "search", "widgetSearch");
  await load("minisearch", "search", "minisearchSearch");
}
writeFileSync(`${OUT}cold-loads.json`, JSON.stringify({ cold, ends, slow, slowEnds }));
console.error(`bench: slow-network loads done at ${Math.round((Date.now() - started) / 1000)} s`);

const loadTimes = (marks) => ({
  painted: summary(marks.map((m) => m.painted)),
  dom: summary(marks.map((m) => m.dom)),
});
const field = (marks, key) => summary(marks.map((m) => m[key]));

/**
 * The requests completed (responseEnd) before the accordion's paint mark, in
 * each load; `sized`: each file's sizes (from a load with its bodies);
 * `withDocument`: the page itself counts (the snippet page: it carries the
 * fragment). The set seen in most loads is the figure; `others`: the rest.
 */
function bytesBeforePaint(marks, loadEnds, sized, withDocument) {
  const sets = new Map(); // "file + file" → { files, loads }
  marks.forEach((m, i) => {
    const files = loadEnds[i]
      .filter((e) => (withDocument || e.file !== "document") && e.responseEnd != null && e.responseEnd <= m.painted)
      .map((e) => e.file)
      .sort();
    const key = files.join(" + ");
    if (!sets.has(key)) sets.set(key, { files, loads: 0 });
    sets.get(key).loads++;
  });
  const described = [...sets.values()]
    .sort((a, b) => b.loads - a.loads)
    .map(({ files, loads }) => {
      const rows = files.map((file) => ({ file, ...sized[file] }));
      const total = (key) => rows.reduce((sum, f) => sum + (f[key] ?? NaN), 0);
      return { files: rows, requests: rows.length, total: { raw: total("raw"), gzip: total("gzip"), brotli: total("brotli") }, loads };
    });
  return { ...described[0], of: marks.length, others: described.slice(1) };
}
const sizedFiles = (...transfers) => {
  const sized = {};
  for (const t of transfers) {
    for (const f of t.files) sized[f.file] = f;
    sized.document = t.document;
  }
  return sized;
};

/**
 * Cumulative layout shift of each render load, from navigation until the
 * hydrated widget is painted plus SETTLE_MS (the harness keeps watching that
 * long): the largest, and the shifts of the load that had it.
 */
function layoutShift(marks) {
  if (marks.some((m) => m.shifts == null)) return { max: null, loads: marks.length };
  const sums = marks.map((m) => {
    const shifts = m.shifts.filter((s) => s.at <= m.hydrated + SETTLE_MS);
    return { sum: shifts.reduce((total, s) => total + s.value, 0), shifts };
  });
  const worst = sums.reduce((a, b) => (b.sum > a.sum ? b : a));
  return {
    max: worst.sum,
    loads: marks.length,
    loadsWithShifts: sums.filter((s) => s.shifts.length > 0).length,
    worst: worst.shifts,
  };
}

/** Was the accordion in the DOM when the first contentful paint was painted, load by load? */
function accordionAtFcp(marks) {
  const early = marks.map((m) => m.dom - m.fcpPaint);
  return { loads: marks.length, before: early.filter((d) => d <= 0).length, domMinusFcp: summary(early) };
}

const warm = {
  widget: await warmRun("widget"),
  minisearch: await warmRun("minisearch"),
  floor: await warmRun("floor", { keysOnly: true }),
};

// A large compendium (bench/large.mjs: LARGE papers, generated) given as
// data-src: navigation → rendered, then a few queries typed; each keystroke's
// longest task (PerformanceObserver "longtask": over 50 ms; none, 0).
// 5000 papers (≈ 14.6 MB) is the largest size the README says the widget
// keeps within 50 ms a keystroke; BENCH_LARGE=10000 shows what lies beyond
// (prefixes that find every paper: 50–69 ms).
const LARGE = Number(process.env.BENCH_LARGE ?? 5000);
async function largeRun() {
  const json = largeCompendium(LARGE);
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.on("pageerror", (e) => problems.push(`large: ${e.message}`));
  await page.route("**/large.json", (route) => route.fulfill({ contentType: "application/json", body: json }));
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((list) => window.__long.push(...list.getEntries().map((e) => e.duration))).observe({
      type: "longtask",
      buffered: true,
    });
  });
  await page.goto(`${server.url}widget.html`);
  const started = await page.evaluate(() => {
    const el = document.querySelector("compendium-widget");
    const other = document.createElement("compendium-widget");
    other.setAttribute("data-src", "/large.json");
    el.replaceWith(other);
    return performance.now();
  });
  await page.locator("div:not([data-prerendered]) > .cw > .cw-accordion").waitFor({ timeout: 120000 });
  const rendered = (await page.evaluate(() => performance.now())) - started;
  const input = page.locator("compendium-widget input[type=search]");
  await input.focus();
  const longest = [];
  for (const query of ["frais de recrutement", "prélèvement d'organes", "coopération internationale", "victimes"]) {
    await input.fill("");
    await page.waitForTimeout(300);
    for (const c of query) {
      await page.evaluate(() => (window.__long = []));
      await page.keyboard.type(c);
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 50))));
      longest.push(await page.evaluate(() => Math.max(0, ...window.__long)));
    }
  }
  await context.close();
  return { papers: LARGE, bytes: Buffer.byteLength(json), rendered, keystrokeLongestTask: summary(longest) };
}
const large = await largeRun();
console.error(`bench: large compendium done at ${Math.round((Date.now() - started) / 1000)} s`);
await browser.close();
await gzipFront.close();
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
  config: {
    loads: LOADS,
    slowLoads: SLOW_LOADS,
    slowNetwork: SLOW_NETWORK,
    settleMs: SETTLE_MS,
    reps: REPS,
    queries: QUERIES.length,
    keystrokes: QUERIES.join("").length,
    firstQuery: FIRST_QUERY,
  },
  widget: {
    transfer: transfer.widget,
    // The budget's figure is the slow network's: over loopback the wasm is
    // often in before the prerendered accordion is painted, which says
    // nothing of what the paint needs.
    beforePaint: bytesBeforePaint(slow.widgetRender, slowEnds.widgetRender, sizedFiles(transfer.widgetRender), false),
    beforePaintLoopback: bytesBeforePaint(cold.widgetRender, ends.widgetRender, sizedFiles(transfer.widgetRender), false),
    navToAccordion: loadTimes(cold.widgetRender),
    navToHydrated: field(cold.widgetRender, "hydrated"),
    layoutShift: layoutShift(cold.widgetRender),
    navToFirstSearch: loadTimes(cold.widgetSearch),
    snippet: {
      path: PAGES.snippet.path,
      transfer: transfer.snippet,
      beforePaint: bytesBeforePaint(slow.snippetRender, slowEnds.snippetRender, sizedFiles(transfer.snippet), true),
      beforePaintLoopback: bytesBeforePaint(cold.snippetRender, ends.snippetRender, sizedFiles(transfer.snippet), true),
      navToFcp: field(cold.snippetRender, "fcp"),
      navToFcpPainted: field(cold.snippetRender, "fcpPaint"),
      navToAccordion: loadTimes(cold.snippetRender),
      accordionAtFcp: accordionAtFcp(cold.snippetRender),
      navToHydrated: field(cold.snippetRender, "hydrated"),
      layoutShift: layoutShift(cold.snippetRender),
    },
    slow: {
      navToAccordion: loadTimes(slow.widgetRender),
      navToHydrated: field(slow.widgetRender, "hydrated"),
      navToFirstSearch: loadTimes(slow.widgetSearch),
      snippet: {
        navToFcp: field(slow.snippetRender, "fcp"),
        navToAccordion: loadTimes(slow.snippetRender),
        navToHydrated: field(slow.snippetRender, "hydrated"),
      },
    },
    ...warm.widget,
  },
  minisearch: {
    version: JSON.parse(readFileSync(`${ROOT}node_modules/minisearch/package.json`, "utf8")).version,
    transfer: transfer.minisearch,
    navToFirstSearch: loadTimes(cold.minisearchSearch),
    slow: { navToFirstSearch: loadTimes(slow.minisearchSearch) },
    ...warm.minisearch,
  },
  // The same keys typed into a page that renders nothing (bench/pages/floor.js).
  floor: warm.floor,
  large,
  native: existsSync(NATIVE) ? parseNative(readFileSync(NATIVE, "utf8")) : null,
  problems,
  seconds: Math.round((Date.now() - started) / 1000),
};
report.budgets = budgets(report);
const md = markdown(report);
writeFileSync(`${ROOT}bench/report.json`, `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(`${ROOT}bench/report.md`, md);
console.log(md);
