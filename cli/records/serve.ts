/**
 * `cookie-consent serve`: the records service on its own HTTP server, with the operations a site's
 * ops team expects: structured logs on stdout, a clean stop on SIGTERM/SIGINT that answers every
 * request already accepted and commits every write before the database closes, and, on the embedded
 * database, the running-service file the `records` commands use (records/running.ts).
 */
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { ResolvedConfig } from '../../src/core/types.js';
import { openDatabase, SetupError } from './database.js';
import { findRunning, removeRunning, writeRunning } from './running.js';
import { createService, jsonLog } from './service.js';
import { migrate } from './store.js';

export interface ServeOptions {
  host: string;
  port: number;
  dataDir: string;
  config: ResolvedConfig;
  origins: string[];
  rateLimit: number;
  trustProxy: boolean;
}

/** How long a stop waits for open requests before it closes them. */
const STOP_GRACE_MS = 10_000;

/** Runs until SIGTERM/SIGINT; resolves with the exit code. */
export async function serve(options: ServeOptions): Promise<number> {
  const log = jsonLog();
  const embedded = !process.env.DATABASE_URL;
  if (embedded) {
    const other = findRunning(options.dataDir);
    if (other)
      throw new SetupError(
        `another cookie-consent serve (pid ${other.pid}) is using ${options.dataDir}, at ${other.url}`,
      );
  }
  const db = await openDatabase(options.dataDir);
  const applied = await migrate(db).catch(async (e: unknown) => {
    await db.close().catch(() => undefined);
    throw new SetupError(`cannot prepare the database schema (${(e as Error).message})`);
  });
  if (applied) log('info', 'schema migrated', { migrations: applied });
  const token = randomBytes(32).toString('base64url');
  const service = createService({ ...options, db, token, log });
  const server = createServer((req, res) => service.handle(req, res));
  // Beacons are small and quick: a client that trickles its headers is cut off.
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(new SetupError(`cannot listen on ${options.host}:${options.port} (${e.code ?? e.message})`)),
    );
    server.listen(options.port, options.host, resolve);
  });
  const address = server.address() as { port: number };
  const shown = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${shown}:${address.port}`;
  // The records commands come over loopback whatever address the service listens on.
  const loopback = `http://${/^(0\.0\.0\.0|::)$/.test(options.host) ? '127.0.0.1' : shown}:${address.port}`;
  if (embedded) writeRunning(options.dataDir, { url: loopback, pid: process.pid, token });
  log('info', 'listening', {
    url,
    database: db.kind,
    origins: options.origins,
    ...(embedded && { data: options.dataDir }),
  });

  return new Promise((resolve) => {
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      log('info', 'stopping', { signal });
      // No new connections; idle keep-alive ones close now, busy ones after their answer.
      const closed = new Promise((done) => server.close(done));
      server.closeIdleConnections();
      const grace = setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS);
      await closed;
      clearTimeout(grace);
      await service.drain();
      service.stop();
      await db.close().catch(() => undefined);
      if (embedded) removeRunning(options.dataDir);
      log('info', 'stopped');
      resolve(0);
    };
    process.once('SIGTERM', () => void stop('SIGTERM'));
    process.once('SIGINT', () => void stop('SIGINT'));
  });
}
