#!/usr/bin/env node
// `npm run bench`: this widget against no banner, vanilla-cookieconsent v3 and Osano's cookieconsent v3, on the demo
// article page, in headless Chromium (Debian's, or CHROME_PATH) driven by puppeteer-core.
//
//   node scripts/bench.mjs [--runs 5] [--trace-runs 3] [--only full,cpu4,latency,returning,tcf] [--json] [--save FILE]
//     --json prints every load and summary as JSON instead of the tables; --save FILE writes that JSON as well
//   node scripts/bench.mjs --report FILE   prints the tables of a run saved with --save, without a browser
//   node scripts/bench.mjs --serve       only serve the four pages, to look at them in a browser
//
// Four variants of bench/article.html (the demo article), filled in from bench/variants/:
//   baseline  no banner
//   widget    /demo/config.js (less its consent beacon) + /dist/cookie-consent.min.js, one gated analytics script
//   peer      vanilla-cookieconsent v3 (UMD build + CSS from node_modules), bench/peer-config.js, the same gated script
//   osano     Osano's cookieconsent v3 (build + CSS from node_modules), bench/osano-config.js, the same gated script
// The variants take turns, so the machine's drift hits them alike. Four passes (--only picks some):
//   full       first visit (a new incognito context per load), full speed
//   cpu4       first visit, 4x CPU throttling (CDP Emulation.setCPUThrottlingRate)
//   latency    first visit over a slow network (SLOW_NETWORK below: 100 ms round trip, 1.6 Mbit/s down); traced at 4x CPU
//   returning  a returning reader: in one context, load the page, click "Accept all" with a real (CDP) mouse click,
//              wait for the gated script, then load the page again in the same tab and measure that second load
//   tcf        this widget alone, with IAB TCF on: a returning reader's navigation start → `tcloaded`, full speed and
//              at 4× CPU, against Google's 500 ms (scripts/bench-tcf.mjs)
//
// Measured per load:
//   banner visible   performance.now() (ms since navigation start) of the first animation frame in which the banner
//                    element is laid out, not visibility:hidden / display:none / opacity 0, and inside the viewport
//                    (ours: <cookie-consent> shadow [part~=banner]; peer: #cc-main .cm; osano: .cc-window)
//   main-thread CPU  CDP Performance.getMetrics TaskDuration in thread time (the CPU time of every task of the page's
//                    main thread since the navigation, not the wall time: a shared machine makes that wait for a
//                    core) once the page has settled, minus the baseline's median in the same pass. Chromium's CPU
//                    throttling counts in it: at 4x it is about 4 times the full-speed figure.
//   JS heap          Performance.getMetrics JSHeapUsedSize after a forced GC, minus the baseline's median in the same
//                    pass (in the returning pass, the baseline's second load in one context too)
//   CLS              sum of layout-shift entries without recent input (PerformanceObserver, buffered)
//   widget requests  requests for the widget's files (VARIANTS[v].files, a pattern: a UI file or language pack the
//                    widget loads next to its script counts without being named) or made by the widget's code, less
//                    the gated analytics script; bytes: their bodies on the wire (gzip, as the server sends them)
//   accept → script  from the in-page click() on the banner's "Accept all" to the gated script's
//                    window.analyticsRanAt = performance.now()
//   analytics ran    (returning pass) window.analyticsRanAt: ms from navigation start to the gated script running
//
// Then a traced pass per first-visit pass (Chromium's performance trace, as DevTools records it; tracing slows a page,
// so these loads are not timed above), --trace-runs loads per variant:
//   widget time           main-thread time in the widget's own code (its files and its config file: their
//                         evaluation, calls into them, and the microtasks run in the same tasks), over the load
//   longest widget part   the most of that in one task
//   longest task          the longest whole task that runs any of the widget's code (a long task is over 50 ms). A
//                         synchronous script in <head> runs inside the parser's task, which counts here.
//   forced layouts        style recalculations and layouts run synchronously inside the widget's code (a layout
//                         read after a DOM write) before the banner is up: should be 0
// The static server (scripts/bench-server.mjs: 127.0.0.1, random port) gzips text files at level 9, as a production
// server would, and sends Cache-Control: no-store, so a returning reader downloads the script again (a cold cache).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, chromePath } from './browsers.mjs';
import { ROOT, TYPES, articleWith, startServer, variantHead, withFreshPage } from './bench-server.mjs';
import { tcfFiles, tcfPass, tcfRoute, tcfTable } from './bench-tcf.mjs';
import { gzipSync } from 'node:zlib';
import {
  CONTENDERS,
  GATED,
  TARGETS,
  VARIANTS,
  checkTarget,
  isWidgetCode,
  isWidgetRequest,
  median,
  pathOn,
  summary,
} from './bench-model.mjs';

const NAMES = Object.keys(VARIANTS);

// The issue's slow network: a 100 ms round trip (CDP adds `latency` before each response, so every request costs at
// least one round trip, the cost a second file loaded after the first pays) and 1.6 Mbit/s down, 750 kbit/s up,
// the throughput of Lighthouse's mobile profile: a reader on a busy mobile network.
const SLOW_NETWORK = {
  offline: false,
  latency: 100,
  downloadThroughput: (1600 * 1000) / 8,
  uploadThroughput: (750 * 1000) / 8,
};
const PASSES = {
  full: { title: 'First visit, full speed', cpu: 1, network: null, traceCpu: 1 },
  cpu4: { title: 'First visit, 4× CPU throttling', cpu: 4, network: null, traceCpu: 4 },
  latency: {
    title: 'First visit, 100 ms round trip, 1.6 Mbit/s down (timed at full CPU speed, traced at 4× CPU throttling)',
    cpu: 1,
    network: SLOW_NETWORK,
    traceCpu: 4,
  },
  returning: {
    title: 'Returning reader (chose "Accept all" on the first load; the second load in the same context), full speed',
    cpu: 1,
    network: null,
  },
  tcf: { title: 'IAB TCF: a returning reader, navigation start → tcloaded (this widget only)' },
};
const SETTLE_MS = 500; // quiet time after load (and after the banner) before reading the metrics
const TIMEOUT_MS = 15000;

// ---------------------------------------------------------------- command line

function parseArgs(argv) {
  const opts = {
    runs: 5,
    traceRuns: 3,
    json: false,
    save: null,
    report: null,
    serve: false,
    only: Object.keys(PASSES),
  };
  const count = (name, v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) fail(`${name} must be a positive whole number, got "${v}"`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, null];
    const value = () => inline ?? argv[++i];
    if (flag === '--json') opts.json = true;
    else if (flag === '--serve') opts.serve = true;
    else if (flag === '--save') opts.save = value() ?? fail('--save needs a file name');
    else if (flag === '--report') opts.report = value() ?? fail('--report needs a file name');
    else if (flag === '--runs') opts.runs = count('--runs', value());
    else if (flag === '--trace-runs') opts.traceRuns = count('--trace-runs', value());
    else if (flag === '--only') {
      const v = value() ?? '';
      opts.only = v.split(',').filter(Boolean);
      const unknown = opts.only.filter((p) => !(p in PASSES));
      if (unknown.length || !opts.only.length)
        fail(`--only takes a comma-separated list of ${Object.keys(PASSES).join(', ')}, got "${v}"`);
    } else if (flag === '--help' || flag === '-h') {
      console.log(
        'Usage: node scripts/bench.mjs [--runs N] [--trace-runs N] [--only full,cpu4,latency,returning,tcf] [--json] [--save FILE] [--serve]\n' +
          '       node scripts/bench.mjs --report FILE   (the tables of a run saved with --save)\n' +
          '(CHROME_PATH picks the browser)',
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

/** The variants' pages, at /bench/<variant>.html, and the TCF pass's /bench/tcf.html; everything else as the repository has it. */
const servePages = () =>
  startServer((p) => {
    const m = /^\/bench\/([a-z]+)\.html$/.exec(p);
    return (m && m[1] in VARIANTS && { body: articleWith(variantHead(m[1])), type: TYPES['.html'] }) || tcfRoute(p);
  });

// ---------------------------------------------------------------- one page load

// Runs in every document before its own scripts: a buffered layout-shift observer, `__bench.bannerVisible()` (the
// banner is laid out, not hidden or transparent, and inside the viewport) and, when `watch`, a per-frame check that
// records when it first is. The returning pass does not watch: a check every frame would make the page draw frames
// (main-thread work) that a page without a banner does not.
const PROBE = (bannerExpr, watch) => `
(() => {
  window.__bench = { cls: 0, bannerAt: null, bannerVisible: () => false };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__bench.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
  if (!${JSON.stringify(bannerExpr)}) return; // baseline: nothing to look for
  const find = () => ${bannerExpr || 'null'};
  window.__bench.bannerVisible = () => {
    const el = find();
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && cs.visibility !== 'hidden' && cs.display !== 'none' && Number(cs.opacity) > 0;
  };
  if (!${watch}) return;
  const start = performance.now();
  const tick = () => {
    if (window.__bench.bannerVisible()) {
      window.__bench.bannerAt = performance.now();
      return;
    }
    if (performance.now() - start < ${TIMEOUT_MS}) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Records the widget's requests on `cdp` (see isWidgetRequest) with their body bytes on the wire. */
function trackWidgetRequests(cdp, variant, origin) {
  const requests = new Map(); // requestId -> { path, bytes }
  if (!variant.files) return { list: () => [], clear: () => {} };
  cdp.on('Network.requestWillBeSent', (e) => {
    if (isWidgetRequest(variant, origin, e.request.url, e.initiator, GATED))
      requests.set(e.requestId, { path: pathOn(origin, e.request.url) ?? e.request.url, bytes: 0 });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    const len = Number(e.response.headers['Content-Length'] ?? e.response.headers['content-length']);
    if (r) r.contentLength = len;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    // body bytes as sent (gzip); encodedDataLength also counts the response headers
    if (r) r.bytes = Number.isFinite(r.contentLength) ? r.contentLength : e.encodedDataLength;
  });
  return { list: () => [...requests.values()], clear: () => requests.clear() };
}

/** What every measured load reads once the page has settled: CLS, banner time, CPU, heap after a forced GC. */
async function readLoad(pg, cdp) {
  await sleep(SETTLE_MS);
  const b = await pg.evaluate('({ cls: window.__bench.cls, bannerAt: window.__bench.bannerAt })');
  const metrics = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
  const { TaskDuration, ScriptDuration } = await metrics(); // before the forced GC, which is a task too
  await cdp.send('HeapProfiler.collectGarbage');
  const { JSHeapUsedSize } = await metrics();
  return {
    bannerMs: b.bannerAt,
    cls: b.cls,
    cpuMs: TaskDuration * 1000,
    scriptMs: ScriptDuration * 1000,
    heapKB: JSHeapUsedSize / 1024,
  };
}

/** Sets up a page for measured loads: metrics, the request tracker, the probe. */
async function prepare(pg, cdp, name, origin, watch) {
  const variant = VARIANTS[name];
  // threadTicks: the durations Performance.getMetrics reports are the main thread's CPU time, not wall time, which on
  // a shared machine also counts the time the thread waited for a core
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await cdp.send('Network.enable');
  const tracker = trackWidgetRequests(cdp, variant, origin);
  await pg.evaluateOnNewDocument(PROBE(variant.banner ?? '', watch));
  return tracker;
}

function requestFigures(variant, requests) {
  return {
    requests: requests.length,
    bytes: requests.reduce((sum, r) => sum + r.bytes, 0),
    scriptTagBytes: requests.find((r) => r.path === variant.scriptTag)?.bytes ?? NaN,
    urls: requests.map((r) => r.path),
  };
}

/** A first visit: banner, metrics, then the time from clicking "Accept all" to the gated script running. */
const firstVisit = (browser, origin, name, pass) =>
  withFreshPage(
    browser,
    pass.cpu,
    async (pg, cdp) => {
      const variant = VARIANTS[name];
      const tracker = await prepare(pg, cdp, name, origin, true);
      const timeout = TIMEOUT_MS * pass.cpu;
      await pg.goto(`${origin}/bench/${name}.html`, { waitUntil: 'load', timeout });
      if (variant.banner) await pg.waitForFunction('window.__bench.bannerAt !== null', { timeout, polling: 50 });
      const r = { variant: name, ...(await readLoad(pg, cdp)), ...requestFigures(variant, tracker.list()) };
      if (variant.banner) {
        if (await pg.evaluate('"analyticsRanAt" in window'))
          throw new Error(`${name}: the gated analytics script ran before consent`);
        const clickAt = await pg.evaluate(
          `(() => { const b = ${variant.accept}; const t = performance.now(); b.click(); return t; })()`,
        );
        await pg.waitForFunction('typeof window.analyticsRanAt === "number"', { timeout, polling: 10 });
        r.acceptMs = (await pg.evaluate('window.analyticsRanAt')) - clickAt;
      }
      return r;
    },
    pass.network,
  );

/**
 * A returning reader: the first load chooses "Accept all" with a real mouse click (CDP Input events at the button's
 * centre, once the banner has settled), which stores the choice; the second load, in the same tab, is measured.
 * The baseline loads its page twice the same way, so heap and CPU are compared second load with second load.
 */
const returningVisit = (browser, origin, name, pass) =>
  withFreshPage(
    browser,
    pass.cpu,
    async (pg, cdp) => {
      const variant = VARIANTS[name];
      const tracker = await prepare(pg, cdp, name, origin, false);
      const url = `${origin}/bench/${name}.html`;
      const timeout = TIMEOUT_MS * pass.cpu;
      await pg.goto(url, { waitUntil: 'load', timeout });
      if (variant.banner) {
        await pg.waitForFunction('window.__bench.bannerVisible()', { timeout, polling: 50 });
        await sleep(SETTLE_MS); // the peers' banners slide or fade in: click where the button has come to rest
        const button = await pg.evaluateHandle(variant.accept);
        await button.asElement().click();
        await pg.waitForFunction('typeof window.analyticsRanAt === "number"', { timeout, polling: 10 });
      }
      tracker.clear();
      await pg.goto(url, { waitUntil: 'load', timeout });
      if (variant.banner)
        await pg.waitForFunction('typeof window.analyticsRanAt === "number"', { timeout, polling: 10 });
      const r = { variant: name, ...(await readLoad(pg, cdp)), ...requestFigures(variant, tracker.list()) };
      if (await pg.evaluate('window.__bench.bannerVisible()'))
        throw new Error(`${name}: the banner came back on the second load: no choice was stored`);
      if (variant.banner) r.analyticsMs = await pg.evaluate('window.analyticsRanAt');
      return r;
    },
    pass.network,
  );

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

/** Main-thread work of one first-visit load, from Chromium's trace: the widget's time, longest task, forced layouts. */
const tracedLoad = (browser, origin, name, pass) =>
  withFreshPage(
    browser,
    pass.traceCpu,
    async (pg) => {
      const variant = VARIANTS[name];
      const timeout = TIMEOUT_MS * pass.traceCpu;
      await pg.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
      await pg.goto(`${origin}/bench/${name}.html`, { waitUntil: 'load', timeout });
      await pg.waitForFunction(`!!(${variant.banner})`, { timeout, polling: 100 });
      await sleep(SETTLE_MS);
      const { traceEvents } = JSON.parse(Buffer.from(await pg.tracing.stop()).toString('utf8'));
      return traceSummary(traceEvents, `${origin}/bench/${name}.html`, (url) => isWidgetCode(variant, origin, url));
    },
    pass.network,
  );

function traceSummary(traceEvents, pageUrl, isCode) {
  // The page's renderer main thread: the one that parsed the page (headless Chromium has other renderers).
  const parse = traceEvents.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl);
  const main = traceEvents.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
  const inside = (outer, e) => e.ts >= outer.ts && e.ts + (e.dur ?? 0) <= outer.ts + outer.dur;
  const ours = (e) => JS_EVENTS.has(e.name) && e.args?.data?.url && isCode(e.args.data.url);
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

// ---------------------------------------------------------------- summaries, targets and tables

/** Per contender, a summary of every measure of one pass; heap and CPU as the difference from the baseline's median. */
function summarise(loads, traced) {
  const of = (v) => loads.filter((r) => r.variant === v);
  const baseHeap = median(of('baseline').map((r) => r.heapKB));
  const baseCpu = median(of('baseline').map((r) => r.cpuMs));
  const out = {
    baseline: {
      heapKB: summary(of('baseline').map((r) => r.heapKB)),
      cpuMs: summary(of('baseline').map((r) => r.cpuMs)),
    },
  };
  for (const v of CONTENDERS) {
    const rs = of(v);
    const field = (k) => summary(rs.map((r) => r[k]).filter((x) => typeof x === 'number' && !Number.isNaN(x)));
    out[v] = {
      bannerMs: field('bannerMs'),
      cpuMs: summary(rs.map((r) => r.cpuMs - baseCpu)),
      heapKB: summary(rs.map((r) => r.heapKB - baseHeap)),
      cls: field('cls'),
      bytes: field('bytes'),
      scriptTagBytes: field('scriptTagBytes'),
      requests: field('requests'),
      acceptMs: field('acceptMs'),
      analyticsMs: field('analyticsMs'),
      urls: [...new Set(rs.flatMap((r) => r.urls))],
    };
    for (const k of ['longestWidgetMs', 'longestTaskMs', 'totalWidgetMs', 'forcedLayouts'])
      out[v][k] = summary((traced?.[v] ?? []).map((t) => t[k]));
  }
  return out;
}

const FIRST_VISIT_ROWS = [
  ['bannerMs', 'banner visible (ms from navigation start)', 0],
  ['totalWidgetMs', "main-thread time in the widget's code, whole load (ms, trace)", 1],
  ['cpuMs', 'main-thread CPU above baseline, every task (ms)', 1],
  ['heapKB', 'JS heap above baseline (kB)', 0],
  ['cls', 'cumulative layout shift', 3],
  ['bytes', "widget's files on the wire (B, gzip)", 0],
  ['requests', 'requests made by the widget', 0],
  ['acceptMs', '"Accept all" → gated script ran (ms)', 1],
  ['longestWidgetMs', "the most of the widget's time in one task (ms, trace)", 1],
  ['longestTaskMs', "longest task that runs the widget's code (ms, trace; a long task is over 50)", 1],
  ['forcedLayouts', 'forced synchronous layouts and style recalculations in its code (trace)', 0],
];
const RETURNING_ROWS = [
  ['heapKB', "JS heap above baseline's second load (kB)", 0],
  ['cpuMs', "main-thread CPU above baseline's second load, every task (ms)", 1],
  ['analyticsMs', 'navigation start → gated analytics script ran (ms)', 1],
  ['requests', 'requests made by the widget', 0],
  ['bytes', "widget's files on the wire (B, gzip)", 0],
  ['scriptTagBytes', 'of which the script-tag file (B, gzip)', 0],
  ['cls', 'cumulative layout shift', 3],
];

const fmt = (x, digits) =>
  Number.isFinite(x)
    ? x.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : '–';
function cell(s, digits) {
  if (!s.n) return '–';
  if (s.min === s.max) return `**${fmt(s.median, digits)}**`;
  return `**${fmt(s.median, digits)}** (${fmt(s.q1, digits)}–${fmt(s.q3, digits)})`;
}

function passTable(key, result, rows) {
  const lines = [`#### ${PASSES[key].title}`, ''];
  lines.push(`| metric | ${CONTENDERS.map((v) => VARIANTS[v].label).join(' | ')} |`);
  lines.push(`| --- | ${CONTENDERS.map(() => '---').join(' | ')} |`);
  for (const [k, label, digits] of rows) {
    lines.push(`| ${label} | ${CONTENDERS.map((v) => cell(result[v][k], digits)).join(' | ')} |`);
  }
  lines.push('');
  lines.push(
    `Baseline (no banner): JS heap ${fmt(result.baseline.heapKB.median, 0)} kB, main-thread CPU ${fmt(result.baseline.cpuMs.median, 1)} ms. ` +
      `Widget requests: ${CONTENDERS.map((v) => `${VARIANTS[v].label} ${result[v].urls.join(', ') || 'none'}`).join('; ')}.`,
  );
  return lines.join('\n');
}

function targetTable(summaries) {
  const lines = ['#### Targets (issue 17), medians of this run', ''];
  lines.push(`| path | measure | target | ${CONTENDERS.map((v) => VARIANTS[v].label).join(' | ')} | met? |`);
  lines.push(`| --- | --- | --- | ${CONTENDERS.map(() => '---').join(' | ')} | --- |`);
  for (const t of TARGETS.filter((target) => target.pass in summaries)) {
    const s = summaries[t.pass];
    const medians = Object.fromEntries(CONTENDERS.map((v) => [v, s?.[v]?.[t.key]?.median]));
    const digits = t.key === 'cls' ? 3 : /bytes|requests/i.test(t.key) ? 0 : 1;
    lines.push(
      `| ${t.path} | ${t.measure} | ${t.target} | ${CONTENDERS.map((v) => fmt(medians[v], digits)).join(' | ')} | ${checkTarget(t, medians)} |`,
    );
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------- main

/** Runs the passes of `opts.only` and answers the report that --save writes and --report reads. */
async function run(opts) {
  for (const v of CONTENDERS) {
    const file = VARIANTS[v].scriptTag;
    if (!fs.existsSync(path.join(ROOT, file)))
      fail(`${file} is missing: run \`npm run build\` and \`npm install\` first (npm run bench does both)`);
  }
  const server = await servePages();
  const origin = `http://127.0.0.1:${server.address().port}`;
  if (opts.serve) {
    for (const v of NAMES) console.log(`${origin}/bench/${v}.html`);
    await new Promise(() => {}); // until Ctrl-C
  }
  const browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: CHROME_ARGS });
  const summaries = {};
  const raw = {};
  const started = Date.now();
  const loadBefore = os.loadavg()[0];
  const version = await browser.version();
  const progress = (msg) => process.stderr.isTTY && process.stderr.write(`\r${msg}`);
  try {
    for (const key of opts.only) {
      if (key === 'tcf') {
        summaries.tcf = await tcfPass(browser, origin, opts.runs, progress);
        progress('\n');
        continue;
      }
      const pass = PASSES[key];
      const visit = key === 'returning' ? returningVisit : firstVisit;
      const loads = [];
      // one warm-up round (not counted): the first loads after launch pay for compiling the browser's own code
      for (const v of NAMES) await visit(browser, origin, v, pass);
      for (let i = 0; i < opts.runs; i++) {
        for (const v of NAMES) loads.push(await visit(browser, origin, v, pass));
        progress(`${key}: ${i + 1}/${opts.runs} rounds`);
      }
      let traced = null;
      if (pass.traceCpu) {
        traced = Object.fromEntries(CONTENDERS.map((v) => [v, []]));
        for (let i = 0; i < opts.traceRuns; i++) {
          for (const v of CONTENDERS) traced[v].push(await tracedLoad(browser, origin, v, pass));
          progress(`${key}: ${i + 1}/${opts.traceRuns} traced rounds`);
        }
      }
      progress('\n');
      summaries[key] = summarise(loads, traced);
      raw[key] = { loads, traced };
    }
  } finally {
    await browser.close();
    server.close();
  }
  const versionOf = (pkg) =>
    JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  return {
    browser: version,
    peers: `vanilla-cookieconsent ${versionOf('vanilla-cookieconsent')}, cookieconsent (Osano) ${versionOf('cookieconsent')}`,
    runs: opts.runs,
    traceRuns: opts.traceRuns,
    network: SLOW_NETWORK,
    // On a shared machine other work competes for the cores, which stretches every wall-clock figure.
    load: `load average ${loadBefore.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end, ${os.cpus().length} cores`,
    seconds: Math.round((Date.now() - started) / 1000),
    ...(summaries.tcf && {
      tcfFiles: tcfFiles((file) => gzipSync(fs.readFileSync(path.join(ROOT, file)), { level: 9 }).length),
    }),
    summary: summaries,
    raw,
  };
}

function printTables(report) {
  const { summary: summaries } = report;
  for (const key of Object.keys(summaries))
    if (key === 'tcf') console.log(tcfTable(summaries.tcf, report.tcfFiles) + '\n');
    else console.log(passTable(key, summaries[key], key === 'returning' ? RETURNING_ROWS : FIRST_VISIT_ROWS) + '\n');
  console.log(targetTable(summaries));
  const took = report.seconds ? `; ${report.seconds} s` : '';
  console.log(
    `\nMedians of ${report.runs} loads per variant and pass, **bold**, with the interquartile range in brackets; rows marked ` +
      `"trace" from ${report.traceRuns} traced loads each. ${report.browser}, ${report.peers}; ${report.load}${took}.`,
  );
}

const opts = parseArgs(process.argv.slice(2));
const report = opts.report ? JSON.parse(fs.readFileSync(opts.report, 'utf8')) : await run(opts);
if (opts.save) fs.writeFileSync(opts.save, JSON.stringify(report, null, 2) + '\n');
if (opts.json) console.log(JSON.stringify(report, null, 2));
else printTables(report);
