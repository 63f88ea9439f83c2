// What the end-to-end tests do with a widget, in the reader's terms. Playwright's
// CSS locators pierce open shadow roots, so `host` selectors reach inside.

/** The n-th widget's parts. */
export function widget(page, host = "compendium-widget") {
  const root = page.locator(host);
  return {
    root,
    input: root.locator("input[type=search]"),
    // Sections a search misses stay in the DOM, hidden: count only shown ones.
    headers: root.locator(".cw-accordion__section:not([hidden]) .cw-accordion__button"),
    titles: root.locator(".cw-accordion__section:not([hidden]) .cw-accordion__title"),
    toggleAll: root.locator(".cw-accordion__toggle-all"),
    status: root.locator("[role=status]"),
    marks: root.locator("mark"),
    // Rendered by the wasm, or hydrated: no longer the loader's prerender,
    // which is on screen before (src/embed/mod.rs drops `data-prerendered`).
    ready: () => root.locator("div:not([data-prerendered]) > .cw > .cw-accordion").first().waitFor(),
    prerendered: root.locator("[data-prerendered] .cw-accordion"),
  };
}

/** Mounts `<compendium-widget>` with these attributes into a test page. */
export async function addWidget(page, attributes = {}, { tag = "compendium-widget" } = {}) {
  await page.evaluate(
    ([tag, attributes]) => {
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      document.querySelector("main").append(el);
    },
    [tag, attributes],
  );
}

/**
 * Polls `check` (an async function, run here in Node) until it returns a
 * truthy value, and returns it; fails with `what` after `timeout` ms.
 */
export async function eventually(check, what = "condition", timeout = 5000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await check();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${last})`);
    await new Promise((ok) => setTimeout(ok, 25));
  }
}

/** Console warnings, recorded from the page's start. */
export function recordWarnings(page) {
  const warnings = [];
  page.on("console", (msg) => msg.type() === "warning" && warnings.push(msg.text()));
  return warnings;
}
