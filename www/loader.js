// compendium-widget loader.
//
// Bundled by `cargo xtask dist` after wasm-bindgen's glue, inside one function
// whose argument `currentScript` is the <script> element that loaded us, so
// that the wasm is fetched from beside this script whatever path or origin
// serves it. Finds the mount points (<compendium-widget> elements, also when
// added later, and <div data-compendium-widget>, those present once the page
// has loaded), loads the wasm once, and asks
// it to mount each of them. If loading fails, each mount point says so and the
// host page carries on.

if (window.CompendiumWidget) {
  // The script is on the page twice (a CMS template and a block, say): the
  // first copy already mounts every widget.
  return;
}

const BASE = new URL(".", currentScript ? currentScript.src : document.baseURI);
const WASM_URL = new URL("compendium-widget.wasm", BASE);
const MOUNTED = new WeakSet();

let ready = null;
function loadWasm() {
  if (!ready) {
    ready = wasm_bindgen({ module_or_path: WASM_URL }).then(() => wasm_bindgen);
  }
  return ready;
}

/** The `lang` attribute's primary subtag is "en" (the UI language rule). */
function isEnglish(host) {
  return /^en(?:[-_]|$)/i.test((host.getAttribute("lang") || "").trim());
}

function showFailure(host, error) {
  console.error("compendium-widget: could not start:", error);
  const root = host.shadowRoot || host.attachShadow({ mode: "open" });
  const message = document.createElement("p");
  message.setAttribute("role", "alert");
  // The same rule and words as the widget's (src/i18n.rs), which is not loaded.
  message.textContent = isEnglish(host)
    ? "The compendium could not be loaded."
    : "Le recueil n’a pas pu être chargé.";
  // The slot keeps any fallback HTML the page put inside the mount point visible.
  root.replaceChildren(message, document.createElement("slot"));
}

// Mount point → Promise of its instance handle (open, search).
const INSTANCES = new WeakMap();

function mount(host) {
  if (INSTANCES.has(host)) return INSTANCES.get(host);
  // An eager widget starts fetching the wasm now, while the page is still
  // running this script, not a microtask later.
  const loaded = host.getAttribute("loading") === "lazy" ? whenNeeded(host).then(loadWasm) : loadWasm();
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
// has rendered (src/embed.rs, `Instance::take_over_stand_in`).
let placeholderSheet = null;
// Lazy mount point → the function that starts loading it now (page scripts
// calling its methods do not wait for the reader to scroll).
const WAKE = new WeakMap();
function whenNeeded(host) {
  return new Promise((resolve) => {
    const root = host.shadowRoot || host.attachShadow({ mode: "open" });
    if (!placeholderSheet) {
      placeholderSheet = new CSSStyleSheet();
      placeholderSheet.replaceSync(
        ":host{display:block}label{display:block;font:700 1.0625rem system-ui,sans-serif;margin-block-end:.25rem}" +
          "input{box-sizing:border-box;inline-size:100%;font:1.0625rem system-ui,sans-serif;padding:.5rem;border:2px solid}",
      );
    }
    root.adoptedStyleSheets = [placeholderSheet];
    const label = document.createElement("label");
    label.htmlFor = "cw-stand-in";
    label.textContent = isEnglish(host) ? "Search the compendium" : "Rechercher dans le recueil";
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
    WAKE.set(host, done);
    function done() {
      observer.disconnect();
      WAKE.delete(host);
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
  WAKE.get(host)?.();
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

if (!customElements.get("compendium-widget")) {
  customElements.define(
    "compendium-widget",
    class CompendiumWidgetElement extends HTMLElement {
      connectedCallback() {
        mount(this);
      }
      // Removed from the page (not just moved: that disconnects and
      // reconnects in one go): stop the instance; if it comes back, it mounts
      // anew.
      disconnectedCallback() {
        queueMicrotask(() => {
          if (this.isConnected || !INSTANCES.has(this)) return;
          const instance = INSTANCES.get(this);
          INSTANCES.delete(this);
          instance.then((handle) => handle.destroy(), () => {});
        });
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

function mountDivs() {
  document.querySelectorAll("[data-compendium-widget]").forEach((div) => {
    if (!("search" in div)) {
      Object.defineProperties(div, {
        open: { value: METHODS.open, configurable: true },
        search: { value: METHODS.search, configurable: true },
      });
    }
    mount(div);
  });
}
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", mountDivs, { once: true });
} else {
  mountDivs();
}

window.CompendiumWidget = Object.freeze({
  version: VERSION,
  /**
   * Ranked papers of the bundled compendium for `query`, as plain objects
   * ({ symbol, title, link, year, meeting, themeId, themeTitle, score,
   * paragraphs }). Resolves once the wasm is loaded.
   */
  search(query, options) {
    const limit = Number(options?.limit ?? 10);
    const clamped = Number.isFinite(limit) ? Math.min(100, Math.max(1, Math.floor(limit))) : 100;
    return loadWasm().then((widget) => widget.search(String(query), clamped));
  },
});
