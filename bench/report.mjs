// The report: the budgets as PASS/FAIL lines, and the Markdown table.
// A failed budget is reported, never an error: this is a measurement.

const KB = 1000;

/** The native bench's lines: "name  n=… median … µs   p99 … µs   max … µs", "relevance: a/b …". */
export function parseNative(text) {
  const rows = [];
  const kept = [];
  let relevance = null;
  for (const line of text.split("\n")) {
    if (/\sn=\d+\s|^relevance: /.test(line)) kept.push(line);
    const m = line.match(/^(.+?)\s+n=(\d+)\s+median\s+([\d.]+) µs\s+p99\s+([\d.]+) µs\s+max\s+([\d.]+) µs/);
    if (m) rows.push({ name: m[1].trim(), n: +m[2], medianUs: +m[3], p99Us: +m[4], maxUs: +m[5] });
    const r = line.match(/^relevance: (.*)$/);
    if (r) relevance = r[1];
  }
  return { rows, relevance, text: kept.join("\n") };
}

export function budgets(r) {
  const w = r.widget;
  const m = r.minisearch;
  const list = [];
  const check = (name, pass, figures) => list.push({ name, pass, figures });
  check(
    "transfer until interactive ≤ 100 kB gzip in ≤ 3 requests",
    w.transfer.total.gzip <= 100 * KB && w.transfer.requests <= 3,
    `${kb(w.transfer.total.gzip)} gzip in ${w.transfer.requests} requests`,
  );
  check(
    "navigation → accordion rendered ≤ MiniSearch's navigation → first result (medians)",
    w.navToAccordion.painted.median <= m.navToFirstSearch.painted.median,
    `${ms(w.navToAccordion.painted.median)} vs ${ms(m.navToFirstSearch.painted.median)}`,
  );
  check(
    "keystroke → painted, wall clock: p95 ≤ 8 ms, max ≤ 16 ms",
    w.keystroke.wall.p95 <= 8 && w.keystroke.wall.max <= 16,
    `p95 ${ms(w.keystroke.wall.p95)}, max ${ms(w.keystroke.wall.max)}`,
  );
  check(
    "keystroke → painted, work (without the idle wait for the frame): p95 ≤ 8 ms, max ≤ 16 ms",
    w.keystroke.work.p95 <= 8 && w.keystroke.work.max <= 16,
    `p95 ${ms(w.keystroke.work.p95)}, max ${ms(w.keystroke.work.max)}`,
  );
  check(
    "query in the page: widget median ≤ MiniSearch median",
    w.query.median <= m.query.median,
    `${us(w.query.median)} vs ${us(m.query.median)}`,
  );
  return list;
}

export function markdown(r) {
  const w = r.widget;
  const m = r.minisearch;
  const wire = (t) =>
    `${kb(t.total.gzip)} / ${kb(t.total.brotli)} / ${kb(t.total.raw)} in ${t.requests} request${t.requests === 1 ? "" : "s"}`;
  const mp = (s) => `${ms(s.median)} / ${ms(s.p95)}`;
  const keys = (k) => `${ms(k.wall.median)} / ${ms(k.wall.p95)} / ${ms(k.wall.max)}`;
  const work = (k) => `${ms(k.work.median)} / ${ms(k.work.p95)} / ${ms(k.work.max)}`;
  const lines = [
    `## Benchmark: compendium-widget vs MiniSearch ${m.version}`,
    "",
    `${r.generated.slice(0, 10)} · ${r.commit} · headless Chromium ${r.machine.chromium} · ${r.machine.cpus} cores ` +
      `(load ${r.machine.load.join(" → ")}) · ` +
      `${r.config.loads} cold loads per page · ${r.config.queries} queries (${r.config.keystrokes} keystrokes) · ` +
      "`cargo xtask bench`",
    "",
    "| | compendium-widget | MiniSearch + JSON |",
    "|---|---|---|",
    `| transfer until interactive, gzip / brotli / raw | ${wire(w.transfer)} | ${wire(m.transfer)} |`,
    `| navigation → accordion rendered, median / p95 | ${mp(w.navToAccordion.painted)} | — |`,
    `| navigation → first search answered, median / p95 | ${mp(w.navToFirstSearch.painted)} | ${mp(m.navToFirstSearch.painted)} |`,
    `| keystroke → painted, median / p95 / max | ${keys(w.keystroke)} | ${keys(m.keystroke)} |`,
    `| … of which work (no wait for the frame) | ${work(w.keystroke)} | ${work(m.keystroke)} |`,
    `| query in the page, median / p99 | ${us(w.query.median)} / ${us(w.query.p99)} | ${us(m.query.median)} / ${us(m.query.p99)} |`,
    `| memory after the run | wasm ${mb(w.memory.wasmLinear)}, JS heap ${mb(w.memory.jsHeapUsed)} | JS heap ${mb(m.memory.jsHeapUsed)} |`,
    "",
    "| file | raw | gzip | brotli |",
    "|---|---:|---:|---:|",
    ...[...w.transfer.files, ...m.transfer.files].map(
      (f) => `| ${f.file} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`,
    ),
    "",
    "Budgets (issue 6):",
    "",
    ...r.budgets.map((b) => `- ${b.pass ? "PASS" : "FAIL"} ${b.name}: ${b.figures}`),
    "",
  ];
  if (r.native) {
    lines.push("Native search core (`cargo bench -p compendium-core --bench search`, the same queries):", "", "```text", r.native.text, "```", "");
  }
  lines.push(
    "Query times await `CompendiumWidget.search(q, {limit: 20})`: the JS↔wasm call, serialising the hits " +
      "to JS objects and a promise hop are included; MiniSearch's `search(q)` is awaited too (top 20 kept). " +
      "Keystroke wall times include the wait for the next 60 Hz frame (0–16.7 ms whatever the page does). " +
      "JS heap is `performance.memory.usedJSHeapSize`; wasm is the widget's linear memory. " +
      "MiniSearch's browser build is served as published (unminified). See the comment atop bench/browser.mjs.",
    "",
  );
  if (r.problems.length) lines.push("Page problems:", "", ...r.problems.map((p) => `- ${p}`), "");
  return lines.join("\n");
}

const ms = (v) => (v == null ? "—" : `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`);
const us = (v) => (v == null ? "—" : `${Math.round(v * 1000)} µs`);
const kb = (v) => `${(v / KB).toFixed(1)} kB`;
const mb = (v) => (v == null ? "—" : `${(v / 1e6).toFixed(1)} MB`);
