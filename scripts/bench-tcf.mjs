// The TCF pass of `npm run bench` (scripts/bench.mjs --only tcf): how soon a returning reader's page answers the ad
// tags. Google's tags wait for `tcloaded` at most 500 ms after they ask, then fall back to their default (no
// personalised ads), so the CMP must answer well within that. The page is the demo article with bench/tcf-head.html:
// the stub, an ad tag that calls __tcfapi('addEventListener') in <head> and notes performance.now() (ms since
// navigation start) when it hears `tcloaded`, then the widget with a `tcf` block and the demo's vendor list.
// Per load: a fresh incognito context; the first load clicks "Accept all" (which stores our cookie and
// euconsent-v2), the second load, in the same tab, is measured. Unthrottled and at 4× CPU throttling. The server
// sends Cache-Control: no-store: the core, the TCF file and the vendor list are downloaded again on the second load.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, TYPES, articleWith, withFreshPage } from './bench-server.mjs';
import { VARIANTS, summary } from './bench-model.mjs';

/** Google's tags wait this long for the CMP. */
export const TCLOADED_LIMIT_MS = 500;
const TIMEOUT_MS = 15000;
const THROTTLES = [1, 4];

/** The page of this pass, for the bench server's router. */
export const tcfRoute = (p) =>
  p === '/bench/tcf.html' && {
    body: articleWith(fs.readFileSync(path.join(ROOT, 'bench/tcf-head.html'), 'utf8').trim()),
    type: TYPES['.html'],
  };

/** One returning reader at `cpu` times CPU throttling: ms from navigation start to tcloaded on the second load. */
const returningTcloaded = (browser, origin, cpu) =>
  withFreshPage(browser, cpu, async (pg) => {
    const url = `${origin}/bench/tcf.html`;
    const timeout = TIMEOUT_MS * cpu;
    await pg.goto(url, { waitUntil: 'load', timeout });
    await pg.waitForFunction(`!!(${VARIANTS.widget.accept})`, { timeout, polling: 50 });
    await pg.evaluate(`${VARIANTS.widget.accept}.click()`);
    await pg.waitForFunction('document.cookie.includes("euconsent-v2=")', { timeout, polling: 20 });
    await pg.goto(url, { waitUntil: 'load', timeout });
    await pg.waitForFunction('typeof window.tcloadedAt === "number"', { timeout, polling: 10 });
    return pg.evaluate('window.tcloadedAt');
  });

/** Runs the pass: one warm-up load per throttle (not counted), then `runs` loads each. */
export async function tcfPass(browser, origin, runs, progress = () => {}) {
  const out = {};
  for (const cpu of THROTTLES) {
    await returningTcloaded(browser, origin, cpu);
    const times = [];
    for (let i = 0; i < runs; i++) {
      times.push(await returningTcloaded(browser, origin, cpu));
      progress(`tcf ${cpu}×: ${i + 1}/${runs}`);
    }
    out[`cpu${cpu}`] = { tcloadedMs: summary(times), raw: times };
  }
  return out;
}

const fmt = (x) => (Number.isFinite(x) ? x.toLocaleString('en-GB', { maximumFractionDigits: 0 }) : '–');

/** The pass's table, with the 500 ms limit checked on the medians. */
export function tcfTable(result, files) {
  const lines = [
    '#### IAB TCF: a returning reader, navigation start → `tcloaded` (ms)',
    '',
    '| CPU | median | interquartile range | max | limit | met? |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const cpu of THROTTLES) {
    const s = result[`cpu${cpu}`].tcloadedMs;
    const met = s.median <= TCLOADED_LIMIT_MS ? 'yes' : 'no';
    lines.push(
      `| ${cpu == 1 ? 'full speed' : `${cpu}× throttling`} | **${fmt(s.median)}** | ${fmt(s.q1)}–${fmt(s.q3)} | ${fmt(s.max)} | ${TCLOADED_LIMIT_MS} | ${met} |`,
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
