// The command-line tools: cli/main.ts (the package's bin) and cli/index.ts (the same as a library),
// bundled to dist/cli/ with the pure core they reuse (validateConfig, cookie-name patterns).
// Type-checked with tsconfig.cli.json; puppeteer-core and tldts stay runtime dependencies.
import typescript from '@rollup/plugin-typescript';
import { chmodSync } from 'node:fs';

export default {
  input: { main: 'cli/main.ts', index: 'cli/index.ts', records: 'cli/records/index.ts' },
  output: {
    dir: 'dist/cli',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'shared-[hash].js',
    banner: (chunk) => (chunk.name == 'main' ? '#!/usr/bin/env node' : ''),
  },
  external: (id) => id.startsWith('node:') || ['puppeteer-core', 'tldts', '@electric-sql/pglite', 'pg'].includes(id),
  plugins: [
    typescript({ tsconfig: './tsconfig.cli.json', noEmitOnError: true }),
    { name: 'executable-bin', writeBundle: () => chmodSync('dist/cli/main.js', 0o755) },
  ],
};
