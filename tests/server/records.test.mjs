// `cookie-consent serve` and `records show|export|purge`: the same suite on the embedded database
// (PGlite) and on a real PostgreSQL server. Every request is a real HTTP request to the built CLI.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import Cookies from 'js-cookie';
import fc from 'fast-check';
import pg from 'pg';
import { BACKENDS, configFile, database, ORIGIN, post, proof, records, startService, tempDir } from './helpers.mjs';

/** Each request from its own client address (the service trusts X-Forwarded-For here), so only the rate-limit test meets the limit. */
let client = 0;
const fresh = () => ({
  'x-forwarded-for': `198.51.100.${client++ % 250}, 10.0.${(client >> 8) % 250}.${client % 250}`,
});
const send = (url, body, options = {}) => post(url, body, { ...options, headers: { ...fresh(), ...options.headers } });

/** The cookie value the widget writes for a record: its fields in order, encoded by js-cookie. */
const widgetCookie = ({ v, id, rev, ts, asked, categories, services, gpc }) =>
  Cookies.converter.write(JSON.stringify({ v, id, rev, ts, asked, categories, services, gpc }), 'cc_consent');

const lines = (text) => text.split('\n').filter(Boolean);

for (const backend of BACKENDS) {
  describe(`records service on ${backend == 'embedded' ? 'the embedded database (PGlite)' : 'PostgreSQL'}`, () => {
    let db;
    let service;
    /** How many proofs are stored (records export, all time). */
    const stored = async () => {
      const { code, stdout, stderr } = await records(db, ['export']);
      assert.ok(code == 0 || code == 1, stderr);
      return lines(stdout).length;
    };

    before(async () => {
      db = await database(backend);
      service = await startService({
        dataDir: db.dataDir,
        config: configFile(tempDir('config')),
        env: db.env,
        args: ['--rate-limit', '60', '--trust-proxy'],
      });
    });
    after(async () => {
      await service?.stop();
      await db?.destroy();
    });

    it('stores a valid proof, answers 204 with the Set-Cookie the widget would write, and shows it', async () => {
      const sent = proof();
      const res = await send(service.url, sent);
      assert.equal(res.status, 204);
      assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
      assert.equal(
        res.headers.get('set-cookie'),
        `cc_consent=${widgetCookie(sent)}; Max-Age=${30 * 86400}; Path=/; Domain=news.example; SameSite=Strict; Secure`,
      );
      const { code, stdout } = await records(db, ['show', sent.id]);
      assert.equal(code, 0);
      const [shown, ...more] = lines(stdout).map((l) => JSON.parse(l));
      assert.equal(more.length, 0);
      const { received, ...rest } = shown;
      assert.deepEqual(rest, sent);
      assert.ok(Math.abs(Date.parse(received) - Date.now()) < 60_000, `received ${received} is the server's time`);
      assert.deepEqual(Object.keys(shown).slice(0, 3), ['received', 'v', 'id']);
    });

    it('stores the same proof sent twice once, and every later choice under the same id', async () => {
      const first = proof({ ts: Date.now() - 5000 });
      const again = { ...first };
      const changed = { ...first, ts: first.ts + 1000, categories: ['necessary'], services: {} };
      for (const body of [first, again, changed]) assert.equal((await send(service.url, body)).status, 204);
      // Another key order is the same proof.
      const reordered = Object.fromEntries(Object.entries(first).reverse());
      assert.equal((await send(service.url, reordered)).status, 204);
      const shown = lines((await records(db, ['show', first.id])).stdout).map((l) => JSON.parse(l));
      assert.deepEqual(
        shown.map((r) => r.categories),
        [first.categories, ['necessary']],
      );
    });

    it('reads a proof without v and asked (sent by widgets before the beacon carried them) as format 1', async () => {
      const { v, asked, ...sent } = proof();
      assert.deepEqual([v, asked.length], [2, 3]);
      assert.equal((await send(service.url, sent)).status, 204);
      const [shown] = lines((await records(db, ['show', sent.id])).stdout).map((l) => JSON.parse(l));
      // Read as format 1 and kept as the widget keeps it: format 2, asked about what it grants.
      assert.equal(shown.v, 2);
      assert.deepEqual(shown.asked, sent.categories);
    });

    it('accepts application/json after a preflight from an allowed origin, and refuses one from another', async () => {
      const preflight = (origin) =>
        fetch(`${service.url}/consent`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type',
            ...fresh(),
          },
        });
      const ok = await preflight(ORIGIN);
      assert.equal(ok.status, 204);
      assert.equal(ok.headers.get('access-control-allow-origin'), ORIGIN);
      const refused = await preflight('https://evil.example');
      assert.equal(refused.status, 403);
      assert.equal(refused.headers.get('access-control-allow-origin'), null);
      const sent = proof();
      assert.equal((await send(service.url, sent, { type: 'application/json' })).status, 204);
      assert.equal((await records(db, ['show', sent.id])).code, 0);
    });

    it('answers /healthz 200 while the database answers', async () => {
      const res = await fetch(`${service.url}/healthz`);
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { status: 'ok', database: backend });
    });

    it('keeps the read endpoints to bearers of the token', async () => {
      for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: 'Basic x' }]) {
        const res = await fetch(`${service.url}/records?format=jsonl`, { headers });
        assert.equal(res.status, 401);
        assert.equal((await fetch(`${service.url}/records/x`, { headers })).status, 401);
        assert.equal(
          (await fetch(`${service.url}/records/purge?older-than-days=0`, { method: 'POST', headers })).status,
          401,
        );
      }
    });

    it('refuses a corpus of malformed, oversized, hostile and cross-origin requests with a 4xx, storing none', async () => {
      const before = await stored();
      const ok = proof();
      const without = (key) => Object.fromEntries(Object.entries(ok).filter(([k]) => k != key));
      const cases = [
        ['no Origin', ok, { origin: null }, 403],
        ['another origin', ok, { origin: 'https://evil.example' }, 403],
        ['a look-alike origin', ok, { origin: `${ORIGIN}.evil.example` }, 403],
        ['origin null', ok, { origin: 'null' }, 403],
        ['form content type', ok, { type: 'application/x-www-form-urlencoded' }, 415],
        ['no content type', ok, { type: '' }, 415],
        ['oversized', { ...ok, pad: 'x'.repeat(9000) }, {}, 413],
        ['not JSON', '{"id":', {}, 400],
        ['empty', '', {}, 400],
        ['not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), {}, 400],
        ['null', 'null', {}, 422],
        ['an array', '[1,2]', {}, 422],
        ['deep nesting', '['.repeat(3000) + ']'.repeat(3000), {}, 422],
        ['an unknown field', { ...ok, email: 'reader@example.com' }, {}, 422],
        ['__proto__', `{"__proto__":{"admin":true},${JSON.stringify(ok).slice(1)}`, {}, 422],
        // (No `v` is a format-1 record: see the test below.)
        ...Object.keys(ok)
          .filter((key) => key != 'v')
          .map((key) => [`no ${key}`, without(key), {}, 422]),
        ['id not a string', { ...ok, id: 123456789 }, {}, 422],
        ['id with SQL', { ...ok, id: "x'); DROP TABLE consent_records;--" }, {}, 422],
        ['rev negative', { ...ok, rev: -1 }, {}, 422],
        ['rev fractional', { ...ok, rev: 1.5 }, {}, 422],
        ['ts a string', { ...ok, ts: String(ok.ts) }, {}, 422],
        ['ts next week', { ...ok, ts: Date.now() + 7 * 864e5 }, {}, 422],
        ['an unknown category', { ...ok, categories: ['necessary', 'tracking'] }, {}, 422],
        ['the required category missing', { ...ok, categories: ['analytics'] }, {}, 422],
        ['a category twice', { ...ok, categories: ['necessary', 'necessary'] }, {}, 422],
        ['services of a refused category', { ...ok, categories: ['necessary'] }, {}, 422],
        ['an unknown service', { ...ok, services: { marketing: ['pixel'] } }, {}, 422],
        ['services not an object', { ...ok, services: [] }, {}, 422],
        ['gpc a string', { ...ok, gpc: 'false' }, {}, 422],
        ['format 99', { ...ok, v: 99 }, {}, 422],
        ['url with a query', { ...ok, url: `${ORIGIN}/story?reader=42` }, {}, 422],
        ['url with a fragment', { ...ok, url: `${ORIGIN}/story#x` }, {}, 422],
        ['url with credentials', { ...ok, url: `https://user:pw@news.example/story` }, {}, 422],
        ['url on another origin', { ...ok, url: 'https://evil.example/story' }, {}, 422],
        ['url javascript:', { ...ok, url: 'javascript:alert(1)' }, {}, 422],
        ['url relative', { ...ok, url: '/story' }, {}, 422],
        ['language markup', { ...ok, language: '<script>' }, {}, 422],
        ['language too long', { ...ok, language: 'en-' + 'abcdefgh-'.repeat(10) + 'x' }, {}, 422],
        ['tcString with spaces', { ...ok, tcString: 'CP x' }, {}, 422],
      ];
      for (const [name, body, options, status] of /** @type {[string, unknown, object, number][]} */ (cases)) {
        const res = await send(service.url, body, options);
        assert.equal(res.status, status, `${name}: ${res.status}`);
        assert.equal(res.headers.get('set-cookie'), null, name);
        assert.equal(res.headers.get('access-control-allow-origin'), null, name);
      }
      // Chunked, with no Content-Length to refuse it by.
      const chunked = await fetch(`${service.url}/consent`, {
        method: 'POST',
        headers: { origin: ORIGIN, 'content-type': 'text/plain', ...fresh() },
        body: new ReadableStream({
          start(controller) {
            for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1000)));
            controller.close();
          },
        }),
        duplex: 'half',
      });
      assert.equal(chunked.status, 413);
      for (const method of ['GET', 'PUT', 'DELETE'])
        assert.equal((await fetch(`${service.url}/consent`, { method, headers: fresh() })).status, 405, method);
      assert.equal((await fetch(`${service.url}/healthz`)).status, 200, 'still serving');
      assert.equal(await stored(), before, 'nothing stored');
    });

    it('refuses any mutation of a valid proof (fast-check): unknown keys, wrong types, random bodies', async () => {
      const before = await stored();
      const ok = proof();
      const refused = async (body) => {
        const res = await send(service.url, body);
        return res.status >= 400 && res.status < 500 && !res.headers.get('set-cookie');
      };
      const runs = { numRuns: 40 };
      await fc.assert(
        fc.asyncProperty(
          fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !(k in ok)),
          fc.jsonValue(),
          (key, value) => refused({ ...ok, [key]: value }),
        ),
        runs,
      );
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...Object.keys(ok)),
          fc.jsonValue({ maxDepth: 2 }),
          (key, value) =>
            // Only values of another type than the valid one (true for gpc: false would still be valid).
            fc.pre(typeof value != typeof ok[key] || (value === null) != (ok[key] === null)) ||
            refused({ ...ok, [key]: value }),
        ),
        runs,
      );
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), (body) => refused(body)),
        runs,
      );
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), (bytes) => refused(bytes)),
        runs,
      );
      assert.equal((await fetch(`${service.url}/healthz`)).status, 200, 'still serving');
      assert.equal(await stored(), before, 'nothing stored');
    });

    it('limits the requests of one client (429 with Retry-After), not the others', async () => {
      // 60 a minute: a burst of 15, then one a second.
      const same = { 'x-forwarded-for': '203.0.113.9' };
      const answers = await Promise.all(
        Array.from({ length: 40 }, () => send(service.url, proof(), { headers: same })),
      );
      const statuses = answers.map((r) => r.status);
      assert.ok(
        statuses.every((s) => s == 204 || s == 429),
        statuses.join(),
      );
      const passed = statuses.filter((s) => s == 204).length;
      assert.ok(passed >= 15 && passed <= 20, statuses.join());
      for (const r of answers.filter((r) => r.status == 429)) assert.equal(r.headers.get('retry-after'), '60');
      assert.equal((await send(service.url, proof())).status, 204, 'another client still gets through');
    });

    it('exports a range as JSON lines or CSV, streaming page by page', async () => {
      const sent = [];
      for (let i = 0; i < 5; i++) {
        sent.push(proof({ categories: ['necessary'], services: {}, url: `${ORIGIN}/page,${i}` }));
        assert.equal((await send(service.url, sent.at(-1))).status, 204);
      }
      const today = new Date().toISOString().slice(0, 10);
      const jsonl = await records(db, ['export', '--from', today, '--to', today]);
      assert.equal(jsonl.code, 0);
      const exported = lines(jsonl.stdout).map((l) => JSON.parse(l));
      for (const p of sent)
        assert.ok(
          exported.some((r) => r.id == p.id && r.url == p.url),
          p.id,
        );
      const csv = await records(db, ['export', '--format', 'csv']);
      assert.equal(csv.code, 0);
      const rows = csv.stdout.split('\r\n').filter(Boolean);
      assert.equal(rows[0], 'received,id,v,rev,ts,asked,categories,services,gpc,language,url,proof');
      assert.equal(rows.length - 1, exported.length);
      assert.ok(
        rows.some((r) =>
          r.includes(
            `${sent[0].id},2,2,${sent[0].ts},necessary analytics marketing,necessary,{},false,en-GB,"${ORIGIN}/page,0"`,
          ),
        ),
      );
      const empty = await records(db, ['export', '--from', '2001-01-01', '--to', '2001-01-31']);
      assert.deepEqual([empty.code, empty.stdout], [1, '']);
      const bad = await records(db, ['export', '--from', 'yesterday']);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /--from must be a date/);
    });

    if (backend == 'postgres')
      it('exports past the first page of 1,000 rows, every row once, in the order received', async () => {
        // Written straight into the database: 2,100 beacons would only slow the test down.
        const client = new pg.Client(db.env.DATABASE_URL);
        await client.connect();
        try {
          await client.query(`INSERT INTO consent_records (consent_id, choice_ts, proof)
            SELECT 'bulk-' || i, i, jsonb_build_object('v', 1, 'id', 'bulk-' || i) FROM generate_series(1, 2100) AS i`);
        } finally {
          await client.end();
        }
        const { stdout } = await records(db, ['export']);
        const bulk = lines(stdout)
          .map((l) => JSON.parse(l).id)
          .filter((id) => id.startsWith('bulk-'));
        assert.deepEqual(
          bulk,
          Array.from({ length: 2100 }, (_, i) => `bulk-${i + 1}`),
        );
      });

    it('shows nothing (exit 1) for an unknown id, and purges what is older than the retention', async () => {
      assert.equal((await records(db, ['show', randomUUID()])).code, 1);
      const kept = await stored();
      const none = await records(db, ['purge', '--older-than', '30']);
      assert.equal(none.code, 0);
      assert.equal(none.stdout, 'purged 0 records received more than 30 days ago\n');
      const all = await records(db, ['purge', '--older-than', '0']);
      assert.equal(all.stdout, `purged ${kept} records received more than 0 days ago\n`);
      assert.equal(await stored(), 0);
    });
  });
}
