// Compares the cold start of two builds of the widget, A and B: cold loads of
// bench/pages/widget.html served with each build's files, alternated (A B,
// B A, A B…) so that both see the same machine noise, and the medians.
//
//   node bench/ab.mjs path/to/dist-a/ path/to/dist-b/
//
// On this 2-core machine one `cargo xtask bench` run moves by ±15 ms from the
// next; a change of 5–10 ms needs a comparison like this one. Environment:
// N (loads per build, default 30); MODE "render" (navigation → accordion
// painted, the prerendered one: the default), "hydrated" (navigation → the
// hydrated widget painted) or "search" (navigation → first search answered).

import { launch } from "../tests/support/browser.mjs";
import { FIRST_QUERY, coldLoad, startBenchServer } from "./pages.mjs";
import { summary } from "./stats.mjs";

const builds = process.argv.slice(2);
if (builds.length !== 2) {
  console.error("usage: node bench/ab.mjs <dist A> <dist B>");
  process.exit(2);
}
const N = Number(process.env.N ?? 30);
const MODE = process.env.MODE ?? "render";

const servers = await Promise.all(builds.map(startBenchServer));
const browser = await launch();
const problems = [];
const times = builds.map(() => []);
for (let i = 0; i < N; i++) {
  for (const k of i % 2 ? [1, 0] : [0, 1]) {
    const { marks } = await coldLoad(browser, servers[k].url, "widget", MODE === "hydrated" ? "render" : MODE, { problems });
    times[k].push(MODE === "hydrated" ? marks.hydrated : marks.painted);
  }
}
await browser.close();
await Promise.all(servers.map((s) => s.close()));

const what = {
  search: `navigation → "${FIRST_QUERY}" answered`,
  hydrated: "navigation → hydrated widget painted",
}[MODE] ?? "navigation → accordion painted";
console.log(`${what}, ${N} cold loads each, alternated:`);
builds.forEach((dist, k) => {
  const s = summary(times[k]);
  console.log(`  ${"AB"[k]} ${dist}: median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms`);
});
if (problems.length) console.log(`problems: ${problems.join("; ")}`);
