// The bench's counting (scripts/bench-model.mjs), without a browser and without timing anything: the statistics,
// which requests and code `npm run bench` attributes to each widget, and how a target is judged from medians.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CONTENDERS,
  GATED,
  TARGETS,
  VARIANTS,
  checkTarget,
  initiatorUrls,
  isWidgetCode,
  isWidgetRequest,
  median,
  quantile,
  summary,
} from '../../scripts/bench-model.mjs';

const ORIGIN = 'http://127.0.0.1:4000';
const { widget, peer, osano } = VARIANTS;
const parser = { type: 'parser', url: `${ORIGIN}/bench/widget.html` };
const fromScript = (url, parent) => ({ type: 'script', stack: { callFrames: [{ url }], parent } });

test('median and quartiles interpolate between the nearest values, whatever the order', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(quantile([10, 20, 30, 40, 50], 0.25), 20);
  assert.equal(quantile([0, 10], 0.75), 7.5);
  assert.ok(Number.isNaN(median([])));
  assert.deepEqual(summary([5, 1, 3]), { median: 3, q1: 2, q3: 4, min: 1, max: 5, n: 3 });
});

test("the widget's requests are every cookie-consent file under /dist/ and its language packs, by pattern", () => {
  for (const file of [
    '/dist/cookie-consent.min.js',
    '/dist/cookie-consent-ui.min.js',
    '/dist/cookie-consent.ui.js',
    '/dist/i18n/fr.json',
  ]) {
    assert.ok(isWidgetRequest(widget, ORIGIN, `${ORIGIN}${file}`, parser, GATED), file);
  }
  for (const file of ['/dist/other.js', '/dist/ui/cookie-consent.js', '/demo/config.js', '/demo/demo.css']) {
    assert.ok(!isWidgetRequest(widget, ORIGIN, `${ORIGIN}${file}`, parser, GATED), file);
  }
  assert.ok(!isWidgetRequest(widget, ORIGIN, 'https://cdn.example/dist/cookie-consent.min.js', parser, GATED));
});

test("a request the widget's code makes counts wherever it goes, except the gated content it lets through", () => {
  const byCore = fromScript(`${ORIGIN}/dist/cookie-consent.min.js`);
  assert.ok(isWidgetRequest(widget, ORIGIN, `${ORIGIN}/elsewhere/ui.js`, byCore, GATED));
  assert.ok(!isWidgetRequest(widget, ORIGIN, `${ORIGIN}/bench/analytics.js`, byCore, GATED));
  // made in a callback the widget scheduled: found in the async parent of the stack
  const later = fromScript(`${ORIGIN}/bench/article.js`, {
    callFrames: [{ url: `${ORIGIN}/dist/cookie-consent.min.js` }],
  });
  assert.ok(isWidgetRequest(widget, ORIGIN, `${ORIGIN}/elsewhere/x.json`, later, GATED));
  // the site's config starting a request is not the widget
  assert.ok(!isWidgetRequest(widget, ORIGIN, `${ORIGIN}/x.js`, fromScript(`${ORIGIN}/demo/config.js`), GATED));
});

test('initiatorUrls lists the initiator URL and every frame of the stack and its parents, once each', () => {
  const initiator = {
    type: 'script',
    url: 'a.js',
    stack: { callFrames: [{ url: 'b.js' }, { url: '' }], parent: { callFrames: [{ url: 'a.js' }, { url: 'c.js' }] } },
  };
  assert.deepEqual(initiatorUrls(initiator), ['a.js', 'b.js', 'c.js']);
  assert.deepEqual(initiatorUrls(undefined), []);
});

test("each peer's requests are its own package's files; its config is its code in the trace, not a request", () => {
  assert.ok(isWidgetRequest(peer, ORIGIN, `${ORIGIN}${peer.scriptTag}`, parser, GATED));
  assert.ok(
    isWidgetRequest(osano, ORIGIN, `${ORIGIN}/node_modules/cookieconsent/build/cookieconsent.min.css`, parser, GATED),
  );
  assert.ok(!isWidgetRequest(osano, ORIGIN, `${ORIGIN}/bench/osano-config.js`, parser, GATED));
  assert.ok(isWidgetCode(osano, ORIGIN, `${ORIGIN}/bench/osano-config.js`));
  assert.ok(isWidgetCode(widget, ORIGIN, `${ORIGIN}/dist/cookie-consent-ui.min.js`));
  assert.ok(!isWidgetCode(widget, ORIGIN, `${ORIGIN}/bench/analytics.js`));
  for (const v of CONTENDERS) assert.ok(VARIANTS[v].files.test(VARIANTS[v].scriptTag), v);
});

test('a target is met, not met, or not measured when a median it compares is missing', () => {
  const byName = (measure) => TARGETS.find((t) => t.measure === measure);
  const heap = byName('JS heap Δ (kB)');
  assert.equal(checkTarget(heap, { widget: 200, peer: 300, osano: 280 }), 'met');
  assert.equal(checkTarget(heap, { widget: 290, peer: 300, osano: 280 }), 'not met');
  assert.equal(checkTarget(heap, { widget: 200, peer: 300, osano: NaN }), 'not measured');
  const script = byName('script-tag file (B, gzip)');
  assert.equal(checkTarget(script, { widget: 5000 }), 'met');
  assert.equal(checkTarget(script, { widget: 5001 }), 'not met');
  const requests = byName('requests made by the widget');
  assert.equal(checkTarget(requests, { widget: 1, peer: 2, osano: 2 }), 'met');
  assert.equal(checkTarget(requests, { widget: 2, peer: 2, osano: 2 }), 'not met');
  assert.equal(checkTarget(requests, {}), 'not measured');
});
