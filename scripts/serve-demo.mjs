#!/usr/bin/env node
// Serves the repository root for the demo news page: `/dist/…` (the built widget) and `/demo/…`.
// Dependency-free (node:http, node:fs). Bound to 127.0.0.1; nothing is cached, so a rebuild shows at once.
//
//   node scripts/serve-demo.mjs [--port 8000]      (or PORT=8000; the next free port is used if busy)
//
// Runs the real consent-records service (the code of `npx cookie-consent serve`, from dist/cli/records.js)
// as the demo site's own backend, on the same origin as the pages, so its answers set the consent cookie:
//   POST   /consent            a proof of consent, checked against demo/config.js and stored (204 + Set-Cookie)
//   GET    /healthz            200 while the database answers
//   GET    /demo/consent-log   what the service stored, as a JSON array (what `records export` prints)
//   DELETE /demo/consent-log   purges everything stored
// Records live in an embedded PostgreSQL in a fresh temp directory per run (CONSENT_DATA overrides it),
// removed on exit.

import http from 'node:http';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

const HOST = '127.0.0.1';
const DEFAULT_PORT = 8000;
const PORT_ATTEMPTS = 20;
const LOG_ROUTE = '/demo/consent-log';

const ROOT = fs.realpathSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

// ---------------------------------------------------------------- command line

function usage() {
  return 'Usage: node scripts/serve-demo.mjs [--port <n>]   (PORT env also works; default 8000)';
}

function parsePort(value, from) {
  const n = Number(value);
  if (!/^\d+$/.test(String(value)) || n > 65535) {
    console.error(`serve-demo: ${from} must be a port number (0-65535), got "${value}".\n${usage()}`);
    process.exit(2);
  }
  return n;
}

function readPort(argv) {
  let port;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      console.log(usage());
      process.exit(0);
    } else if (arg === '--port' || arg === '-p') {
      if (i + 1 >= argv.length) parsePort('', arg);
      port = parsePort(argv[++i], arg);
    } else if (arg.startsWith('--port=')) {
      port = parsePort(arg.slice('--port='.length), '--port');
    } else {
      console.error(`serve-demo: unknown argument "${arg}".\n${usage()}`);
      process.exit(2);
    }
  }
  if (port === undefined && process.env.PORT) port = parsePort(process.env.PORT, 'PORT');
  return port ?? DEFAULT_PORT;
}

// ---------------------------------------------------------------- consent records

let dataDir; // temp directory we created (removed on exit), if any
const recordsDir = process.env.CONSENT_DATA
  ? path.resolve(process.env.CONSENT_DATA)
  : (dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cookie-consent-demo-')));

/** The demo pages' config (demo/config.js sets window.cookieConsentConfig), as the service checks it. */
function demoConfig(validateConfig) {
  const window = { location: { search: '' } };
  vm.runInNewContext(fs.readFileSync(path.join(ROOT, 'demo/config.js'), 'utf8'), { window, URLSearchParams });
  const { config, errors } = validateConfig(window.cookieConsentConfig);
  if (!config) throw new Error(`demo/config.js: ${errors.join('; ')}`);
  return config;
}

let records; // { db, service, exportRange, purgeOlderThan } once the database is open

/** Opens the embedded database and starts the service for pages served from `origins`. */
async function startRecords(origins) {
  const lib = pathToFileURL(path.join(ROOT, 'dist/cli/records.js')).href;
  const { openEmbedded, migrate, createService, jsonLog, validateConfig, exportRange, purgeOlderThan } = await import(
    lib
  );
  const db = await openEmbedded(recordsDir);
  await migrate(db);
  const service = createService({
    db,
    config: demoConfig(validateConfig),
    origins,
    rateLimit: 0,
    log: jsonLog(process.stderr),
  });
  records = { db, service, exportRange, purgeOlderThan };
}

async function handleLog(req, res) {
  if (req.method === 'GET' || req.method === 'HEAD') {
    const entries = [];
    for await (const record of records.exportRange(records.db, { from: new Date(0), to: new Date(Date.now() + 1000) }))
      entries.push(record);
    return send(res, 200, JSON.stringify(entries, null, 2) + '\n', TYPES['.json'], req.method === 'HEAD');
  }
  if (req.method === 'DELETE') {
    await records.purgeOlderThan(records.db, 0);
    return send(res, 204);
  }
  res.setHeader('Allow', 'GET, HEAD, DELETE');
  send(res, 405, 'Method not allowed\n');
}

// ---------------------------------------------------------------- static files

function send(res, status, body = '', type = 'text/plain; charset=utf-8', headOnly = false) {
  if (res.headersSent) return;
  const buf = Buffer.from(body, 'utf8');
  res.statusCode = status;
  if (status !== 204 && status !== 304) {
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Length', buf.length);
  }
  res.end(headOnly || status === 204 ? undefined : buf);
}

function fail(res, err) {
  console.error('serve-demo:', err);
  if (res.headersSent) res.destroy();
  else send(res, 500, 'Internal server error\n');
}

function redirect(res, location, status = 302) {
  res.setHeader('Location', location);
  send(res, status, `Redirecting to ${location}\n`);
}

/** Resolves a URL path to a file path under ROOT, or returns null when it must be refused. */
function resolveSafe(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter(Boolean);
  // No '..' / '.', and no dotfiles or dot-directories (.git, .env, …).
  if (segments.some((s) => s.startsWith('.'))) return null;
  const file = path.resolve(ROOT, ...segments);
  if (file !== ROOT && !file.startsWith(ROOT + path.sep)) return null;
  return file;
}

async function serveStatic(req, res, pathname, search) {
  const file = resolveSafe(pathname);
  if (file === null) return send(res, 403, 'Forbidden\n');

  let target;
  let stat;
  try {
    // Follow symlinks, but never out of the repository.
    target = await fsp.realpath(file);
    if (target !== ROOT && !target.startsWith(ROOT + path.sep)) return send(res, 403, 'Forbidden\n');
    stat = await fsp.stat(target);
    if (stat.isDirectory()) {
      if (!pathname.endsWith('/')) {
        // One leading slash only: '//host/…' would be a redirect to another site.
        return redirect(res, '/' + pathname.replace(/^\/+/, '') + '/' + search, 301);
      }
      target = path.join(target, 'index.html');
      stat = await fsp.stat(target);
    }
    if (!stat.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
  } catch (err) {
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') {
      const hint = pathname.startsWith('/dist/') ? ' (run `npm run build` first)' : '';
      return send(res, 404, `Not found: ${pathname}${hint}\n`);
    }
    if (err.code === 'EACCES') return send(res, 403, 'Forbidden\n');
    throw err;
  }

  const type = TYPES[path.extname(target).toLowerCase()] ?? 'application/octet-stream';
  res.statusCode = 200;
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Length', stat.size);
  if (req.method === 'HEAD') return res.end();
  const stream = fs.createReadStream(target);
  stream.on('error', (err) => fail(res, err));
  stream.pipe(res);
}

// ---------------------------------------------------------------- server

const server = http.createServer((req, res) => {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');

  const raw = req.url ?? '/';
  const cut = raw.search(/[?#]/);
  const pathname = cut === -1 ? raw : raw.slice(0, cut);
  const search = cut === -1 ? '' : raw.slice(cut).replace(/#.*$/, '');
  if (!pathname.startsWith('/')) return send(res, 400, 'Bad request\n');

  if (pathname === '/consent' || pathname === '/healthz' || pathname === LOG_ROUTE) {
    if (!records) return send(res, 503, 'The consent-records service is starting\n');
    if (pathname === LOG_ROUTE) return void handleLog(req, res).catch((err) => fail(res, err));
    return records.service.handle(req, res);
  }

  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return send(res, 405, 'Method not allowed\n');
  }
  if (pathname === '/') return redirect(res, '/demo/' + search);

  serveStatic(req, res, pathname, search).catch((err) => fail(res, err));
});

function listen(port, attemptsLeft) {
  const onError = (err) => {
    server.off('listening', onListening);
    if (err.code === 'EADDRINUSE' && port !== 0 && port < 65535 && attemptsLeft > 1) {
      listen(port + 1, attemptsLeft - 1);
    } else {
      console.error(
        err.code === 'EADDRINUSE'
          ? `serve-demo: ports up to ${port} are busy; pick another with --port or PORT.`
          : `serve-demo: cannot listen on ${HOST}:${port}: ${err.message}`,
      );
      cleanup();
      process.exit(1);
    }
  };
  const onListening = () => {
    server.off('error', onError);
    const actual = server.address().port;
    startRecords([`http://localhost:${actual}`, `http://127.0.0.1:${actual}`]).then(
      () => console.log(`Demo news page: http://localhost:${actual}/demo/ (consent records in ${recordsDir})`),
      (err) => {
        console.error(`serve-demo: the consent-records service did not start: ${err.message}`);
        shutdown(1);
      },
    );
  };
  server.once('error', onError);
  server.once('listening', onListening);
  server.listen(port, HOST);
}

function cleanup() {
  if (dataDir) {
    try {
      fs.rmSync(dataDir, { recursive: true, force: true });
    } catch {
      // best effort
    }
    dataDir = undefined;
  }
}

/** Stops taking requests, lets the service finish its writes, closes the database, then removes it. */
function shutdown(code = 0) {
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeIdleConnections();
  // If something still hangs on, don't keep the terminal waiting.
  setTimeout(() => (cleanup(), process.exit(code)), 3000).unref();
  void closed
    .then(() => records && records.service.drain().then(() => records.db.close()))
    .finally(() => {
      cleanup();
      process.exit(code);
    });
}

process.once('SIGINT', () => shutdown());
process.once('SIGTERM', () => shutdown());
process.on('exit', cleanup);

listen(readPort(process.argv.slice(2)), PORT_ATTEMPTS);
