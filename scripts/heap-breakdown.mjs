#!/usr/bin/env node
// `node scripts/heap-breakdown.mjs [--variants baseline,widget,peer,osano] [--top 25] [--json FILE] [--save-snapshots DIR]`: what the
// returning reader's "JS heap Δ" row of `npm run bench` is made of. For each variant, in a fresh incognito context,
// it does what the bench's returning pass does (load the page, click "Accept all", wait for the gated script, load the
// page again in the same tab), then forces a garbage collection and takes a heap snapshot (CDP
// HeapProfiler.takeHeapSnapshot) of the second load. It prints, per variant, the snapshot's self sizes by kind
// (compiled code, strings, closures, arrays, DOM wrappers and other native objects, V8's own objects...) above the
// baseline's (the page without a banner, loaded twice the same way), then the groups (kind and name) that differ
// most from the baseline. Run `npm run build` first. The figures are the snapshot's, which counts a little
// differently from JSHeapUsedSize: compare the contenders' rows with each other.
import fs from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, chromePath } from './browsers.mjs';
import { TYPES, articleWith, startServer, variantHead, withFreshPage } from './bench-server.mjs';
import { VARIANTS } from './bench-model.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const NAMES = option('--variants', 'baseline,widget,peer,osano').split(',');
const TOP = Number(option('--top', '25'));
const JSON_FILE = option('--json', null);
const SNAPSHOT_DIR = option('--save-snapshots', null);
if (!NAMES.includes('baseline')) NAMES.unshift('baseline');
for (const n of NAMES) if (!(n in VARIANTS)) throw new Error(`unknown variant "${n}"`);

/** A node's kind, in words: V8's node types, with `native` split into DOM wrappers' C++ side and the rest. */
const KINDS = {
  code: 'compiled code (bytecode, feedback, scope info)',
  closure: 'closures (function objects)',
  string: 'strings',
  array: 'arrays and property backing stores',
  object: 'JS objects',
  hidden: "V8's internal objects",
  'object shape': 'maps (object shapes)',
  bindings: "V8's side of the browser APIs used (function and object templates)",
  'v8 native': "other V8 objects the snapshot calls native (external strings' records, lists)",
  outside: "outside V8's heap, not in JSHeapUsedSize (Blink's C++ objects, external strings' bytes)",
  other: 'other (numbers, regexps, symbols, synthetic)',
};
const BINDINGS = /^system \/ (FunctionTemplateInfo|ObjectTemplateInfo|FunctionTemplateRareData|AccessorPair)/;
const kindOf = (type, name) => {
  if (['concatenated string', 'sliced string', 'string'].includes(type)) return 'string';
  // The snapshot files both V8's API templates and Blink's own (Oilpan) objects under `native`.
  if (type === 'native') {
    if (BINDINGS.test(name)) return 'bindings';
    return name.startsWith('system / ') && name !== 'system / ExternalStringData' ? 'v8 native' : 'outside';
  }
  return type in KINDS ? type : 'other';
};

/** Self sizes of one snapshot, by kind and by group (kind + constructor or function name; strings not by content). */
function tally(snapshot) {
  const { node_fields: fields, node_types: types } = snapshot.snapshot.meta;
  const typeNames = types[0];
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const byKind = Object.fromEntries(Object.keys(KINDS).map((k) => [k, 0]));
  const byGroup = new Map();
  let total = 0;
  const nodes = snapshot.nodes;
  for (let i = 0; i < nodes.length; i += width) {
    const type = typeNames[nodes[i + typeAt]];
    const size = nodes[i + sizeAt];
    const kind = kindOf(type, snapshot.strings[nodes[i + nameAt]]);
    byKind[kind] += size;
    if (kind !== 'outside') total += size;
    // Strings and numbers are named by their value: one group each. Code and hidden objects by V8's name for them.
    const name = kind === 'string' || type === 'number' ? '' : String(snapshot.strings[nodes[i + nameAt]]).slice(0, 60);
    const key = `${kind}: ${name}`;
    byGroup.set(key, (byGroup.get(key) ?? 0) + size);
  }
  return { total, byKind, byGroup };
}

const server = await startServer((p) => {
  const m = /^\/bench\/([a-z]+)\.html$/.exec(p);
  return m && m[1] in VARIANTS ? { body: articleWith(variantHead(m[1])), type: TYPES['.html'] } : null;
});
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: CHROME_ARGS });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The bench's returning reader (scripts/bench.mjs, returningVisit), then a snapshot of the second load. */
const snapshotOf = (name) =>
  withFreshPage(browser, 1, async (pg, cdp) => {
    const variant = VARIANTS[name];
    const url = `${origin}/bench/${name}.html`;
    await pg.goto(url, { waitUntil: 'load' });
    if (variant.accept) {
      await pg.waitForFunction(`!!(${variant.accept})`, { polling: 50 });
      await sleep(500);
      await (await pg.evaluateHandle(variant.accept)).asElement().click();
      await pg.waitForFunction('typeof window.analyticsRanAt === "number"', { polling: 10 });
    }
    await pg.goto(url, { waitUntil: 'load' });
    if (variant.accept) await pg.waitForFunction('typeof window.analyticsRanAt === "number"', { polling: 10 });
    await sleep(500);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
    const chunks = [];
    const onChunk = (e) => chunks.push(e.chunk);
    cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
    // Saved as DevTools saves one (Memory panel, "Load"), to look into a group.
    if (SNAPSHOT_DIR) fs.writeFileSync(`${SNAPSHOT_DIR}/${name}.heapsnapshot`, chunks.join(''));
    return { used, ...tally(JSON.parse(chunks.join(''))) };
  });

const results = {};
try {
  for (const name of NAMES) results[name] = await snapshotOf(name);
} finally {
  await browser.close();
  server.close();
}

const kB = (bytes) => (bytes / 1024).toFixed(1);
const base = results.baseline;
const contenders = NAMES.filter((n) => n !== 'baseline');
const row = (cells) => `| ${cells.join(' | ')} |`;
console.log(row(['above the baseline (kB)', ...contenders.map((n) => VARIANTS[n].label)]));
console.log(row(['---', ...contenders.map(() => '---:')]));
console.log(row(['JSHeapUsedSize after GC', ...contenders.map((n) => kB(results[n].used - base.used))]));
console.log(row(["snapshot, V8's heap", ...contenders.map((n) => kB(results[n].total - base.total))]));
for (const [kind, words] of Object.entries(KINDS))
  console.log(row([words, ...contenders.map((n) => kB(results[n].byKind[kind] - base.byKind[kind]))]));

for (const name of contenders) {
  const groups = results[name].byGroup;
  const keys = new Set([...groups.keys(), ...base.byGroup.keys()]);
  const diffs = [...keys]
    .map((k) => [k, (groups.get(k) ?? 0) - (base.byGroup.get(k) ?? 0)])
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, TOP);
  console.log(`\n${VARIANTS[name].label}: the ${TOP} groups that differ most from the baseline (kB)`);
  for (const [k, d] of diffs) console.log(`  ${kB(d).padStart(7)}  ${k}`);
}

if (JSON_FILE)
  fs.writeFileSync(
    JSON_FILE,
    JSON.stringify(
      Object.fromEntries(
        Object.entries(results).map(([n, r]) => [
          n,
          { used: r.used, total: r.total, byKind: r.byKind, byGroup: Object.fromEntries(r.byGroup) },
        ]),
      ),
      null,
      1,
    ),
  );
