// The builds, all minified: the drop-in's two files (IIFE each: the core a site adds with a script tag,
// no Lit; the UI file the core loads when something must be drawn, Lit inside), the ES module for
// bundlers (lit and js-cookie stay imports, so an app that has Lit ships it once) and the language packs.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { litForDropIn } from './scripts/lit-for-drop-in.mjs';
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
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

/** Writes each pack also as JSON, the one small file the drop-in script fetches for a reader's language. */
const packsAsJson = () => ({
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
      // Types for bundlers that import a pack: the English shape (dist/i18n/en.d.ts).
      const types =
        "import type { Strings } from './en.js';\ndeclare const strings: Strings;\nexport default strings;\n";
      this.emitFile({ type: 'asset', fileName: chunk.fileName.replace(/\.js$/, '.d.ts'), source: types });
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

/** Writes each sibling's SRI hash (sha384, as browsers check it) into the core. The siblings are built first. */
const siblingHashes = () => ({
  name: 'sibling-hashes',
  renderChunk(code) {
    for (const { placeholder, file } of SIBLINGS) {
      if (!code.includes(placeholder))
        this.error(`${placeholder} not found in the core: its sibling ${file} would load unchecked`);
      const hash = 'sha384-' + createHash('sha384').update(readFileSync(file)).digest('base64');
      code = code.replaceAll(placeholder, hash);
    }
    return { code, map: null };
  },
});

/** The drop-in's two files: the same plugins, Lit's unused parts left out (only the UI file has Lit). */
const dropIn = (input, file, extraPlugins = []) => ({
  input,
  output: {
    file,
    format: 'iife',
    sourcemap: false,
    banner: '//# allFunctionsCalledOnLoad',
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
  // The TCF files (dist/cookie-consent-tcf.min.js, dist/tcf-stub.min.js; loaded only when a site
  // configures `tcf`) and the UI first: the core carries their hashes.
  ...tcf,
  dropIn('src/auto-ui.ts', 'dist/cookie-consent-ui.min.js'),
  dropIn('src/auto.ts', 'dist/cookie-consent.min.js', [siblingHashes()]),
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
];
