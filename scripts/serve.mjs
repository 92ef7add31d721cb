// A plain static file server, as a CDN behaves: files only, no SPA fallback, no rewrites, and
// gzip for text when the browser accepts it (every CDN compresses; Lighthouse measures it).
// `npm start` serves the built course under a sub-path to prove it needs no special hosting.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
  '.zip': 'application/zip',
  '.woff2': 'font/woff2',
};

/**
 * Serves `root` at `base` (e.g. "/course/v1/") on 127.0.0.1. Extra mounts map other URL
 * prefixes to folders (browser tests use one for the LMS page). Resolves to { url, close }.
 */
export async function startServer({ root = 'dist', base = '/course/v1/', port = 0, mounts = {} } = {}) {
  const table = [[base, resolve(root)], ...Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)])];
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const mount = table.find(([prefix]) => path.startsWith(prefix));
      if (!mount) return notFound(res);
      const [prefix, dir] = mount;
      let file = normalize(join(dir, path.slice(prefix.length)));
      if (file !== dir && !file.startsWith(dir + sep)) return notFound(res);
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info?.isFile()) return notFound(res);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding' };
      if (/^(text\/|application\/(json|xml|manifest)|image\/svg)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const body = await gzipped(file, info.mtimeMs);
        res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length });
        return res.end(req.method === 'HEAD' ? undefined : body);
      }
      res.writeHead(200, { ...headers, 'content-length': info.size });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
    } catch {
      notFound(res);
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const url = `http://127.0.0.1:${address.port}${base}`;
  // close() also drops open keep-alive and in-flight connections (a browser, or a service worker
  // still precaching, would otherwise hold the server open and close() would never resolve).
  const close = () =>
    new Promise((ok) => {
      server.close(() => ok());
      server.closeAllConnections();
    });
  return { url, origin: `http://127.0.0.1:${address.port}`, close };
}

const gzipCache = new Map();
/** A file's gzip bytes, cached until the file changes (a rebuild). */
async function gzipped(file, mtimeMs) {
  const hit = gzipCache.get(file);
  if (hit?.mtimeMs === mtimeMs) return hit.body;
  const body = gzipSync(await readFile(file), { level: 6 });
  gzipCache.set(file, { mtimeMs, body });
  return body;
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('Not found');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173);
  const { url } = await startServer({ port });
  console.log(`The course is running at ${url}`);
  console.log('Press Ctrl+C to stop.');
}
