// Prints the size of what a site downloads: raw and gzipped (level 9, as servers send it).
// The target for the drop-in script is 12,000 bytes gzipped, English and CSS included.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 12000;
const files = ['dist/cookie-consent.min.js', 'dist/cookie-consent.js'];
for (const file of files) {
  const data = readFileSync(new URL(`../${file}`, import.meta.url));
  const gz = gzipSync(data, { level: 9 }).length;
  console.log(`${file.padEnd(30)} ${String(data.length).padStart(7)} B raw  ${String(gz).padStart(6)} B gzip`);
}
const main = gzipSync(readFileSync(new URL('../dist/cookie-consent.min.js', import.meta.url)), { level: 9 }).length;
if (main > BUDGET) console.log(`dist/cookie-consent.min.js is ${main - BUDGET} B over the ${BUDGET} B gzip target.`);
