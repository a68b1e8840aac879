/**
 * `cookie-consent records show|export|purge`: answering a reader's access request, handing records
 * to a regulator, applying the site's retention. They read the database named by DATABASE_URL, or
 * the embedded one in the data directory; while `serve` runs on that directory (it admits one
 * process), they ask the running service over loopback with its token instead.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from './database.js';
import { openDatabase, SetupError } from './database.js';
import { writeRecords, type Format } from './format.js';
import { findRunning, type Running } from './running.js';
import { parseDate } from './service.js';
import { exportRange, findById, migrate, purgeOlderThan, type Range } from './store.js';

export type RecordsRequest =
  | { command: 'show'; id: string }
  | { command: 'export'; range: Range; format: Format }
  | { command: 'purge'; olderThanDays: number };

/** Writes to stdout, waiting when the pipe is full. */
const toStdout = (chunk: string) =>
  new Promise<void>((resolve, reject) => process.stdout.write(chunk, (e) => (e ? reject(e) : resolve())));

/** The export range from --from/--to: a date alone for --to means the end of that day. */
export function rangeOf(from: string | undefined, to: string | undefined): Range {
  const end = to ? parseDate(to, '--to') : new Date(Date.now() + 1000);
  if (to && /^\d{4}-\d{2}-\d{2}$/.test(to)) end.setUTCDate(end.getUTCDate() + 1);
  return { from: from ? parseDate(from, '--from') : new Date(0), to: end };
}

async function direct(db: Database, request: RecordsRequest): Promise<number> {
  await migrate(db);
  if (request.command == 'show') return writeRecords(await findById(db, request.id), 'jsonl', toStdout);
  if (request.command == 'export') return writeRecords(exportRange(db, request.range), request.format, toStdout);
  return purgeOlderThan(db, request.olderThanDays);
}

async function overHttp(running: Running, request: RecordsRequest): Promise<number> {
  const path =
    request.command == 'show'
      ? `/records/${encodeURIComponent(request.id)}`
      : request.command == 'export'
        ? `/records?${new URLSearchParams({ from: request.range.from.toISOString(), to: request.range.to.toISOString(), format: request.format })}`
        : `/records/purge?older-than-days=${request.olderThanDays}`;
  let res: Response;
  try {
    res = await fetch(running.url + path, {
      method: request.command == 'purge' ? 'POST' : 'GET',
      headers: { authorization: `Bearer ${running.token}` },
    });
  } catch (e) {
    throw new SetupError(`cannot reach the running service at ${running.url} (${(e as Error).message})`);
  }
  if (!res.ok) {
    const reason = ((await res.json().catch(() => ({}))) as { error?: string }).error;
    throw new SetupError(`the running service answered ${res.status}${reason ? `: ${reason}` : ''}`);
  }
  if (request.command == 'purge') return ((await res.json()) as { purged: number }).purged;
  let lines = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    const text = Buffer.from(chunk).toString('utf8');
    lines += text.split('\n').length - 1;
    await toStdout(text);
  }
  // A CSV export starts with its header line.
  return request.command == 'export' && request.format == 'csv' ? lines - 1 : lines;
}

/**
 * Runs a records command against `dataDir` or DATABASE_URL. Returns how many records it printed
 * (show, export) or deleted (purge).
 */
export async function runRecords(dataDir: string, request: RecordsRequest): Promise<number> {
  const running = process.env.DATABASE_URL ? undefined : findRunning(dataDir);
  if (running) return overHttp(running, request);
  if (!process.env.DATABASE_URL && !existsSync(join(dataDir, 'pgdata')))
    throw new SetupError(
      `no records database in ${dataDir} (give the directory serve uses with --data, or set DATABASE_URL)`,
    );
  const db = await openDatabase(dataDir);
  try {
    return await direct(db, request);
  } finally {
    await db.close().catch(() => undefined);
  }
}
