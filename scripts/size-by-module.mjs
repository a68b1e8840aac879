#!/usr/bin/env node
// `npm run size:modules [-- ui]`: where the drop-in core's bytes go (with `ui`: the UI file's). Builds
// dist/cookie-consent.min.js (or dist/cookie-consent-ui.min.js) in memory (the same rollup config, nothing written) with a source map and credits every minified character to the source file
// it came from. Raw minified bytes per file, largest first, then the bundle's raw and gzip total. Gzip cannot be
// split by file; leaving a module out and rebuilding is the way to measure one module's gzip cost.
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
mappings.forEach((m, i) => {
  const next = mappings[i + 1];
  const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : lines[m.generatedLine - 1].length;
  const file = (m.source ?? '?').replace(/.*node_modules\//, 'node_modules/').replace(/.*?\/?src\//, 'src/');
  bytes[file] = (bytes[file] ?? 0) + end - m.generatedColumn;
});
for (const [file, n] of Object.entries(bytes).sort((a, b) => b[1] - a[1])) console.log(String(n).padStart(7), file);
console.log(`${String(code.length).padStart(7)} total, ${gzipSync(code, { level: 9 }).length} B gzip`);
