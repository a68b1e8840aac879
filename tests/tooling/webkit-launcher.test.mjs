// scripts/webkit-launcher.mjs: a test file that finishes before its page has loaded, as the last file
// of a run, must not stop the run with WebDriver's "This operation was aborted when running "url"".
// That error once ended a whole `npm test` with no file named; the launcher now deletes the session
// only after the pending navigation has ended. Runs when WebKit is among the selected browsers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { selectedBrowsers } from '../../scripts/browsers.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const config = fileURLToPath(new URL('../fixtures/webkit-race/wtr.config.mjs', import.meta.url));
const webkitSelected = selectedBrowsers().includes('webkit');

test(
  'a last test file that ends before its page has loaded ends the run cleanly',
  { skip: webkitSelected ? false : 'WebKit is not in TEST_BROWSERS', timeout: 120_000 },
  () => {
    const run = spawnSync('npx', ['web-test-runner', '--config', config], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', CI: 'true' },
    });
    const output = `${run.stdout}\n${run.stderr}`;
    assert.doesNotMatch(output, /aborted when running "url"|Uncaught exception/, output);
    assert.match(output, /1 passed, 0 failed/, output);
    assert.equal(run.status, 0, output);
  },
);
