// Makes sure the browsers the tests need exist (TEST_BROWSERS picks them; Chromium, Firefox ESR and
// WebKitGTK by default). On a fresh Debian machine as root it installs Debian's packages with apt-get;
// otherwise it stops with a one-line instruction.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromePath, firefoxPath, miniBrowserPath, selectedBrowsers, webkitDriverPath, xvfbPath } from './browsers.mjs';

const all = {
  chromium: [{ name: 'Chromium', path: chromePath(), debianPackage: 'chromium', env: 'CHROME_PATH' }],
  firefox: [{ name: 'Firefox ESR', path: firefoxPath(), debianPackage: 'firefox-esr', env: 'FIREFOX_PATH' }],
  // WebKitGTK's driver, the MiniBrowser it drives (the driver package depends on it; named too, in
  // case only the library went missing), and a virtual display for it.
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

const missing = needed.filter((browser) => !existsSync(browser.path));
const packages = [...new Set(missing.map((browser) => browser.debianPackage))];
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const overridden = missing.filter((browser) => browser.env && process.env[browser.env]);
if (missing.length && (!isRoot || !existsSync('/usr/bin/apt-get') || overridden.length)) {
  // One line: what is missing, the one command that installs all of it, and the ways around it.
  const envs = missing.filter((browser) => browser.env).map((browser) => browser.env);
  console.error(
    `${missing.map((browser) => `${browser.name} (${browser.path})`).join(', ')} not found: ` +
      `run "sudo apt-get install -y ${packages.join(' ')}"` +
      (envs.length ? `, or set ${envs.join(' / ')}` : '') +
      `, or pick other browsers with TEST_BROWSERS (e.g. TEST_BROWSERS=chromium,firefox).`,
  );
  process.exit(1);
}
if (packages.length) {
  console.log(
    `${missing.map((browser) => browser.name).join(', ')} not found: installing Debian's ${packages.join(', ')}…`,
  );
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', ...packages], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    console.error(`Installing ${packages.join(' ')} failed: run "apt-get install -y ${packages.join(' ')}" by hand.`);
    process.exit(1);
  }
  for (const browser of missing) {
    if (existsSync(browser.path)) continue;
    console.error(
      `${browser.debianPackage} installed but ${browser.path} is missing` +
        (browser.env ? `: set ${browser.env}.` : '.'),
    );
    process.exit(1);
  }
}
