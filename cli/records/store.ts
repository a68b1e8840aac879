/**
 * The records table and everything the service and the `records` commands do with it. Plain SQL
 * that PGlite and a PostgreSQL server run alike; one list of migrations for both.
 *
 * A stored row is one proof of consent as received and validated (`proof`, JSON), the consent id
 * and choice time taken out of it, and the server's receive time. Nothing about the request (no IP
 * address, no headers, no query string) is ever written. The same proof received twice is one row:
 * the unique key is (consent id, choice time, digest of the proof).
 */
import type { Database, Queryable } from './database.js';

/** One stored proof, as `records show` and `export` print it: receive time first, then the proof. */
export interface StoredRecord {
  /** When the service received it (ISO 8601, UTC, milliseconds). */
  received: string;
  [field: string]: unknown;
}

/**
 * Schema changes, applied in order, each once, in one transaction under an advisory lock, so
 * several instances starting at once on one server apply them once. Append; never edit one that
 * shipped.
 */
const MIGRATIONS: string[][] = [
  [
    `CREATE TABLE consent_records (
      seq bigserial PRIMARY KEY,
      consent_id text NOT NULL,
      choice_ts bigint NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now(),
      proof jsonb NOT NULL,
      proof_digest text GENERATED ALWAYS AS (md5(proof::text)) STORED,
      UNIQUE (consent_id, choice_ts, proof_digest)
    )`,
    'CREATE INDEX consent_records_received_at ON consent_records (received_at)',
  ],
];

/** Any number below 2^63 that other applications are unlikely to lock: the schema's lock. */
const MIGRATION_LOCK = 7_330_151_015;

/** Brings the schema up to date. Returns how many migrations it applied. */
export async function migrate(db: Database): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(
      'CREATE TABLE IF NOT EXISTS consent_schema (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await tx.query<{ version: number }>(
      'SELECT coalesce(max(version), 0) AS version FROM consent_schema',
    );
    const from = Number(rows[0]!.version);
    for (let version = from + 1; version <= MIGRATIONS.length; version++) {
      for (const statement of MIGRATIONS[version - 1]!) await tx.query(statement);
      await tx.query('INSERT INTO consent_schema (version) VALUES ($1)', [version]);
    }
    return MIGRATIONS.length - from;
  });
}

/** Stores proofs (validated), each once. Returns how many were new. */
export async function insertProofs(db: Queryable, proofs: readonly object[]): Promise<number> {
  const { affected } = await db.query(
    `INSERT INTO consent_records (consent_id, choice_ts, proof)
     SELECT p->>'id', (p->>'ts')::bigint, p FROM jsonb_array_elements($1::jsonb) AS p
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(proofs)],
  );
  return affected;
}

// The cursor is the row sequence as text (a bigint may pass 2^53). Not named `seq`: ORDER BY seq
// would then sort by the text.
const COLUMNS = `seq::text AS cursor,
  to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS received,
  proof::text AS proof`;

interface Row {
  cursor: string;
  received: string;
  proof: string;
}
/** The fields in the widget's order (jsonb keeps its own), later ones after. */
const ORDER = ['v', 'id', 'rev', 'ts', 'categories', 'services', 'gpc', 'language', 'url', 'tcString'];
const toRecord = (row: Row): StoredRecord => {
  const proof = JSON.parse(row.proof) as Record<string, unknown>;
  const record: StoredRecord = { received: row.received };
  for (const key of ORDER) if (key in proof) record[key] = proof[key];
  return Object.assign(record, proof);
};

/** Every proof stored under a consent id, oldest choice first. */
export async function findById(db: Queryable, id: string): Promise<StoredRecord[]> {
  const { rows } = await db.query<Row>(
    `SELECT ${COLUMNS} FROM consent_records WHERE consent_id = $1 ORDER BY choice_ts, seq`,
    [id],
  );
  return rows.map(toRecord);
}

/** A time range of receive times: from (inclusive) to (exclusive). */
export interface Range {
  from: Date;
  to: Date;
}

/**
 * The proofs received in `range`, page by page (a keyset cursor on the row sequence: each page is
 * one short query, nothing holds the whole range in memory, and rows written meanwhile at the end
 * are picked up or not, never repeated).
 */
export async function* exportRange(db: Queryable, { from, to }: Range, pageSize = 1000): AsyncGenerator<StoredRecord> {
  let after = '0';
  for (;;) {
    const { rows } = await db.query<Row>(
      `SELECT ${COLUMNS} FROM consent_records
       WHERE received_at >= $1 AND received_at < $2 AND seq > $3::bigint ORDER BY seq LIMIT $4`,
      [from.toISOString(), to.toISOString(), after, pageSize],
    );
    for (const row of rows) yield toRecord(row);
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]!.cursor;
  }
}

/** Deletes proofs received more than `days` days ago. Returns how many. */
export async function purgeOlderThan(db: Queryable, days: number): Promise<number> {
  const { affected } = await db.query(
    "DELETE FROM consent_records WHERE received_at < now() - $1::double precision * interval '1 day'",
    [days],
  );
  return affected;
}

/** Whether the database answers (for /healthz). */
export async function ping(db: Queryable): Promise<boolean> {
  try {
    await db.query('SELECT 1');
    return true;
  } catch {
    return false;
  }
}
