// A rollup plugin that strips the indentation out of Lit's html`` and css`` templates before
// compiling: terser keeps template text as it is, and that whitespace is a sizeable part of the
// bundle. It uses the TypeScript parser, so only template text is touched, never code.
import ts from 'typescript';

// The pseudo-elements CSS 2 knew parse with one colon as well (::backdrop and later ones do not).
const minifyCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/::(before|after)/g, ':$1')
    .trim();

// Whitespace with a line break in it is indentation: between tags, and between a tag or the
// template's edge and a binding (the text here is one part of a template, between two bindings),
// it goes; elsewhere it is one space. Indentation sits only between block elements, where a
// whitespace text node draws nothing; text that needs a space keeps it on one line.
const minifyHtml = (text) => text.replace(/(^|>)\s*\n\s*(?=<|$)/g, '$1').replace(/\s*\n\s*/g, ' ');

export function minifyTemplates({ include = /\/src\/ui\/.*\.ts$/ } = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include.test(id)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits = [];
      const visit = (node) => {
        if (
          ts.isTaggedTemplateExpression(node) &&
          ts.isIdentifier(node.tag) &&
          ['html', 'css'].includes(node.tag.text)
        ) {
          const minify = node.tag.text === 'css' ? minifyCss : minifyHtml;
          const t = node.template;
          const parts = ts.isNoSubstitutionTemplateLiteral(t)
            ? [t]
            : [t.head, ...t.templateSpans.map((s) => s.literal)];
          for (const part of parts) {
            const start = part.getStart(source);
            const raw = code.slice(start, part.getEnd());
            // Keep the delimiters (` ${ } `) and rewrite only the text between them.
            const open = raw.startsWith('`') ? 1 : 1;
            const close = raw.endsWith('${') ? 2 : 1;
            const inner = raw.slice(open, raw.length - close);
            edits.push([start + open, start + raw.length - close, minify(inner)]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      let out = code;
      for (const [from, to, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, from) + text + out.slice(to);
      return { code: out, map: null };
    },
  };
}
