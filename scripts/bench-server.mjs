// What the benchmarks share (scripts/bench.mjs, scripts/heap-floors.mjs): the demo article with a variant's
// <head> snippet, a static server for it, and a fresh browser page per load.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.gif': 'image/gif',
  '.json': 'application/json; charset=utf-8',
};
/** The only folders served from the repository. */
const ALLOWED = [
  '/dist/',
  '/demo/',
  '/bench/',
  '/node_modules/vanilla-cookieconsent/dist/',
  '/node_modules/cookieconsent/build/',
];

/** A <head> snippet of bench/variants/ (baseline, widget, peer). */
export const variantHead = (name) => fs.readFileSync(path.join(ROOT, `bench/variants/${name}.html`), 'utf8').trim();

/** The demo article (bench/article.html) with `head` where its <!--HEAD--> marker is. */
export const articleWith = (head) =>
  fs
    .readFileSync(path.join(ROOT, 'bench/article.html'), 'utf8')
    .replace('<!--HEAD-->', head)
    .replace('<!--BODY-END-->', '');

/** The path prefix under which startServer serves every file cacheable (for an hour) rather than `no-store`. */
export const CACHED = '/cached/';

/**
 * Serves `route(urlPath)` (`{ body, type }`, or null to fall through) and the allowed folders of the
 * repository, on 127.0.0.1 at a random port, gzipping text at level 9 as a production server would, with
 * `Cache-Control: no-store` (an hour's max-age under CACHED). Every answer is built once and kept: restart the
 * server after a rebuild.
 */
export function startServer(route = () => null) {
  const cache = new Map(); // url path -> { body, type, gz }
  const load = (p) => {
    if (cache.has(p)) return cache.get(p);
    let found = route(p);
    if (!found) {
      if (!ALLOWED.some((a) => p.startsWith(a)) || p.includes('..')) return null;
      const file = path.join(ROOT, p);
      if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return null;
      found = { body: fs.readFileSync(file), type: TYPES[path.extname(file)] ?? 'application/octet-stream' };
    }
    const body = Buffer.from(found.body);
    const text = /^(text|application\/json|image\/svg)/.test(found.type);
    const entry = { body, type: found.type, gz: text ? gzipSync(body, { level: 9 }) : null };
    cache.set(p, entry);
    return entry;
  };
  const server = http.createServer((req, res) => {
    const asked = decodeURIComponent((req.url ?? '/').split(/[?#]/)[0]);
    // `/cached/…` is the same file with an hour's max-age, as a site serves its static files; the rest is
    // `no-store`, downloaded again on every load.
    const cached = asked.startsWith(CACHED);
    res.setHeader('Cache-Control', cached ? 'max-age=3600' : 'no-store');
    const p = cached ? asked.slice(CACHED.length - 1) : asked;
    const entry = load(p);
    if (!entry) {
      res.statusCode = 404;
      return res.end('Not found\n');
    }
    res.setHeader('Content-Type', entry.type);
    const gzip = entry.gz && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = gzip ? entry.gz : entry.body;
    if (gzip) res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Content-Length', body.length);
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Runs `measure(page, cdp)` on a fresh page in a new incognito context, its CPU throttled `throttle` times and,
 * when `network` is given, its network emulated with those CDP `Network.emulateNetworkConditions` parameters.
 */
export async function withFreshPage(browser, throttle, measure, network = null) {
  const context = await browser.createBrowserContext();
  try {
    const pg = await context.newPage();
    await pg.setViewport({ width: 1280, height: 800 });
    const cdp = await pg.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    if (network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', network);
    }
    return await measure(pg, cdp);
  } finally {
    await context.close();
  }
}
