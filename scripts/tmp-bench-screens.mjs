#!/usr/bin/env node
// Opening the TCF second layer with 300 vendors (issue 14: "hundreds of vendors must not make the dialog
// slow"), in headless Chromium (Debian's, or CHROME_PATH) by puppeteer-core, unthrottled and at 4x CPU
// throttling (CDP Emulation.setCPUThrottlingRate). Run `npm run build` first: the page loads the TCF file
// and the screens file as built.
//
//   node scripts/bench-tcf-screens.mjs [--runs 7] [--vendors 300]
//
// Per load, a fresh incognito page: the page (tests/tcf/screens-bench-page.ts, bundled here) shows the
// banner with the TCF first layer; then `openSecondLayer()` calls showPreferences(), then opens the dialog's
// vendor list (whose rows are built then), and measures, in the page, each from the act to the second
// animation frame after it was drawn (laid out and painted), and the longest task (PerformanceObserver
// 'longtask') over both. Printed: the medians and the slowest runs.
/* global document, window -- the functions handed to pg.waitForFunction() and pg.evaluate() run in the page */
import path from 'node:path';
import fs from 'node:fs';
import esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, chromePath } from './browsers.mjs';
import { ROOT, startServer, withFreshPage } from './bench-server.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('runs', 7);
const VENDOR_COUNT = arg('vendors', 300);

const list = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures/tcf/vendor-list.json'), 'utf8'));
const vendors = Object.keys(list.vendors).map(Number).slice(0, VENDOR_COUNT);
if (vendors.length < VENDOR_COUNT) throw new Error(`the fixture has ${vendors.length} vendors, not ${VENDOR_COUNT}`);

const bundle = await esbuild.build({
  entryPoints: [path.join(ROOT, 'tests/tcf/screens-bench-page.ts')],
  bundle: true,
  format: 'iife',
  minify: true,
  write: false,
  target: 'es2021',
  logLevel: 'error',
  // package.json's `sideEffects` lists the built files only: the page's imports of src/ run for their effects.
  ignoreAnnotations: true,
});
const config = {
  categories: { necessary: { required: true }, analytics: {}, marketing: {} },
  tcf: { cmpId: 300, gvl: '/gvl/vendor-list.json', vendors, publisherCountryCode: 'GB' },
};
const page = `<!doctype html><html lang=en><head><meta charset=utf-8><title>TCF second layer</title>
<script src="/dist/cookie-consent-tcf.min.js"></script><script src="/page.js"></script></head>
<body><cookie-consent><script type="application/json">${JSON.stringify(config)}</script></cookie-consent></body></html>`;

const server = await startServer((p) =>
  p == '/'
    ? { body: page, type: 'text/html; charset=utf-8' }
    : p == '/page.js'
      ? { body: bundle.outputFiles[0].text, type: 'text/javascript; charset=utf-8' }
      : p == '/gvl/vendor-list.json'
        ? { body: JSON.stringify(list), type: 'application/json; charset=utf-8' }
        : null,
);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: CHROME_ARGS });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  for (const throttle of [4]) {
    const dialog = [];
    const vendorList = [];
    const longest = [];
    for (let run = 0; run < RUNS; run++)
      await withFreshPage(browser, throttle, async (pg) => {
        const errors = [];
        pg.on('pageerror', (e) => errors.push(String(e)));
        await pg.goto(origin + '/', { waitUntil: 'load' });
        await pg.waitForFunction(
          () => document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part=tcf-first-layer]'),
          {
            timeout: 60_000,
          },
        );
        const result = await pg.evaluate(async (expected) => {
          const tasks = []; const t0 = performance.now();
          new PerformanceObserver((entries) => tasks.push(...entries.getEntries().map((e) => Math.round(e.startTime - t0) + ":" + Math.round(e.duration)))).observe({
            type: 'longtask',
          });
          const opened = await window.openSecondLayer(expected);
          await new Promise((done) => setTimeout(done, 50));
          return { ...opened, longestTask: tasks.join(" ") };
        }, VENDOR_COUNT);
        if (errors.length || result.vendors != VENDOR_COUNT)
          throw new Error(`the dialog drew ${result.vendors} vendors; ${errors.join('; ')}`);
        dialog.push(result.dialogMs);
        vendorList.push(result.vendorsMs);
        console.log(throttle, "dialog", Math.round(result.dialogMs), "list", Math.round(result.vendorsMs), "tasks", result.longestTask);
      });
    const ms = (xs) => `median ${median(xs).toFixed(0)} ms (slowest ${Math.max(...xs).toFixed(0)} ms)`;
    if (0) console.log(
      `${String(throttle).padStart(2)}x CPU, ${VENDOR_COUNT} vendors, ${RUNS} runs: opening the second layer ${ms(dialog)}, ` +
        `its vendor list ${ms(vendorList)}; longest task median ${median(longest).toFixed(0)} ms`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
