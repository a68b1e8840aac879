// Runs every test in Debian's Chromium, Debian's Firefox ESR and WebKitGTK (the engine of Safari;
// scripts/webkit-launcher.mjs). CHROME_PATH / FIREFOX_PATH / WEBKIT_DRIVER_PATH override where they
// are, e.g. on a laptop; TEST_BROWSERS picks some of them ("chromium,firefox", "webkit"). Browsers
// are found and, where possible, installed by scripts/ensure-browsers.mjs before this runs.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { closingLineReporter } from './scripts/closing-line-reporter.mjs';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import {
  CHROME_ARGS,
  chromePath,
  firefoxPath,
  miniBrowserPath,
  selectedBrowsers,
  webkitDriverPath,
  xvfbPath,
} from './scripts/browsers.mjs';
import { emulateMediaFeatures, visualRegression } from './scripts/visual-regression.mjs';

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath(),
        headless: true,
        args: [...CHROME_ARGS, '--disable-dev-shm-usage'],
      },
    }),
  // Firefox over WebDriver BiDi with puppeteer-core (what @web/test-runner-puppeteer does, without
  // full puppeteer, which would download a browser on install). Handing the launcher puppeteer-core as
  // its `puppeteer` is what makes it honour `browser: 'firefox'`.
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true },
    }),
  webkit: async () => {
    const { webkitLauncher } = await import('./scripts/webkit-launcher.mjs');
    return webkitLauncher({ driverPath: webkitDriverPath(), miniBrowserPath: miniBrowserPath(), xvfbPath: xvfbPath() });
  },
};

// POST/GET/DELETE /__consent-log (proof-of-consent beacons, tests/integrations/consent-record.test.ts)
// keeps one log per browser: the browsers run side by side against this one server, and one
// browser's beacons must not show up in (or be deleted by) another's test. Each browser (User-Agent)
// gets its own instance of scripts/test-consent-log.mjs.
const consentLogs = new Map();
async function consentLogPerBrowser(ctx, next) {
  if (ctx.path !== '/__consent-log') return next();
  const browser = ctx.get('user-agent');
  if (!consentLogs.has(browser)) {
    const instance = new URL('./scripts/test-consent-log.mjs', import.meta.url);
    instance.searchParams.set('browser', String(consentLogs.size));
    consentLogs.set(
      browser,
      import(instance.href).then((m) => m.consentLog),
    );
  }
  return (await consentLogs.get(browser))(ctx, next);
}

// POST /__set-cookie?name=N answers 204 with `Set-Cookie: N=from-server; Max-Age=3600`: whether a
// browser applies the cookies of a proof's response (tests/integrations/consent-record.test.ts).
function setCookieEndpoint(ctx, next) {
  if (ctx.path !== '/__set-cookie') return next();
  const name = /^\w+$/.test(ctx.query.name ?? '') ? ctx.query.name : 'unnamed';
  ctx.set('Set-Cookie', `${name}=from-server; Path=/; Max-Age=3600; SameSite=Lax`);
  ctx.status = 204;
}

// The drop-in's files exactly as built (the core, the UI, the TCF file, the TCF screens): the core checks
// the UI and TCF files' Subresource Integrity hashes (the TCF file the screens'), and the esbuild plugin below would re-emit any .js file it serves.
// Under /__drop-in/<case>/ the same files, for the end-to-end tests of a file that cannot be loaded
// (tests/e2e/split.test.ts, tests/e2e/tcf.test.ts): the UI file `missing` (404), `tampered` (one byte
// added: SRI refuses it), or `until-cookie` (404 until the request carries the cookie `split_ui=ok`, so
// a later attempt succeeds); the TCF file `no-tcf` (404).
const DROP_IN = /^\/(?:dist|__drop-in\/([a-z-]+))\/(cookie-consent(?:-ui|-tcf|-tcf-ui)?\.min\.js)$/;
async function dropInAsBuilt(ctx, next) {
  const match = DROP_IN.exec(ctx.path);
  if (!match) return next();
  const [, variant, file] = match;
  let body = await readFile(new URL(`./dist/${file}`, import.meta.url));
  ctx.set('cache-control', 'no-store');
  // As a CDN serves them: a page in a sandboxed frame (an opaque origin) fetches the UI file with CORS, for SRI.
  ctx.set('access-control-allow-origin', '*');
  if (file === 'cookie-consent-ui.min.js') {
    const allowed = /(^|;\s*)split_ui=ok(;|$)/.test(ctx.get('cookie'));
    if (variant === 'missing' || (variant === 'until-cookie' && !allowed)) {
      ctx.status = 404;
      return;
    }
    if (variant === 'tampered') body = Buffer.concat([body, Buffer.from('\n;')]);
  }
  if (file.includes('-tcf') && variant === 'no-tcf') {
    ctx.status = 404;
    return;
  }
  ctx.type = 'text/javascript';
  ctx.body = body;
}

// @web/dev-server-core 0.7 sends each file's results through structuredClone, which throws on a
// failed assertion whose actual/expected is a DOM node or a function (chai keeps them on the error):
// the file then never reports and the run waits 120 s for it with no message, in every browser
// (modernweb-dev/web#2967, open-wc/open-wc#2880). This shim, in the test page's <head>, turns such
// values into readable strings for that one message only; every other structuredClone call (the
// component uses it) is untouched.
/* global window -- reportableResults() runs in the test page, not in Node */
function reportableResults() {
  const clone = structuredClone;
  const describe = (node) =>
    node.nodeType === Node.ELEMENT_NODE
      ? node.outerHTML.slice(0, 200)
      : `[${node.nodeName}] ${String(node.textContent).slice(0, 100)}`;
  const reportable = (value, seen) => {
    if (typeof value === 'function') return `[Function ${value.name || 'anonymous'}]`;
    if (typeof value !== 'object' || value === null) return value;
    if (value instanceof Node) return describe(value);
    if (value === window) return '[Window]';
    if (seen.has(value)) return '[Circular]';
    seen.add(value);
    if (Array.isArray(value)) return value.map((v) => reportable(v, seen));
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null && !(value instanceof Error)) {
      try {
        return clone(value);
      } catch {
        return String(value);
      }
    }
    const copy = {};
    for (const key of Object.keys(value)) copy[key] = reportable(value[key], seen);
    if (value instanceof Error) Object.assign(copy, { name: value.name, message: value.message, stack: value.stack });
    return copy;
  };
  window.structuredClone = function structuredClone(value, options) {
    if (value?.type !== 'wtr-session-finished') return clone(value, options);
    try {
      return clone(value, options);
    } catch {
      return clone(reportable(value, new WeakSet()), options);
    }
  };
}

// Screenshots compared with tests/visual/baselines/ (scripts/visual-regression.mjs) are Chromium's
// own: the "visual" group runs tests/visual/ in Chromium only, and the default group, every other
// test file in every browser, leaves them out. Run them alone with `npx web-test-runner --group visual`:
// files named on the command line replace the default group's files (so a visual test named there
// would run in every browser), and the visual group then stays out unless --group asks for it.
const browsers = Object.fromEntries(await Promise.all(selectedBrowsers().map(async (b) => [b, await launchers[b]()])));
const VISUAL = 'tests/visual/**/*.test.ts';
const args = process.argv.slice(2);
const namedFiles = args.some(
  (a, i) => !a.startsWith('-') && (i == 0 || !args[i - 1].startsWith('-') || args[i - 1] == '--files'),
);
const visualGroup = browsers.chromium && (!namedFiles || args.includes('--group'));

export default {
  files: ['tests/**/*.test.ts', `!${VISUAL}`],
  groups: visualGroup ? [{ name: 'visual', files: VISUAL, browsers: [browsers.chromium] }] : [],
  nodeResolve: true,
  // The end-to-end tests load dist/ and demo/ over the same server.
  rootDir: '.',
  // One page at a time in each browser: keyboard-focus tests need the focused page. The browsers run
  // side by side; each has its own profile, so cookies and focus do not cross between them.
  concurrency: 1,
  // Every selected browser at once (the runner's default is two: a third would wait for one of them
  // to finish every file before it started).
  concurrentBrowsers: Object.keys(browsers).length,
  // A page, browser start included, may take more than the default 30 s to come up when the 2-core
  // machine is busy (seen for Firefox's first page); a test still has 5 s.
  browserStartTimeout: 60_000,
  // A file's tests may take more than the default 120 s: the property tests (tests/robustness/) run
  // 3 to 8 times slower in WebKit than in Chromium (JSON, chai's deep equality and Error stacks; the
  // JIT is on), so a file of them took 56 s alone and over 120 s beside the other two browsers.
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 5000 } },
  // The default page, plus the shim above in <head> (the body stays empty for the tests).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><script>(${reportableResults.toString()})();</script></head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [defaultReporter(), closingLineReporter()],
  middleware: [consentLogPerBrowser, setCookieEndpoint, dropInAsBuilt],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    visualRegression(),
    emulateMediaFeatures(),
  ],
  browsers: Object.values(browsers),
};
