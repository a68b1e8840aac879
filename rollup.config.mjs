// The builds, all minified: the drop-in's two files (IIFE each: the core a site adds with a script tag,
// no Lit; the UI file the core loads when something must be drawn, Lit inside), the ES module for
// bundlers (lit and js-cookie stay imports, so an app that has Lit ships it once) and the language packs.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { litForDropIn } from './scripts/lit-for-drop-in.mjs';
import { readdirSync } from 'node:fs';
import { siblingHashes } from './scripts/sibling-hashes.mjs';
import tcf from './rollup.tcf.config.mjs';

const terserOptions = {
  ecma: 2021,
  module: false,
  compress: { passes: 2, pure_getters: true },
  // No comments but one: Chromium (136 and later) compiles every function of a script whose first
  // line is `//# allFunctionsCalledOnLoad` eagerly, on the thread that streams the script in,
  // instead of lazily on the main thread in the middle of start-up and the first render. Most of
  // the widget's longest tasks on a slow phone were that compilation (issue 7). Other engines
  // ignore it. The drop-in build puts it first (its `banner`).
  format: { comments: /^# allFunctionsCalledOnLoad$/ },
  // Our private members are `_name`; Lit's own internals are `_$…` and already mangled.
  mangle: { properties: { regex: /^_[a-z]/ } },
};

// Language packs: every src/i18n/<code>.ts but English (built in) and the list itself.
const packs = readdirSync('src/i18n')
  .filter((f) => /^[a-z]{2,3}(-[a-z0-9]+)*\.ts$/i.test(f) && !['en.ts', 'languages.ts'].includes(f))
  .map((f) => `src/i18n/${f}`);
// The TCF screens' own strings, one file per language (src/i18n/tcf/<code>.ts but English, which the
// screens carry): dist/i18n/tcf/<code>.json, fetched by the TCF screens only.
const tcfPacks = readdirSync('src/i18n/tcf')
  .filter((f) => /^[a-z]{2,3}(-[a-z0-9]+)*\.ts$/i.test(f) && f != 'en.ts')
  .map((f) => `src/i18n/tcf/${f}`);

/**
 * Writes each pack also as JSON, the one small file the drop-in script fetches for a reader's language,
 * and (`types`) its types for bundlers that import it.
 */
const packsAsJson = (types = true) => ({
  name: 'packs-as-json',
  async generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
      const { default: strings } = await import(`data:text/javascript,${encodeURIComponent(chunk.code)}`);
      // The element sets `$code` itself and reads a missing `$dir` as 'ltr': the fetched file leaves both out when they add nothing.
      const { $code, $dir, ...texts } = strings;
      const json = $dir == 'rtl' ? { $dir, ...texts } : texts;
      this.emitFile({
        type: 'asset',
        fileName: chunk.fileName.replace(/\.js$/, '.json'),
        source: JSON.stringify(json),
      });
      if (!types) continue;
      // Types for bundlers that import a pack: the English shape (dist/i18n/en.d.ts).
      const declaration =
        "import type { Strings } from './en.js';\ndeclare const strings: Strings;\nexport default strings;\n";
      this.emitFile({ type: 'asset', fileName: chunk.fileName.replace(/\.js$/, '.d.ts'), source: declaration });
    }
  },
});

/**
 * Files the drop-in's core loads itself (src/load-sibling.ts), each with the Subresource Integrity hash
 * of the file as built, written into the core in place of its placeholder. Another lazily loaded file
 * is one more entry here, one more build below (before the core's), and a
 * `{ name, file, integrity: '__…_INTEGRITY__' }` in the code that loads it.
 */
const SIBLINGS = [
  { placeholder: '__UI_INTEGRITY__', file: 'dist/cookie-consent-ui.min.js' },
  { placeholder: '__TCF_INTEGRITY__', file: 'dist/cookie-consent-tcf.min.js' },
];

/**
 * The drop-in's two files: the same plugins, Lit's unused parts left out (only the UI file has Lit).
 * `compileHint`: the compile hint first (see terserOptions). The UI file has it: it is loaded to draw,
 * and most of its functions run at once. The core has not: it runs on every page, a returning
 * reader's too, where most of its functions (a choice, the UI's hand-over, the TCF loader) never
 * run, and the hint made the heap hold their bytecode (12 kB in the returning reader's bench pass,
 * 25 kB on a first visit). The price: a first visit compiles the core's functions on the main
 * thread as they first run (about 10-15 ms more main-thread CPU at full speed; docs/performance.md, "Size").
 */
const dropIn = (input, file, { extraPlugins = [], compileHint }) => ({
  input,
  output: {
    file,
    format: 'iife',
    sourcemap: false,
    banner: compileHint ? '//# allFunctionsCalledOnLoad' : '',
  },
  plugins: [
    // Lit's production build is the default export condition; "development" is never selected.
    nodeResolve({ browser: true }),
    litForDropIn(),
    minifyTemplates(),
    typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist', noEmitOnError: true }),
    terser(terserOptions),
    ...extraPlugins,
  ],
});

export default [
  // dist/cookie-consent-tcf-ui.min.js, dist/cookie-consent-tcf.min.js and dist/tcf-stub.min.js, loaded
  // only when a site configures `tcf`: first, so that the files that load them can carry their hashes.
  ...tcf,
  // The UI before the core: the core carries its hash.
  dropIn('src/auto-ui.ts', 'dist/cookie-consent-ui.min.js', { compileHint: true }),
  dropIn('src/auto.ts', 'dist/cookie-consent.min.js', { extraPlugins: [siblingHashes(SIBLINGS)], compileHint: false }),
  {
    input: 'src/cookie-consent.ts',
    output: { dir: 'dist', format: 'es', entryFileNames: 'cookie-consent.js', sourcemap: false },
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id === 'js-cookie',
    plugins: [
      minifyTemplates(),
      typescript({
        tsconfig: './tsconfig.json',
        declaration: true,
        declarationDir: 'dist',
        outDir: 'dist',
        noEmitOnError: true,
      }),
      // Minified too: a bundler may not minify node_modules, and the budget (6,000 B gzip) counts what ships.
      terser({ ...terserOptions, module: true }),
      // It loads the TCF file too (src/standalone.ts), with its hash.
      siblingHashes(SIBLINGS.filter((s) => s.placeholder == '__TCF_INTEGRITY__')),
    ],
  },
  ...(packs.length
    ? [
        {
          input: packs,
          output: { dir: 'dist/i18n', format: 'es', entryFileNames: '[name].js' },
          plugins: [
            typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist/i18n', noEmitOnError: true }),
            packsAsJson(),
          ],
        },
      ]
    : []),
  {
    input: tcfPacks,
    output: { dir: 'dist/i18n/tcf', format: 'es', entryFileNames: '[name].js' },
    plugins: [
      typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist/i18n/tcf', noEmitOnError: true }),
      packsAsJson(false),
    ],
  },
];
