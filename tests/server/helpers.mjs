// Shared by the records-service tests: the built CLI (dist/cli/main.js) started as `serve`, a real
// PostgreSQL server in a temporary directory, and proofs of consent like the widget sends.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { MAIN, ROOT, runCli } from '../cli/helpers.mjs';

export { runCli };

export const ORIGIN = 'https://news.example';
/** The site's widget config the service checks records against. */
export const CONFIG = {
  revision: 2,
  categories: {
    necessary: { required: true },
    analytics: {},
    marketing: { services: { ads: {}, video: {} } },
  },
  cookie: { expiresDays: 30, domain: 'news.example', sameSite: 'Strict' },
};

/** A valid proof of consent, as the widget's beacon body; `fields` override. */
export const proof = (fields = {}) => ({
  v: 2,
  id: randomUUID(),
  rev: 2,
  ts: Date.now(),
  asked: ['necessary', 'analytics', 'marketing'],
  categories: ['necessary', 'analytics', 'marketing'],
  services: { marketing: ['ads'] },
  gpc: false,
  language: 'en-GB',
  url: `${ORIGIN}/news/story`,
  ...fields,
});

export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Every directory `tempDir()` made, removed when the process exits (a failed test included). */
const madeDirs = [];
process.on('exit', () => {
  for (const dir of madeDirs) rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory under the system's temporary directory, removed when the process exits. */
export function tempDir(name) {
  const dir = mkdtempSync(join(tmpdir(), `cookie-consent-${name}-`));
  madeDirs.push(dir);
  return dir;
}

/** Writes CONFIG (or `config`) to a file in `dir` and returns its path. */
export function configFile(dir, config = CONFIG) {
  const file = join(dir, 'config.json');
  writeFileSync(file, JSON.stringify(config));
  return file;
}

/**
 * Starts `cookie-consent serve` on a free port; resolves once it logs "listening" with
 * { url, child, logs, stop(signal) }. `env.DATABASE_URL` selects PostgreSQL.
 */
export async function startService({ dataDir, config, env = {}, args = [] }) {
  const child = spawn(
    process.execPath,
    [MAIN, 'serve', '--config', config, '--origin', ORIGIN, '--port', '0', '--data', dataDir, ...args],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const logs = [];
  let stderr = '';
  let buffered = '';
  child.stderr.on('data', (d) => (stderr += d));
  // 'close': after the last log line has been read, not only after the process ended.
  const exited = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  const url = await new Promise((resolve, reject) => {
    // A fresh embedded database takes seconds to create; minutes on a machine shared by many builds.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve did not start in 180 s: ${stderr}`));
    }, 180_000);
    child.stdout.on('data', (d) => {
      buffered += d;
      const lines = buffered.split('\n');
      buffered = lines.pop();
      for (const line of lines) {
        const entry = JSON.parse(line);
        logs.push(entry);
        if (entry.msg == 'listening') {
          clearTimeout(timer);
          resolve(entry.url);
        }
      }
    });
    void exited.then(({ code }) => reject(new Error(`serve exited (${code}) on start: ${stderr}`)));
  });
  return {
    url,
    child,
    logs,
    exited,
    stderr: () => stderr,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** POSTs a beacon body (an object is sent as JSON text) from `origin`; resolves with the Response. */
export const post = (url, body, { origin = ORIGIN, type = 'text/plain;charset=UTF-8', headers = {} } = {}) =>
  fetch(`${url}/consent`, {
    method: 'POST',
    headers: { 'content-type': type, ...(origin && { origin }), ...headers },
    body: typeof body == 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
  });

// ---------------------------------------------------------------- PostgreSQL

const initdbCandidates = () => {
  const found = ['/usr/local/bin/initdb'];
  try {
    for (const v of readdirSync('/usr/lib/postgresql').sort().reverse())
      found.push(`/usr/lib/postgresql/${v}/bin/initdb`);
  } catch {}
  return found;
};

/** Debian's PostgreSQL binaries, installed with apt-get when missing and this is root. */
function postgresBin() {
  let initdb = initdbCandidates().find(existsSync);
  if (!initdb && process.getuid?.() === 0) {
    execFileSync('apt-get', ['install', '-y', '-q', 'postgresql'], { stdio: 'ignore' });
    initdb = initdbCandidates().find(existsSync);
  }
  if (!initdb)
    throw new Error(
      'PostgreSQL is needed for these tests: install Debian\'s "postgresql" package (apt-get install postgresql)',
    );
  return initdb.replace(/initdb$/, '');
}

/**
 * A PostgreSQL server in a temporary directory on a free port, run as a non-root user (initdb
 * refuses root): the `postgres` user when there is one, else `nobody`. fsync is off: the tests
 * stop the service, never the machine.
 */
export async function startPostgres() {
  const bin = postgresBin();
  const dir = tempDir('pg');
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? (existsSync('/var/lib/postgresql') ? 'postgres' : 'nobody') : undefined;
  if (asRoot) {
    chmodSync(dir, 0o700);
    const uid = Number(execFileSync('id', ['-u', user]).toString());
    const gid = Number(execFileSync('id', ['-g', user]).toString());
    chownSync(dir, uid, gid);
  }
  // Asynchronous: a test keeps its load running while the server stops and starts.
  const run = (cmd, args) =>
    promisify(execFile)(asRoot ? 'runuser' : bin + cmd, asRoot ? ['-u', user, '--', bin + cmd, ...args] : args, {
      cwd: dir,
    });
  const data = join(dir, 'data');
  await run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
  const start = () => run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', 'start']);
  const stop = () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    async destroy() {
      await stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The two databases every records test runs on. */
export const BACKENDS = ['embedded', 'postgres'];

/**
 * A database for `backend`: { env, dataDir, destroy() } (PostgreSQL gets a fresh server; the
 * embedded one a fresh directory).
 */
export async function database(backend) {
  const dataDir = join(tempDir('data'), 'records');
  if (backend == 'embedded')
    return { env: { DATABASE_URL: '' }, dataDir, destroy: () => rmSync(dataDir, { recursive: true, force: true }) };
  const pg = await startPostgres();
  return { env: { DATABASE_URL: pg.url }, dataDir, pg, destroy: () => pg.destroy() };
}

/** `cookie-consent records …` against a backend. */
export const records = (db, args) => runCli(['records', ...args, '--data', db.dataDir], { env: db.env });
