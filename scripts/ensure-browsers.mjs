// Makes sure the browser the tests need exists. On a fresh Debian machine as root it installs
// Debian's package with apt-get; otherwise it stops with a one-line instruction.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromePath } from './browsers.mjs';

const needed = [{ name: 'Chromium', path: chromePath(), debianPackage: 'chromium', env: 'CHROME_PATH' }];

for (const browser of needed) {
  if (existsSync(browser.path)) continue;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt || process.env[browser.env]) {
    console.error(
      `${browser.name} not found at ${browser.path}: run "sudo apt-get install -y ${browser.debianPackage}" or set ${browser.env} to a ${browser.name} executable.`,
    );
    process.exit(1);
  }
  console.log(`${browser.name} not found: installing Debian's "${browser.debianPackage}" package…`);
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', browser.debianPackage], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    console.error(`Installing ${browser.debianPackage} failed: run "apt-get install -y ${browser.debianPackage}" by hand.`);
    process.exit(1);
  }
  if (!existsSync(browser.path)) {
    console.error(`${browser.debianPackage} installed but ${browser.path} is missing: set ${browser.env}.`);
    process.exit(1);
  }
}
