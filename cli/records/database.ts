/**
 * The two databases the records service runs on, behind one small interface: an embedded
 * PostgreSQL (PGlite, in a data directory) by default, a PostgreSQL server (node-postgres) when
 * DATABASE_URL is set. Both are optional peer dependencies of the package (a site that only bundles
 * the widget never downloads them): each loads on first use, with a one-line message naming the
 * package when it is missing.
 */
import { accessSync, constants, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPeer, SetupError } from '../peer.js';

export { SetupError };

export interface Rows<T> {
  rows: T[];
  /** Rows inserted, updated or deleted. */
  affected: number;
}

/** One connection (or the embedded database), enough for a transaction. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Rows<T>>;
}

export interface Database extends Queryable {
  /** 'embedded' (PGlite) or 'postgres'. */
  readonly kind: 'embedded' | 'postgres';
  /** Runs `fn` in one transaction on one connection; rolls back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Fails with one line unless `dir` exists (or can be created) and takes a new file. */
function checkWritable(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    const probe = join(dir, `.write-test-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (e) {
    throw new SetupError(
      `the data directory ${dir} is not writable (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
    );
  }
}

interface PGliteLike {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[]; affectedRows?: number }>;
  transaction<T>(fn: (tx: PGliteLike) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The embedded database in `dir` (one process at a time: see records/running.ts). */
export async function openEmbedded(dir: string): Promise<Database> {
  checkWritable(dir);
  const { PGlite } = await loadPeer<{ PGlite: { create(dir: string): Promise<PGliteLike> } }>(
    '@electric-sql/pglite',
    'the embedded database',
  );
  let db: PGliteLike;
  try {
    db = await PGlite.create(join(dir, 'pgdata'));
  } catch (e) {
    throw new SetupError(`cannot open the embedded database in ${dir} (${(e as Error).message})`);
  }
  const wrap = (q: PGliteLike): Queryable => ({
    query: async <T>(sql: string, params?: unknown[]) => {
      const r = await q.query<T>(sql, params);
      return { rows: r.rows, affected: r.affectedRows ?? 0 };
    },
  });
  return {
    kind: 'embedded',
    ...wrap(db),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close(),
  };
}

interface PgResult<T> {
  rows: T[];
  rowCount: number | null;
}
interface PgClient {
  query<T>(sql: string, params?: unknown[]): Promise<PgResult<T>>;
  release(): void;
}
interface PgPool {
  query<T>(sql: string, params?: unknown[]): Promise<PgResult<T>>;
  connect(): Promise<PgClient>;
  on(event: 'error', listener: (e: Error) => void): void;
  end(): Promise<void>;
}

/** `url` without its password, for messages. */
export const redact = (url: string): string => {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.href;
  } catch {
    return 'the DATABASE_URL (not a valid URL)';
  }
};

/**
 * A pool of connections to the PostgreSQL server at `url`. Connections that break (server
 * restarted) are replaced on the next query, so the service recovers by itself.
 */
export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pg = await loadPeer<{ default: { Pool: new (options: object) => PgPool } }>('pg', 'DATABASE_URL');
  const pool = new pg.default.Pool({
    connectionString: url,
    max: poolSize,
    // A server that is down is reported quickly (503), not after the OS's TCP timeout.
    connectionTimeoutMillis: 3000,
    query_timeout: 10_000,
    application_name: 'cookie-consent',
  });
  // An idle connection the server closed: the pool drops it; nothing to crash over.
  pool.on('error', () => undefined);
  const query = async <T>(q: { query: PgPool['query'] }, sql: string, params?: unknown[]) => {
    const r = await q.query<T>(sql, params);
    return { rows: r.rows, affected: r.rowCount ?? 0 };
  };
  const db: Database = {
    kind: 'postgres',
    query: (sql, params) => query(pool, sql, params),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({ query: (sql, params) => query(client, sql, params) });
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
  try {
    await db.query('SELECT 1');
  } catch (e) {
    await pool.end().catch(() => undefined);
    // A refused connection to localhost is an AggregateError (IPv4 and IPv6) with no message of its own.
    const { code, message } = e as NodeJS.ErrnoException;
    throw new SetupError(`cannot reach the database at ${redact(url)} (${message || code || String(e)})`);
  }
  return db;
}

/** The database the environment names: DATABASE_URL, else the embedded one in `dataDir`. */
export const openDatabase = (dataDir: string, env = process.env): Promise<Database> =>
  env.DATABASE_URL ? openPostgres(env.DATABASE_URL) : openEmbedded(dataDir);
