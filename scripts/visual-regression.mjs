// Test-runner plugins for the look of the widget (tests/visual/, tests/ui/look.test.ts).
//
// visualRegression(): @web/test-runner-visual-regression 0.10 (its 1.x needs Node 22; 0.10 works
// with @web/test-runner 0.20 on Node 20). A test calls `visualDiff(element, name)`; the element's
// screenshot is compared with tests/visual/baselines/<name>.png by pixelmatch. A difference beyond
// the threshold fails the test and leaves the new screenshot and a diff image in tmp/visual/
// (ignored by git). `npm run test:update-baselines` (UPDATE_BASELINES=1) writes the baselines instead.
// The baselines are Chromium's: the visual tests run in Chromium only (the "visual" group in
// web-test-runner.config.mjs); another browser would find no baseline of its own and fail.
//
// emulateMediaFeatures(): the command `cc-emulate-media-features`, which sets CSS media features
// through the Chrome DevTools Protocol, `forced-colors` included: @web/test-runner-commands'
// emulateMedia() offers forcedColors for Playwright only, and puppeteer refuses the feature by name.
// It answers false, quietly, where there is no CDP (Firefox over WebDriver BiDi), so a test can
// fall back to an assertion of its own.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = 'Chrome';

export function visualRegression({ update = process.env.UPDATE_BASELINES === '1' } = {}) {
  const failed = (browser, name) =>
    path.join(ROOT, 'tmp', 'visual', browser === CHROMIUM ? name : `${browser}-${name}`);
  return visualRegressionPlugin({
    update,
    baseDir: path.join(ROOT, 'tests', 'visual', 'baselines'),
    getBaselineName: ({ browser, name }) => (browser === CHROMIUM ? name : path.join(browser, name)),
    getFailedName: ({ browser, name }) => failed(browser, name),
    getDiffName: ({ browser, name }) => failed(browser, `${name}-diff`),
    // pixelmatch's per-pixel colour tolerance, and the share of pixels that may differ: rendering
    // here is deterministic (software GL, local fonts), so this only absorbs antialiasing noise.
    diffOptions: { threshold: 0.1 },
    failureThresholdType: 'percent',
    failureThreshold: 0.02,
  });
}

export function emulateMediaFeatures() {
  const sessions = new WeakMap();
  return {
    name: 'cc-emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'cc-emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        try {
          cdp = await page.createCDPSession();
        } catch {
          return false;
        }
        sessions.set(page, cdp);
      }
      // One call sets every feature and clears the rest (Chromium keeps one set per page).
      await cdp.send('Emulation.setEmulatedMedia', { media: '', features: payload?.features ?? [] });
      return true;
    },
  };
}
