// compendium-widget loader.
//
// Bundled by `cargo xtask dist` after wasm-bindgen's glue, inside one function
// whose argument `currentScript` is the <script> element that loaded us, so
// that the wasm is fetched from beside this script whatever path or origin
// serves it. Finds the mount points (<compendium-widget> elements and
// <div data-compendium-widget>, also when added later), gives each a shadow
// root with the widget's stylesheet and its first render (prerendered at
// build time: the accordion is on screen before the wasm arrives), loads
// the wasm once, asks it to mount (hydrate) each of them, and to stop each
// one that leaves the page. What the reader does meanwhile is kept: typing
// stays in the field, activated headers are queued, and a short status says
// the widget is coming. If loading fails, each mount point says so and the
// host page carries on.
//
// `FACTS` (languages with their strings and prerendered markup, the
// stylesheet, attribute names and values) is written in by the build from
// the widget's Rust tables and components (xtask/src/facts.rs): what this
// script must know before any wasm runs is never spelled here.

if (window.CompendiumWidget) {
  // The script is on the page twice (a CMS template and a block, say): the
  // first copy already mounts every widget.
  return;
}

const BASE = new URL(".", currentScript ? currentScript.src : document.baseURI);
const WASM_URL = new URL("compendium-widget.wasm", BASE);

let ready = null;
function loadWasm() {
  if (!ready) {
    ready = wasm_bindgen({ module_or_path: WASM_URL }).then(() => wasm_bindgen);
  }
  return ready;
}

/** A `lang` value's primary subtag in lower case (`zh-Hans` → `zh`), as `Lang::parse`. */
function primary(value) {
  return (value || "").trim().split(/[-_]/)[0].toLowerCase();
}

/**
 * The interface strings for a mount point, by the rule of the widget's
 * `Config::read_in_page`: its own `lang` (an unknown one gives the
 * default); without one, the first the widget speaks of the nearest `lang`
 * around it and the document's; else the default language's. Each has its
 * `code` and `dir`.
 */
function strings(host) {
  const languages = FACTS.languages;
  const own = host.getAttribute("lang");
  const candidates =
    own !== null
      ? [own]
      : [host.parentElement?.closest("[lang]")?.getAttribute("lang"), document.documentElement.getAttribute("lang")];
  const code = candidates.map(primary).find((c) => Object.hasOwn(languages, c)) ?? FACTS.defaultLanguage;
  return { code, ...languages[code] };
}

/** Puts `element` in the interface's language and direction (an Arabic message in a left-to-right page). */
function speak(element, language) {
  element.lang = language.code;
  element.dir = language.dir;
  return element;
}

/** `loading="lazy"`, in any case and with spaces around (as `Loading::parse`). */
function isLazy(host) {
  return (host.getAttribute("loading") || "").trim().toLowerCase() === FACTS.lazy;
}

// The widget's stylesheet, one constructable sheet for every shadow root:
// no <style> element, so a strict `style-src` allows it, and the page's CSS
// cannot reach inside.
let sheet = null;
/** The mount point's open shadow root, attached if need be, styled. */
function shadowOf(host) {
  const root = host.shadowRoot || host.attachShadow({ mode: "open" });
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(FACTS.stylesheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return root;
}

function showFailure(host, error) {
  console.error("compendium-widget: could not start:", error);
  const root = shadowOf(host);
  const message = document.createElement("p");
  message.setAttribute("role", "alert");
  message.className = "cw-failure";
  const language = strings(host);
  speak(message, language).textContent = language.loadFailed;
  // The slot keeps any fallback HTML the page put inside it visible.
  root.replaceChildren(message, document.createElement("slot"));
}

// Mount point → what the reader did before its instance was ready:
// { toggled: theme ids of the headers activated, in order }.
const EARLY = new WeakMap();

/**
 * Shows the bundled compendium's first render in `host` at once (unless the
 * page declared it already: the snippet's declarative shadow root), and
 * keeps what the reader does with it until the wasm hydrates it. A widget
 * with `data-src` shows another compendium: nothing to prerender.
 */
function prerender(host, root) {
  if (host.hasAttribute(FACTS.dataSrcAttribute)) return;
  if (!root.querySelector(`[${FACTS.prerenderedAttribute}]`)) {
    root.innerHTML = strings(host).prerendered;
  }
  // Until the widget is ready (`early` ends this): typed text stays in the
  // field (the widget reads it when it hydrates); a header's activation
  // (click, Enter, Space) is queued by theme id.
  const early = { toggled: [], listening: new AbortController() };
  EARLY.set(host, early);
  const { signal } = early.listening;
  root.addEventListener(
    "click",
    (event) => {
      const header = event.target.closest?.(`button[id^="${FACTS.headerIdPrefix}"]`);
      if (!header) return;
      early.toggled.push(header.id.slice(FACTS.headerIdPrefix.length));
      showComing(host, root);
    },
    { signal },
  );
  root.addEventListener("input", () => showComing(host, root), { signal });
}

/** Says, once, that what the reader did takes effect in a moment. */
function showComing(host, root) {
  if (root.querySelector("[data-coming]")) return;
  const status = document.createElement("p");
  status.dataset.coming = "";
  status.className = "cw-coming";
  status.setAttribute("role", "status");
  const language = strings(host);
  speak(status, language).textContent = language.loading;
  root.append(status);
}

/** The instance is ready: what the reader did early is its now. */
function early(host) {
  const taken = EARLY.get(host);
  if (!taken) return [];
  EARLY.delete(host);
  taken.listening.abort();
  return taken.toggled;
}

// Mount point → Promise of its instance handle (open, search).
const INSTANCES = new WeakMap();

function mount(host) {
  if (INSTANCES.has(host)) return INSTANCES.get(host);
  const root = shadowOf(host);
  prerender(host, root);
  // An eager widget starts fetching the wasm now, while the page is still
  // running this script, not a microtask later.
  const loaded = isLazy(host) ? whenNeeded(host, root).then(loadWasm) : loadWasm();
  const instance = loaded
    .then((widget) => widget.mount(host, early(host)))
    .catch((error) => {
      showFailure(host, error);
      throw error;
    })
    .finally(() => root.querySelector("[data-coming]")?.remove());
  instance.catch(() => {}); // reported above; callers of open/search see the rejection
  INSTANCES.set(host, instance);
  return instance;
}

// loading="lazy": the wasm is fetched when the widget comes near the
// viewport, or when the reader focuses something in it. Until then it shows
// its prerendered first render (the reader may already type and open
// themes), or, for a `data-src` widget, only a search field (a light
// stand-in). The widget takes over what the reader typed in the stand-in,
// and the focus, once it has rendered (src/embed/shadow.rs,
// `take_over_stand_in`).
// Lazy mount point still waiting → `wake` starts loading it now (page scripts
// calling its methods do not wait for the reader to scroll); `stop` gives up
// waiting (it left the page).
const WAITING = new WeakMap();
function whenNeeded(host, root) {
  return new Promise((resolve) => {
    if (!EARLY.has(host)) showStandIn(host, root);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && done(), {
      rootMargin: "200px",
    });
    observer.observe(host);
    const focus = new AbortController();
    root.addEventListener("focusin", done, { signal: focus.signal });
    const stop = () => {
      observer.disconnect();
      focus.abort();
      WAITING.delete(host);
    };
    WAITING.set(host, { wake: done, stop });
    function done() {
      stop();
      resolve();
    }
  });
}

function showStandIn(host, root) {
  const label = document.createElement("label");
  label.htmlFor = "cw-stand-in";
  label.className = "cw-search__label";
  const language = strings(host);
  label.textContent = language.searchLabel;
  const input = document.createElement("input");
  input.type = "search";
  input.id = "cw-stand-in";
  input.className = "cw-search__input";
  const standIn = document.createElement("div");
  standIn.dataset.standIn = "";
  standIn.className = "cw";
  speak(standIn, language).append(label, input);
  root.replaceChildren(standIn);
}

// The instance behind a mount point, for its methods: loads a lazy one at
// once; refuses a mount point that is not in the page (it would mount
// detached, and never be stopped).
function instanceOf(host) {
  if (!host.isConnected) {
    return Promise.reject(new Error("compendium-widget: the element is not in the page"));
  }
  WAITING.get(host)?.wake();
  return mount(host);
}

// Methods of every mount point (the custom element's, and the div's).
const METHODS = {
  /** Opens the theme with this id (e.g. "non-sanction"). */
  open(slug) {
    return instanceOf(this).then((instance) => instance.open(String(slug)));
  },
  /** Shows the results of `query` in this widget. */
  search(query) {
    return instanceOf(this).then((instance) => instance.search(String(query)));
  },
};

// An attribute of a mounted mount point changed: the widget reads them again
// and applies what changed (frameworks set attributes after creating an
// element, and change them later).
function reconfigure(host) {
  INSTANCES.get(host)?.then(
    (handle) => handle.reconfigure(),
    () => {},
  );
}

// A mount point left the page (not just moved: that disconnects and
// reconnects in one go, and it is connected again by the time this runs):
// stop its instance; if it comes back, it mounts anew.
function unmount(host) {
  if (host.isConnected || !INSTANCES.has(host)) return;
  const instance = INSTANCES.get(host);
  INSTANCES.delete(host);
  WAITING.get(host)?.stop();
  early(host);
  // Put back before the wasm was ready, it was mounted again by then, onto
  // the same instance (the widget finds it by its mount point): keep it.
  instance.then((handle) => host.isConnected || handle.destroy(), () => {});
}

if (!customElements.get("compendium-widget")) {
  customElements.define(
    "compendium-widget",
    class CompendiumWidgetElement extends HTMLElement {
      static get observedAttributes() {
        return FACTS.attributes;
      }
      connectedCallback() {
        mount(this);
      }
      // Also called for the attributes a parsed element starts with, before
      // it is mounted: then there is nothing to reconfigure yet.
      attributeChangedCallback() {
        reconfigure(this);
      }
      disconnectedCallback() {
        queueMicrotask(() => unmount(this));
      }
      open(slug) {
        return METHODS.open.call(this, slug);
      }
      search(query) {
        return METHODS.search.call(this, query);
      }
    },
  );
}

const DIV = "[data-compendium-widget]";

function mountDiv(div) {
  if (!("search" in div)) {
    Object.defineProperties(div, {
      open: { value: METHODS.open, configurable: true },
      search: { value: METHODS.search, configurable: true },
    });
  }
  mount(div);
}

/** Calls `f` on `node` and on every element inside it that is a div mount point. */
function eachDiv(node, f) {
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  if (node.matches(DIV)) f(node);
  node.querySelectorAll(DIV).forEach(f);
}

// Div mount points have no lifecycle callbacks of their own: the page is
// watched for them coming and going (a CMS or a single-page app adds and
// removes them long after load) and for their attributes changing.
function watchDivs() {
  document.querySelectorAll(DIV).forEach(mountDiv);
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === "attributes") {
        if (record.target.matches(DIV)) reconfigure(record.target);
        continue;
      }
      record.removedNodes.forEach((node) => eachDiv(node, unmount));
      record.addedNodes.forEach((node) => eachDiv(node, (div) => div.isConnected && mountDiv(div)));
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: FACTS.attributes });
}
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", watchDivs, { once: true });
} else {
  watchDivs();
}

window.CompendiumWidget = Object.freeze({
  version: VERSION,
  /**
   * Ranked papers of the bundled compendium for `query`, as plain objects
   * ({ symbol, title, link, year, meeting, themeId, themeTitle, score,
   * paragraphs }). Resolves once the wasm is loaded.
   */
  search(query, options) {
    // The widget clamps the limit and picks the default (src/api.rs).
    return loadWasm().then((widget) => widget.search(String(query), options?.limit));
  },
  /** How many widgets are running on the page (0 until the wasm is loaded). */
  instances() {
    return ready ? ready.then((widget) => widget.instances(), () => 0) : Promise.resolve(0);
  },
});
