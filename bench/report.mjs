// The report: the issue's budgets as PASS/FAIL lines, and the Markdown table.
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
  const d = w.snippet;
  const list = [];
  const check = (name, pass, figures) => list.push({ name, pass, figures });
  const bytes = (b) =>
    `${kb(b.total.gzip)} gzip in ${requests(b.requests)} (${b.files.map((f) => f.file).join(", ") || "none"}` +
    `${b.others.length ? `; in ${b.loads} of ${b.of} loads; otherwise ${others(b)}` : ""})`;
  check(
    "bytes before the accordion is painted (script + fragment + styles; slow network) ≤ 30 kB gzip in ≤ 2 requests",
    w.beforePaint.total.gzip <= 30 * KB && w.beforePaint.requests <= 2,
    bytes(w.beforePaint),
  );
  check(
    "snippet page: bytes before the accordion is painted (the page, which carries the fragment, + styles + whatever else ended by then; slow network) ≤ 30 kB gzip in ≤ 2 requests",
    d.beforePaint.total.gzip <= 30 * KB && d.beforePaint.requests <= 2,
    bytes(d.beforePaint),
  );
  check(
    "navigation → accordion painted ≤ half MiniSearch's navigation → first result (medians)",
    w.navToAccordion.painted.median <= m.navToFirstSearch.painted.median / 2,
    `${ms(w.navToAccordion.painted.median)} vs ${ms(m.navToFirstSearch.painted.median)} / 2 = ${ms(m.navToFirstSearch.painted.median / 2)}`,
  );
  check(
    `cumulative layout shift, navigation → hydrated widget painted + ${r.config.settleMs} ms = 0 (largest over the loads)`,
    w.layoutShift.max === 0 && d.layoutShift.max === 0,
    `${shift(w.layoutShift)}; snippet page ${shift(d.layoutShift)}`,
  );
  check(
    "snippet page: accordion painted at the first contentful paint (in the DOM before the FCP's paint; median over the loads)",
    d.accordionAtFcp.domMinusFcp.median <= 0,
    `accordion in the DOM at ${ms(d.navToAccordion.dom.median)}, FCP painted at ${ms(d.navToFcpPainted.median)} ` +
      `(presented at ${ms(d.navToFcp.median)}), medians; before it in ${d.accordionAtFcp.before} of ${d.accordionAtFcp.loads} loads`,
  );
  check(
    "transfer until a search is answered ≤ 130 kB gzip in ≤ 3 requests",
    w.transfer.total.gzip <= 130 * KB && w.transfer.requests <= 3,
    `${kb(w.transfer.total.gzip)} gzip in ${requests(w.transfer.requests)}`,
  );
  check(
    "navigation → first search answered ≤ MiniSearch's (medians)",
    w.navToFirstSearch.painted.median <= m.navToFirstSearch.painted.median,
    `${ms(w.navToFirstSearch.painted.median)} vs ${ms(m.navToFirstSearch.painted.median)}`,
  );
  check(
    "keystroke → painted, wall clock: p95 ≤ 8 ms, max ≤ 16 ms",
    w.keystroke.wall.p95 <= 8 && w.keystroke.wall.max <= 16,
    `p95 ${ms(w.keystroke.wall.p95)}, max ${ms(w.keystroke.wall.max)}` + floorFigures(r.floor, "wall"),
  );
  check(
    "keystroke → painted, work (without the idle wait for the frame): p95 ≤ 8 ms, max ≤ 16 ms",
    w.keystroke.work.p95 <= 8 && w.keystroke.work.max <= 16,
    `p95 ${ms(w.keystroke.work.p95)}, max ${ms(w.keystroke.work.max)}` + floorFigures(r.floor, "work"),
  );
  if (r.large) {
    check(
      `a generated ${r.large.papers}-paper data-src compendium: no keystroke blocks the page over 50 ms (its longest task)`,
      r.large.keystrokeLongestTask.max <= 50,
      `max ${ms(r.large.keystrokeLongestTask.max)}, p95 ${ms(r.large.keystrokeLongestTask.p95)}`,
    );
  }
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
  const d = w.snippet;
  const net = r.config.slowNetwork;
  const wire = (t) => `${kb(t.total.gzip)} / ${kb(t.total.brotli)} / ${kb(t.total.raw)} in ${requests(t.requests)}`;
  const early = (b) => `${wire(b)}${b.others.length ? ` (${b.loads} of ${b.of} loads; otherwise ${others(b)})` : " (every load)"}`;
  const mp = (s) => `${ms(s.median)} / ${ms(s.p95)}`;
  const keys = (k) => `${ms(k.wall.median)} / ${ms(k.wall.p95)} / ${ms(k.wall.max)}`;
  const work = (k) => `${ms(k.work.median)} / ${ms(k.work.p95)} / ${ms(k.work.max)}`;
  // Every file once: the widget's, the snippet page and its stylesheet, MiniSearch's.
  const files = new Map();
  for (const f of [...w.transfer.files, d.transfer.document, ...d.transfer.files, ...m.transfer.files]) files.set(f.file, f);
  const lines = [
    `## Benchmark: compendium-widget vs MiniSearch ${m.version}`,
    "",
    `${r.generated.slice(0, 10)} · ${r.commit} · headless Chromium ${r.machine.chromium} · ${r.machine.cpus} cores ` +
      `(load ${r.machine.load.join(" → ")}) · ` +
      `${r.config.loads} cold loads per page · ${r.config.queries} queries (${r.config.keystrokes} keystrokes) · ` +
      `slow network: ${r.config.slowLoads} cold loads per page, ${net.latency} ms, ` +
      `${mbit(net.downloadThroughput)} down / ${mbit(net.uploadThroughput)} up, gzip · ` +
      "`cargo xtask bench`",
    "",
    "| | compendium-widget | MiniSearch + JSON |",
    "|---|---|---|",
    `| bytes before the accordion is painted, gzip / brotli / raw | slow network: ${early(w.beforePaint)}; loopback: ${early(w.beforePaintLoopback)} | — |`,
    `| transfer until a search is answered, gzip / brotli / raw | ${wire(w.transfer)} | ${wire(m.transfer)} |`,
    `| navigation → accordion painted, median / p95 | ${mp(w.navToAccordion.painted)} | — |`,
    `| navigation → hydrated widget painted, median / p95 | ${mp(w.navToHydrated)} | — |`,
    `| layout shift, navigation → hydrated + ${r.config.settleMs} ms, largest over the loads | ${shift(w.layoutShift)} | — |`,
    `| navigation → first search answered, median / p95 | ${mp(w.navToFirstSearch.painted)} | ${mp(m.navToFirstSearch.painted)} |`,
    `| snippet page: bytes before the accordion is painted, gzip / brotli / raw | slow network: ${early(d.beforePaint)}; loopback: ${early(d.beforePaintLoopback)} | — |`,
    `| snippet page: navigation → first contentful paint / accordion in the DOM / accordion painted / hydrated, medians | ` +
      `${ms(d.navToFcp.median)} / ${ms(d.navToAccordion.dom.median)} / ${ms(d.navToAccordion.painted.median)} / ${ms(d.navToHydrated.median)} | — |`,
    `| snippet page: layout shift, navigation → hydrated + ${r.config.settleMs} ms, largest over the loads | ${shift(d.layoutShift)} | — |`,
    `| slow network: navigation → accordion painted / hydrated, medians | ${ms(w.slow.navToAccordion.painted.median)} / ${ms(w.slow.navToHydrated.median)} | — |`,
    `| slow network: snippet page: navigation → first contentful paint / accordion painted / hydrated, medians | ` +
      `${ms(w.slow.snippet.navToFcp.median)} / ${ms(w.slow.snippet.navToAccordion.painted.median)} / ${ms(w.slow.snippet.navToHydrated.median)} | — |`,
    `| slow network: navigation → first search answered, median | ${ms(w.slow.navToFirstSearch.painted.median)} | ${ms(m.slow.navToFirstSearch.painted.median)} |`,
    `| keystroke → painted, median / p95 / max | ${keys(w.keystroke)} | ${keys(m.keystroke)} |`,
    `| … of which work (no wait for the frame) | ${work(w.keystroke)} | ${work(m.keystroke)} |`,
    `| … work at two / three characters typed, p95 | ${ms(w.keystroke.workTwoChars.p95)} / ${ms(w.keystroke.workThreeChars.p95)} | ${ms(m.keystroke.workTwoChars.p95)} / ${ms(m.keystroke.workThreeChars.p95)} |`,
    ...(r.floor
      ? [`| … work when the page renders nothing (the same keys, bench/pages/floor.html: this machine's floor) | ${work(r.floor.keystroke)} | ${work(r.floor.keystroke)} |`]
      : []),
    ...(r.large
      ? [
          `| a generated ${r.large.papers}-paper compendium (${(r.large.bytes / 1e6).toFixed(1)} MB, data-src): added → rendered; a keystroke's longest task, median / p95 / max | ` +
            `${ms(r.large.rendered)}; ${ms(r.large.keystrokeLongestTask.median)} / ${ms(r.large.keystrokeLongestTask.p95)} / ${ms(r.large.keystrokeLongestTask.max)} | — |`,
        ]
      : []),
    `| query in the page, median / p99 | ${us(w.query.median)} / ${us(w.query.p99)} | ${us(m.query.median)} / ${us(m.query.p99)} |`,
    `| memory after the run | wasm ${mb(w.memory.wasmLinear)}, JS heap ${mb(w.memory.jsHeapUsed)} | JS heap ${mb(m.memory.jsHeapUsed)} |`,
    "",
    "| file | raw | gzip | brotli |",
    "|---|---:|---:|---:|",
    ...[...files.values()].map((f) => `| ${f.file} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`),
    "",
    "Budgets (issues 6 and 11):",
    "",
    ...r.budgets.map((b) => `- ${b.pass ? "PASS" : "FAIL"} ${b.name}: ${b.figures}`),
    "",
  ];
  const moved = [
    ["widget page", w.layoutShift],
    ["snippet page", d.layoutShift],
  ].filter(([, l]) => l.max > 0);
  if (moved.length) {
    lines.push("What shifted (the load with the largest sum; node, rectangle before → after as x, y, width, height):", "");
    for (const [page, l] of moved) {
      for (const e of l.worst) {
        const sources = e.sources.map((s) => `${s.node ?? "(node not found)"} [${s.from}] → [${s.to}]`).join("; ");
        lines.push(`- ${page}, at ${ms(e.at)}, ${e.value}: ${sources || "no sources"}`);
      }
    }
    lines.push("");
  }
  if (r.native) {
    lines.push("Native search core (`cargo bench -p compendium-core --bench search`, the same queries):", "", "```text", r.native.text, "```", "");
  }
  lines.push(
    "Query times await `CompendiumWidget.search(q, {limit: 20})`: the JS↔wasm call, serialising the hits " +
      "to JS objects and a promise hop are included; MiniSearch's `search(q)` is awaited too (top 20 kept). " +
      "Keystroke wall times include the wait for the next 60 Hz frame (0–16.7 ms whatever the page does). " +
      "JS heap is `performance.memory.usedJSHeapSize`; wasm is the widget's linear memory. " +
      "MiniSearch's browser build is served as published (unminified). " +
      "The snippet page is the widget page with `dist/snippet.fr.html` (Declarative Shadow DOM) in place of the empty element. " +
      "The slow-network loads are served gzip-compressed, the others uncompressed. See the comment atop bench/browser.mjs.",
    "",
  );
  if (r.problems.length) lines.push("Page problems:", "", ...r.problems.map((p) => `- ${p}`), "");
  return lines.join("\n");
}

/** The floor page's keystroke `wall` or `work` figures, beside a keystroke budget's. */
const floorFigures = (floor, what) =>
  floor ? ` (a page that renders nothing: p95 ${ms(floor.keystroke[what].p95)}, max ${ms(floor.keystroke[what].max)})` : "";
const ms = (v) => (v == null ? "—" : `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`);
const us = (v) => (v == null ? "—" : `${Math.round(v * 1000)} µs`);
const kb = (v) => `${(v / KB).toFixed(1)} kB`;
const mb = (v) => (v == null ? "—" : `${(v / 1e6).toFixed(1)} MB`);
const mbit = (bytesPerSecond) => `${((bytesPerSecond * 8) / 1e6).toFixed(2).replace(/\.?0+$/, "")} Mbit/s`;
const requests = (n) => `${n} request${n === 1 ? "" : "s"}`;
/** The other sets of requests done before the paint, as "also X in N loads". */
const others = (b) =>
  b.others.map((o) => `${o.files.map((f) => f.file).join(" + ") || "nothing"}, ${kb(o.total.gzip)} gzip, in ${o.loads} load${o.loads === 1 ? "" : "s"}`).join("; ");
/** A largest cumulative layout shift, exact, and in how many loads anything shifted. */
const shift = (l) =>
  l.max == null ? "— (no Layout Instability API)" : `${l.max} (a shift in ${l.loadsWithShifts} of ${l.loads} loads)`;
