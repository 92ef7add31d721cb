// Size helpers for `npm run bench`: what a first visit downloads, and what the service worker
// precaches, read from the built files themselves (not from a config that could drift).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip -9 size of a file in bytes: the budget is stated in gzip -9 bytes (toolchain.md). */
export function gzipBytes(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/**
 * The JavaScript a first visit to `html` downloads before the page can run: the module entry
 * script plus every `<link rel="modulepreload">` Vite wrote for its static imports. Lazy route
 * chunks and anything imported after load are not in the HTML, so they are not counted here.
 */
export function firstVisitScripts(dir, html = 'index.html') {
  const text = readFileSync(join(dir, html), 'utf8');
  const srcs = [
    ...[...text.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]),
    ...[...text.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
  ];
  const files = [...new Set(srcs)].filter((src) => !/^https?:/.test(src)).map((src) => src.replace(/^\.?\//, ''));
  return files.map((file) => ({ file, bytes: statSync(join(dir, file)).size, gzip: gzipBytes(join(dir, file)) }));
}

/** Sums a list of { bytes, gzip } rows. */
export function total(rows) {
  return rows.reduce((sum, r) => ({ bytes: sum.bytes + r.bytes, gzip: sum.gzip + r.gzip }), { bytes: 0, gzip: 0 });
}

/**
 * The URLs workbox's generated `sw.js` precaches (its inlined precache manifest), each with its
 * size on disk. Returns null when the build has no service worker.
 */
export function precacheEntries(dir) {
  const sw = join(dir, 'sw.js');
  if (!existsSync(sw)) return null;
  const text = readFileSync(sw, 'utf8');
  const urls = [...new Set([...text.matchAll(/url:\s*"([^"]+)"/g)].map((m) => m[1]))];
  return urls.map((url) => {
    const file = join(dir, url.replace(/^\.?\//, ''));
    return {
      url,
      bytes: existsSync(file) ? statSync(file).size : 0,
      gzip: existsSync(file) ? gzipBytes(file) : 0,
      missing: !existsSync(file),
    };
  });
}

/** Formats bytes as "12,345 B (12.1 KB)". */
export function fmt(bytes) {
  return `${bytes.toLocaleString('en-US')} B (${(bytes / 1024).toFixed(1)} KB)`;
}
