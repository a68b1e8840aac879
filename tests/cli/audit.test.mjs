// `cookie-consent audit` against fixture sites on 127.0.0.1 (tests/cli/fixture-sites.mjs), in
// Debian's Chromium: each phase's inventory, who set what, the violations, the proposed config
// and the exit code. Three audits, about 6 s each.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startFixtureSites } from './fixture-sites.mjs';
import { runCli } from './helpers.mjs';

let sites;
before(async () => {
  sites = await startFixtureSites();
});
after(() => sites?.close());

async function audit(path, extra = []) {
  const result = await runCli(['audit', sites.origin + path, '--json', '--pages', '2', '--settle', '150', ...extra]);
  assert.notEqual(result.code, 2, `the audit failed:\n${result.stderr}`);
  return { ...result, report: JSON.parse(result.stdout) };
}
const phase = (report, id) => report.phases.find((p) => p.id == id);
const cookie = (p, name) => p.cookies.find((c) => c.name == name);
const names = (list) => list.map((c) => c.name).sort();
const found = (report, phaseId, kind, subject) =>
  report.violations.filter((v) => v.phase == phaseId && v.kind == kind && v.subject == subject && !v.ignored);

describe('audit of a page that sets _ga and _fbp by script before consent (widget present, trackers not gated)', () => {
  let run;
  before(async () => {
    run = await audit('/noncompliant/');
  });

  it('exits 1 because there are violations', () => {
    assert.equal(run.code, 1);
    assert.equal(run.report.exitCode, 1);
  });

  it('drives the widget through all three phases, each on the start page and one same-site link', () => {
    assert.deepEqual(
      run.report.phases.map((p) => p.id),
      ['before', 'reject', 'accept'],
    );
    assert.equal(run.report.widget.present, true);
    for (const p of run.report.phases)
      assert.deepEqual(
        p.pages.map((pg) => new URL(pg.url).pathname),
        ['/noncompliant/', '/noncompliant/sport.html'],
        p.id,
      );
  });

  it('inventories every cookie before the choice, first and third party, with classification and expiry', () => {
    const before = phase(run.report, 'before');
    assert.deepEqual(names(before.cookies), ['PHPSESSID', '_fbp', '_ga', '_ga_ABC123', 'tp_uid']);
    const ga = cookie(before, '_ga');
    assert.equal(ga.party, 'first');
    assert.equal(ga.category, 'Analytics');
    assert.equal(ga.classification.platform, 'Google Analytics');
    assert.equal(ga.session, false);
    assert.equal(ga.lifetime, '13 months');
    assert.equal(cookie(before, '_ga_ABC123').classification.pattern, '_ga_*', 'a wildcard entry of the database');
    assert.equal(cookie(before, '_fbp').category, 'Marketing');
    assert.equal(cookie(before, 'PHPSESSID').category, 'Functional');
    assert.equal(cookie(before, 'PHPSESSID').session, true);
    const tp = cookie(before, 'tp_uid');
    assert.equal(tp.party, 'third');
    assert.equal(tp.domain, 'localhost');
    assert.equal(tp.category, 'unknown');
  });

  it('names who set each cookie: the script and line, or the response with Set-Cookie', () => {
    const before = phase(run.report, 'before');
    const ga = cookie(before, '_ga').setBy;
    assert.equal(ga.type, 'script');
    assert.equal(ga.via, 'document.cookie');
    assert.equal(ga.url, `${sites.origin}/tracker.js`);
    assert.equal(ga.line, 1);
    assert.equal(cookie(before, '_fbp').setBy.line, 3);
    const tp = cookie(before, 'tp_uid').setBy;
    assert.equal(tp.type, 'response');
    assert.equal(tp.via, 'Set-Cookie');
    assert.equal(tp.url, `${sites.thirdParty}/frame`);
    assert.equal(cookie(before, 'PHPSESSID').setBy.url, `${sites.origin}/noncompliant/`);
  });

  it("records the third-party frame's localStorage key and the third-party requests", () => {
    const before = phase(run.report, 'before');
    assert.deepEqual(
      before.storage.map((s) => [s.origin, s.type, s.key, s.party]),
      [[sites.thirdParty, 'localStorage', 'tp_visitor', 'third']],
    );
    assert.equal(before.storage[0].setBy.via, 'setItem');
    assert.equal(before.storage[0].setBy.inline, true);
    const [request, ...others] = before.thirdPartyRequests;
    assert.equal(others.length, 0, 'only the fixture third party');
    assert.equal(request.host, 'localhost');
    assert.deepEqual(request.types, ['Document']);
    assert.deepEqual(request.setCookies, ['tp_uid']);
    assert.equal(request.initiator, `${sites.origin}/noncompliant/`);
  });

  it('reads the Consent Mode commands in window.dataLayer', () => {
    const before = phase(run.report, 'before');
    assert.equal(before.dataLayer, true);
    assert.deepEqual(before.consentMode[0].commands, [
      { command: 'default', params: { analytics_storage: 'granted', ad_storage: 'denied' }, isArguments: true },
    ]);
  });

  it('reports each optional cookie, the third-party cookie, storage and request, before the choice and after "Reject all"', () => {
    for (const id of ['before', 'reject']) {
      for (const name of ['_ga', '_ga_ABC123', '_fbp'])
        assert.equal(found(run.report, id, 'cookie', name).length, 1, `${id} ${name}`);
      assert.match(found(run.report, id, 'cookie', '_ga')[0].setBy, /tracker\.js:1/);
      assert.match(found(run.report, id, 'cookie', 'tp_uid')[0].message, /third-party cookie/);
      assert.equal(found(run.report, id, 'localStorage', 'tp_visitor').length, 1);
      assert.equal(found(run.report, id, 'request', 'localhost').length, 1);
      assert.equal(found(run.report, id, 'consent-mode', 'analytics_storage').length, 1, 'one finding for both pages');
    }
    assert.ok(!run.report.violations.some((v) => v.phase == 'accept'), 'after "Accept all" nothing is a violation');
    assert.ok(!run.report.violations.some((v) => v.subject == 'PHPSESSID'), 'a known functional cookie is fine');
  });

  it('warns about optional cookies the widget could not delete (in no optional category)', () => {
    const notCovered = run.report.warnings
      .filter((w) => w.kind == 'config')
      .map((w) => w.subject)
      .sort();
    assert.deepEqual(notCovered, ['_fbp', '_ga_ABC123']);
  });

  it("proposes categories with each cookie where it belongs, keeping the site's own categories", () => {
    assert.deepEqual(run.report.proposedConfig, {
      categories: {
        necessary: { required: true, cookies: ['PHPSESSID'] },
        analytics: { cookies: ['_ga', '_ga_*'] },
        marketing: { cookies: ['_fbp'] },
      },
    });
    assert.deepEqual(run.report.thirdPartyCookies, [{ name: 'tp_uid', domain: 'localhost', category: 'unknown' }]);
    assert.deepEqual(run.report.unclassified, []);
  });

  it('writes progress on stderr and nothing but the JSON report on stdout', () => {
    assert.match(run.stderr, /\[before\] start page/);
    assert.match(run.stderr, /\[reject\] back to .*CookieConsent\.rejectAll\(\), reload/);
    assert.match(run.stderr, /\[accept\] link 1\/1/);
    assert.doesNotThrow(() => JSON.parse(run.stdout));
  });
});

describe('audit of a page that gates its trackers with the widget', () => {
  let run;
  before(async () => {
    run = await audit('/compliant/');
  });

  it('exits 0 with no violations', () => {
    assert.equal(run.code, 0, JSON.stringify(run.report.violations, null, 2));
    assert.deepEqual(run.report.violations, []);
  });

  it('before the choice: only the necessary session cookie, no storage, no third-party request, Consent Mode denied', () => {
    const before = phase(run.report, 'before');
    assert.deepEqual(names(before.cookies), ['PHPSESSID']);
    assert.deepEqual(before.storage, []);
    assert.deepEqual(before.thirdPartyRequests, []);
    const [cmd] = before.consentMode[0].commands;
    assert.equal(cmd.command, 'default');
    assert.equal(cmd.params.analytics_storage, 'denied');
    assert.equal(cmd.params.ad_storage, 'denied');
  });

  it('after "Reject all": the stored choice only, a denied Consent Mode update', () => {
    const reject = phase(run.report, 'reject');
    assert.deepEqual(names(reject.cookies), ['PHPSESSID', 'cc_consent']);
    assert.equal(cookie(reject, 'cc_consent').note, "this widget's stored choice");
    assert.equal(cookie(reject, 'cc_consent').category, 'Necessary');
    assert.deepEqual(reject.thirdPartyRequests, []);
    const update = reject.consentMode[0].commands.find((c) => c.command == 'update');
    assert.equal(update.params.analytics_storage, 'denied');
  });

  it('after "Accept all": the gated scripts and pixel set their cookies, named by script or response', () => {
    const accept = phase(run.report, 'accept');
    assert.deepEqual(names(accept.cookies), ['PHPSESSID', '_fbp', '_ga', '_ga_ABC123', 'cc_consent', 'tp_px']);
    assert.equal(cookie(accept, '_ga').setBy.url, `${sites.origin}/analytics.js`);
    const fbp = cookie(accept, '_fbp').setBy;
    assert.equal(fbp.inline, true, 'a gated inline script the widget ran');
    assert.match(fbp.text, /inline script \(data-category="marketing"\)/);
    assert.equal(cookie(accept, 'tp_px').party, 'third');
    assert.equal(cookie(accept, 'tp_px').setBy.url, `${sites.thirdParty}/pixel.gif`);
    assert.deepEqual(
      accept.thirdPartyRequests.map((r) => [r.host, r.types, r.setCookies]),
      [['localhost', ['Image'], ['tp_px']]],
    );
    assert.equal(accept.consentMode[0].commands.find((c) => c.command == 'update').params.analytics_storage, 'granted');
  });

  it('proposes the categories the site already has, with the session cookie as necessary', () => {
    assert.deepEqual(run.report.proposedConfig.categories, {
      necessary: { required: true, cookies: ['PHPSESSID'] },
      analytics: { cookies: ['_ga', '_ga_*'] },
      marketing: { cookies: ['_fbp'] },
    });
    assert.ok(!run.report.warnings.some((w) => w.kind == 'config'), 'every optional cookie is in the config');
  });
});

describe('audit of a page without the widget', () => {
  let run;
  before(async () => {
    run = await audit('/plain/', ['--ignore', '_fbp:measured server-side, test fixture']);
  });

  it('reports the "before" phase only, and says so', () => {
    assert.deepEqual(
      run.report.phases.map((p) => p.id),
      ['before'],
    );
    assert.equal(run.report.widget.present, false);
    assert.match(run.report.notes[0], /No cookie-consent widget/);
    assert.match(run.stderr, /reporting the "before" phase only/);
  });

  it('finds the script-set _ga and the third-party pixel cookie: exit 1', () => {
    assert.equal(run.code, 1);
    assert.equal(found(run.report, 'before', 'cookie', '_ga').length, 1);
    assert.equal(found(run.report, 'before', 'cookie', 'tp_px').length, 1);
    assert.equal(found(run.report, 'before', 'request', 'localhost').length, 1);
  });

  it('keeps an ignored finding in the report with its reason, without counting it', () => {
    const fbp = run.report.violations.find((v) => v.subject == '_fbp');
    assert.equal(fbp.ignored, 'measured server-side, test fixture');
    assert.equal(found(run.report, 'before', 'cookie', '_fbp').length, 0);
  });

  it('proposes a config from scratch', () => {
    assert.deepEqual(run.report.proposedConfig.categories, {
      necessary: { required: true, cookies: ['PHPSESSID'] },
      analytics: { cookies: ['_ga', '_ga_*'] },
      marketing: { cookies: ['_fbp'] },
    });
  });
});

describe('audit errors', () => {
  it('exits 2 when the page cannot be loaded', async () => {
    const closed = `http://127.0.0.1:${sites.thirdPartyPort}/nothing-here`;
    const r = await runCli(['audit', closed, '--pages', '1', '--settle', '50']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /answered HTTP 404/);
  });
});
