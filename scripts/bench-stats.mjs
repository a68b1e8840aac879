// The pure parts of `npm run bench` (scripts/bench.mjs), kept apart so tests/bench/ can check them without a
// browser: statistics, which requests and code belong to a widget, and the targets checked against
// the measured medians.

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
