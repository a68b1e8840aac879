// scripts/webkit-launcher.mjs sizes WebKit's page by resizing its window. The page learns of a resize
// after WebKitWebDriver has answered it; two loaded `npm test` runs failed when the launcher measured
// the page too early ("could not size the page to 800×600 (it is 320×640)"). A fake driver whose page
// lags behind its window checks that sizePage waits for the page before measuring again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sizePage } from '../../scripts/webkit-launcher.mjs';

/**
 * A window whose frame (toolbar) is `frame` px tall, and whose page reports a new window size only
 * after `lagReads` further reads of innerWidth/innerHeight, as WebKit's web process does under load.
 */
function laggingWindow({ width, height, frame = 40, lagReads = 3 }) {
  const window = { width, height: height + frame };
  let page = [width, height];
  let pending = null;
  const resizes = [];
  return {
    resizes,
    page: () => page,
    driver: {
      // Promises, as webdriverio's commands return.
      execute() {
        if (pending && --pending.reads <= 0) {
          page = pending.size;
          pending = null;
        }
        return Promise.resolve([...page]);
      },
      getWindowRect() {
        return Promise.resolve({ x: 0, y: 0, ...window });
      },
      setWindowRect(_x, _y, w, h) {
        resizes.push([w, h]);
        window.width = w;
        window.height = h;
        pending = { reads: lagReads, size: [w, h - frame] };
        return Promise.resolve(null);
      },
    },
  };
}

test('a page that takes a while to see its new window size still gets the size asked for', async () => {
  const fake = laggingWindow({ width: 320, height: 640, lagReads: 4 });
  await sizePage(fake.driver, { width: 800, height: 600 }, { pollMs: 1 });
  assert.deepEqual(fake.page(), [800, 600]);
  // One resize: measuring again before the page had caught up would have resized from stale figures.
  assert.deepEqual(fake.resizes, [[800, 640]]);
});

test('a page already at the size asked for is not resized', async () => {
  const fake = laggingWindow({ width: 800, height: 600 });
  await sizePage(fake.driver, { width: 800, height: 600 }, { pollMs: 1 });
  assert.deepEqual(fake.resizes, []);
});

test('a page that never reaches the size says which size it has', async () => {
  const fake = laggingWindow({ width: 320, height: 640, lagReads: Infinity });
  await assert.rejects(
    sizePage(fake.driver, { width: 800, height: 600 }, { attempts: 2, settleMs: 20, pollMs: 1 }),
    /could not size the page to 800×600 \(it is 320×640\)/,
  );
});
