#!/usr/bin/env node
// npm run lighthouse: Lighthouse 12's mobile run on the demo article with the banner shown.
// Accessibility, best practices and SEO must score 100; anything less fails (exit 1) and lists the
// audits that lost points. Then the back/forward cache: the demo server answers `Cache-Control:
// no-store`, which alone keeps a page out of the bfcache, so the audit is run twice:
//   1. on the demo server as it is: the only reasons given may be that header's;
//   2. through a proxy that drops the header: nothing may block the page at all, so nothing the
//      widget does (no `unload` handler, no open connection, …) keeps it out.
// Needs `npm run build` first. Chromium: CHROME_PATH or Debian's (scripts/browsers.mjs).
import { spawn } from 'node:child_process';
import http from 'node:http';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_ARGS, chromePath } from './browsers.mjs';

const CATEGORIES = ['accessibility', 'best-practices', 'seo'];
/** bfcache blockers a server's headers cause (Chrome's NotRestoredReason names), not a page's script. */
const HEADER_REASONS = new Set([
  'MainResourceHasCacheControlNoStore',
  'JsNetworkRequestReceivedCacheControlNoStoreResource',
]);

/** Starts scripts/serve-demo.mjs on a free port; resolves with its origin and the child process. */
function startDemoServer() {
  const child = spawn(process.execPath, ['scripts/serve-demo.mjs', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const port = /localhost:(\d+)/.exec(out)?.[1];
      if (port) resolve({ origin: `http://127.0.0.1:${port}`, child });
    });
    child.once('exit', (code) => reject(new Error(`serve-demo exited (${code}) before listening`)));
  });
}

/** A proxy to `origin` that passes everything but the Cache-Control header. */
function startProxyWithoutCacheControl(origin) {
  const server = http.createServer((req, res) => {
    const upstream = http.request(origin + req.url, { method: req.method, headers: req.headers }, (answer) => {
      const headers = { ...answer.headers };
      delete headers['cache-control'];
      res.writeHead(answer.statusCode ?? 502, headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** One Lighthouse run (mobile, Lighthouse's default form factor) against the Chromium on `port`. */
async function run(url, port, options) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', ...options });
  if (!result?.lhr) throw new Error(`Lighthouse gave no result for ${url}`);
  if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
  return result.lhr;
}

/** The Chrome reasons the bf-cache audit gives for `lhr` (empty when the page was restored). */
const bfcacheReasons = (lhr) => (lhr.audits['bf-cache'].details?.items ?? []).map((i) => i.protocolReason);

const problems = [];
const started = Date.now();
const demo = await startDemoServer();
const proxy = await startProxyWithoutCacheControl(demo.origin);
const chrome = await chromeLauncher.launch({
  chromePath: chromePath(),
  chromeFlags: [...CHROME_ARGS, '--headless=new', '--disable-dev-shm-usage'],
});
try {
  const article = `${demo.origin}/demo/`;
  // A fresh Chromium profile: no stored choice, so the banner is shown while Lighthouse audits.
  const lhr = await run(article, chrome.port, { onlyCategories: CATEGORIES });
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    const score = Math.round(category.score * 100);
    console.log(`${category.title}: ${score}`);
    if (score < 100)
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          problems.push(`${category.title} ${score}: ${audit.id} (${audit.title})`);
          for (const item of audit.details?.items ?? [])
            problems.push(`    ${item.node?.snippet ?? item.href ?? item.url ?? JSON.stringify(item).slice(0, 160)}`);
        }
      }
  }

  const withHeader = bfcacheReasons(await run(article, chrome.port, { onlyAudits: ['bf-cache'] }));
  const fromPage = withHeader.filter((r) => !HEADER_REASONS.has(r));
  console.log(`bfcache, demo server: ${withHeader.length ? withHeader.join(', ') : 'restored'}`);
  if (fromPage.length) problems.push(`bfcache blocked by the page, not the server's headers: ${fromPage.join(', ')}`);

  const proxied = `http://127.0.0.1:${proxy.address().port}/demo/`;
  const without = bfcacheReasons(await run(proxied, chrome.port, { onlyAudits: ['bf-cache'] }));
  console.log(`bfcache, without Cache-Control: ${without.length ? without.join(', ') : 'restored'}`);
  if (without.length) problems.push(`bfcache blocked without the server's Cache-Control: ${without.join(', ')}`);
} finally {
  chrome.kill();
  proxy.close();
  demo.child.kill();
}

console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
if (problems.length) {
  console.error(`\nLighthouse: below 100 or bfcache blocked:\n${problems.join('\n')}`);
  process.exit(1);
}
