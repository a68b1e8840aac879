// `cookie-consent lint <config.json>`: the widget's validator plus the Open Cookie Database,
// with an ignore list. No browser: each run takes a fraction of a second.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers.mjs';

let dir;
const file = (name, content) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content == 'string' ? content : JSON.stringify(content));
  return path;
};
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'cookie-consent-lint-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const lint = async (config, extra = []) => {
  const r = await runCli(['lint', file('config.json', config), '--json', ...extra]);
  return { ...r, report: r.code == 2 ? null : JSON.parse(r.stdout) };
};
const MIXED = {
  categories: {
    necessary: { required: true, cookies: ['_ga', 'PHPSESSID'] },
    analytics: { cookies: ['JSESSIONID', '_gid'] },
    marketing: { cookies: ['_fbp'], services: { stats: { cookies: ['_hjid'] } } },
  },
};

describe('lint', () => {
  it('is an error to list a known analytics cookie under a required category (exit 1)', async () => {
    const { code, report } = await lint(MIXED);
    assert.equal(code, 1);
    assert.equal(report.valid, true, 'the widget itself accepts the config (it only warns)');
    const errors = report.findings.filter((f) => f.level == 'error');
    assert.equal(errors.length, 1);
    assert.equal(errors[0].path, 'categories.necessary.cookies');
    assert.equal(errors[0].pattern, '_ga');
    assert.match(errors[0].message, /known analytics cookie \(Google Analytics/);
    assert.match(errors[0].message, /move it to analytics/);
    assert.ok(
      !report.findings.some((f) => f.level == 'warning' && /known tracking cookies/.test(f.message)),
      "the validator's own R07 warning is folded into the error",
    );
  });

  it('gives information for a known functional cookie under an optional category, and for a purpose mix-up', async () => {
    const { report } = await lint(MIXED);
    const infos = report.findings.filter((f) => f.level == 'info');
    const jsession = infos.find((f) => f.pattern == 'JSESSIONID');
    assert.equal(jsession.path, 'categories.analytics.cookies');
    assert.match(jsession.message, /known functional cookie .*usually strictly necessary/);
    const hotjar = infos.find((f) => f.pattern == '_hjid');
    assert.equal(hotjar.path, 'categories.marketing.services.stats.cookies');
    assert.match(hotjar.message, /filed under Analytics/);
    assert.ok(
      !infos.some((f) => ['_gid', '_fbp', 'PHPSESSID'].includes(f.pattern)),
      'cookies in the right place say nothing',
    );
  });

  it('checks wildcard patterns against every database entry they cover', async () => {
    const { code, report } = await lint({ categories: { essential: { required: true, cookies: ['_g*'] } } });
    assert.equal(code, 1);
    const [error] = report.findings.filter((f) => f.level == 'error');
    assert.match(error.message, /'_g\*' covers known analytics and marketing cookies: .*_ga \(Google Analytics\)/);
    assert.ok(error.entries.some((e) => e.name == '_ga_*' || e.name == '_ga'));
  });

  it('shows ignored findings with their reasons and does not count them (exit 0)', async () => {
    const { code, report, stdout } = await lint(MIXED, [
      '--ignore',
      '_ga:first-party counter on our own server, no Google involved',
    ]);
    assert.equal(code, 0, stdout);
    const ignored = report.findings.filter((f) => f.ignored);
    assert.equal(ignored.length, 1);
    assert.equal(ignored[0].ignored, 'first-party counter on our own server, no Google involved');
    assert.equal(report.counts.ignored, 1);
    assert.equal(report.counts.errors, 0);
  });

  it('reads an ignore file (name: reason per line, # comments) and prints the reasons', async () => {
    const ignoreFile = file(
      'ignore.txt',
      '# audited 2026-11\n_ga: server-side counter\nJSESSIONID: we only set it after login, with consent\n',
    );
    const { code, stdout } = await runCli(['lint', file('config.json', MIXED), '--ignore-file', ignoreFile]);
    assert.equal(code, 0, stdout);
    assert.equal(stdout.match(/^ignored /gm)?.length, 2, stdout);
    assert.match(stdout, /reason: server-side counter/);
    assert.match(stdout, /we only set it after login, with consent/);
    assert.match(stdout, /✓ 0 errors, 0 warnings, 1 info, 2 ignored/);
  });

  it("reports the widget's own validation errors (exit 1)", async () => {
    for (const [config, message] of [
      [{ categories: { analytics: {} }, colour: 'red' }, 'colour: unknown key'],
      [{ categories: { Analytics: {} } }, 'categories.Analytics: name must be [a-z0-9_-]+'],
      [
        { categories: { analytics: { cookies: '_ga' } } },
        'categories.analytics.cookies: must be a list of cookie names',
      ],
    ]) {
      const { code, report } = await lint(config);
      assert.equal(code, 1);
      assert.equal(report.valid, false);
      assert.deepEqual(
        report.findings.filter((f) => f.level == 'error').map((f) => f.message),
        [message],
      );
    }
  });

  it('passes a clean config (exit 0)', async () => {
    const { code, report } = await lint({
      categories: {
        necessary: { required: true, cookies: ['PHPSESSID'] },
        analytics: { cookies: ['_ga', '_ga_*'] },
        marketing: { cookies: ['_fbp'] },
      },
    });
    assert.equal(code, 0);
    assert.deepEqual(report.findings, []);
  });
});

describe('usage errors exit 2', () => {
  for (const [args, message] of [
    [[], /which command/],
    [['scan', 'x'], /unknown command "scan"/],
    [['lint'], /lint needs a config file/],
    [['lint', '/nonexistent/config.json'], /cannot read \/nonexistent\/config\.json/],
    [['audit', 'example.com'], /is not a URL/],
    [['audit', 'ftp://example.com/'], /only http\(s\) URLs/],
    [['audit', 'http://127.0.0.1:9/', '--pages', '0'], /--pages must be a whole number ≥ 1/],
    [['lint', 'x.json', '--ignore', '_ga'], /needs a name and a reason/],
    [['lint', 'x.json', '--bogus'], /Unknown option '--bogus'/],
  ])
    it(`cookie-consent ${args.join(' ')}`, async () => {
      const { code, stderr } = await runCli(args);
      assert.equal(code, 2, stderr);
      assert.match(stderr, message);
    });

  it('--help prints the usage and exits 0', async () => {
    const { code, stdout } = await runCli(['--help']);
    assert.equal(code, 0);
    assert.match(stdout, /cookie-consent audit <url>/);
    assert.match(stdout, /Open Cookie Database \(Apache-2\.0\)/);
  });
});
