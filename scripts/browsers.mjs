// Where the test browsers live. Debian's packages by default; CHROME_PATH / FIREFOX_PATH /
// WEBKIT_DRIVER_PATH override. TEST_BROWSERS picks the browsers (default: all three).
import { existsSync, readdirSync } from 'node:fs';

const chromeCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];
const firefoxCandidates = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

const firstExisting = (candidates) => candidates.find((p) => existsSync(p)) ?? candidates[0];

/** The browsers to test in, from TEST_BROWSERS: a comma-separated subset of these three, all by default. */
export function selectedBrowsers() {
  const known = ['chromium', 'firefox', 'webkit'];
  const wanted = (process.env.TEST_BROWSERS ?? known.join(','))
    .split(',')
    .map((b) => b.trim().toLowerCase())
    .filter(Boolean);
  const unknown = wanted.filter((b) => !known.includes(b));
  if (unknown.length || !wanted.length) {
    throw new Error(`TEST_BROWSERS="${process.env.TEST_BROWSERS}": use a comma-separated list of ${known.join(', ')}.`);
  }
  return wanted;
}

/** Flags for every headless Chromium the dev tools start (tests, bench): no sandbox (root in CI), no GPU, nothing in the background. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium/Chrome executable to use, or the Debian default path when none is found yet. */
export function chromePath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return firstExisting(chromeCandidates);
}

/** The Firefox executable to use (Debian's Firefox ESR), or the Debian default path when none is found yet. */
export function firefoxPath() {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  return firstExisting(firefoxCandidates);
}

/** WebKitGTK's WebDriver (Debian's webkit2gtk-driver). */
export function webkitDriverPath() {
  return process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
}

/** WebKitGTK's MiniBrowser, which WebKitWebDriver drives (Debian's libwebkit2gtk-4.1-0, under /usr/lib/<arch>/). */
export function miniBrowserPath() {
  const candidates = [];
  try {
    for (const dir of readdirSync('/usr/lib')) candidates.push(`/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`);
  } catch {
    // no /usr/lib: not Debian
  }
  const triplet = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' }[process.arch] ?? `${process.arch}-linux-gnu`;
  return candidates.find((p) => existsSync(p)) ?? `/usr/lib/${triplet}/webkit2gtk-4.1/MiniBrowser`;
}

/** The virtual X server the MiniBrowser draws into (it has no headless mode). */
export function xvfbPath() {
  return '/usr/bin/Xvfb';
}
