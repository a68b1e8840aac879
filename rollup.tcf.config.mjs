// The TCF files (docs/contract.md §1, §6), built on their own so a site without `tcf` never pays for them:
//   dist/cookie-consent-tcf.min.js  src/tcf/entry.ts with @iabtechlabtcf/core + cmpapi and js-cookie inside.
//     A classic script (IIFE), not an ES module: the core loads its sibling files with <script> so that
//     Subresource Integrity and the page's CSP nonce apply (import() takes neither). It registers itself for
//     the core's sibling loader, defines `__cookieConsentTcf` = { startTcf, startTcfFor, TC_COOKIE }, and
//     runs nothing else: the core calls startTcfFor.
//   dist/tcf-stub.min.js            src/tcf/stub-script.ts: the __tcfapi stub a site puts in <head>.
// `npx rollup -c rollup.tcf.config.mjs` builds just these; rollup.config.mjs includes them in `npm run build`.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const plugins = () => [
  nodeResolve({ browser: true }),
  typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist', noEmitOnError: true }),
  // No comments but the compile hint below (rollup.config.mjs explains it).
  terser({
    ecma: 2021,
    compress: { passes: 2, pure_getters: true },
    format: { comments: /^# allFunctionsCalledOnLoad$/ },
  }),
];

export default [
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
    plugins: plugins(),
  },
  {
    input: 'src/tcf/stub-script.ts',
    output: { file: 'dist/tcf-stub.min.js', format: 'iife', sourcemap: false },
    plugins: plugins(),
  },
];
