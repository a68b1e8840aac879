/**
 * The consent-records service (docs/contract.md §7) as a request handler, so `cookie-consent serve` and a
 * site's own Node server (the demo's, for one) run the same code.
 *
 *   POST /consent                  a proof of consent (text/plain or application/json): 204 stored,
 *                                  with Set-Cookie re-setting the consent cookie; 4xx nothing stored;
 *                                  503 when the database does not answer
 *   OPTIONS /consent               CORS preflight (application/json from another allowed origin)
 *   GET /healthz                   200 when the database answers, 503 when not
 *   GET /records/<id>              every proof under a consent id, JSON lines      } Bearer token;
 *   GET /records?from=&to=&format= the proofs received in a range, streamed        } absent when the
 *   POST /records/purge?older-than-days=N   deletes older proofs; answers {purged}  } service has none
 *
 * Writes are grouped: proofs that arrive while one insert runs go together in the next one (one
 * statement, one commit), and each request is answered only after its proof is committed, so every
 * 204 is a stored row.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { ResolvedConfig } from '../../src/core/types.js';
import type { Database } from './database.js';
import { writeRecords, type Format } from './format.js';
import { checkProof, consentCookie, type Proof } from './proof.js';
import { rateLimiter } from './rate-limit.js';
import { exportRange, findById, insertProofs, ping, purgeOlderThan, type StoredRecord } from './store.js';

/** The largest body accepted: a record with many categories and services plus a TC string. */
export const MAX_BODY_BYTES = 8 * 1024;
/** Proofs in one insert, at most. */
const MAX_BATCH = 500;

export type Log = (level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>) => void;

/** Structured logs: one JSON object a line. */
export const jsonLog =
  (out: NodeJS.WritableStream = process.stdout): Log =>
  (level, msg, fields) =>
    void out.write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }) + '\n');

export interface ServiceOptions {
  db: Database;
  /** The site's widget config, validated: records are checked against it, the cookie written with it. */
  config: ResolvedConfig;
  /** Origins whose pages may send proofs, e.g. https://www.example.co.uk */
  origins: readonly string[];
  /** Requests a minute per client (0: no limit). */
  rateLimit: number;
  /** Behind a reverse proxy: the client is the last address in X-Forwarded-For. */
  trustProxy?: boolean;
  /** Enables the read and purge endpoints for requests bearing it. */
  token?: string;
  log: Log;
}

export interface Service {
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Resolves when every accepted write has been committed (or failed). */
  drain(): Promise<void>;
  stop(): void;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Groups concurrent inserts: one runs at a time, and everything queued meanwhile goes in the next. */
function batchWriter(db: Database) {
  let queue: { proof: Proof; done: (e?: Error) => void }[] = [];
  let running: Promise<void> | undefined;
  const run = async () => {
    while (queue.length) {
      const batch = queue.slice(0, MAX_BATCH);
      queue = queue.slice(MAX_BATCH);
      try {
        await insertProofs(
          db,
          batch.map((b) => b.proof),
        );
        for (const b of batch) b.done();
      } catch (e) {
        const error = e instanceof Error ? e : new Error(`insert failed (${String(e)})`);
        for (const b of batch) b.done(error);
      }
    }
    running = undefined;
  };
  return {
    write: (proof: Proof) =>
      new Promise<void>((resolve, reject) => {
        queue.push({ proof, done: (e) => (e ? reject(e) : resolve()) });
        running ??= run();
      }),
    drain: async () => {
      while (running) await running;
    },
  };
}

/**
 * The body as text, refusing more than MAX_BODY_BYTES. A body declared larger is refused at once; one
 * streamed without a length is read to its end without being kept (so the client reads the 413
 * instead of a reset connection), up to DISCARD_LIMIT, past which the connection is cut.
 */
const DISCARD_LIMIT = 1024 * 1024;
function readBody(req: IncomingMessage): Promise<string> {
  const tooLarge = () => new HttpError(413, `the body is larger than ${MAX_BODY_BYTES} bytes`);
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length']) > MAX_BODY_BYTES) return reject(tooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else if (size > DISCARD_LIMIT) {
        reject(tooLarge());
        req.destroy();
      }
    });
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) return reject(tooLarge());
      try {
        resolve(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)));
      } catch {
        reject(new HttpError(400, 'the body is not UTF-8'));
      }
    });
    req.on('error', () => reject(new HttpError(400, 'the request was cut off')));
  });
}

const sameToken = (given: string, token: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length == b.length && timingSafeEqual(a, b);
};

/** A date given on the command line or in a query: YYYY-MM-DD (UTC midnight) or a full ISO time. */
export function parseDate(text: string, name: string): Date {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(text + 'T00:00:00Z') : new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) || isNaN(date.getTime()))
    throw new HttpError(400, `${name} must be a date (YYYY-MM-DD) or an ISO 8601 time, got "${text}"`);
  return date;
}

export function createService(options: ServiceOptions): Service {
  const { db, config, origins, token, log } = options;
  const allowed = new Set(origins);
  const limiter = rateLimiter(options.rateLimit);
  const writer = batchWriter(db);
  let databaseDown = false;
  const databaseFailed = (e: unknown) => {
    if (!databaseDown) log('error', 'database unavailable', { error: (e as Error)?.message || String(e) });
    databaseDown = true;
    return new HttpError(503, 'the database does not answer; try again');
  };
  const databaseAnswered = () => {
    if (databaseDown) log('info', 'database available again');
    databaseDown = false;
  };

  const clientAddress = (req: IncomingMessage) => {
    const forwarded = options.trustProxy && req.headers['x-forwarded-for'];
    return (typeof forwarded == 'string' && forwarded.split(',').pop()!.trim()) || req.socket.remoteAddress || '';
  };

  const corsHeaders = (res: ServerResponse, origin: string) => {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  };

  /** The request's origin, when it is an allowed one. */
  const allowedOrigin = (req: IncomingMessage): string => {
    const origin = req.headers.origin;
    if (!origin) throw new HttpError(403, 'no Origin header: proofs come from a page of an allowed origin');
    if (!allowed.has(origin)) throw new HttpError(403, 'this origin is not allowed');
    return origin;
  };

  async function receive(req: IncomingMessage, res: ServerResponse) {
    if (!limiter.allow(clientAddress(req))) {
      res.setHeader('Retry-After', '60');
      throw new HttpError(429, 'too many requests from this client');
    }
    const origin = allowedOrigin(req);
    corsHeaders(res, origin);
    if (req.method == 'OPTIONS') {
      const headers = (req.headers['access-control-request-headers'] ?? '').toLowerCase().split(/\s*,\s*/);
      if (req.headers['access-control-request-method'] != 'POST' || headers.some((h) => h && h != 'content-type'))
        throw new HttpError(403, 'only POST with Content-Type is allowed');
      res.setHeader('Access-Control-Allow-Methods', 'POST');
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
      res.setHeader('Access-Control-Max-Age', '86400');
      return void res.writeHead(204).end();
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type != 'text/plain' && type != 'application/json')
      throw new HttpError(415, 'the body must be text/plain or application/json');
    let body: unknown;
    const text = await readBody(req);
    try {
      body = JSON.parse(text);
    } catch {
      throw new HttpError(400, 'the body is not JSON');
    }
    const checked = checkProof(body, config, origin);
    if ('error' in checked) throw new HttpError(422, checked.error);
    try {
      await writer.write(checked.proof);
    } catch (e) {
      throw databaseFailed(e);
    }
    databaseAnswered();
    res.setHeader('Set-Cookie', consentCookie(checked.record, config, origin));
    res.writeHead(204).end();
  }

  async function health(res: ServerResponse) {
    const ok = await ping(db);
    if (ok) databaseAnswered();
    else databaseFailed(new Error('no answer to SELECT 1'));
    res.writeHead(ok ? 200 : 503, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ status: ok ? 'ok' : 'database unavailable', database: db.kind }) + '\n');
  }

  /** The read and purge endpoints, for a bearer of the token. */
  async function records(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) {
    const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token || !given || !sameToken(given, token)) throw new HttpError(401, 'a valid token is required');
    const stream = async (format: Format, records: AsyncIterable<StoredRecord> | Iterable<StoredRecord>) => {
      res.writeHead(200, { 'Content-Type': format == 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson' });
      await writeRecords(records, format, (chunk) =>
        res.write(chunk) ? Promise.resolve() : new Promise((resolve) => res.once('drain', resolve)),
      );
      res.end();
    };
    if (req.method == 'GET' && path.startsWith('/records/')) {
      const id = decodeURIComponent(path.slice('/records/'.length));
      return stream('jsonl', await findById(db, id).catch((e) => Promise.reject(databaseFailed(e))));
    }
    if (req.method == 'GET' && path == '/records') {
      const format = query.get('format') ?? 'jsonl';
      if (format != 'jsonl' && format != 'csv') throw new HttpError(400, 'format must be jsonl or csv');
      const from = parseDate(query.get('from') ?? '1970-01-01', 'from');
      const to = query.get('to') ? parseDate(query.get('to')!, 'to') : new Date(Date.now() + 1000);
      const rows = exportRange(db, { from, to });
      // The first page is read before the headers go, so a database that is down is a 503.
      const first = await rows.next().catch((e) => Promise.reject(databaseFailed(e)));
      async function* all() {
        if (!first.done) yield first.value;
        yield* rows;
      }
      return stream(format, all());
    }
    if (req.method == 'POST' && path == '/records/purge') {
      const days = Number(query.get('older-than-days'));
      if (!query.get('older-than-days') || !(days >= 0))
        throw new HttpError(400, 'older-than-days must be a number ≥ 0');
      const purged = await purgeOlderThan(db, days).catch((e) => Promise.reject(databaseFailed(e)));
      log('info', 'purged', { olderThanDays: days, purged });
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ purged }) + '\n');
      return;
    }
    throw new HttpError(405, 'not a records request');
  }

  async function route(req: IncomingMessage, res: ServerResponse) {
    // The query string is read only by the token-protected endpoints; it is never stored.
    const url = new URL(req.url ?? '/', 'http://service.invalid');
    const path = url.pathname;
    if (path == '/consent') {
      if (req.method != 'POST' && req.method != 'OPTIONS') {
        res.setHeader('Allow', 'POST, OPTIONS');
        throw new HttpError(405, 'POST a proof of consent');
      }
      return receive(req, res);
    }
    if (path == '/healthz' && (req.method == 'GET' || req.method == 'HEAD')) return health(res);
    if (path == '/records' || path.startsWith('/records/')) return records(req, res, path, url.searchParams);
    throw new HttpError(404, 'not found');
  }

  return {
    handle(req, res) {
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Vary', 'Origin');
      route(req, res).catch((e: unknown) => {
        const status = e instanceof HttpError ? e.status : 500;
        const message = e instanceof HttpError ? e.message : 'internal error';
        if (status == 500) log('error', 'request failed', { error: (e as Error)?.message ?? String(e) });
        else if (status != 429 && status != 503) log('info', 'refused', { status, reason: message });
        if (res.headersSent) return void res.destroy();
        // Refused before the body was read: the connection closes, the rest is not waited for.
        if (!req.complete) res.setHeader('Connection', 'close');
        if (status == 503) res.setHeader('Retry-After', '5');
        // A refusal never tells the page it may read the answer: no CORS headers on errors.
        if (status >= 400 && status != 503) {
          res.removeHeader('Access-Control-Allow-Origin');
          res.removeHeader('Access-Control-Allow-Credentials');
        }
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: message }) + '\n');
      });
    },
    drain: () => writer.drain(),
    stop: () => limiter.stop(),
  };
}
