#!/usr/bin/env node
// `npm run bench:server`: beacons a second and latency of `cookie-consent serve` under autocannon on
// loopback, on the embedded database (PGlite) and on a PostgreSQL server (started in a temporary
// directory, as in the tests). Every proof is a different valid record (a new id); the id of each one
// answered 2xx is kept, and after the run every one of them must be in the export.
//
//   node scripts/bench-records.mjs [--duration 10] [--connections 50] [--only embedded|postgres]
import autocannon from 'autocannon';
import { parseArgs } from 'node:util';
import {
  BACKENDS,
  CONFIG,
  configFile,
  database,
  ORIGIN,
  proof,
  records,
  startService,
  tempDir,
} from '../tests/server/helpers.mjs';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    only: { type: 'string' },
  },
});
const config = configFile(tempDir('bench'), CONFIG);

async function bench(backend) {
  const db = await database(backend);
  const service = await startService({ dataDir: db.dataDir, config, env: db.env, args: ['--rate-limit', '0'] });
  const acknowledged = new Set();
  try {
    const result = await autocannon({
      url: `${service.url}/consent`,
      connections: Number(values.connections),
      duration: Number(values.duration),
      requests: [
        {
          method: 'POST',
          headers: { origin: ORIGIN, 'content-type': 'text/plain;charset=UTF-8' },
          setupRequest: (request) => ({ ...request, body: JSON.stringify(proof()) }),
          // Which proof a 2xx acknowledges: the one in the consent cookie it sets.
          onResponse: (status, body, context, headers) => {
            if (status < 200 || status > 299) return;
            const value = /^cc_consent=([^;]*)/.exec(headers['set-cookie'] ?? headers['Set-Cookie'] ?? '')?.[1];
            acknowledged.add(value ? JSON.parse(decodeURIComponent(value)).id : `no cookie ${acknowledged.size}`);
          },
        },
      ],
    });
    // A clean stop finishes every write in flight; then the export reads a database at rest.
    await service.stop();
    const { stdout } = await records(db, ['export']);
    const stored = new Set(
      stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line).id),
    );
    const lost = [...acknowledged].filter((id) => !stored.has(id)).length;
    return {
      database: backend,
      'beacons/s': Math.round(result['2xx'] / result.duration),
      'p50 ms': result.latency.p50,
      'p99 ms': result.latency.p99,
      '2xx': result['2xx'],
      'non-2xx': result.non2xx,
      errors: result.errors + result.timeouts,
      rows: stored.size,
      '2xx not stored': lost,
    };
  } finally {
    await service.stop();
    await db.destroy();
  }
}

const results = [];
for (const backend of BACKENDS.filter((b) => !values.only || b == values.only)) results.push(await bench(backend));
console.table(results);
console.log(
  `autocannon ${values.connections} connections, ${values.duration} s, loopback; Node ${process.version}; ` +
    'on a shared machine the load generator, the service and the database share its cores.',
);
if (results.some((r) => r['2xx not stored'] || r['non-2xx'])) process.exitCode = 1;
