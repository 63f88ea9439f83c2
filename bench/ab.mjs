// Compares the cold start of two builds of the widget, A and B: cold loads of
// bench/pages/widget.html served with each build's files, alternated (A B,
// B A, A B…) so that both see the same machine noise, and the medians.
//
//   node bench/ab.mjs path/to/dist-a/ path/to/dist-b/
//
// On this 2-core machine one `cargo xtask bench` run moves by ±15 ms from the
// next; a change of 5–10 ms needs a comparison like this one. Environment:
// N (loads per build, default 30); MODE "render" (navigation → accordion
// painted, the default) or "search" (navigation → first search answered,
// QUERY typed as soon as the field exists).

import { chromium } from "playwright-core";
import { ARGS } from "../tests/support/browser.mjs";
import { startServer } from "../tests/support/server.mjs";
import { harness } from "./harness.mjs";
import { summary } from "./stats.mjs";

const builds = process.argv.slice(2);
if (builds.length !== 2) {
  console.error("usage: node bench/ab.mjs <dist A> <dist B>");
  process.exit(2);
}
const N = Number(process.env.N ?? 30);
const MODE = process.env.MODE ?? "render";
const QUERY = process.env.QUERY ?? "frais de recrutement";
const PAGES = new URL("pages", import.meta.url).pathname;

const servers = await Promise.all(builds.map((dist) => startServer({ root: PAGES, mounts: { "/dist/": dist } })));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ARGS });
const times = builds.map(() => []);
for (let i = 0; i < N; i++) {
  for (const k of i % 2 ? [1, 0] : [0, 1]) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(harness, { answerEvent: "compendium-search", host: "compendium-widget", mode: MODE, query: QUERY });
    await page.goto(servers[k].url + "widget.html", { waitUntil: "commit" });
    await page.waitForFunction(() => window.__bench);
    times[k].push((await page.evaluate(() => window.__bench.done)).painted);
    await context.close();
  }
}
await browser.close();
await Promise.all(servers.map((s) => s.close()));

const what = MODE === "search" ? `navigation → "${QUERY}" answered` : "navigation → accordion painted";
console.log(`${what}, ${N} cold loads each, alternated:`);
builds.forEach((dist, k) => {
  const s = summary(times[k]);
  console.log(`  ${"AB"[k]} ${dist}: median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms`);
});
