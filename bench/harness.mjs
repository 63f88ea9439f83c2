// The in-page half of the benchmark, installed with page.addInitScript before
// any page script runs, so every time is performance.now() in the page, i.e.
// milliseconds since navigation start (performance.timeOrigin). Playwright
// serialises `harness` into the page: it must not refer to anything outside.
//
// cfg = { answerEvent, host, hydrated, mode, query, settle }
//   answerEvent  the event a page dispatches on the document once it has
//                rendered the results of a query ("compendium-search" for the
//                widget, "bench-results" for the MiniSearch page)
//   host         the widget's tag: its shadow root is where the input and the
//                accordion appear; null for the MiniSearch page (the document).
//                The root is found when the loader attaches it (attachShadow),
//                or, a declarative shadow root (<template shadowrootmode>),
//                which attachShadow never creates, as the parser adds the host
//   hydrated     the selector, in that root, of the accordion once the wasm has
//                hydrated the prerendered markup and the widget is ready
//   mode         "render": time the accordion (prerendered or not), then the
//                hydrated accordion, then keep watching for layout shifts for
//                `settle` ms; "search": type `query` as soon as the input
//                exists and time its results; "keystrokes": only record every
//                input event → results painted
//
// "Painted" is approximated as a requestAnimationFrame after the DOM update
// and a setTimeout 0 after that frame's callbacks (i.e. after style, layout
// and paint of that frame on the main thread).
//
// Every mode also records the first contentful paint (from the paint timing
// entry: `fcp` when presented, `fcpPaint` when painted on the main thread)
// and the layout shifts (`shifts`: the Layout Instability API's entries
// without recent input, buffered from the start, with the nodes that moved).

export function harness(cfg) {
  const bench = (window.__bench = { marks: {}, samples: [], wasmMemory: null });
  const now = () => performance.now();
  // `laidOut`: the page's new DOM styled and laid out. Typing into a field
  // makes the browser do that at once, right after the input event (to place
  // the caret), not at the next frame; the harness asks for it itself so that
  // the time is seen. It adds no work: that layout then finds nothing to do.
  const painted = () => {
    document.body.getBoundingClientRect();
    const laidOut = now();
    return new Promise((resolve) =>
      requestAnimationFrame(() => {
        const frame = now();
        setTimeout(() => resolve({ laidOut, frame, painted: now() }), 0);
      }),
    );
  };
  // Layout shifts from navigation on; `hadRecentInput` ones (within 500 ms of
  // a real input) are not unexpected shifts and are left out, as CLS does.
  const shifts = [];
  const describe = (node) => {
    if (!node) return null;
    if (node.nodeType !== 1) return node.nodeName;
    const cls = typeof node.className === "string" && node.className ? `.${node.className.trim().split(/\s+/).join(".")}` : "";
    return `${node.localName}${node.id ? `#${node.id}` : ""}${cls}${node.getRootNode() instanceof ShadowRoot ? " (in shadow root)" : ""}`;
  };
  const rect = (r) => r && [r.x, r.y, r.width, r.height].map(Math.round);
  // A source's node is null when it is gone or not exposed (Chromium does not
  // expose nodes inside shadow trees): then the element now at the centre of
  // where it moved to, looking into shadow roots, marked "≈".
  const deepAt = (x, y) => {
    let el = document.elementFromPoint(x, y);
    while (el?.shadowRoot) {
      const inner = el.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === el) break;
      el = inner;
    }
    return el;
  };
  const source = (s) => {
    const r = s.currentRect;
    const guess = !s.node && r && r.width > 0 && r.height > 0 ? deepAt(r.x + r.width / 2, r.y + r.height / 2) : null;
    return { node: s.node ? describe(s.node) : guess ? `≈ ${describe(guess)}` : null, from: rect(s.previousRect), to: rect(r) };
  };
  const takeShifts = (list) => {
    for (const e of list) {
      if (e.hadRecentInput) continue;
      shifts.push({ at: e.startTime, value: e.value, sources: (e.sources ?? []).map(source) });
    }
  };
  let shiftObserver = null;
  try {
    shiftObserver = new PerformanceObserver((list) => takeShifts(list.getEntries()));
    shiftObserver.observe({ type: "layout-shift", buffered: true });
  } catch {
    shiftObserver = null; // no Layout Instability API: `shifts` stays null
  }

  let finishing;
  bench.done = new Promise((resolve) => (finishing = resolve));
  const finish = (marks) => {
    if (shiftObserver) takeShifts(shiftObserver.takeRecords());
    // startTime is when the frame was presented; paintTime (Chromium 134+)
    // when the main thread painted it: a node in the DOM before that is in it.
    const fcp = performance.getEntriesByName("first-contentful-paint")[0];
    marks.fcp = fcp?.startTime ?? null;
    marks.fcpPaint = fcp?.paintTime ?? fcp?.startTime ?? null;
    marks.shifts = shiftObserver ? shifts : null;
    finishing(marks);
  };

  // The wasm instance's linear memory, seen by observing instantiation (the
  // widget exports nothing for it).
  for (const name of ["instantiateStreaming", "instantiate"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = async function (...args) {
      const result = await original.apply(this, args);
      const instance = result instanceof WebAssembly.Instance ? result : result.instance;
      if (instance?.exports?.memory) bench.wasmMemory = instance.exports.memory;
      return result;
    };
  }

  // Answers: a page's "results rendered" event, matched to the query typed.
  const waiting = new Map(); // query → [resolve]
  document.addEventListener(cfg.answerEvent, (event) => {
    const query = event.detail?.query;
    const list = waiting.get(query);
    if (!list) return;
    waiting.delete(query);
    const at = now();
    list.forEach((resolve) => resolve(at));
  });
  const answered = (query, timeout = 2000) =>
    new Promise((resolve) => {
      if (!waiting.has(query)) waiting.set(query, []);
      waiting.get(query).push(resolve);
      setTimeout(() => resolve(null), timeout);
    });

  // Every input event → results painted. The capture listener on window runs
  // before any listener of the page or of the widget (input events are
  // composed, so they leave the shadow root).
  //
  // The start is the key press as the browser received it (the keydown's
  // timestamp), not the input event: time the keystroke spent waiting behind
  // other work of the page (deferred rendering, say) counts.
  let pressed = null;
  window.addEventListener("keydown", (event) => (pressed = event.timeStamp), true);
  window.addEventListener(
    "input",
    (event) => {
      const start = pressed ?? now();
      pressed = null;
      const query = event.composedPath()[0].value;
      answered(query).then(async (answer) => {
        const sample = { query, start, answer };
        if (answer !== null) Object.assign(sample, await painted());
        bench.samples.push(sample);
        bench.onSample?.();
      });
    },
    true,
  );
  // The first sample not taken yet for this query, once it exists.
  bench.take = (query) =>
    new Promise((resolve) => {
      const check = () => {
        const i = bench.samples.findIndex((s) => s.query === query && !s.taken);
        if (i < 0) return false;
        bench.samples[i].taken = true;
        resolve(bench.samples[i]);
        return true;
      };
      if (!check()) {
        bench.onSample = () => check() && (bench.onSample = null);
      }
    });

  // Watches the node where the page's UI appears.
  function watch(root) {
    let typed = false;
    let rendered = null; // the accordion painted (a promise), once seen
    let hydrated = false;
    const look = () => {
      if (cfg.mode === "render" && !rendered && root.querySelector(".cw-accordion")) {
        bench.marks.dom = now();
        rendered = painted().then((p) => Object.assign(bench.marks, p));
        if (!cfg.hydrated) rendered.then(() => finish(bench.marks));
      }
      if (cfg.mode === "render" && cfg.hydrated && !hydrated && root.querySelector(cfg.hydrated)) {
        hydrated = true;
        bench.marks.hydratedDom = now();
        Promise.all([rendered, painted()]).then(([, p]) => {
          bench.marks.hydrated = p.painted;
          setTimeout(() => finish(bench.marks), cfg.settle ?? 0);
        });
      }
      const input = root.querySelector("input[type=search]");
      if (cfg.mode === "search" && !typed && input) {
        typed = true;
        input.value = cfg.query;
        bench.marks.typed = now();
        input.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true, inputType: "insertText", data: cfg.query }));
        answered(cfg.query, 30000).then(async (answer) => {
          bench.marks.dom = answer;
          finish(Object.assign(bench.marks, await painted()));
        });
      }
    };
    // In "render" mode, that one attribute too: hydration takes it off the
    // prerendered container (not every attribute: the keystrokes' records
    // would cost the page time).
    const hydration = cfg.mode === "render" ? { attributes: true, attributeFilter: ["data-prerendered"] } : {};
    new MutationObserver(look).observe(root, { childList: true, subtree: true, ...hydration });
    look();
  }
  if (cfg.host) {
    const watched = new WeakSet();
    const found = (host) => {
      if (host.shadowRoot && !watched.has(host)) {
        watched.add(host);
        watch(host.shadowRoot);
      }
    };
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      if (this.localName === cfg.host) found(this);
      return root;
    };
    // A declarative shadow root, attached by the parser.
    const parsing = new MutationObserver(() => document.querySelectorAll(cfg.host).forEach(found));
    parsing.observe(document, { childList: true, subtree: true });
    document.addEventListener("DOMContentLoaded", () => {
      document.querySelectorAll(cfg.host).forEach(found);
      parsing.disconnect();
    });
  } else {
    watch(document);
  }
}
