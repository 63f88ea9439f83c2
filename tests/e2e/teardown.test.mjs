// Mount points that come and go after the page has loaded — as a CMS or a
// single-page app adds and removes them: a removed `div[data-compendium-widget]`
// stops like a removed `<compendium-widget>`, and one added later mounts.

import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, useSite } from "../support/browser.mjs";
import { eventually, widget } from "../support/widget.mjs";

const site = useSite();

/** Live widget instances, as the widget's registry counts them. */
const instances = (page) => page.evaluate(() => window.CompendiumWidget.instances());

/** DOM nodes and JS event listeners after a garbage collection (Chrome DevTools Protocol). */
async function metrics(page) {
  const cdp = await page.context().newCDPSession(page);
  // Twice, a frame apart: timers and frame callbacks the widget had pending
  // let go of what they held only once they have run.
  await cdp.send("HeapProfiler.collectGarbage");
  await page.evaluate(() => new Promise((ok) => setTimeout(ok, 100)));
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  await cdp.detach();
  const get = (name) => metrics.find((m) => m.name === name).value;
  return { nodes: get("Nodes"), listeners: get("JSEventListeners") };
}

test("a div mount point added after load mounts", async () => {
  const page = await openPage(site.browser, `${site.url}div-mount.html`);
  await widget(page, "[data-compendium-widget]").ready();
  await page.evaluate(() => {
    const div = document.createElement("div");
    div.id = "later";
    div.dataset.compendiumWidget = "";
    document.body.append(div);
  });
  const later = widget(page, "#later");
  await later.ready();
  assert.equal(await later.headers.count(), 13);
  assert.equal(await instances(page), 2);
  assert.deepEqual(page.problems, []);
});

test("a removed div mount point stops: no instance, no event, its memory back", async () => {
  const page = await openPage(site.browser, `${site.url}div-mount.html`);
  const first = widget(page, "[data-compendium-widget]");
  await first.ready();
  const baseline = await metrics(page);
  // Twenty widgets come and go; each is searched in, so its app did work.
  for (let i = 0; i < 20; i += 1) {
    await page.evaluate(async () => {
      const div = document.createElement("div");
      div.className = "transient";
      div.dataset.compendiumWidget = "";
      document.body.append(div);
      // The loader finds added divs in a mutation observer: a microtask later.
      await Promise.resolve();
      await div.search("traite");
    });
    await widget(page, ".transient").ready();
    await page.evaluate(() => document.querySelector(".transient").remove());
    await eventually(async () => (await instances(page)) === 1, "the removed widget to stop");
  }
  // Flat: what a removed widget held (over a thousand nodes, its listeners)
  // is all given back (Yew's root listeners too: vendor/yew/PATCHED.md).
  const after = await metrics(page);
  assert.ok(after.nodes - baseline.nodes <= 5, `DOM nodes: ${baseline.nodes} → ${after.nodes}`);
  assert.ok(after.listeners - baseline.listeners <= 2, `event listeners: ${baseline.listeners} → ${after.listeners}`);

  // A removed widget's app is gone: its old input, used, fires no event.
  const events = await page.evaluate(async () => {
    const div = document.createElement("div");
    div.dataset.compendiumWidget = "";
    document.body.append(div);
    await Promise.resolve();
    await div.search("traite");
    const input = div.shadowRoot.querySelector("input[type=search]");
    let fired = 0;
    div.addEventListener("compendium-search", () => (fired += 1));
    div.remove();
    await new Promise((ok) => setTimeout(ok, 50));
    input.value = "sanction";
    input.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }));
    await new Promise((ok) => setTimeout(ok, 200));
    return { fired, children: div.shadowRoot.childElementCount };
  });
  assert.deepEqual(events, { fired: 0, children: 0 });
  assert.equal(await instances(page), 1);
  assert.deepEqual(page.problems, []);
});

test("200 remove/re-add cycles of a <compendium-widget> leave nodes, listeners and wasm memory flat", async () => {
  const page = await openPage(site.browser);
  // The wasm's linear memory, seen at instantiation (the widget exports none).
  await page.addInitScript(() => {
    const original = WebAssembly.instantiateStreaming;
    WebAssembly.instantiateStreaming = async (...args) => {
      const result = await original(...args);
      window.__wasmMemory = result.instance.exports.memory;
      return result;
    };
  });
  await page.goto(`${site.url}blank.html`);
  // In the page, for speed: mount, search, let it paint, remove, until stopped.
  const cycle = (times) =>
    page.evaluate(async (times) => {
      const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok)));
      window.__cycled ??= Object.assign(document.createElement("compendium-widget"), { id: "cycled" });
      const el = window.__cycled;
      for (let i = 0; i < times; i += 1) {
        document.querySelector("main").append(el);
        await el.search(i % 2 ? "traite" : "organes");
        await frame();
        el.remove();
        while ((await window.CompendiumWidget.instances()) !== 0) await frame();
      }
    }, times);
  const state = async () => ({ ...(await metrics(page)), memory: await page.evaluate(() => window.__wasmMemory.buffer.byteLength) });
  // Twenty first: what a page keeps once, whatever the number of widgets
  // (Yew's element templates, the search index, the allocator's pages).
  await cycle(20);
  const warm = await state();
  await cycle(180);
  const after = await state();
  assert.ok(after.nodes - warm.nodes <= 5, `DOM nodes: ${warm.nodes} → ${after.nodes}`);
  assert.ok(after.listeners - warm.listeners <= 2, `event listeners: ${warm.listeners} → ${after.listeners}`);
  // The allocator may take one more 64 KiB page once, as its free lists
  // settle (seen: 48 → 49 pages within the next 100 cycles, then flat over
  // 800 more). A leak grows on: a mount's state is kilobytes, 180 of them
  // megabytes.
  const PAGE = 65536;
  assert.ok(after.memory - warm.memory <= PAGE, `wasm memory: ${warm.memory} → ${after.memory} bytes`);
  assert.deepEqual(page.problems, []);
});

test("a div moved elsewhere in the page keeps its instance and state", async () => {
  const page = await openPage(site.browser, `${site.url}div-mount.html`);
  const w = widget(page, "[data-compendium-widget]");
  await w.ready();
  await w.input.fill("2015/2");
  await eventually(async () => (await w.titles.count()) === 1, "one theme");
  await page.evaluate(() => {
    const div = document.querySelector("[data-compendium-widget]");
    document.querySelector("h1").before(div);
  });
  await new Promise((ok) => setTimeout(ok, 100));
  assert.equal(await instances(page), 1);
  assert.equal(await w.input.inputValue(), "2015/2");
  assert.equal(await w.titles.count(), 1);
  assert.deepEqual(page.problems, []);
});

test("a widget removed and put back before the wasm has loaded runs, once", async () => {
  const page = await openPage(site.browser);
  let release;
  const held = new Promise((ok) => (release = ok));
  await page.route("**/compendium-widget.wasm", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${site.url}div-mount.html`);
  await page.evaluate(async () => {
    const element = document.createElement("compendium-widget");
    element.id = "back";
    document.body.append(element);
    element.remove();
    // Long enough for the loader to see it gone, before the wasm is there.
    await new Promise((ok) => setTimeout(ok, 0));
    document.body.append(element);
  });
  release();
  const back = widget(page, "#back");
  await back.ready();
  await new Promise((ok) => setTimeout(ok, 200));
  assert.equal(await back.headers.count(), 13, "still on screen");
  assert.equal(await instances(page), 2, "the div's and this one");
  await back.root.evaluate((el) => el.search("2015/2"));
  await eventually(async () => (await back.titles.count()) === 1, "its search to work");
  assert.deepEqual(page.problems, []);
});
