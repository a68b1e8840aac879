// What `npm run bench` (scripts/bench.mjs) compares and how it counts, without a browser, so tests/bench/ can check
// it: the variants and which requests and code are a widget's, the statistics, and the targets checked
// against the measured medians.

export const VARIANTS = {
  baseline: { label: 'no banner' },
  widget: {
    label: 'this widget',
    // What the widget serves from dist/: the script tag's file, any other cookie-consent* file it loads next to it
    // (the UI), and the language packs it fetches.
    files: /^\/dist\/(?:cookie-consent[^/]*|i18n\/[^/]+)$/,
    config: /^\/demo\/config\.js$/,
    scriptTag: '/dist/cookie-consent.min.js',
    banner: `(() => { const h = document.querySelector('cookie-consent'); return h && h.shadowRoot && h.shadowRoot.querySelector('[part~=banner]'); })()`,
    accept: `document.querySelector('cookie-consent').shadowRoot.querySelector('[part~=banner] [part~=accept-all]')`,
  },
  peer: {
    label: 'vanilla-cookieconsent v3',
    files: /^\/node_modules\/vanilla-cookieconsent\/dist\//,
    config: /^\/bench\/peer-config\.js$/,
    scriptTag: '/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js',
    banner: `document.querySelector('#cc-main .cm')`,
    accept: `document.querySelector('#cc-main .cm [data-role=all]')`,
  },
  osano: {
    label: "Osano's cookieconsent 3",
    files: /^\/node_modules\/cookieconsent\/build\//,
    config: /^\/bench\/osano-config\.js$/,
    scriptTag: '/node_modules/cookieconsent/build/cookieconsent.min.js',
    banner: `document.querySelector('.cc-window')`,
    accept: `document.querySelector('.cc-window .cc-allow')`,
  },
};
export const CONTENDERS = ['widget', 'peer', 'osano'];
/** The gated content: the site's, which a widget lets through, not a request of the widget's. */
export const GATED = /^\/bench\/analytics\.js$/;

// The targets, checked against this run's medians: `uses` names the variants a target compares.
const atMost = (limit) => ({ uses: ['widget'], check: (m) => m.widget <= limit });
const below = (limit) => ({ uses: ['widget'], check: (m) => m.widget < limit });
const exactly = (value) => ({ uses: ['widget'], check: (m) => m.widget === value });
const lowerThan = (...others) => ({
  uses: ['widget', ...others],
  check: (m) => others.every((other) => m.widget < m[other]),
});
const RETURNING = { path: 'returning reader', pass: 'returning' };
const FIRST = { path: 'first visit' };
export const TARGETS = [
  { ...RETURNING, key: 'scriptTagBytes', measure: 'script-tag file (B, gzip)', target: '≤ 5,000', ...atMost(5000) },
  {
    ...RETURNING,
    key: 'heapKB',
    measure: 'JS heap Δ (kB)',
    target: 'lower than both peers',
    ...lowerThan('peer', 'osano'),
  },
  {
    ...RETURNING,
    key: 'cpuMs',
    measure: 'main-thread CPU Δ (ms)',
    target: 'lower than both peers',
    ...lowerThan('peer', 'osano'),
  },
  {
    ...RETURNING,
    key: 'analyticsMs',
    measure: 'navigation start → gated analytics ran (ms)',
    target: 'earlier than vanilla-cookieconsent',
    ...lowerThan('peer'),
  },
  { ...RETURNING, key: 'requests', measure: 'requests made by the widget', target: '1 (the script)', ...exactly(1) },
  {
    ...FIRST,
    pass: 'full',
    key: 'bannerMs',
    measure: 'banner visible, full speed (ms)',
    target: 'earlier than vanilla-cookieconsent',
    ...lowerThan('peer'),
  },
  {
    ...FIRST,
    pass: 'latency',
    key: 'bannerMs',
    measure: 'banner visible, slow network (ms)',
    target: 'earlier than vanilla-cookieconsent',
    ...lowerThan('peer'),
  },
  { ...FIRST, pass: 'full', key: 'bytes', measure: 'core + UI bytes (B, gzip)', target: '≤ 16,000', ...atMost(16000) },
  { ...FIRST, pass: 'cpu4', key: 'longestTaskMs', measure: 'longest task, 4× CPU (ms)', target: '< 50', ...below(50) },
  {
    ...FIRST,
    pass: 'latency',
    key: 'longestTaskMs',
    measure: 'longest task, 4× CPU, slow network (ms)',
    target: '< 50',
    ...below(50),
  },
  { ...FIRST, pass: 'full', key: 'cls', measure: 'CLS, full speed', target: '0', ...exactly(0) },
  { ...FIRST, pass: 'cpu4', key: 'cls', measure: 'CLS, 4× CPU', target: '0', ...exactly(0) },
  { ...FIRST, pass: 'latency', key: 'cls', measure: 'CLS, slow network', target: '0', ...exactly(0) },
];

/** The q-quantile (0–1) of `xs`, interpolating between the two nearest values; NaN for no values. */
export function quantile(xs, q) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
}

export const median = (xs) => quantile(xs, 0.5);

/** Median, quartiles, extremes and count of `xs`. */
export const summary = (xs) => ({
  median: quantile(xs, 0.5),
  q1: quantile(xs, 0.25),
  q3: quantile(xs, 0.75),
  min: Math.min(...xs),
  max: Math.max(...xs),
  n: xs.length,
});

/** The path of `url` when it is on `origin` (the bench server), else null: other origins belong to nobody here. */
export function pathOn(origin, url) {
  try {
    const u = new URL(url);
    return u.origin === origin ? u.pathname : null;
  } catch {
    return null;
  }
}

/**
 * Every script URL a CDP `Network.Initiator` names: the initiator's own URL and each frame of its stack,
 * following the async parents (a request made in a promise callback keeps the code that scheduled it).
 */
export function initiatorUrls(initiator) {
  const urls = new Set();
  if (initiator?.url) urls.add(initiator.url);
  for (let stack = initiator?.stack; stack; stack = stack.parent) {
    for (const frame of stack.callFrames ?? []) if (frame.url) urls.add(frame.url);
  }
  return [...urls];
}

/**
 * Whether a request belongs to a widget: it asks for one of the widget's own files (`variant.files`, a pattern on
 * the path, so a second file the widget loads counts without being named here), or the widget's code made it
 * (whatever it fetched, wherever from), unless it is the gated content the widget lets through (`gated`, a
 * pattern), which is the site's, not the widget's.
 */
export function isWidgetRequest(variant, origin, url, initiator, gated) {
  const p = pathOn(origin, url);
  if (p !== null && variant.files.test(p)) return true;
  if (p !== null && gated.test(p)) return false;
  return initiatorUrls(initiator).some((u) => {
    const ip = pathOn(origin, u);
    return ip !== null && variant.files.test(ip);
  });
}

/** Whether script at `url` is the widget's own code for the trace: its files or the site's config for it. */
export function isWidgetCode(variant, origin, url) {
  const p = pathOn(origin, url);
  return p !== null && (variant.files.test(p) || variant.config.test(p));
}

/**
 * Checks one target against the medians of one run: `medians` holds the median of the target's measure per
 * variant (`{ widget, peer, osano }`), `target.uses` names the variants it compares and `target.check(medians)`
 * answers true or false. A median it uses that is missing or not a number makes it "not measured", not "not met".
 */
export function checkTarget(target, medians) {
  const used = target.uses.map((v) => medians[v]);
  if (used.some((v) => typeof v !== 'number' || Number.isNaN(v))) return 'not measured';
  return target.check(medians) ? 'met' : 'not met';
}
