// The CLI's building blocks, imported from the build (dist/cli/index.js): the Open Cookie Database
// matching rules, Set-Cookie and stack parsing, the proposed config, and the package wiring.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { accessSync, constants, readFileSync } from 'node:fs';
import { ROOT } from './helpers.mjs';

const cli = await import(new URL('../../dist/cli/index.js', import.meta.url));
const db = cli.CookieDatabase.load();

describe('Open Cookie Database classification', () => {
  it('loads the shipped copy', () => {
    assert.ok(db.entries.length > 2000);
  });

  it('matches exact names', () => {
    const ga = db.classify('_ga', 'news.example');
    assert.equal(ga.category, 'Analytics');
    assert.equal(ga.platform, 'Google Analytics');
    assert.equal(ga.match, 'exact');
  });

  it('matches wildcard entries as prefixes and gives the config pattern', () => {
    const c = db.classify('_ga_ABC123', 'news.example');
    assert.equal(c.category, 'Analytics');
    assert.equal(c.match, 'prefix');
    assert.equal(c.pattern, '_ga_*');
  });

  it('uses the domain when the database gives one: short names need it', () => {
    assert.equal(db.classify('IDE', 'news.example'), null, 'IDE is DoubleClick only on doubleclick.net');
    const ide = db.classify('IDE', '.doubleclick.net');
    assert.equal(ide.category, 'Marketing');
    assert.equal(ide.domainMatched, true);
    const fbp = db.classify('_fbp', 'news.example');
    assert.equal(fbp.category, 'Marketing', 'distinctive names match without the domain');
    assert.equal(fbp.domainMatched, false);
  });

  it('says unknown (null) for names it does not know', () => {
    assert.equal(db.classify('tp_uid', 'localhost'), null);
    assert.equal(db.classify('cc_consent', 'news.example'), null);
  });

  it('knows tracker hosts by the domains of their entries', () => {
    assert.equal(db.host('www.google-analytics.com').tracker, true);
    assert.equal(db.host('connect.facebook.net').category, 'Marketing');
    assert.equal(db.host('cdn.news.example'), null);
  });

  it('reads the domain field', () => {
    assert.deepEqual(cli.parseDomains('.bing.com (3rd party) or .microsoft.com (3rd party)'), [
      'bing.com',
      'microsoft.com',
    ]);
    assert.deepEqual(cli.parseDomains(''), []);
  });
});

describe('who set a cookie', () => {
  it('parses Set-Cookie lines and document.cookie writes, deletions included', () => {
    assert.deepEqual(cli.parseCookieWrite('_ga=GA1.1; Domain=.news.example; Max-Age=100'), {
      name: '_ga',
      domain: 'news.example',
      deletes: false,
    });
    assert.equal(cli.parseCookieWrite('_ga=; max-age=0').deletes, true);
    assert.equal(cli.parseCookieWrite('_ga=; expires=Thu, 01 Jan 1970 00:00:00 GMT').deletes, true);
  });

  it('names the script from the stack, skipping the audit hook', () => {
    const stack =
      'Error\n    at HTMLDocument.set [as cookie] (cookie-consent-audit-hooks.js:5:1)\n    at a.start (https://news.example/js/stats.js:32:21)';
    assert.deepEqual(cli.scriptFromStack(stack, 'https://news.example/story'), {
      url: 'https://news.example/js/stats.js',
      line: 32,
      column: 21,
      inline: false,
    });
    const inline = 'Error\n    at set (cookie-consent-audit-hooks.js:5:1)\n    at https://news.example/story:12:3';
    assert.equal(cli.scriptFromStack(inline, 'https://news.example/story#top').inline, true);
  });

  it('names a script the widget inserted by the running <script> element', () => {
    const stack =
      'Error\n    at set (cookie-consent-audit-hooks.js:5:1)\n    at <anonymous>:4:29\n    at Pt.run (https://news.example/cookie-consent.min.js:1:26283)';
    assert.deepEqual(cli.scriptFromStack(stack, 'https://news.example/', { src: '', category: 'marketing' }), {
      url: 'https://news.example/',
      inline: true,
      category: 'marketing',
    });
  });

  it('tells first from third parties by site, not origin', () => {
    assert.equal(cli.siteOf('www.example.co.uk'), 'example.co.uk');
    assert.equal(cli.siteOf('127.0.0.1'), '127.0.0.1');
    assert.equal(cli.siteOf('localhost'), 'localhost');
  });
});

describe('proposed config', () => {
  const row = (name, party = 'first') => {
    const classification = db.classify(name, 'news.example');
    return { name, domain: 'news.example', party, category: classification?.category ?? 'unknown', classification };
  };

  it("moves known tracking cookies out of a required category and keeps the site's titles", () => {
    const site = {
      categories: {
        essential: { required: true, title: 'Essential', cookies: ['_ga', 'PHPSESSID'] },
        statistics: { title: 'Statistics', cookies: [] },
      },
    };
    const { config, notes } = cli.proposeConfig(
      [row('_ga'), row('_gid'), row('_fbp'), row('PHPSESSID'), row('mystery')],
      site,
      db,
    );
    assert.deepEqual(config.categories, {
      essential: { required: true, title: 'Essential', cookies: ['PHPSESSID'] },
      statistics: { title: 'Statistics', cookies: ['_ga', '_gid'] },
      marketing: { cookies: ['_fbp'] },
    });
    assert.match(notes.join('\n'), /moved '_ga' from categories\.essential \(required\) to categories\.statistics/);
  });

  it('lists unknown cookies apart and leaves third-party cookies out', () => {
    const { config, unclassified, thirdParty } = cli.proposeConfig([row('mystery'), row('IDE', 'third')], null, db);
    assert.deepEqual(config.categories, { necessary: { required: true } });
    assert.deepEqual(unclassified, ['mystery']);
    assert.deepEqual(
      thirdParty.map((c) => c.name),
      ['IDE'],
    );
  });

  it('gives cookie lifetimes in words', () => {
    const now = Date.UTC(2026, 0, 1);
    assert.equal(cli.lifetime(-1, now), 'session');
    assert.equal(cli.lifetime(now / 1000 + 3600, now), '1 h');
    assert.equal(cli.lifetime(now / 1000 + 400 * 86400, now), '13 months');
    assert.equal(cli.lifetime(now / 1000 + 730 * 86400, now), '2 years');
  });
});

describe('package wiring', () => {
  const pkg = JSON.parse(readFileSync(new URL('package.json', `file://${ROOT}`), 'utf8'));

  it('ships the command as an executable bin with a shebang', () => {
    assert.equal(pkg.bin['cookie-consent'], 'dist/cli/main.js');
    const main = new URL(pkg.bin['cookie-consent'], `file://${ROOT}`);
    accessSync(main, constants.X_OK);
    assert.match(readFileSync(main, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  it('ships the database with its licence and attribution; puppeteer-core and the database drivers as optional peers', () => {
    assert.ok(pkg.files.includes('data/open-cookie-database'));
    assert.match(
      readFileSync(new URL('data/open-cookie-database/LICENSE', `file://${ROOT}`), 'utf8'),
      /Apache License\s+Version 2\.0/,
    );
    assert.match(
      readFileSync(new URL('data/open-cookie-database/README.md', `file://${ROOT}`), 'utf8'),
      /jkwakman\/Open-Cookie-Database/,
    );
    // A site that installs the package for the widget downloads none of them (docs/consent-records.md).
    for (const name of ['puppeteer-core', '@electric-sql/pglite', 'pg']) {
      assert.equal(pkg.dependencies[name], undefined, name);
      assert.equal(pkg.peerDependenciesMeta[name]?.optional, true, name);
      assert.equal(pkg.peerDependencies[name], pkg.devDependencies[name], name);
    }
    assert.match(pkg.peerDependencies['puppeteer-core'], /^\^24\./);
  });
});
