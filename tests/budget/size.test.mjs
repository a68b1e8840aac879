// The size budgets (scripts/size.mjs), checked on the files `npm test` has just built (a size check,
// not a timing): the drop-in script, the ES module without Lit, and every language pack, gzipped at
// level 9. The packs' budget is issue 7's target; the scripts' is a ratchet on the way to theirs.
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { measureBuild, readmeBlocks, BUDGETS, TARGETS } from '../../scripts/size.mjs';

const rows = measureBuild();

test('budgets are never above the targets for the packs, and only ratchets for the scripts', () => {
  assert.equal(BUDGETS.pack, TARGETS.pack);
  assert.ok(BUDGETS.dropIn >= TARGETS.dropIn && BUDGETS.module >= TARGETS.module);
});

test('the drop-in script, Lit, js-cookie, CSS and English included, is within its gzip budget', () => {
  const [dropIn] = rows;
  assert.equal(dropIn.file, 'dist/cookie-consent.min.js');
  assert.ok(dropIn.gz <= BUDGETS.dropIn, `${dropIn.file} is ${dropIn.gz} B gzipped, budget ${BUDGETS.dropIn}`);
});

test('the drop-in script leaves out the Lit code it never runs, and asks to be compiled while it loads', () => {
  const code = readFileSync(new URL('../../dist/cookie-consent.min.js', import.meta.url), 'utf8');
  // scripts/lit-for-drop-in.mjs: no LitElement (it registers its version when shipped), no css tag.
  assert.doesNotMatch(code, /litElementVersions/, 'LitElement is in the drop-in script');
  assert.doesNotMatch(code, /CSSResult is not constructable/, "Lit's css tag is in the drop-in script");
  assert.match(code, /reactiveElementVersions/, 'ReactiveElement must be there');
  // rollup.config.mjs, compileOnLoad: only a first line counts.
  assert.equal(code.split('\n')[0], '//# allFunctionsCalledOnLoad');
});

test('the ES module build, Lit and js-cookie left as imports, is within its gzip budget', () => {
  const module = rows[1];
  assert.equal(module.file, 'dist/cookie-consent.js');
  const code = readFileSync(new URL(`../../${module.file}`, import.meta.url), 'utf8');
  assert.match(code, /from\s*["']lit["']/, 'Lit must stay an import');
  assert.match(code, /from\s*["']js-cookie["']/, 'js-cookie must stay an import');
  assert.ok(module.gz <= BUDGETS.module, `${module.file} is ${module.gz} B gzipped, budget ${BUDGETS.module}`);
});

test('every language pack is within its gzip budget', () => {
  const packs = rows.slice(2);
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
  for (const [name, block] of Object.entries(readmeBlocks(rows))) {
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
