// compendium-widget loader.
//
// Bundled by `cargo xtask dist` after wasm-bindgen's glue, inside one function
// whose argument `currentScript` is the <script> element that loaded us, so
// that the wasm is fetched from beside this script whatever path or origin
// serves it. Finds the mount points (<compendium-widget> elements and
// <div data-compendium-widget>, also when added later), loads the wasm once,
// asks it to mount each of them, and to stop each one that leaves the page.
// If loading fails, each mount point says so and the host page carries on.
//
// `FACTS` (languages and their strings, attribute values) is written in by
// the build from the widget's Rust tables (xtask/src/facts.rs): what this
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

/**
 * The interface strings for a mount point, by its `lang` attribute's primary
 * subtag in any case (the rule of the widget's `Lang::parse`), else the
 * default language's.
 */
function strings(host) {
  const primary = (host.getAttribute("lang") || "").trim().split(/[-_]/)[0].toLowerCase();
  const languages = FACTS.languages;
  return Object.hasOwn(languages, primary) ? languages[primary] : languages[FACTS.defaultLanguage];
}

/** `loading="lazy"`, in any case and with spaces around (as `Loading::parse`). */
function isLazy(host) {
  return (host.getAttribute("loading") || "").trim().toLowerCase() === FACTS.lazy;
}

function showFailure(host, error) {
  console.error("compendium-widget: could not start:", error);
  const root = host.shadowRoot || host.attachShadow({ mode: "open" });
  const message = document.createElement("p");
  message.setAttribute("role", "alert");
  message.textContent = strings(host).loadFailed;
  // The slot keeps any fallback HTML the page put inside the mount point visible.
  root.replaceChildren(message, document.createElement("slot"));
}

// Mount point → Promise of its instance handle (open, search).
const INSTANCES = new WeakMap();

function mount(host) {
  if (INSTANCES.has(host)) return INSTANCES.get(host);
  // An eager widget starts fetching the wasm now, while the page is still
  // running this script, not a microtask later.
  const loaded = isLazy(host) ? whenNeeded(host).then(loadWasm) : loadWasm();
  const instance = loaded
    .then((widget) => widget.mount(host))
    .catch((error) => {
      showFailure(host, error);
      throw error;
    });
  instance.catch(() => {}); // reported above; callers of open/search see the rejection
  INSTANCES.set(host, instance);
  return instance;
}

// loading="lazy": until the widget comes near the viewport, or its search
// field gets focus, show only that field (a light stand-in, no wasm fetched).
// The widget takes over what the reader typed in it, and the focus, once it
// has rendered (src/embed/shadow.rs, `take_over_stand_in`).
let placeholderSheet = null;
// Lazy mount point still waiting → `wake` starts loading it now (page scripts
// calling its methods do not wait for the reader to scroll); `stop` gives up
// waiting (it left the page).
const WAITING = new WeakMap();
function whenNeeded(host) {
  return new Promise((resolve) => {
    const root = host.shadowRoot || host.attachShadow({ mode: "open" });
    if (!placeholderSheet) {
      placeholderSheet = new CSSStyleSheet();
      placeholderSheet.replaceSync(
        // In em from a root of the reader's default size, as the widget's
        // own sheet (a host page's root font size must not shrink it).
        ":host{display:block}[data-stand-in]{all:initial;display:block;font-size:medium}" +
          "label{display:block;font:700 1.0625em system-ui,sans-serif;margin-block-end:calc(.25em/1.0625)}" +
          "input{box-sizing:border-box;inline-size:100%;font:1.0625em system-ui,sans-serif;padding:calc(.5em/1.0625);border:2px solid}",
      );
    }
    root.adoptedStyleSheets = [placeholderSheet];
    const label = document.createElement("label");
    label.htmlFor = "cw-stand-in";
    label.textContent = strings(host).searchLabel;
    const input = document.createElement("input");
    input.type = "search";
    input.id = "cw-stand-in";
    const standIn = document.createElement("div");
    standIn.dataset.standIn = "";
    standIn.append(label, input);
    root.replaceChildren(standIn);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && done(), {
      rootMargin: "200px",
    });
    observer.observe(host);
    input.addEventListener("focus", done, { once: true });
    const stop = () => {
      observer.disconnect();
      WAITING.delete(host);
    };
    WAITING.set(host, { wake: done, stop });
    function done() {
      stop();
      resolve();
    }
  });
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
