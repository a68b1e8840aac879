#!/usr/bin/env node
// `npm run size:modules [-- ui]`: where the drop-in core's bytes go (with `ui`: the UI file's). Builds
// dist/cookie-consent.min.js (or dist/cookie-consent-ui.min.js) in memory (the same rollup config, nothing written) with a source map and credits every minified character to the source file
// it came from. Raw minified bytes per file, largest first, with each file's gzip share (the bundle's gzip size
// less that of the bundle with the file's bytes blanked out), then the bundle's raw and gzip total.
import { rollup } from 'rollup';
import { SourceMapConsumer } from 'source-map';
import { gzipSync } from 'node:zlib';
import configs from '../rollup.config.mjs';

const wanted = process.argv.includes('ui') ? 'dist/cookie-consent-ui.min.js' : 'dist/cookie-consent.min.js';
const dropIn = configs.find((c) => c.output.file === wanted);
const bundle = await rollup({ input: dropIn.input, plugins: dropIn.plugins, onwarn: () => {} });
const { output } = await bundle.generate({ format: 'iife', sourcemap: true });
const { code, map } = output[0];
const lines = code.split('\n');
const mappings = [];
(await new SourceMapConsumer(map)).eachMapping((m) => mappings.push(m));
mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
const bytes = {};
/** Per file, the [line, start, end) ranges of the minified code it made. */
const ranges = {};
mappings.forEach((m, i) => {
  const next = mappings[i + 1];
  const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : lines[m.generatedLine - 1].length;
  const file = (m.source ?? '?').replace(/.*node_modules\//, 'node_modules/').replace(/.*?\/?src\//, 'src/');
  bytes[file] = (bytes[file] ?? 0) + end - m.generatedColumn;
  (ranges[file] ??= []).push([m.generatedLine - 1, m.generatedColumn, end]);
});
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const total = gzip(code);
/**
 * What a file's bytes add to the gzip size: the bundle's gzip size less that of the bundle without
 * them (no longer valid code, but gzip does not care). Shared repeats make the column sum to less
 * than the total.
 */
const gzipShare = (file) => {
  const kept = lines.map((line) => [...line]);
  for (const [line, start, end] of ranges[file]) for (let c = start; c < end; c++) kept[line][c] = '';
  return total - gzip(kept.map((line) => line.join('')).join('\n'));
};
console.log('    raw  gzip share  file');
for (const [file, n] of Object.entries(bytes).sort((a, b) => b[1] - a[1]))
  console.log(String(n).padStart(7), String(gzipShare(file)).padStart(11), '', file);
console.log(`${String(code.length).padStart(7)} total, ${total} B gzip`);
