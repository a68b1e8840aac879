// The README's copy-paste TCF stub (section "IAB TCF") is the built dist/tcf-stub.min.js, byte for byte:
// a site inlines exactly what the tests run (tests/e2e/tcf.test.ts, tests/tcf/api.test.ts). Run after `npm run build`.
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';

const read = (file) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

test("the README's inline TCF stub is dist/tcf-stub.min.js as built", () => {
  const block = read('README.md').match(
    /<!-- tcf-stub:start -->\n+```html\n<script>(.*)<\/script>\n```\n+<!-- tcf-stub:end -->/,
  );
  assert.ok(block, 'README.md has no tcf-stub block with one <script> line');
  assert.equal(
    block[1],
    read('dist/tcf-stub.min.js').trim(),
    'README.md: copy dist/tcf-stub.min.js into the tcf-stub block',
  );
});
