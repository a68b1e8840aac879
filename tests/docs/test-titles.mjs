// Reads the titles of the tests in a test file without running it: every `it(…)`, `test(…)` and
// `describe(…)` whose first argument is a string literal ('…', "…" or `…`). A template literal's
// `${…}` is kept as written, so a document names such a test exactly as its source spells it.
// Titles computed at run time (`describe(code, …)`) are not literals and are not listed.
import { readFileSync } from 'node:fs';

// `it(`, `test(`, `describe(`, also `.only` / `.skip` forms, but never a method such as `/x/.test(`.
const CALL = /(?<![\w$.])(it|test|describe)(?:\.(?:only|skip|todo))?\s*\(\s*/g;

/** The string literal that starts at `source[start]`, or null when there is none. */
function literalAt(source, start) {
  const quote = source[start];
  if (quote !== "'" && quote !== '"' && quote !== '`') return null;
  let text = '';
  for (let i = start + 1; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1];
      // Escaped quotes and backslashes are read as the character; any other escape is kept as written.
      text += next === quote || next === '\\' ? next : c + next;
      i++;
    } else if (c === quote) {
      return text;
    } else if (c === '\n' && quote !== '`') {
      return null;
    } else {
      text += c;
    }
  }
  return null;
}

/** Every test and describe title in `source`, in order, as `{ kind, title, line }`. */
export function titlesIn(source) {
  const found = [];
  for (const match of source.matchAll(CALL)) {
    const title = literalAt(source, match.index + match[0].length);
    if (title === null) continue;
    const line = source.slice(0, match.index).split('\n').length;
    found.push({ kind: match[1] === 'describe' ? 'describe' : 'test', title, line });
  }
  return found;
}

/** The test titles (not describe titles) of the file at `path`. */
export function testTitles(path) {
  return titlesIn(readFileSync(path, 'utf8'))
    .filter((t) => t.kind === 'test')
    .map((t) => t.title);
}
