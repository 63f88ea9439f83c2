// A static file server for the demo and the browser tests, sending a strict
// Content Security Policy so every page proves the widget needs no
// 'unsafe-inline' and no 'unsafe-eval' — only 'wasm-unsafe-eval'.
//
//   node tests/support/server.mjs [--root dist] [--port 8000]
//
// Loopback only. Not a production server: no caching, no compression.

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/**
 * Serves `root` on 127.0.0.1; `mounts` maps a path prefix ("/dist/") to
 * another folder. `routes` maps a path to a handler `(req, res) => boolean`
 * tried before the files (tests use it to simulate failures). Resolves to
 * `{ url, close }`.
 */
export async function startServer({ root, mounts = {}, port = 0, csp = CSP, routes = {} }) {
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      return send(res, 400, "bad request");
    }
    if (csp) res.setHeader("Content-Security-Policy", csp);
    if (routes[path] && routes[path](req, res) !== false) return;
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    const base = resolve(prefix ? mounts[prefix] : root);
    let file = normalize(join(base, prefix ? path.slice(prefix.length) : path));
    if (file !== base && !file.startsWith(base + sep)) return send(res, 403, "forbidden");
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      send(res, 404, "not found");
    }
  });
  await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

function send(res, status, text) {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
  res.end(text);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const { url } = await startServer({ root: arg("--root", "dist"), port: Number(arg("--port", 8000)) });
  console.log(`compendium-widget demo: ${url}`);
}
