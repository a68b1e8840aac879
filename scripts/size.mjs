// `npm run size`: the size of what a site downloads, raw and gzipped (level 9, as servers send it),
// against the budgets of issue 7. `npm test` checks the same budgets (tests/budget/size.test.mjs).
//   dist/cookie-consent.min.js  the drop-in script: Lit, js-cookie, CSS and English included
//   dist/cookie-consent.js      the ES module for bundlers: Lit and js-cookie stay imports
//   dist/i18n/<code>.json       one language pack, fetched on top for a reader's language
// `--check` exits 1 when a file is over its budget; `--readme` writes the measured figures into README.md
// (its headline and its Size table), which tests/budget/size.test.mjs holds to the build.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** Issue 7's targets, in bytes gzipped. */
export const TARGETS = { dropIn: 12000, module: 6000, pack: 1000 };
/**
 * What `npm test` enforces today. The packs meet their target; the two scripts do not yet (README,
 * "Size"), so their budget is a ratchet: a little over the size measured when it was last set. Lower
 * it whenever the build gets smaller; raise it only with the reason written here, and it reaches the
 * target when they do. Raised: the module from 10,400 to 10,450 B for the blocked-embed notices'
 * fallback when no animation frame comes (a background tab), which once left a notice out for good.
 * Raised: the drop-in from 15,450 and the module from 10,100 B for docs/compliance.md R13 (the record's
 * `asked` list, v1 records still read, removed categories dropped) and the "Learn more" link's
 * visually hidden continuation (Lighthouse link-text in every language): about 190 B gzipped.
 */
export const BUDGETS = { dropIn: 15650, module: 10280, pack: TARGETS.pack };

const dist = new URL('../dist/', import.meta.url);

function measure(file) {
  const data = readFileSync(new URL(file, dist));
  return { file: `dist/${file}`, raw: data.length, gz: gzipSync(data, { level: 9 }).length };
}

/** Every measured file with its budget. Throws when dist/ has not been built. */
export function measureBuild() {
  const packs = readdirSync(new URL('i18n/', dist))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ ...measure(`i18n/${f}`), budget: BUDGETS.pack, target: TARGETS.pack }));
  return [
    { ...measure('cookie-consent.min.js'), budget: BUDGETS.dropIn, target: TARGETS.dropIn },
    { ...measure('cookie-consent.js'), budget: BUDGETS.module, target: TARGETS.module },
    ...packs,
  ];
}

const B = (n) => `${n.toLocaleString('en-US')} B`;
const kB = (n) => (n / 1000).toFixed(1);

/** The README's size figures for these measurements: the headline and the Size table, each between its markers. */
export function readmeBlocks(rows) {
  const [dropIn, module, ...packs] = rows;
  const gz = packs.map((p) => p.gz),
    raw = packs.map((p) => p.raw);
  const met = dropIn.gz <= dropIn.target;
  return {
    size: `**Size:** \`${dropIn.file}\` is ${kB(dropIn.raw)} kB raw, **${kB(dropIn.gz)} kB gzipped**, Lit, js-cookie,
CSS and English included. The target is ${kB(dropIn.target)} kB${met ? ' and is met' : ' and is not met yet'} (see [Size](#size)).`,
    'size-table': [
      '| file | raw | gzip | target | budget `npm test` checks |',
      '| --- | --- | --- | --- | --- |',
      `| \`${dropIn.file}\` (Lit, js-cookie, CSS, English) | ${B(dropIn.raw)} | **${B(dropIn.gz)}** | ${B(dropIn.target)} | ${B(dropIn.budget)} |`,
      `| \`${module.file}\` (ES module, minified; Lit and js-cookie are imports) | ${B(module.raw)} | **${B(module.gz)}** | ${B(module.target)} | ${B(module.budget)} |`,
      `| one \`dist/i18n/*.json\` language pack (${packs.length}) | ${kB(Math.min(...raw))}–${kB(Math.max(...raw))} kB | **${Math.min(...gz)}–${Math.max(...gz)} B** | ${B(TARGETS.pack)} | ${B(BUDGETS.pack)} |`,
    ].join('\n'),
  };
}

/** `text` (the README) with every block of readmeBlocks() put between its `<!-- name:start -->` and `<!-- name:end -->`. */
export function withSizes(text, rows) {
  for (const [name, block] of Object.entries(readmeBlocks(rows))) {
    const re = new RegExp(`(<!-- ${name}:start -->\n)[^]*?(\n<!-- ${name}:end -->)`);
    if (!re.test(text)) throw new Error(`README.md has no <!-- ${name}:start --> … <!-- ${name}:end --> block`);
    text = text.replace(re, (_, start, end) => start + block + end);
  }
  return text;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = measureBuild();
  const row = ({ file, raw, gz, budget, target }) =>
    console.log(
      `${file.padEnd(30)} ${String(raw).padStart(7)} B raw ${String(gz).padStart(7)} B gzip   target ${target}` +
        (gz > target ? ` (${gz - target} over)` : '') +
        (budget != target ? `, budget ${budget}` : '') +
        (gz > budget ? `  OVER BUDGET by ${gz - budget}` : ''),
    );
  const [dropIn, module, ...packs] = rows;
  row(dropIn);
  row(module);
  packs.sort((a, b) => a.gz - b.gz);
  const over = packs.filter((p) => p.gz > p.budget);
  console.log(
    `dist/i18n/*.json: ${packs.length} packs, ${packs[0].gz}–${packs.at(-1).gz} B gzip (${packs[0].file} smallest, ${packs.at(-1).file} largest), target ${TARGETS.pack} each`,
  );
  for (const p of over) row(p);
  if (process.argv.includes('--readme')) {
    const readme = new URL('../README.md', import.meta.url);
    // Formatted as `npm run format` would, so the format check stays green after a size update.
    const { format, resolveConfig } = await import('prettier');
    const filepath = fileURLToPath(readme);
    const text = await format(withSizes(readFileSync(readme, 'utf8'), rows), {
      ...(await resolveConfig(filepath)),
      filepath,
    });
    writeFileSync(readme, text);
    console.log('README.md: size figures written');
  }
  if (process.argv.includes('--check') && rows.some((r) => r.gz > r.budget)) process.exit(1);
}
