// `cookie-consent gvl`: the site's own copy of the vendor list, against a local server serving the
// IAB fixture (tests/fixtures/tcf/vendor-list.json) and a made-up French translation.
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, ROOT } from './helpers.mjs';
import { updateGvl, maxAgeOf } from '../../dist/cli/index.js';

const FIXTURE = readFileSync(join(ROOT, 'tests/fixtures/tcf/vendor-list.json'), 'utf8');
const FRENCH = JSON.stringify({ purposes: { 1: { id: 1, name: 'Stocker des informations' } }, stacks: {} });

/** What each path answers; every request is counted. */
let routes;
let requests;
let server;
let source;
let dir;

before(async () => {
  server = createServer((req, res) => {
    requests.push(req.url);
    const route = routes[req.url];
    if (!route) return res.writeHead(404).end('not found');
    const body = route.gzip && /gzip/.test(req.headers['accept-encoding'] ?? '') ? gzipSync(route.body) : route.body;
    res.writeHead(route.status ?? 200, {
      'content-type': 'application/json',
      ...(route.gzip && { 'content-encoding': 'gzip' }),
      ...(route.cacheControl && { 'cache-control': route.cacheControl }),
    });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  source = `http://127.0.0.1:${server.address().port}/v3/`;
});
after(() => server.close());
afterEach(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  requests = [];
  routes = {
    '/v3/vendor-list.json': { body: FIXTURE, cacheControl: 'public, max-age=604800', gzip: true },
    '/v3/purposes-fr.json': { body: FRENCH, cacheControl: 'max-age=604800' },
  };
  dir = mkdtempSync(join(tmpdir(), 'cookie-consent-gvl-'));
});

const gvl = (...args) => runCli(['gvl', '--source', source, '--out', dir, ...args]);
const written = () =>
  readdirSync(dir)
    .filter((f) => !f.startsWith('.'))
    .sort();

describe('gvl', () => {
  it('writes the list narrowed to the vendors, and the translations (exit 0)', async () => {
    const { code, stdout, stderr } = await gvl('--vendors', '755,1,8', '--languages', 'fr,en');
    assert.equal(code, 0, stderr);
    assert.match(stdout, /vendor list 7 \(TCF policy 5\), 3 vendors/);
    assert.deepEqual(written(), ['purposes-fr.json', 'vendor-list.json']);
    const list = JSON.parse(readFileSync(join(dir, 'vendor-list.json'), 'utf8'));
    assert.deepEqual(Object.keys(list.vendors), ['1', '8', '755']);
    assert.equal(list.vendorListVersion, 7);
    assert.equal(Object.keys(list.purposes).length, 11, 'everything but the vendors is kept');
    assert.equal(list.vendors[755].name, JSON.parse(FIXTURE).vendors[755].name);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'purposes-fr.json'), 'utf8')), JSON.parse(FRENCH));
    assert.deepEqual(requests.sort(), ['/v3/purposes-fr.json', '/v3/vendor-list.json'], 'no English file is fetched');
  });

  it('honours Cache-Control max-age: a second run within it asks nothing', async () => {
    assert.equal((await gvl('--vendors', '1', '--languages', 'fr')).code, 0);
    assert.equal(requests.length, 2);
    const second = await gvl('--vendors', '1,8', '--languages', 'fr');
    assert.equal(second.code, 0, second.stderr);
    assert.equal(requests.length, 2, 'both answered from the cache');
    assert.match(second.stderr, /cached copy/);
    assert.deepEqual(Object.keys(JSON.parse(readFileSync(join(dir, 'vendor-list.json'), 'utf8')).vendors), ['1', '8']);
  });

  it('asks again once max-age has passed, and never caches what says no-store', async () => {
    let now = Date.UTC(2026, 11, 7);
    const options = { vendors: [1], languages: ['fr'], out: dir, source, now: () => now };
    routes['/v3/purposes-fr.json'].cacheControl = 'no-store, max-age=600';
    routes['/v3/vendor-list.json'].cacheControl = 'max-age=3600';
    assert.deepEqual(Object.values((await updateGvl(options)).from), ['network', 'network']);
    now += 3599_000;
    assert.deepEqual((await updateGvl(options)).from, {
      [source + 'vendor-list.json']: 'cache',
      [source + 'purposes-fr.json']: 'network',
    });
    now += 1000;
    assert.equal((await updateGvl(options)).from[source + 'vendor-list.json'], 'network');
    assert.equal(requests.length, 5);
  });

  it('reads max-age as a browser does', () => {
    assert.equal(maxAgeOf('public, max-age=604800'), 604800);
    assert.equal(maxAgeOf('max-age="60"'), 60);
    assert.equal(maxAgeOf('no-cache, max-age=60'), 0);
    assert.equal(maxAgeOf('s-maxage=60'), 0);
    assert.equal(maxAgeOf(null), 0);
  });

  const bad = [
    ['a server error', { status: 500, body: 'oops' }, /answered 500/],
    ['an HTML page', { body: '<html>maintenance</html>' }, /did not answer JSON/],
    ['a truncated list', { body: FIXTURE.slice(0, 5000) }, /did not answer JSON/],
    ['JSON that is not a vendor list', { body: JSON.stringify({ vendors: [] }) }, /not a vendor list/],
  ];
  for (const [what, route, message] of /** @type {[string, object, RegExp][]} */ (bad))
    it(`refuses ${what} with a clear error (exit 2), leaving the previous files as they were`, async () => {
      assert.equal((await gvl('--vendors', '1')).code, 0);
      const before = readFileSync(join(dir, 'vendor-list.json'), 'utf8');
      rmSync(join(dir, '.gvl-cache'), { recursive: true });
      routes['/v3/vendor-list.json'] = route;
      const { code, stderr } = await gvl('--vendors', '1,8');
      assert.equal(code, 2);
      assert.match(stderr, message);
      assert.equal(readFileSync(join(dir, 'vendor-list.json'), 'utf8'), before);
      assert.deepEqual(
        readdirSync(dir).filter((f) => f.includes('.tmp')),
        [],
      );
      assert.equal(existsSync(join(dir, '.gvl-cache', 'vendor-list.json')), false, 'a bad answer is never cached');
    });

  it('a bad translation writes nothing at all, not even the good vendor list', async () => {
    routes['/v3/purposes-fr.json'] = { body: JSON.stringify({ nothing: 1 }) };
    const { code, stderr } = await gvl('--vendors', '1', '--languages', 'fr');
    assert.equal(code, 2);
    assert.match(stderr, /purposes-fr\.json is not a translation/);
    assert.deepEqual(written(), []);
  });

  it('refuses vendors the list does not have (exit 1), writing nothing', async () => {
    const { code, stderr } = await gvl('--vendors', '1,9999');
    assert.equal(code, 1);
    assert.match(stderr, /has no vendor 9999/);
    assert.deepEqual(written(), []);
  });

  it('usage errors (exit 2)', async () => {
    for (const args of [
      [],
      ['--vendors', 'one'],
      ['--vendors', '1', '--languages', 'french'],
      ['--vendors', '1', '--json'],
    ]) {
      const { code, stderr } = await gvl(...args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /Usage:/);
    }
    const noOut = await runCli(['gvl', '--vendors', '1']);
    assert.equal(noOut.code, 2);
    assert.match(noOut.stderr, /--out/);
  });
});

describe('lint: the tcf block', () => {
  const categories = { necessary: { required: true }, marketing: {} };
  const tcf = { cmpId: 300, gvl: '/consent/gvl/vendor-list.json', vendors: [1, 8, 9999], publisherCountryCode: 'GB' };
  const lint = async (config, extra = []) => {
    const file = join(dir, 'config.json');
    writeFileSync(file, JSON.stringify(config));
    const r = await runCli(['lint', file, '--json', ...extra]);
    return { code: r.code, report: JSON.parse(r.stdout) };
  };

  it('names vendor IDs the vendor list does not have (exit 1)', async () => {
    const listFile = join(dir, 'vendor-list.json');
    writeFileSync(listFile, FIXTURE);
    const { code, report } = await lint({ categories, tcf }, ['--gvl', listFile]);
    assert.equal(code, 1);
    assert.deepEqual(
      report.findings.map((f) => [f.level, f.path]),
      [['error', 'tcf.vendors']],
    );
    assert.match(report.findings[0].message, /9999 not in vendor list 7/);
  });

  it('a missing CMP ID and a consensu.org URL are errors', async () => {
    const { code, report } = await lint({
      categories,
      tcf: { ...tcf, cmpId: undefined, gvl: 'https://vendor-list.consensu.org/v3/vendor-list.json' },
    });
    assert.equal(code, 1);
    assert.deepEqual(
      report.findings.filter((f) => f.level == 'error').map((f) => f.path),
      ['tcf.cmpId', 'tcf.gvl'],
    );
  });

  it('without --gvl the vendors are not checked, and it says so', async () => {
    const { code, report } = await lint({ categories, tcf: { ...tcf, vendors: [1] } });
    assert.equal(code, 0);
    assert.deepEqual(
      report.findings.map((f) => [f.level, f.path]),
      [['info', 'tcf.vendors']],
    );
  });
});
