// The size budgets (scripts/size.mjs), checked on the files `npm test` has just built (a size check,
// not a timing): one per file, the drop-in's core and its UI, the ES module without Lit, the TCF file,
// and every language pack, gzipped at level 9. The packs' budget is their target; the others' are ratchets.
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import { measureBuild, readmeBlocks, BUDGETS, TARGETS } from '../../scripts/size.mjs';

const build = measureBuild();
const { core, ui, module, tcf, tcfUi, packs, tcfPacks } = build;
const read = (file) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
/** The Subresource Integrity hash of a built file, as the core carries it. */
const sri = (file) =>
  'sha384-' +
  createHash('sha384')
    .update(readFileSync(new URL(`../../${file}`, import.meta.url)))
    .digest('base64');

test('budgets are never above the targets for the packs, and only ratchets for the rest', () => {
  assert.equal(BUDGETS.pack, TARGETS.pack);
  assert.ok(BUDGETS.core >= TARGETS.core && BUDGETS.module >= TARGETS.module);
  assert.ok(BUDGETS.core + BUDGETS.ui >= TARGETS.firstVisit);
});

test("the drop-in's core (the script tag) is within its gzip budget and holds no Lit", () => {
  assert.equal(core.file, 'dist/cookie-consent.min.js');
  assert.ok(core.gz <= BUDGETS.core, `${core.file} is ${core.gz} B gzipped, budget ${BUDGETS.core}`);
  const code = read(core.file);
  assert.doesNotMatch(code, /reactiveElementVersions|litHtmlVersions/, 'Lit is in the core');
  // No compile hint (rollup.config.mjs, dropIn): it made every page's heap hold the bytecode of functions a returning reader never runs.
  assert.doesNotMatch(code, /allFunctionsCalledOnLoad/, 'the core asks to be compiled whole');
  // What only the UI file carries: a config's problems in words, the notices of blocked iframes.
  assert.doesNotMatch(code, /unknown key|known tracking cookies/, "the config's words are in the core");
  assert.doesNotMatch(code, /aria-label/, "the blocked-embed notices' code is in the core");
});

test("the drop-in's UI file is within its gzip budget, and the core carries its SRI hash", () => {
  assert.equal(ui.file, 'dist/cookie-consent-ui.min.js');
  assert.ok(ui.gz <= BUDGETS.ui, `${ui.file} is ${ui.gz} B gzipped, budget ${BUDGETS.ui}`);
  const hash = sri(ui.file);
  assert.ok(read(core.file).includes(`"${hash}"`), `the core does not carry ${hash}`);
  assert.doesNotMatch(read(core.file), /__UI_INTEGRITY__/);
});

test('the UI file leaves out the Lit code it never runs, and asks to be compiled while it loads', () => {
  const code = read(ui.file);
  // scripts/lit-for-drop-in.mjs: no LitElement (it registers its version when shipped), no css tag.
  assert.doesNotMatch(code, /litElementVersions/, 'LitElement is in the UI file');
  assert.doesNotMatch(code, /CSSResult is not constructable/, "Lit's css tag is in the UI file");
  assert.match(code, /reactiveElementVersions/, 'ReactiveElement must be there');
  // rollup.config.mjs, compileOnLoad: only a first line counts.
  assert.equal(code.split('\n')[0], '//# allFunctionsCalledOnLoad');
  // What the core runs is not shipped twice: the config validation and js-cookie stay in the core.
  assert.doesNotMatch(code, /invalid config|Max-Age/, 'core code in the UI file');
});

test('the ES module build, Lit and js-cookie left as imports, is within its gzip budget', () => {
  assert.equal(module.file, 'dist/cookie-consent.js');
  const code = read(module.file);
  assert.match(code, /from\s*["']lit["']/, 'Lit must stay an import');
  assert.match(code, /from\s*["']js-cookie["']/, 'js-cookie must stay an import');
  assert.ok(module.gz <= BUDGETS.module, `${module.file} is ${module.gz} B gzipped, budget ${BUDGETS.module}`);
});

test('the TCF file is within its gzip budget, and the core carries its SRI hash', () => {
  assert.equal(tcf.file, 'dist/cookie-consent-tcf.min.js');
  assert.ok(tcf.gz <= BUDGETS.tcf, `${tcf.file} is ${tcf.gz} B gzipped, budget ${BUDGETS.tcf}`);
  const hash = sri(tcf.file);
  assert.ok(read(core.file).includes(`"${hash}"`), `the core does not carry ${hash}`);
  assert.doesNotMatch(read(core.file), /__TCF_INTEGRITY__/);
  // The core only notices the key: the TCF code (the IAB's libraries, the stub) is not in it.
  assert.doesNotMatch(read(core.file), /__tcfapi|euconsent-v2/, 'TCF code in the core');
});

test("the TCF screens and their strings are within their gzip budgets; the TCF file carries the screens' SRI hash", () => {
  assert.equal(tcfUi.file, 'dist/cookie-consent-tcf-ui.min.js');
  assert.ok(tcfUi.gz <= BUDGETS.tcfUi, `${tcfUi.file} is ${tcfUi.gz} B gzipped, budget ${BUDGETS.tcfUi}`);
  assert.ok(read(tcf.file).includes(`"${sri(tcfUi.file)}"`), "the TCF file does not carry the screens' hash");
  // No Lit inside: the UI file's lit-html renders the screens' templates.
  assert.doesNotMatch(read(tcfUi.file), /litHtmlVersions|reactiveElementVersions/, 'Lit is in the TCF screens');
  assert.ok(tcfPacks.length >= 30, `expected the 30 TCF string packs, found ${tcfPacks.length}`);
  const over = tcfPacks.filter((p) => p.gz > BUDGETS.tcfPack).map((p) => `${p.file} ${p.gz} B`);
  assert.deepEqual(over, [], `TCF string packs over ${BUDGETS.tcfPack} B gzipped`);
});

test('every language pack is within its gzip budget', () => {
  assert.ok(packs.length >= 30, `expected the 30 shipped packs, found ${packs.length}`);
  const over = packs.filter((p) => p.gz > BUDGETS.pack).map((p) => `${p.file} ${p.gz} B`);
  assert.deepEqual(over, [], `packs over ${BUDGETS.pack} B gzipped`);
});

test("the README's size figures are the measured ones (`npm run size -- --readme` writes them)", () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  // Numbers may differ by 0.5 % (another zlib gzips a few bytes differently); the words may not.
  // Prettier pads table cells, lengthens the `---` rows and puts a blank line after the start
  // marker: spacing, blank lines and dash counts are not words.
  const words = (text) =>
    text
      .replace(/\d[\d,.]*/g, '#')
      .replace(/-{3,}/g, '---')
      .replace(/\s+/g, ' ')
      .trim();
  const split = (text) => ({
    words: words(text),
    numbers: text.match(/\d[\d,.]*/g).map((n) => Number(n.replace(/,/g, ''))),
  });
  for (const [name, block] of Object.entries(readmeBlocks(build))) {
    const found = readme.match(new RegExp(`<!-- ${name}:start -->\\n([^]*?)\\n<!-- ${name}:end -->`));
    assert.ok(found, `README.md has no ${name} block`);
    const [want, got] = [split(block), split(found[1])];
    const close =
      got.numbers.length == want.numbers.length &&
      want.numbers.every((n, i) => Math.abs(got.numbers[i] - n) <= n * 0.005);
    assert.ok(
      got.words == want.words && close,
      `README.md's ${name} block is stale: run npm run size -- --readme\n${block}`,
    );
  }
});
