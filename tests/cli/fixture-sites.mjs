// Fixture sites for the CLI tests, served on 127.0.0.1 only:
// - the first party at http://127.0.0.1:<port>/ (three sites: compliant, noncompliant, plain);
// - the "third party" on a second port, addressed as http://localhost:<port>/. Browsers tell
//   parties apart by site, and cookies ignore ports, so 127.0.0.1 on two ports would be one party:
//   the name localhost (Chromium resolves it to the loopback address itself, without DNS) makes it
//   another site while it is still served from 127.0.0.1.
import http from 'node:http';
import { readFileSync } from 'node:fs';

const ROOT = new URL('../../', import.meta.url);
const YEAR = 365 * 24 * 3600;

const listen = (server) =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server.address().port));
  });

const page = ({ title, head = '', body = '', links = [] }) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head>
<body><h1>${title}</h1>${body}
<nav>${links.map(([href, text]) => `<a href="${href}">${text}</a>`).join(' ')}
<a href="#" data-cc="show-preferences">Cookie settings</a> <a href="https://example.invalid/elsewhere">off-site</a></nav>
</body></html>`;

const widget = (config) => `<script>window.cookieConsentConfig = ${JSON.stringify(config)};</script>
<script src="/dist/cookie-consent.min.js"></script>`;

/** Starts both servers. Returns their URLs and `close()`. */
export async function startFixtureSites() {
  const third = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname == '/frame') {
      // A partner widget: an iframe whose response sets a cookie and whose script stores a key.
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'set-cookie': `tp_uid=u-42; Max-Age=${YEAR}; Path=/; SameSite=None; Secure`,
      });
      res.end(
        '<!doctype html><title>partner</title><script>localStorage.setItem("tp_visitor", "v-42");</script>partner widget',
      );
    } else if (url.pathname == '/pixel.gif') {
      res.writeHead(200, {
        'content-type': 'image/gif',
        'set-cookie': `tp_px=p-7; Max-Age=86400; Path=/; SameSite=None; Secure`,
      });
      res.end(Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'));
    } else {
      res.writeHead(404).end();
    }
  });
  const thirdPort = await listen(third);
  const tp = `http://localhost:${thirdPort}`;

  const trackerJs = `document.cookie = '_ga=GA1.1.123456789.1764130000; max-age=${400 * 24 * 3600}; path=/; SameSite=Lax';
document.cookie = '_ga_ABC123=GS1.1.1764130000.1.0.1764130000.0.0.0; max-age=${400 * 24 * 3600}; path=/; SameSite=Lax';
document.cookie = '_fbp=fb.1.1764130000000.123456789; max-age=${90 * 24 * 3600}; path=/; SameSite=Lax';
`;
  const compliantConfig = {
    googleConsentMode: true,
    categories: {
      necessary: { required: true },
      analytics: { cookies: ['_ga', '_ga_*'] },
      marketing: { cookies: ['_fbp'] },
    },
  };
  const compliant = (title, links) =>
    page({
      title,
      head: `${widget(compliantConfig)}
<script type="text/plain" data-category="analytics" src="/analytics.js"></script>`,
      body: `<script type="text/plain" data-category="marketing">document.cookie = '_fbp=fb.1.1764130000000.987654321; max-age=${90 * 24 * 3600}; path=/';</script>
<img data-category="marketing" data-src="${tp}/pixel.gif" width="1" height="1" alt="">`,
      links,
    });
  // Consent categories that know _ga only: the audit must propose _ga_* and _fbp.
  const noncompliantConfig = {
    categories: { necessary: { required: true }, analytics: { cookies: ['_ga'] }, marketing: {} },
  };
  const noncompliant = (title, links) =>
    page({
      title,
      head: `${widget(noncompliantConfig)}
<script>window.dataLayer = window.dataLayer || []; function gtag(){ dataLayer.push(arguments); }
gtag('consent', 'default', { analytics_storage: 'granted', ad_storage: 'denied' });</script>
<script src="/tracker.js"></script>`,
      body: `<iframe src="${tp}/frame" title="Partner widget" width="300" height="100"></iframe>`,
      links,
    });
  const plain = (title, links) =>
    page({ title, head: '<script src="/tracker.js"></script>', body: `<img src="${tp}/pixel.gif" alt="">`, links });

  const PAGES = {
    '/compliant/': () =>
      compliant('Compliant news', [
        ['/compliant/about.html', 'About'],
        ['/compliant/', 'Home'],
      ]),
    '/compliant/about.html': () => compliant('About us', [['/compliant/', 'Home']]),
    '/noncompliant/': () =>
      noncompliant('Leaky news', [
        ['/noncompliant/sport.html', 'Sport'],
        ['/noncompliant/', 'Home'],
      ]),
    '/noncompliant/sport.html': () => noncompliant('Sport', [['/noncompliant/', 'Home']]),
    '/plain/': () => plain('No banner at all', [['/plain/more.html', 'More']]),
    '/plain/more.html': () => plain('More', []),
  };
  const first = http.createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://127.0.0.1');
    const headers = { 'cache-control': 'no-store' };
    if (PAGES[pathname]) {
      // A server session cookie (the database knows PHPSESSID as Functional): necessary, no consent needed.
      res.writeHead(200, {
        ...headers,
        'content-type': 'text/html; charset=utf-8',
        'set-cookie': 'PHPSESSID=s3ss10n; Path=/; HttpOnly; SameSite=Lax',
      });
      res.end(PAGES[pathname]());
    } else if (pathname == '/dist/cookie-consent.min.js') {
      res.writeHead(200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' });
      res.end(readFileSync(new URL('dist/cookie-consent.min.js', ROOT)));
    } else if (pathname == '/tracker.js' || pathname == '/analytics.js') {
      // /tracker.js runs ungated; /analytics.js only as a gated script.
      res.writeHead(200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' });
      res.end(pathname == '/tracker.js' ? trackerJs : trackerJs.split('\n').slice(0, 2).join('\n'));
    } else {
      res.writeHead(404, headers).end('not found');
    }
  });
  const firstPort = await listen(first);
  return {
    origin: `http://127.0.0.1:${firstPort}`,
    thirdParty: tp,
    thirdPartyPort: thirdPort,
    close: () => Promise.all([first, third].map((s) => new Promise((r) => (s.closeAllConnections(), s.close(r))))),
  };
}
