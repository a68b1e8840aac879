// The TCF pass of `npm run bench` (scripts/bench.mjs --only tcf): how soon a returning reader's page answers the ad
// tags. Google's tags wait for `tcloaded` at most 500 ms after they ask, then fall back to their default (no
// personalised ads), so the CMP must answer well within that. The page is the demo article with bench/tcf-head.html:
// the stub, an ad tag that calls __tcfapi('addEventListener') in <head> and notes performance.now() (ms since
// navigation start) when it hears `tcloaded`, then the widget with a `tcf` block and the demo's vendor list.
// Per load: a fresh incognito context; the first load clicks "Accept all" (which stores our cookie and
// euconsent-v2), the second load, in the same tab, is measured. Unthrottled and at 4× CPU throttling, each twice:
// with every file `no-store` (the core, the TCF file and the vendor list downloaded again, as after a cache expiry),
// and with the widget's files and the vendor list cacheable for an hour (bench/tcf-cached.html: the same page with
// those under /cached/), as a site serves its static files: the second load takes them from the browser's cache.
import fs from 'node:fs';
import path from 'node:path';
import { CACHED, ROOT, TYPES, articleWith, withFreshPage } from './bench-server.mjs';
import { VARIANTS, summary } from './bench-model.mjs';

/** Google's tags wait this long for the CMP. */
export const TCLOADED_LIMIT_MS = 500;
const TIMEOUT_MS = 15000;
const THROTTLES = [1, 4];
/** The page of each cache mode: every file `no-store`, or the widget's files and the vendor list cacheable. */
const PAGES = { 'no-store': '/bench/tcf.html', cached: '/bench/tcf-cached.html' };
const head = () => fs.readFileSync(path.join(ROOT, 'bench/tcf-head.html'), 'utf8').trim();

/** The pages of this pass, for the bench server's router. */
export const tcfRoute = (p) =>
  (p === PAGES['no-store'] && { body: articleWith(head()), type: TYPES['.html'] }) ||
  (p === PAGES.cached && {
    body: articleWith(head().replace(/(["'])\/(dist|demo)\//g, `$1${CACHED}$2/`)),
    type: TYPES['.html'],
  });

/** Result keys: `cpu1`, `cpu4` (no-store), `cpu1cached`, `cpu4cached`. */
const key = (cpu, mode) => `cpu${cpu}${mode == 'cached' ? 'cached' : ''}`;

/** One returning reader at `cpu` times CPU throttling: ms from navigation start to tcloaded on the second load. */
const returningTcloaded = (browser, origin, cpu, mode) =>
  withFreshPage(browser, cpu, async (pg) => {
    const url = `${origin}${PAGES[mode]}`;
    const timeout = TIMEOUT_MS * cpu;
    await pg.goto(url, { waitUntil: 'load', timeout });
    await pg.waitForFunction(`!!(${VARIANTS.widget.accept})`, { timeout, polling: 50 });
    await pg.evaluate(`${VARIANTS.widget.accept}.click()`);
    await pg.waitForFunction('document.cookie.includes("euconsent-v2=")', { timeout, polling: 20 });
    await pg.goto(url, { waitUntil: 'load', timeout });
    await pg.waitForFunction('typeof window.tcloadedAt === "number"', { timeout, polling: 10 });
    return pg.evaluate('window.tcloadedAt');
  });

/** Runs the pass: per throttle and cache mode, one warm-up load (not counted), then `runs` loads. */
export async function tcfPass(browser, origin, runs, progress = () => {}) {
  const out = {};
  for (const cpu of THROTTLES)
    for (const mode of Object.keys(PAGES)) {
      await returningTcloaded(browser, origin, cpu, mode);
      const times = [];
      for (let i = 0; i < runs; i++) {
        times.push(await returningTcloaded(browser, origin, cpu, mode));
        progress(`tcf ${cpu}× ${mode}: ${i + 1}/${runs}`);
      }
      out[key(cpu, mode)] = { tcloadedMs: summary(times), raw: times };
    }
  return out;
}

const fmt = (x) => (Number.isFinite(x) ? x.toLocaleString('en-GB', { maximumFractionDigits: 0 }) : '–');

/** The pass's table, with the 500 ms limit checked on the medians. */
export function tcfTable(result, files) {
  const lines = [
    '#### IAB TCF: a returning reader, navigation start → `tcloaded` (ms)',
    '',
    '| CPU | files on the second load | median | interquartile range | max | limit | met? |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  const FILES = { 'no-store': 'downloaded again (`no-store`)', cached: 'from the browser cache' };
  for (const cpu of THROTTLES)
    for (const mode of Object.keys(PAGES)) {
      const s = result[key(cpu, mode)]?.tcloadedMs;
      if (!s) continue;
      const met = s.median <= TCLOADED_LIMIT_MS ? 'met' : 'not met';
      lines.push(
        `| ${cpu == 1 ? 'full speed' : `${cpu}× throttling`} | ${FILES[mode]} | **${fmt(s.median)}** | ${fmt(s.q1)}–${fmt(s.q3)} | ${fmt(s.max)} | ${TCLOADED_LIMIT_MS} | ${met} |`,
      );
    }
  if (files) lines.push('', files);
  return lines.join('\n');
}

/** The sizes a TCF page adds (gzip, as the bench server sends them). */
export const tcfFiles = (sizeOf) =>
  `Files a TCF page adds: \`dist/tcf-stub.min.js\` ${sizeOf('dist/tcf-stub.min.js')} B, ` +
  `\`dist/cookie-consent-tcf.min.js\` ${sizeOf('dist/cookie-consent-tcf.min.js')} B, and the site's vendor list ` +
  `(the demo's, 6 vendors: ${sizeOf('demo/gvl/vendor-list.json')} B), gzipped.`;
