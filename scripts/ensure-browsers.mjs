// Makes sure the browsers the tests need exist (TEST_BROWSERS picks them; Chromium and Firefox ESR
// by default). On a fresh Debian machine as root it installs Debian's packages with apt-get;
// otherwise it stops with a one-line instruction.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromePath, firefoxPath, miniBrowserPath, selectedBrowsers, webkitDriverPath, xvfbPath } from './browsers.mjs';

const all = {
  chromium: [{ name: 'Chromium', path: chromePath(), debianPackage: 'chromium', env: 'CHROME_PATH' }],
  firefox: [{ name: 'Firefox ESR', path: firefoxPath(), debianPackage: 'firefox-esr', env: 'FIREFOX_PATH' }],
  // Optional (TEST_BROWSERS=webkit): WebKitGTK's driver, the MiniBrowser it drives, and a virtual display.
  webkit: [
    {
      name: 'WebKitWebDriver',
      path: webkitDriverPath(),
      debianPackage: 'webkit2gtk-driver',
      env: 'WEBKIT_DRIVER_PATH',
    },
    { name: 'WebKitGTK MiniBrowser', path: miniBrowserPath(), debianPackage: 'libwebkit2gtk-4.1-0' },
    { name: 'Xvfb', path: xvfbPath(), debianPackage: 'xvfb' },
  ],
};

let selected;
try {
  selected = selectedBrowsers();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const needed = selected.flatMap((b) => all[b]);

let aptUpdated = false;
for (const browser of needed) {
  if (existsSync(browser.path)) continue;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt || (browser.env && process.env[browser.env])) {
    console.error(
      `${browser.name} not found at ${browser.path}: run "sudo apt-get install -y ${browser.debianPackage}"` +
        (browser.env ? ` or set ${browser.env} to a ${browser.name} executable.` : '.'),
    );
    process.exit(1);
  }
  console.log(`${browser.name} not found: installing Debian's "${browser.debianPackage}" package…`);
  try {
    if (!aptUpdated) execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    aptUpdated = true;
    execFileSync('apt-get', ['install', '-y', browser.debianPackage], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    console.error(
      `Installing ${browser.debianPackage} failed: run "apt-get install -y ${browser.debianPackage}" by hand.`,
    );
    process.exit(1);
  }
  if (!existsSync(browser.path)) {
    console.error(
      `${browser.debianPackage} installed but ${browser.path} is missing` +
        (browser.env ? `: set ${browser.env}.` : '.'),
    );
    process.exit(1);
  }
}
