// One formatter for the whole repository: `npm run format` writes, `npm run format:check` (part of
// `npm test`) fails on any file it would change.
export default {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  // Off: whitespace inside lit-html templates is content (it becomes text nodes between inline
  // elements), and scripts/minify-templates.mjs already controls it in the builds.
  embeddedLanguageFormatting: 'off',
};
