// The TCF files (docs/contract.md §1, §6), built on their own so a site without `tcf` never pays for them:
//   dist/cookie-consent-tcf.min.js  src/tcf/entry.ts with @iabtechlabtcf/core + cmpapi and js-cookie inside.
//     A classic script (IIFE), not an ES module: the core loads its sibling files with <script> so that
//     Subresource Integrity and the page's CSP nonce apply (import() takes neither). It registers itself for
//     the core's sibling loader, defines `__cookieConsentTcf` = { startTcf, startTcfFor, TC_COOKIE }, and
//     runs nothing else: the core calls startTcfFor.
//   dist/cookie-consent-tcf-ui.min.js  src/tcf/ui/index.ts: the TCF screens, loaded by the TCF file (with SRI) when
//     the UI is about to draw. No Lit inside: its templates are data that the UI file's lit-html renders.
//   dist/tcf-stub.min.js            src/tcf/stub-script.ts: the __tcfapi stub a site puts in <head>.
// `npx rollup -c rollup.tcf.config.mjs` builds just these; rollup.config.mjs includes them in `npm run build`.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { siblingHashes } from './scripts/sibling-hashes.mjs';

const plugins = (...extra) => [
  nodeResolve({ browser: true }),
  minifyTemplates({ include: /\/src\/tcf\/ui\/.*\.ts$/ }),
  typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist', noEmitOnError: true }),
  // No comments but the compile hint below (rollup.config.mjs explains it).
  terser({
    ecma: 2021,
    compress: { passes: 2, pure_getters: true },
    format: { comments: /^# allFunctionsCalledOnLoad$/ },
  }),
  ...extra,
];

export default [
  // The screens first: the TCF file carries their hash.
  {
    input: 'src/tcf/ui/index.ts',
    output: { file: 'dist/cookie-consent-tcf-ui.min.js', format: 'iife', sourcemap: false },
    plugins: plugins(),
  },
  {
    input: 'src/tcf/entry.ts',
    output: {
      file: 'dist/cookie-consent-tcf.min.js',
      format: 'iife',
      name: '__cookieConsentTcf',
      sourcemap: false,
      // Chromium compiles the whole file while it streams in, off the main thread: a returning reader's
      // `tcloaded` waits for this file to run (Google's tags wait 500 ms at most).
      banner: '//# allFunctionsCalledOnLoad',
    },
    plugins: plugins(
      siblingHashes([{ placeholder: '__TCF_UI_INTEGRITY__', file: 'dist/cookie-consent-tcf-ui.min.js' }]),
    ),
  },
  {
    input: 'src/tcf/stub-script.ts',
    output: { file: 'dist/tcf-stub.min.js', format: 'iife', sourcemap: false },
    plugins: plugins(),
  },
];
