// Faults: the service stopped (SIGTERM) and killed (SIGKILL) under load, the PostgreSQL server
// stopped and started under load, and the one-line errors of a service that cannot start.
// Every proof the service acknowledged (204) must be stored, whatever happens after.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BACKENDS,
  configFile,
  database,
  freePort,
  post,
  proof,
  records,
  runCli,
  startService,
  tempDir,
} from './helpers.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends proofs from `concurrency` parallel clients until `stop()`; keeps the id of every
 * acknowledged one and counts the answers by status ('error': no answer, connection refused).
 */
function load(url, concurrency = 6) {
  const acknowledged = [];
  const statuses = {};
  let stopped = false;
  const count = (status) => (statuses[status] = (statuses[status] ?? 0) + 1);
  const client = async () => {
    while (!stopped) {
      const sent = proof();
      try {
        const res = await post(url, sent);
        count(res.status);
        if (res.status == 204) acknowledged.push(sent.id);
      } catch {
        count('error');
        await sleep(20);
      }
    }
  };
  const running = Promise.all(Array.from({ length: concurrency }, client));
  return {
    acknowledged,
    statuses,
    /** Resolves once `n` more proofs have been acknowledged. */
    async acknowledge(n, timeout = 30_000) {
      const target = acknowledged.length + n;
      for (const start = Date.now(); acknowledged.length < target; await sleep(20))
        if (Date.now() - start > timeout)
          throw new Error(`not ${n} acknowledged in ${timeout} ms: ${JSON.stringify(statuses)}`);
    },
    stop: () => ((stopped = true), running),
  };
}

/** The ids of every stored proof. */
async function storedIds(db) {
  const { code, stdout, stderr } = await records(db, ['export']);
  assert.ok(code == 0 || code == 1, stderr);
  return new Set(
    stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l).id),
  );
}

const missing = (acknowledged, stored) => acknowledged.filter((id) => !stored.has(id));

for (const backend of BACKENDS) {
  describe(`faults on ${backend == 'embedded' ? 'the embedded database' : 'PostgreSQL'}`, () => {
    let db;
    const config = configFile(tempDir('config'));
    const start = () => startService({ dataDir: db.dataDir, config, env: db.env, args: ['--rate-limit', '0'] });
    after(() => db?.destroy());

    it('keeps every acknowledged proof through a SIGTERM (clean stop) and a SIGKILL under load', async () => {
      db = await database(backend);
      let service = await start();
      let traffic = load(service.url);
      await traffic.acknowledge(50);
      const stopped = await service.stop('SIGTERM');
      await traffic.stop();
      const acknowledged = [...traffic.acknowledged];
      assert.deepEqual(stopped, { code: 0, signal: null }, service.stderr());
      assert.ok(service.logs.some((l) => l.msg == 'stopped'));

      service = await start();
      traffic = load(service.url);
      await traffic.acknowledge(50);
      service.child.kill('SIGKILL');
      await service.exited;
      await traffic.stop();
      acknowledged.push(...traffic.acknowledged);

      // Started again on the same data (the killed service's running-file is recognised as stale).
      service = await start();
      const stored = await storedIds(db);
      await service.stop();
      assert.ok(acknowledged.length >= 100);
      assert.deepEqual(missing(acknowledged, stored), [], 'acknowledged but not stored');
    });

    if (backend == 'postgres')
      it('answers 503 while PostgreSQL is down and recovers by itself when it is back', async () => {
        const service = await start();
        const traffic = load(service.url);
        try {
          await traffic.acknowledge(30);
          await db.pg.stop();
          for (const start = Date.now(); !traffic.statuses[503]; await sleep(50))
            assert.ok(
              Date.now() - start < 20_000,
              `no 503 while the database is down: ${JSON.stringify(traffic.statuses)}`,
            );
          assert.equal((await fetch(`${service.url}/healthz`)).status, 503);
          await db.pg.start();
          await traffic.acknowledge(30);
          assert.equal((await fetch(`${service.url}/healthz`)).status, 200);
        } finally {
          await traffic.stop();
        }
        const stored = await storedIds(db);
        await service.stop();
        assert.deepEqual(missing(traffic.acknowledged, stored), []);
        assert.deepEqual(
          Object.keys(traffic.statuses).sort(),
          ['204', '503'],
          `only 204 and 503: ${JSON.stringify(traffic.statuses)}`,
        );
        const logged = service.logs.map((l) => l.msg);
        assert.ok(
          logged.includes('database unavailable') && logged.includes('database available again'),
          logged.join(),
        );
      });
  });
}

describe('a service that cannot start says why in one line (exit 2)', () => {
  const config = configFile(tempDir('config'));
  const serve = (args, env = {}) =>
    runCli(['serve', '--config', config, '--origin', 'https://news.example', '--port', '0', ...args], { env });
  const oneLine = ({ code, stderr }, pattern) => {
    assert.equal(code, 2);
    assert.match(stderr, pattern);
    assert.equal(stderr.trim().split('\n').length, 1, stderr);
  };

  it('when the database cannot be reached', async () => {
    const url = `postgres://consent:secret@127.0.0.1:${await freePort()}/records`;
    const result = await serve([], { DATABASE_URL: url });
    oneLine(
      result,
      /^cookie-consent: cannot reach the database at postgres:\/\/consent:\*\*\*@127\.0\.0\.1:\d+\/records \(/,
    );
    assert.doesNotMatch(result.stderr, /secret/);
  });

  it('when the data directory is not writable', async () => {
    const file = join(tempDir('notdir'), 'file');
    writeFileSync(file, '');
    oneLine(
      await serve(['--data', join(file, 'records')], { DATABASE_URL: '' }),
      /the data directory .* is not writable \(ENOTDIR\)/,
    );
  });

  it('when another service uses the same data directory', async () => {
    const dataDir = join(tempDir('data'), 'records');
    const first = await startService({ dataDir, config, env: { DATABASE_URL: '' } });
    try {
      oneLine(
        await serve(['--data', dataDir], { DATABASE_URL: '' }),
        /another cookie-consent serve \(pid \d+\) is using/,
      );
    } finally {
      await first.stop();
    }
  });

  it('without a config or an origin, or with an origin that is not one', async () => {
    for (const [args, pattern] of [
      [['serve'], /serve needs --config/],
      [['serve', '--config', config], /serve needs --origin/],
      [['serve', '--config', config, '--origin', 'https://news.example/path'], /--origin must be an origin/],
      [['serve', '--config', config, '--origin', '*'], /--origin must be an origin/],
    ]) {
      const { code, stderr } = await runCli(args);
      assert.equal(code, 2);
      assert.match(stderr, pattern);
    }
  });
});
