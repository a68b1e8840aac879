#!/usr/bin/env node
// `npm run bench`: this widget against no banner and against vanilla-cookieconsent v3, on the demo article page,
// in headless Chromium (Debian's, or CHROME_PATH) driven by puppeteer-core.
//
//   node scripts/bench.mjs [--runs 15] [--trace-runs 5] [--json]
//   node scripts/bench.mjs --serve       only serve the three pages, to look at them in a browser
//
// Three variants of bench/article.html (the demo article), filled in from bench/variants/:
//   baseline  no banner
//   widget    /demo/config.js (less its consent beacon) + /dist/cookie-consent.min.js, one gated analytics script
//   peer      vanilla-cookieconsent v3 (UMD build + CSS from node_modules), bench/peer-config.js, the same gated script
// Each run is a fresh page in a new incognito context; the variants take turns, so drift hits them alike.
// Everything is run twice: at full speed and with 4x CPU throttling (CDP Emulation.setCPUThrottlingRate).
//
// Measured per load:
//   banner visible   performance.now() (ms since navigation start) of the first animation frame in which the banner
//                    element is laid out, not visibility:hidden / display:none / opacity 0, and inside the viewport
//                    (ours: <cookie-consent> shadow [part~=banner]; peer: #cc-main .cm)
//   script time      CDP Performance.getMetrics ScriptDuration once the page has settled, minus the baseline's median
//                    (in --json only: it leaves out work done in microtasks, where Lit renders, so the table
//                    takes the widget's main-thread time from the trace instead, below)
//   JS heap          Performance.getMetrics JSHeapUsedSize after a forced GC, minus the baseline's median
//   CLS              sum of layout-shift entries without recent input (PerformanceObserver, buffered)
//   widget bytes     bytes on the wire (gzip, as the server sends them; body only) of the widget's JS and CSS
//   accept → script  from the in-page click() on the banner's "Accept all" to the gated script's
//                    window.analyticsRanAt = performance.now()
//
// Then a traced pass (Chromium's performance trace, as DevTools records it; tracing slows a page, so these loads
// are not timed above), --trace-runs loads per variant and mode:
//   widget time           main-thread time in the widget's own code (its script and config file: their
//                         evaluation, calls into them, and the microtasks run in the same tasks), over the load
//   longest widget task   the most of that in one task;
//                         a task over 50 ms is a long task (Long Tasks API). The whole task may be longer: a
//                         synchronous script in <head> runs inside the parser's task.
//   forced layouts        style recalculations and layouts run synchronously inside the widget's code (a layout
//                         read after a DOM write) before the banner is up: should be 0
// The static server (scripts/bench-server.mjs: 127.0.0.1, random port) gzips text files at level 9, as a production server would.
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, chromePath } from './browsers.mjs';
import { ROOT, TYPES, articleWith, startServer, variantHead, withFreshPage } from './bench-server.mjs';

const VARIANTS = ['baseline', 'widget', 'peer'];
// The code each variant adds, config included: what the trace attributes to it.
const CODE_FILES = {
  widget: ['/demo/config.js', '/dist/cookie-consent.min.js'],
  peer: ['/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js', '/bench/peer-config.js'],
};
const WIDGET_FILES = {
  widget: ['/dist/cookie-consent.min.js'],
  peer: [
    '/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js',
    '/node_modules/vanilla-cookieconsent/dist/cookieconsent.css',
  ],
};
const BANNER = {
  widget: `(() => { const h = document.querySelector('cookie-consent'); return h && h.shadowRoot && h.shadowRoot.querySelector('[part~=banner]'); })()`,
  peer: `document.querySelector('#cc-main .cm')`,
};
const ACCEPT = {
  widget: `document.querySelector('cookie-consent').shadowRoot.querySelector('[part~=banner] [part~=accept-all]')`,
  peer: `document.querySelector('#cc-main .cm [data-role=all]')`,
};
const SETTLE_MS = 500; // quiet time after load (and after the banner) before reading the metrics
const TIMEOUT_MS = 15000;

// ---------------------------------------------------------------- command line

function parseArgs(argv) {
  const opts = { runs: 15, traceRuns: 5, json: false, serve: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') opts.json = true;
    else if (a === '--serve') opts.serve = true;
    else if (a === '--trace-runs' || a.startsWith('--trace-runs=')) {
      const v = a.includes('=') ? a.slice(13) : argv[++i];
      opts.traceRuns = Number(v);
      if (!Number.isInteger(opts.traceRuns) || opts.traceRuns < 1)
        fail(`--trace-runs must be a positive whole number, got "${v}"`);
    } else if (a === '--runs' || a.startsWith('--runs=')) {
      const v = a.includes('=') ? a.slice(7) : argv[++i];
      opts.runs = Number(v);
      if (!Number.isInteger(opts.runs) || opts.runs < 1) fail(`--runs must be a positive whole number, got "${v}"`);
    } else if (a === '--help' || a === '-h') {
      console.log(
        'Usage: node scripts/bench.mjs [--runs N] [--trace-runs N] [--json] [--serve]   (CHROME_PATH picks the browser)',
      );
      process.exit(0);
    } else fail(`unknown argument "${a}"`);
  }
  return opts;
}

function fail(msg) {
  console.error(`bench: ${msg}`);
  process.exit(2);
}

// ---------------------------------------------------------------- server

/** The three variants' pages, at /bench/<variant>.html; everything else as the repository has it. */
const servePages = () =>
  startServer((p) => {
    const m = /^\/bench\/(baseline|widget|peer)\.html$/.exec(p);
    return m && { body: articleWith(variantHead(m[1])), type: TYPES['.html'] };
  });

// ---------------------------------------------------------------- one page load

// Runs in every page before its own scripts: a buffered layout-shift observer and a per-frame check for the banner.
const PROBE = (bannerExpr) => `
(() => {
  window.__bench = { cls: 0, bannerAt: null };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__bench.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
  if (!${JSON.stringify(bannerExpr)}) return; // baseline: nothing to look for
  const find = () => ${bannerExpr || 'null'};
  const start = performance.now();
  const tick = () => {
    const el = find();
    if (el) {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      if (r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && cs.visibility !== 'hidden' && cs.display !== 'none' && Number(cs.opacity) > 0) {
        window.__bench.bannerAt = performance.now();
        return;
      }
    }
    if (performance.now() - start < ${TIMEOUT_MS}) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const load = (browser, base, variant, throttle) =>
  withFreshPage(browser, throttle, async (pg, cdp) => {
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    await cdp.send('Network.enable');
    const urls = new Map();
    let widgetBytes = 0;
    const wanted = new Set((WIDGET_FILES[variant] ?? []).map((f) => base + f));
    cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response));
    cdp.on('Network.loadingFinished', (e) => {
      const r = urls.get(e.requestId);
      if (!r || !wanted.has(r.url)) return;
      const len = Number(r.headers['Content-Length'] ?? r.headers['content-length']);
      // body bytes as sent (gzip); encodedDataLength also counts the response headers
      widgetBytes += Number.isFinite(len) ? len : e.encodedDataLength;
    });
    await pg.evaluateOnNewDocument(PROBE(BANNER[variant] ?? ''));
    await pg.goto(`${base}/bench/${variant}.html`, { waitUntil: 'load', timeout: TIMEOUT_MS * throttle });

    const r = { variant };
    if (variant !== 'baseline') {
      await pg.waitForFunction('window.__bench.bannerAt !== null', { timeout: TIMEOUT_MS * throttle, polling: 50 });
    }
    await sleep(SETTLE_MS);
    const b = await pg.evaluate('({ ...window.__bench })');
    r.bannerMs = b.bannerAt;
    r.cls = b.cls;
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    r.scriptMs = m.ScriptDuration * 1000;
    r.heapKB = m.JSHeapUsedSize / 1024;
    r.bytes = variant === 'baseline' ? 0 : widgetBytes;

    if (variant !== 'baseline') {
      if (await pg.evaluate('"analyticsRanAt" in window'))
        throw new Error(`${variant}: the gated analytics script ran before consent`);
      const clickAt = await pg.evaluate(
        `(() => { const b = ${ACCEPT[variant]}; const t = performance.now(); b.click(); return t; })()`,
      );
      await pg.waitForFunction('typeof window.analyticsRanAt === "number"', { timeout: TIMEOUT_MS, polling: 10 });
      r.acceptMs = (await pg.evaluate('window.analyticsRanAt')) - clickAt;
    }
    return r;
  });

// ---------------------------------------------------------------- one traced page load

const JS_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile']);
// What runs script on the main thread; one of them that calls into the widget counts as the widget's.
const SCRIPT_EVENTS = new Set([
  ...JS_EVENTS,
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'RunMicrotasks',
  'FireIdleCallback',
]);

/** Main-thread work of one load, from Chromium's trace: the widget's longest task and its forced layouts. */
const tracedLoad = (browser, base, variant, throttle) =>
  withFreshPage(browser, throttle, async (pg) => {
    await pg.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await pg.goto(`${base}/bench/${variant}.html`, { waitUntil: 'load', timeout: TIMEOUT_MS * throttle });
    await sleep(SETTLE_MS);
    const { traceEvents } = JSON.parse(Buffer.from(await pg.tracing.stop()).toString('utf8'));
    return traceSummary(
      traceEvents,
      `${base}/bench/${variant}.html`,
      new Set(CODE_FILES[variant].map((f) => base + f)),
    );
  });

function traceSummary(traceEvents, pageUrl, codeUrls) {
  // The page's renderer main thread: the one that parsed the page (headless Chromium has other renderers).
  const parse = traceEvents.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl);
  const main = traceEvents.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
  const inside = (outer, e) => e.ts >= outer.ts && e.ts + (e.dur ?? 0) <= outer.ts + outer.dur;
  const ours = (e) => JS_EVENTS.has(e.name) && codeUrls.has(e.args?.data?.url);
  let longestTask = 0;
  let longestWidget = 0;
  let totalWidget = 0;
  let forced = 0;
  for (const task of main.filter((e) => e.name === 'RunTask')) {
    const events = main.filter((e) => e !== task && inside(task, e));
    // Our code's time in this task: the outermost script events that are, or contain, a call into our code (a timer
    // or event whose callback is ours, with the microtasks it runs), and the task's microtask checkpoints (its
    // promises, Lit's render).
    const code = events.filter(
      (e) => ours(e) || (SCRIPT_EVENTS.has(e.name) && events.some((o) => ours(o) && inside(e, o))),
    );
    if (!code.length) continue;
    const candidates = [...code, ...events.filter((e) => e.name === 'RunMicrotasks')];
    const work = candidates.filter(
      (e, i) => !candidates.some((o, j) => j !== i && inside(o, e) && (o.dur > e.dur || j < i)),
    );
    const time = work.reduce((sum, e) => sum + e.dur, 0) / 1000;
    longestWidget = Math.max(longestWidget, time);
    totalWidget += time;
    longestTask = Math.max(longestTask, task.dur / 1000);
    forced += events.filter(
      (e) => (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && work.some((w) => inside(w, e)),
    ).length;
  }
  return {
    longestWidgetMs: longestWidget,
    longestTaskMs: longestTask,
    totalWidgetMs: totalWidget,
    forcedLayouts: forced,
  };
}

// ---------------------------------------------------------------- statistics and table

const sorted = (xs) => [...xs].sort((a, b) => a - b);
function quantile(xs, q) {
  const s = sorted(xs);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
}
const summary = (xs) => ({
  median: quantile(xs, 0.5),
  q1: quantile(xs, 0.25),
  q3: quantile(xs, 0.75),
  min: Math.min(...xs),
  max: Math.max(...xs),
  n: xs.length,
});

function summarise(results, traced) {
  const by = (v) => results.filter((r) => r.variant === v);
  const base = by('baseline');
  const baseScript = quantile(
    base.map((r) => r.scriptMs),
    0.5,
  );
  const baseHeap = quantile(
    base.map((r) => r.heapKB),
    0.5,
  );
  const out = {};
  for (const v of ['widget', 'peer']) {
    const rs = by(v);
    out[v] = {
      bannerMs: summary(rs.map((r) => r.bannerMs)),
      scriptMs: summary(rs.map((r) => r.scriptMs - baseScript)),
      heapKB: summary(rs.map((r) => r.heapKB - baseHeap)),
      cls: summary(rs.map((r) => r.cls)),
      bytes: summary(rs.map((r) => r.bytes)),
      acceptMs: summary(rs.map((r) => r.acceptMs)),
      longestWidgetMs: summary(traced[v].map((t) => t.longestWidgetMs)),
      totalWidgetMs: summary(traced[v].map((t) => t.totalWidgetMs)),
      forcedLayouts: summary(traced[v].map((t) => t.forcedLayouts)),
    };
  }
  out.baseline = {
    scriptMs: summary(base.map((r) => r.scriptMs)),
    heapKB: summary(base.map((r) => r.heapKB)),
    cls: summary(base.map((r) => r.cls)),
  };
  return out;
}

const ROWS = [
  ['bannerMs', 'banner visible (ms from navigation start)', 0],
  ['totalWidgetMs', "main-thread time in the widget's code, whole load (ms)", 1],
  ['heapKB', 'JS heap above baseline (kB)', 0],
  ['cls', 'cumulative layout shift', 3],
  ['bytes', 'widget JS + CSS on the wire (B, gzip)', 0],
  ['acceptMs', '"Accept all" → gated script ran (ms)', 1],
  ['longestWidgetMs', 'the most of it in one task (ms; a long task is over 50)', 1],
  ['forcedLayouts', 'forced synchronous layouts and style recalculations in its code', 0],
];
function cell(s, digits) {
  const f = (x) => x.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  if (s.min === s.max) return `**${f(s.median)}**`;
  return `**${f(s.median)}** (${f(s.q1)}–${f(s.q3)})`;
}
function table(modes, runs, traceRuns) {
  const lines = [];
  lines.push(
    '| metric | this widget | vanilla-cookieconsent v3 | this widget, 4× CPU throttling | vanilla-cookieconsent v3, 4× CPU throttling |',
  );
  lines.push('| --- | --- | --- | --- | --- |');
  for (const [key, label, digits] of ROWS) {
    lines.push(
      `| ${label} | ${cell(modes.normal.widget[key], digits)} | ${cell(modes.normal.peer[key], digits)} | ${cell(modes.throttled.widget[key], digits)} | ${cell(modes.throttled.peer[key], digits)} |`,
    );
  }
  lines.push('');
  lines.push(
    `Median of ${runs} fresh loads each (the three rows from the trace: ${traceRuns} traced loads), **bold**, with the interquartile range in brackets. Baseline (no banner): ` +
      `JS heap ${Math.round(modes.normal.baseline.heapKB.median)} kB, CLS ${modes.normal.baseline.cls.median.toFixed(3)}.`,
  );
  return lines.join('\n');
}

// ---------------------------------------------------------------- main

const opts = parseArgs(process.argv.slice(2));
for (const f of Object.values(WIDGET_FILES).flat()) {
  if (!fs.existsSync(path.join(ROOT, f)))
    fail(`${f} is missing: run \`npm run build\` and \`npm install\` first (npm run bench does both)`);
}
const server = await servePages();
const base = `http://127.0.0.1:${server.address().port}`;
if (opts.serve) {
  for (const v of VARIANTS) console.log(`${base}/bench/${v}.html`);
  await new Promise(() => {}); // until Ctrl-C
}
const browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: CHROME_ARGS });
const modes = {};
const raw = {};
const started = Date.now();
const version = await browser.version();
try {
  for (const [mode, throttle] of [
    ['normal', 1],
    ['throttled', 4],
  ]) {
    const results = [];
    // one warm-up round (not counted): the first loads after launch pay for compiling the browser's own code
    for (const v of VARIANTS) await load(browser, base, v, throttle);
    for (let i = 0; i < opts.runs; i++) {
      for (const v of VARIANTS) results.push(await load(browser, base, v, throttle));
      if (process.stderr.isTTY) process.stderr.write(`\r${mode}: ${i + 1}/${opts.runs} rounds`);
    }
    if (process.stderr.isTTY) process.stderr.write('\n');
    const traced = { widget: [], peer: [] };
    for (let i = 0; i < opts.traceRuns; i++)
      for (const v of ['widget', 'peer']) traced[v].push(await tracedLoad(browser, base, v, throttle));
    modes[mode] = summarise(results, traced);
    raw[mode] = { loads: results, traced };
  }
} finally {
  await browser.close();
  server.close();
}
const peerVersion = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'node_modules/vanilla-cookieconsent/package.json'), 'utf8'),
).version;
if (opts.json) {
  console.log(
    JSON.stringify(
      { browser: version, peer: `vanilla-cookieconsent ${peerVersion}`, runs: opts.runs, summary: modes, raw },
      null,
      2,
    ),
  );
} else {
  console.log(table(modes, opts.runs, opts.traceRuns));
  console.log(
    `\n${version}, vanilla-cookieconsent ${peerVersion}, ${opts.runs} runs, ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  );
}
