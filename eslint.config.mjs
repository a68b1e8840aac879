// One lint configuration for the whole repository: `npm run lint` (part of `npm test`), `npm run lint:fix`.
// Formatting is Prettier's job (prettier.config.mjs); nothing here is about layout.
//
// TypeScript and JavaScript alike are linted with type information, with typescript-eslint's
// recommended-type-checked set: the rules that catch real bugs (floating or misused promises, unsafe
// `any`, awaiting a non-promise, unbound methods, throwing non-errors). Not strict-type-checked: its
// extra rules fight this code on purpose. no-unnecessary-condition would delete the defensive checks
// on values a host page hands us (typed, but untrusted at run time), no-non-null-assertion the `!`
// that is how the code meets noUncheckedIndexedAccess, and the stricter operand rules the
// byte-saving coercions the size budget depends on.
// Each file group is type-checked by the tsconfig that builds or checks it:
//   src/**/*.ts            tsconfig.json       (the widget, built by rollup)
//   tests/**/*.ts          tsconfig.test.json  (browser tests, mocha + @open-wc/testing)
//   cli/**/*.ts            tsconfig.cli.json   (the Node command-line tools)
//   every .js / .mjs file  tsconfig.js.json    (Node scripts and configs, node:test tests, the demo's, bench's and fixtures' browser scripts)
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

const root = import.meta.dirname;

export default defineConfig(
  {
    name: 'cookie-consent/ignores',
    // Built, installed or data, not written by us (the same list as .prettierignore).
    ignores: ['dist/', 'demo/dist/', 'node_modules/', 'custom-elements.json', 'data/', 'tests/visual/baselines/'],
  },

  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    name: 'cookie-consent/type-information',
    languageOptions: {
      parserOptions: { tsconfigRootDir: root },
    },
  },
  {
    name: 'cookie-consent/rule-options',
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            // node:test's test()/describe() return a promise the runner itself awaits.
            { from: 'package', name: ['test', 'it', 'describe', 'suite'], package: 'node:test' },
            // @open-wc/semantic-dom-diff types chai's equal() as returning a promise; it returns nothing
            // (it is synchronous, chai-dom-diff.js), so `expect(a).to.equal(b)` is not a floating promise.
            { from: 'package', name: 'Equal', package: 'chai' },
          ],
        },
      ],
      // The widget swallows what a host page's hostile getters and storage throw, on purpose (the
      // error is already reported, or there is nothing to report); an empty catch says exactly that.
      'no-empty': ['error', { allowEmptyCatch: true }],
      // `let x;` read by a closure before its one assignment (the gate, a notice's name) cannot be const.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // A list in a message reads as "a,b" (Array's own toString), which is what the messages want.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowArray: true }],
      // `const { v, ...rest } = o` is how a key is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  { files: ['src/**/*.ts'], languageOptions: { parserOptions: { project: './tsconfig.json' } } },
  { files: ['tests/**/*.ts'], languageOptions: { parserOptions: { project: './tsconfig.test.json' } } },
  { files: ['cli/**/*.ts'], languageOptions: { parserOptions: { project: './tsconfig.cli.json' } } },
  { files: ['**/*.js', '**/*.mjs'], languageOptions: { parserOptions: { project: './tsconfig.js.json' } } },

  // Where the code runs decides its globals.
  {
    name: 'cookie-consent/node',
    files: ['*.mjs', 'scripts/**/*.mjs', 'tests/**/*.mjs', 'cli/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    name: 'cookie-consent/browser',
    files: ['src/**/*.ts', 'tests/**/*.ts', 'demo/**/*.js', 'tests/fixtures/**/*.js', 'bench/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    name: 'cookie-consent/browser-tests',
    files: ['tests/**/*.test.ts'],
    languageOptions: { globals: globals.mocha },
  },
  {
    // The demo's scripts, most fixtures and the bench's page scripts are classic <script>s, not modules.
    name: 'cookie-consent/classic-scripts',
    files: ['demo/**/*.js', 'tests/fixtures/**/*.js', 'bench/*.js'],
    ignores: ['tests/fixtures/gated-module.js'],
    languageOptions: { sourceType: 'script' },
  },

  {
    name: 'cookie-consent/javascript',
    files: ['**/*.js', '**/*.mjs'],
    rules: {
      // JavaScript has no type annotations: an untyped parameter or a JSON.parse() result is `any`, so
      // these would flag nearly every use of one. The TypeScript code keeps them.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },

  // Lit templates and the custom element.
  {
    name: 'cookie-consent/lit',
    files: ['src/**/*.ts', 'tests/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    name: 'cookie-consent/lit-a11y',
    files: ['src/**/*.ts', 'tests/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    name: 'cookie-consent/wc',
    files: ['src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
);
