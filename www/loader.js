// compendium-widget loader.
//
// Bundled by `cargo xtask dist` after wasm-bindgen's glue, inside one function
// whose argument `currentScript` is the <script> element that loaded us, so
// that the wasm is fetched from beside this script whatever path or origin
// serves it. Finds the mount points (<compendium-widget> elements, also when
// added later, and <div data-compendium-widget>), loads the wasm once, and asks
// it to mount each of them. If loading fails, each mount point says so and the
// host page carries on.

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

function showFailure(host, error) {
  console.error("compendium-widget: could not start:", error);
  const root = host.shadowRoot || host.attachShadow({ mode: "open" });
  const message = document.createElement("p");
  message.setAttribute("role", "alert");
  message.textContent =
    host.lang === "en" || document.documentElement.lang === "en"
      ? "The compendium could not be loaded."
      : "Le recueil n’a pas pu être chargé.";
  // The slot keeps any fallback HTML the page put inside the mount point visible.
  root.replaceChildren(message, document.createElement("slot"));
}

function mount(host) {
  if (MOUNTED.has(host)) return;
  MOUNTED.add(host);
  loadWasm()
    .then((widget) => widget.mount(host))
    .catch((error) => showFailure(host, error));
}

if (!customElements.get("compendium-widget")) {
  customElements.define(
    "compendium-widget",
    class CompendiumWidgetElement extends HTMLElement {
      connectedCallback() {
        mount(this);
      }
    },
  );
}

function mountDivs() {
  document.querySelectorAll("[data-compendium-widget]").forEach(mount);
}
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", mountDivs, { once: true });
} else {
  mountDivs();
}

window.CompendiumWidget = Object.freeze({ version: VERSION });
