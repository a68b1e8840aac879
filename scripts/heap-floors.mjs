#!/usr/bin/env node
// `node scripts/heap-floors.mjs [--runs 5]`: what the JS heap row of `npm run bench` is made of. Loads the bench's
// article (bench/article.html) in headless Chromium with, in turn: nothing, each floor of bench/floors/ (a plain-DOM
// script, a custom element with a shadow root, a lit-html element, a ReactiveElement drawn by lit-html), this widget
// and vanilla-cookieconsent (the bench's own two variants). Prints, per page, JSHeapUsedSize after a forced garbage
// collection above the page without script (median of the runs; it does not vary between runs) and, for the floors,
// their gzipped size. The floors that use Lit are bundled like the drop-in script (rollup.config.mjs: Lit's
// production build, what lit-for-drop-in leaves out, terser) and every floor gets the drop-in's compile hint.
// Unlike `npm run bench`, no probe runs in the page, so the widget's and the peer's figures are lower than there.
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, chromePath } from './browsers.mjs';
import { ROOT, TYPES, articleWith, startServer, variantHead, withFreshPage } from './bench-server.mjs';
import configs from '../rollup.config.mjs';

const arg = process.argv.indexOf('--runs');
const RUNS = arg > 0 ? Number(process.argv[arg + 1]) : 5;
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs must be a positive whole number');
const [dropIn] = configs;
const HINT = dropIn.output.banner;

/** A floor as the drop-in script is built, in memory. */
async function floor(name) {
  const input = path.join(ROOT, 'bench/floors', `${name}.js`);
  const bundle = await rollup({
    input,
    plugins: dropIn.plugins.filter((p) => p.name !== 'typescript'),
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'iife', banner: HINT });
  return output[0].code;
}

const FLOORS = {
  'plain-dom': 'a few lines of plain DOM',
  'custom-element': 'a custom element with a shadow root',
  'lit-html': 'a custom element drawn by lit-html, + js-cookie',
  'reactive-element': 'a ReactiveElement drawn by lit-html, + js-cookie (what the widget is built on)',
};
const code = {};
for (const name of Object.keys(FLOORS)) code[name] = await floor(name);
const HEADS = {
  none: '',
  ...Object.fromEntries(Object.keys(FLOORS).map((name) => [name, `<script src="/floor/${name}.js"></script>`])),
  widget: variantHead('widget'),
  peer: variantHead('peer'),
};

// The pages at /page/<name>, the built floors at /floor/<name>.js, and the repository's files the variants load.
const server = await startServer((p) => {
  const page = /^\/page\/([\w-]+)$/.exec(p)?.[1];
  const floor = /^\/floor\/([\w-]+)\.js$/.exec(p)?.[1];
  if (page in HEADS) return { body: articleWith(HEADS[page]), type: TYPES['.html'] };
  return code[floor] ? { body: code[floor], type: TYPES['.js'] } : null;
});
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: CHROME_ARGS });
const heap = Object.fromEntries(Object.keys(HEADS).map((k) => [k, []]));
try {
  // The pages take turns, so drift hits them alike.
  for (let i = 0; i < RUNS; i++)
    for (const name of Object.keys(HEADS)) {
      await withFreshPage(browser, 1, async (pg, cdp) => {
        await cdp.send('Performance.enable');
        await pg.goto(`${base}/page/${name}`, { waitUntil: 'load' });
        await new Promise((r) => setTimeout(r, 600));
        await cdp.send('HeapProfiler.collectGarbage');
        const { metrics } = await cdp.send('Performance.getMetrics');
        heap[name].push(metrics.find((m) => m.name === 'JSHeapUsedSize').value / 1024);
      });
    }
} finally {
  await browser.close();
  server.close();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];
const none = median(heap.none);
console.log(`| page (${RUNS} loads each) | script, gzip | JS heap above a page without script |\n| --- | --- | --- |`);
for (const [name, what] of Object.entries(FLOORS))
  console.log(
    `| ${what} (\`bench/floors/${name}.js\`) | ${gzipSync(code[name], { level: 9 }).length.toLocaleString('en-US')} B | +${Math.round(median(heap[name]) - none)} kB |`,
  );
console.log(`| this widget (\`bench/variants/widget.html\`) | | +${Math.round(median(heap.widget) - none)} kB |`);
console.log(
  `| vanilla-cookieconsent v3 (\`bench/variants/peer.html\`) | | +${Math.round(median(heap.peer) - none)} kB |`,
);
console.log(`\nA page without script: ${Math.round(none)} kB.`);
