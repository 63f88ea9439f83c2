// Summaries of timing samples (milliseconds), and compressed sizes.

import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Nearest-rank percentile of sorted values (as the native bench computes it). */
export function percentile(sorted, p) {
  return sorted[Math.round((sorted.length - 1) * p)];
}

/** { n, median, p95, p99, max } of the values, rounded to 0.001. */
export function summary(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return { n: 0 };
  const r = (v) => Math.round(v * 1000) / 1000;
  return {
    n: sorted.length,
    median: r(percentile(sorted, 0.5)),
    p95: r(percentile(sorted, 0.95)),
    p99: r(percentile(sorted, 0.99)),
    max: r(sorted[sorted.length - 1]),
  };
}

/** Raw, gzip -9 and brotli quality 11 sizes of a body, in bytes. */
export function sizes(body) {
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length,
  };
}
