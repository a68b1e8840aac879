// End to end in real browsers (Chromium over CDP, Firefox over WebDriver BiDi, with puppeteer-core):
// a reader accepts on the demo site (scripts/serve-demo.mjs, which runs the records service), and
// the consent cookie ends up set by the service's answer, with the configured Max-Age. The widget's
// own write of the cookie is blocked in the page, so the cookie can only come from the server.
// (That WebKit applies a same-site proof's Set-Cookie too: tests/integrations/consent-record.test.ts.)
/* global window, document -- the functions handed to page.evaluate*() run in the browser */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, chromePath, firefoxPath } from '../../scripts/browsers.mjs';
import { ROOT } from '../cli/helpers.mjs';
import { freePort } from './helpers.mjs';

const DAY = 86400;

describe('a choice on the demo site is stored by the records service, which sets the cookie', () => {
  let demo;
  let origin;
  before(async () => {
    const port = await freePort();
    demo = spawn(process.execPath, [join(ROOT, 'scripts/serve-demo.mjs'), '--port', String(port)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    demo.stderr.on('data', (d) => (stderr += d));
    origin = await new Promise((resolve, reject) => {
      let out = '';
      demo.stdout.on('data', (d) => {
        out += d;
        const found = /Demo news page: (http:\/\/localhost:\d+)\//.exec(out);
        if (found) resolve(found[1]);
      });
      demo.on('exit', (code) => reject(new Error(`serve-demo exited (${code}): ${stderr}`)));
    });
  });
  after(async () => {
    if (demo?.exitCode === null) {
      demo.kill('SIGTERM');
      await new Promise((resolve) => demo.on('close', resolve));
    }
  });

  const launchers = {
    chromium: () => puppeteer.launch({ executablePath: chromePath(), headless: true, args: CHROME_ARGS }),
    firefox: () => puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true }),
  };

  for (const [name, launch] of Object.entries(launchers)) {
    it(`in ${name}`, async () => {
      const browser = await launch();
      try {
        const page = await browser.newPage();
        await page.evaluateOnNewDocument(() => {
          const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
          window.blockedWrites = 0;
          Object.defineProperty(document, 'cookie', {
            configurable: true,
            get: () => cookie.get.call(document),
            set: (value) => {
              if (/^cc_consent=/.test(value)) window.blockedWrites++;
              else cookie.set.call(document, value);
            },
          });
        });
        await page.goto(`${origin}/demo/`);
        const accept = await page.waitForSelector('cookie-consent >>> [part~="accept-all"]', { visible: true });
        const clicked = Date.now() / 1000;
        await accept.click();
        let cookie;
        for (const start = Date.now(); !cookie; await new Promise((r) => setTimeout(r, 100))) {
          assert.ok(Date.now() - start < 15_000, 'no cc_consent cookie from the server');
          cookie = (await page.cookies()).find((c) => c.name == 'cc_consent');
        }
        assert.ok((await page.evaluate(() => window.blockedWrites)) >= 1, "the widget's own write was blocked");
        // Max-Age: the demo config's expiresDays (the default, 182 days), counted from the answer.
        assert.ok(Math.abs(cookie.expires - (clicked + 182 * DAY)) < 120, `expires ${cookie.expires}`);
        assert.equal(cookie.path, '/');
        assert.equal(cookie.sameSite, 'Lax');
        const record = JSON.parse(decodeURIComponent(cookie.value));
        assert.deepEqual(record.categories, ['necessary', 'analytics', 'marketing']);
        // The page reads the same choice back from the cookie the server set.
        assert.equal(await page.evaluate(() => window.CookieConsent.hasConsent('analytics')), true);
        const stored = await (await fetch(`${origin}/demo/consent-log`)).json();
        const mine = stored.filter((r) => r.id == record.id);
        assert.equal(mine.length, 1);
        assert.equal(mine[0].url, `${origin}/demo/`);
      } finally {
        await browser.close();
      }
    });
  }
});
