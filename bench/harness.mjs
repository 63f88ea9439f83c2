// The in-page half of the benchmark, installed with page.addInitScript before
// any page script runs, so every time is performance.now() in the page, i.e.
// milliseconds since navigation start (performance.timeOrigin). Playwright
// serialises `harness` into the page: it must not refer to anything outside.
//
// cfg = { answerEvent, host, mode, query }
//   answerEvent  the event a page dispatches on the document once it has
//                rendered the results of a query ("compendium-search" for the
//                widget, "bench-results" for the MiniSearch page)
//   host         the widget's tag: its shadow root is where the input and the
//                accordion appear; null for the MiniSearch page (the document)
//   mode         "render": time the accordion; "search": type `query` as soon
//                as the input exists and time its results; "keystrokes": only
//                record every input event → results painted
//
// "Painted" is approximated as a requestAnimationFrame after the DOM update
// and a setTimeout 0 after that frame's callbacks (i.e. after style, layout
// and paint of that frame on the main thread).

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
  let finish;
  bench.done = new Promise((resolve) => (finish = resolve));

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
    let rendered = false;
    const look = () => {
      if (cfg.mode === "render" && !rendered && root.querySelector(".cw-accordion")) {
        rendered = true;
        bench.marks.dom = now();
        painted().then((p) => finish(Object.assign(bench.marks, p)));
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
    new MutationObserver(look).observe(root, { childList: true, subtree: true });
    look();
  }
  if (cfg.host) {
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      if (this.localName === cfg.host) watch(root);
      return root;
    };
  } else {
    watch(document);
  }
}
