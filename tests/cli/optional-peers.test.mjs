// The heavy packages are optional peer dependencies (a site that installs the package for the widget
// does not download them). Without them, the command that needs one says so in one line, naming it.
// The built CLI is copied where only its real dependencies can be found, as in such an install.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';

let dir;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'cookie-consent-peers-'));
  cpSync(join(ROOT, 'dist/cli'), join(dir, 'cli'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
  mkdirSync(join(dir, 'node_modules'));
  for (const dependency of ['tldts', 'tldts-core'])
    symlinkSync(join(ROOT, 'node_modules', dependency), join(dir, 'node_modules', dependency));
  writeFileSync(join(dir, 'config.json'), '{ "categories": { "necessary": { "required": true } } }');
});
after(() => rmSync(dir, { recursive: true, force: true }));

const run = (args, env = {}) =>
  spawnSync(process.execPath, [join(dir, 'cli/main.js'), ...args], {
    cwd: dir,
    env: { ...process.env, DATABASE_URL: '', ...env },
    encoding: 'utf8',
  });

describe('a command whose optional package is missing', () => {
  for (const [name, args, env, pkg] of /** @type {[string, string[], Record<string, string>, string][]} */ ([
    [
      'serve (embedded)',
      ['serve', '--config', 'config.json', '--origin', 'https://a.example'],
      {},
      '@electric-sql/pglite',
    ],
    [
      'serve (DATABASE_URL)',
      ['serve', '--config', 'config.json', '--origin', 'https://a.example'],
      { DATABASE_URL: 'postgres://127.0.0.1:9/x' },
      'pg',
    ],
    ['audit', ['audit', 'http://127.0.0.1:9/'], {}, 'puppeteer-core'],
  ]))
    it(`${name} names ${pkg} in one line (exit 2)`, () => {
      const { status, stderr } = run(args, env);
      assert.equal(status, 2, stderr);
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
      assert.ok(stderr.includes(`needs the package ${pkg}`), stderr);
      assert.ok(stderr.includes(`npm install ${pkg}`) && stderr.includes(`npx -p cookie-consent -p ${pkg}`), stderr);
    });
});
