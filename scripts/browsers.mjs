// Where the test browsers live. Debian's packages by default; CHROME_PATH / FIREFOX_PATH override.
import { existsSync } from 'node:fs';

const chromeCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The Chromium/Chrome executable to use, or the Debian default path when none is found yet. */
export function chromePath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return chromeCandidates.find((p) => existsSync(p)) ?? chromeCandidates[0];
}
