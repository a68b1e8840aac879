// Prints the size of what a site downloads: raw and gzipped (level 9, as servers send it).
// The target for the drop-in script is 12,000 bytes gzipped, English and CSS included; each
// language pack a reader may fetch on top should stay under 1,000 bytes gzipped.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 12000;
const PACK_BUDGET = 1000;
const dist = new URL('../dist/', import.meta.url);
const measure = (file) => {
  const data = readFileSync(new URL(file, dist));
  return { raw: data.length, gz: gzipSync(data, { level: 9 }).length };
};
const row = (name, { raw, gz }) => console.log(`${name.padEnd(34)} ${String(raw).padStart(7)} B raw  ${String(gz).padStart(6)} B gzip`);

const main = measure('cookie-consent.min.js');
row('dist/cookie-consent.min.js', main);
row('dist/cookie-consent.js (ES module)', measure('cookie-consent.js'));
const packs = readdirSync(new URL('i18n/', dist)).filter((f) => f.endsWith('.json'));
const sizes = packs.map((f) => ({ f, ...measure(`i18n/${f}`) })).sort((a, b) => a.gz - b.gz);
if (sizes.length) {
  const [small, large] = [sizes[0], sizes[sizes.length - 1]];
  console.log(`dist/i18n/*.json: ${sizes.length} packs, ${small.gz}–${large.gz} B gzip (smallest ${small.f}, largest ${large.f})`);
  for (const s of sizes.filter((s) => s.gz > PACK_BUDGET)) console.log(`  ${s.f} is over the ${PACK_BUDGET} B pack target`);
}
if (main.gz > BUDGET) console.log(`dist/cookie-consent.min.js is ${main.gz - BUDGET} B over the ${BUDGET} B gzip target.`);
