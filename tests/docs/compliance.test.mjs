// docs/compliance.md against the code: every requirement R01–R42 is there once; every one that is
// not planned (nor an unassigned number) names at least one test; every test it names exists (file
// and title as written in the source); and nothing under tests/, src/ or cli/ cites a requirement
// the document does not define. Also: no committed file points at the reference documents outside
// the repository any more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------- reading test titles
// The titles of the tests in a file, without running it: every `it(…)`, `test(…)` and `describe(…)`
// whose first argument is a string literal ('…', "…" or `…`). A template literal's `${…}` is kept
// as written, so the document names such a test exactly as its source spells it. Titles computed
// at run time (`describe(code, …)`) are not literals and are not listed.
// `it(`, `test(`, `describe(`, also `.only` / `.skip` / `.todo` forms, but never a method such as
// `/x/.test(`. A skipped or to-do test proves nothing: its title is read, then left out.
const CALL = /(?<![\w$.])(it|test|describe)(?:\.(only|skip|todo))?\s*\(\s*/g;

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
function titlesIn(source) {
  const found = [];
  for (const match of source.matchAll(CALL)) {
    const title = literalAt(source, match.index + match[0].length);
    if (title === null || match[2] === 'skip' || match[2] === 'todo') continue;
    const line = source.slice(0, match.index).split('\n').length;
    found.push({ kind: match[1] === 'describe' ? 'describe' : 'test', title, line });
  }
  return found;
}

/** The test titles (not describe titles) of the file at `path`. */
function testTitles(path) {
  return titlesIn(readFileSync(path, 'utf8'))
    .filter((t) => t.kind === 'test')
    .map((t) => t.title);
}
// ---------------------------------------------------------------- the document

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DOC = 'docs/compliance.md';
/** This file describes the formats it checks (R01–R42, the outside paths), so it is not itself checked. */
const SELF = 'tests/docs/compliance.test.mjs';

/**
 * The requirements of the document: `### Rnn …` headings, each with its status (`tested` unless a
 * `**Status:**` line says `planned` or `unassigned`) and its test references, list items of the
 * form `` - `tests/x.test.ts` › title ``.
 */
function readRequirements(markdown) {
  /** @typedef {{ id: string, status: string, tests: { file: string, title: string }[] }} Requirement */
  /** @type {Requirement[]} */
  const requirements = [];
  /** @type {Requirement | null} */
  let current = null;
  for (const line of markdown.split('\n')) {
    const heading = /^###\s+R(\d{2})\b/.exec(line);
    if (heading) {
      current = { id: `R${heading[1]}`, status: 'tested', tests: [] };
      requirements.push(current);
      continue;
    }
    if (/^#{1,3}\s/.test(line)) current = null;
    if (!current) continue;
    const status = /^\s*-\s+\*\*Status:\*\*\s+(\w+)/.exec(line);
    if (status) current.status = status[1];
    const ref = /^\s*-\s+`(tests\/[^`]+)`\s+›\s+(.+?)\s*$/.exec(line);
    if (ref) current.tests.push({ file: ref[1], title: ref[2] });
  }
  return requirements;
}

/** Every requirement number a source file cites: R07, R04/R15 and ranges such as R27–R29. */
function citedNumbers(source) {
  const cited = new Set();
  for (const [, from, to] of source.matchAll(/\bR(\d{2})(?:\s*[–-]\s*R(\d{2}))?\b/g)) {
    const last = to === undefined ? Number(from) : Number(to);
    for (let n = Number(from); n <= last; n++) cited.add(`R${String(n).padStart(2, '0')}`);
  }
  return cited;
}

/** The repository's committed files (what a site or a maintainer actually gets). */
const committed = () =>
  execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);

const requirements = readRequirements(readFileSync(join(ROOT, DOC), 'utf8'));
const byId = new Map(requirements.map((r) => [r.id, r]));

test('lists every requirement R01–R42 exactly once, with a known status', () => {
  const ids = requirements.map((r) => r.id);
  const expected = Array.from({ length: 42 }, (_, i) => `R${String(i + 1).padStart(2, '0')}`);
  assert.deepEqual([...ids].sort(), expected);
  for (const r of requirements)
    assert.ok(['tested', 'planned', 'unassigned'].includes(r.status), `${r.id}: ${r.status}`);
});

test('names at least one test for every requirement that is not planned', () => {
  const untested = requirements.filter((r) => r.status === 'tested' && r.tests.length === 0).map((r) => r.id);
  assert.deepEqual(untested, [], `requirements without a test in ${DOC}`);
  const stray = requirements.filter((r) => r.status !== 'tested' && r.tests.length).map((r) => r.id);
  assert.deepEqual(stray, [], 'planned or unassigned requirements that list tests: mark them tested');
});

test('every test the document names exists, by file and title', () => {
  const titles = new Map();
  const missing = [];
  for (const r of requirements)
    for (const { file, title } of r.tests) {
      if (!existsSync(join(ROOT, file))) {
        missing.push(`${r.id}: ${file} (no such file)`);
        continue;
      }
      if (!titles.has(file)) titles.set(file, new Set(testTitles(join(ROOT, file))));
      if (!titles.get(file).has(title)) missing.push(`${r.id}: ${file} › ${title}`);
    }
  assert.deepEqual(missing, [], 'tests named in the document but not found');
});

test('no test, source or CLI file cites a requirement the document does not define', () => {
  const wrong = [];
  for (const file of committed().filter((f) => /^(tests|src|cli)\/.*\.(ts|mjs|js)$/.test(f) && f !== SELF))
    for (const id of citedNumbers(readFileSync(join(ROOT, file), 'utf8'))) {
      const r = byId.get(id);
      if (!r || r.status === 'unassigned') wrong.push(`${file}: ${id}`);
    }
  assert.deepEqual(wrong, []);
});

test('no committed file points at the reference documents outside the repository', () => {
  const outside =
    /\.\.\/shared\b|\/work\/shared\b|\bshared\/(COMPLIANCE|CONTRACT|STYLE)\.md|\bCOMPLIANCE R\d|\bCONTRACT §/;
  const found = committed()
    .filter((f) => /\.(md|ts|mjs|js|json|html|css|ya?ml|txt)$/.test(f) && f !== 'package-lock.json' && f !== SELF)
    .filter((f) => outside.test(readFileSync(join(ROOT, f), 'utf8')));
  assert.deepEqual(found, []);
});

test('reads titles the way the check needs: quotes, template literals, nesting, no method calls', () => {
  const source = [
    "describe('outer', () => {",
    '  it("says \\"hi\\"", () => {});',
    "  it('it\\'s fine', () => {});",
    '  for (const x of xs) it(`${x}: works`, () => {});',
    '  test(`spans',
    'lines`, () => {});',
    // The check's own fixture: a skipped test is not a test a requirement can rest on.
    "  it.skip('not run', () => {});",
    '  /x/.test(s); re.test("not a title");',
    '  describe(code, () => {});',
    '});',
  ].join('\n');
  assert.deepEqual(
    titlesIn(source).map((t) => [t.kind, t.title]),
    [
      ['describe', 'outer'],
      ['test', 'says "hi"'],
      ['test', "it's fine"],
      ['test', '${x}: works'],
      ['test', 'spans\nlines'],
    ],
  );
  assert.deepEqual(
    [...citedNumbers('COMPLIANCE R04/R15, (R07), R27–R29, R2D2, XR10')],
    ['R04', 'R15', 'R07', 'R27', 'R28', 'R29'],
  );
});
