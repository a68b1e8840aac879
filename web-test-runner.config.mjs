// Runs every test in Debian's Chromium (CHROME_PATH overrides it, e.g. on a laptop with Chrome).
// Browsers are found and, where possible, installed by scripts/ensure-browsers.mjs before this runs.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { chromePath } from './scripts/browsers.mjs';
import { consentLog } from './scripts/test-consent-log.mjs';

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  // The end-to-end tests load dist/ and demo/ over the same server.
  rootDir: '.',
  // One page at a time: keyboard-focus tests need the focused page, and the suite is quick anyway.
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  middleware: [consentLog],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath(),
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
};
