#!/usr/bin/env node
// Serves the repository root for the demo news page: `/dist/…` (the built widget) and `/demo/…`.
// Dependency-free (node:http, node:fs). Bound to 127.0.0.1; nothing is cached, so a rebuild shows at once.
//
//   node scripts/serve-demo.mjs [--port 8000]      (or PORT=8000; the next free port is used if busy)
//
// Also stands in for a site's proof-of-consent endpoint (CONTRACT §7):
//   POST   /demo/consent-log   appends the JSON body (max 10 kB) as one line to a file in the OS temp dir
//   GET    /demo/consent-log   returns every logged body as a JSON array
//   DELETE /demo/consent-log   empties the log
// The log lives in a fresh temp directory per server run (CONSENT_LOG_FILE overrides it) and is removed on exit.

import http from 'node:http';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HOST = '127.0.0.1';
const DEFAULT_PORT = 8000;
const PORT_ATTEMPTS = 20;
const LOG_ROUTE = '/demo/consent-log';
const LOG_MAX_BYTES = 10 * 1024;

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

// ---------------------------------------------------------------- consent log

let logDir; // temp directory we created (removed on exit), if any
const logFile = process.env.CONSENT_LOG_FILE
  ? path.resolve(process.env.CONSENT_LOG_FILE)
  : path.join((logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cookie-consent-demo-'))), 'consent-log.jsonl');

async function readLog() {
  let text;
  try {
    text = await fsp.readFile(logFile, 'utf8');
  } catch (err) {
    if (err.code === 'ENOENT') return [];
    throw err;
  }
  const entries = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      entries.push(JSON.parse(line));
    } catch {
      // a line someone edited by hand: skip it rather than fail the whole log
    }
  }
  return entries;
}

function handleLog(req, res) {
  if (req.method === 'GET' || req.method === 'HEAD') {
    readLog().then(
      (entries) => send(res, 200, JSON.stringify(entries, null, 2) + '\n', TYPES['.json'], req.method === 'HEAD'),
      (err) => fail(res, err),
    );
    return;
  }
  if (req.method === 'DELETE') {
    fsp.rm(logFile, { force: true }).then(
      () => send(res, 204),
      (err) => fail(res, err),
    );
    return;
  }
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'GET, HEAD, POST, DELETE');
    send(res, 405, 'Method not allowed\n');
    return;
  }

  const declared = Number(req.headers['content-length']);
  if (declared > LOG_MAX_BYTES) return tooLarge(req, res);

  const chunks = [];
  let size = 0;
  let done = false;
  req.on('data', (chunk) => {
    if (done) return;
    size += chunk.length;
    if (size > LOG_MAX_BYTES) {
      done = true;
      tooLarge(req, res);
      return;
    }
    chunks.push(chunk);
  });
  req.on('error', () => {
    done = true;
  });
  req.on('end', () => {
    if (done) return;
    done = true;
    let value;
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
      value = JSON.parse(text);
    } catch {
      send(res, 400, 'Body must be JSON (UTF-8, at most 10 kB)\n');
      return;
    }
    fsp.appendFile(logFile, JSON.stringify(value) + '\n', 'utf8').then(
      () => send(res, 204),
      (err) => fail(res, err),
    );
  });
}

function tooLarge(req, res) {
  res.setHeader('Connection', 'close');
  send(res, 413, `Body larger than ${LOG_MAX_BYTES} bytes\n`);
  req.resume(); // discard the rest; the connection closes after the response
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

  if (pathname === LOG_ROUTE) return handleLog(req, res);

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
    console.log(`Demo news page: http://localhost:${actual}/demo/`);
  };
  server.once('error', onError);
  server.once('listening', onListening);
  server.listen(port, HOST);
}

function cleanup() {
  if (logDir) {
    try {
      fs.rmSync(logDir, { recursive: true, force: true });
    } catch {
      // best effort
    }
    logDir = undefined;
  }
}

function shutdown() {
  cleanup();
  server.close(() => process.exit(0));
  server.closeAllConnections();
  // If something still hangs on, don't keep the terminal waiting.
  setTimeout(() => process.exit(0), 1000).unref();
}

process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
process.on('exit', cleanup);

listen(readPort(process.argv.slice(2)), PORT_ATTEMPTS);
