// Two builds: the drop-in script (IIFE, everything inside, minified) and the ES module for
// bundlers (lit and js-cookie stay imports, so an app that has Lit ships it once).
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';

const terserOptions = {
  ecma: 2021,
  module: false,
  compress: { passes: 2, pure_getters: true },
  format: { comments: false },
  // Our private members are `_name`; Lit's own internals are `_$…` and already mangled.
  mangle: { properties: { regex: /^_[a-z]/ } },
};

export default [
  {
    input: 'src/auto.ts',
    output: { file: 'dist/cookie-consent.min.js', format: 'iife', sourcemap: false },
    plugins: [
      // Lit's production build is the default export condition; "development" is never selected.
      nodeResolve({ browser: true }),
      minifyTemplates(),
      typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist', noEmitOnError: true }),
      terser(terserOptions),
    ],
  },
  {
    input: 'src/cookie-consent.ts',
    output: { dir: 'dist', format: 'es', entryFileNames: 'cookie-consent.js', sourcemap: false },
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id === 'js-cookie',
    plugins: [typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist', outDir: 'dist', noEmitOnError: true })],
  },
];
