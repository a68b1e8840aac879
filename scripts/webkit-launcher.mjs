// WebKit for @web/test-runner from Debian's packages: WebKitGTK's WebDriver (`webkit2gtk-driver`)
// drives its MiniBrowser (`libwebkit2gtk-4.1-0`) inside a private Xvfb display (`xvfb`), through
// @web/test-runner-webdriver + webdriverio. WebKitGTK's MiniBrowser has no headless mode, hence Xvfb.
// Nothing is downloaded: the launcher starts both processes itself and stops them at the end.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts Xvfb on the first free display and resolves with [process, ':N']. */
function startXvfb(xvfbPath) {
  return new Promise((resolve, reject) => {
    // -displayfd: Xvfb picks a free display and writes its number to fd 3 once it accepts clients.
    const xvfb = spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    xvfb.stderr.on('data', (d) => (err += d));
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${err.trim()}`)));
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve([xvfb, `:${out.trim()}`]);
    });
  });
}

// The MiniBrowser's toolbar keeps its window at least 447 px wide; a phone is 320. GTK CSS in a
// private config directory shrinks the toolbar (the page itself is not drawn by GTK).
const GTK_CSS =
  'headerbar, headerbar *, toolbar, toolbar *, entry, button { min-width: 0; min-height: 0; padding: 0; margin: 0; font-size: 1px; }\n';

/** Starts WebKitWebDriver on a free port and resolves once it answers /status. */
async function startDriver(driverPath, display, configHome) {
  const port = await freePort();
  const env = { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: configHome };
  const driver = spawn(driverPath, [`--port=${port}`], { stdio: 'ignore', env });
  /** @type {number | string | undefined} */
  let exited;
  driver.on('exit', (code) => (exited = code ?? 'signal'));
  for (let i = 0; i < 100; i++) {
    if (exited !== undefined) throw new Error(`WebKitWebDriver exited (${exited}) on start`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return [driver, port];
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  driver.kill();
  throw new Error('WebKitWebDriver did not answer on /status within 10 s');
}

// Puppeteer key names the tests use → WebDriver key codes (a single character is itself).
const KEYS = {
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  Backspace: '\uE003',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  Delete: '\uE017',
};
const keyCode = (key) => {
  if ([...key].length === 1) return key;
  if (KEYS[key]) return KEYS[key];
  throw new Error(
    `WebKit launcher: no WebDriver code for key "${key}" (add it to KEYS in scripts/webkit-launcher.mjs)`,
  );
};

/**
 * Resizes the window through WebDriver until the page inside it (innerWidth × innerHeight) is
 * `width` × `height`. The window's frame (the MiniBrowser's toolbar) is whatever the window is larger
 * than the page, measured anew on each attempt.
 *
 * WebKitWebDriver answers a resize once the window has its new size; the page learns of it later (the
 * web process is told asynchronously). Measured at once, the page still had its old size, the frame
 * came out wrong and the next resize overshot: two `npm test` runs under load failed with "could not
 * size the page to 800×600 (it is 320×640)". So after each resize this waits until the page reports
 * the size asked for, or `settleMs` has passed, before measuring again.
 *
 * @param {{ execute: Function, getWindowRect: Function, setWindowRect: Function }} driver
 * @param {{ width: number, height: number }} viewport
 * @param {{ attempts?: number, settleMs?: number, pollMs?: number }} [options]
 */
export async function sizePage(driver, { width, height }, { attempts = 5, settleMs = 3000, pollMs = 25 } = {}) {
  /* global window -- this callback runs in the page */
  const pageSize = () => driver.execute(() => [window.innerWidth, window.innerHeight]);
  const isWanted = ([w, h]) => w === width && h === height;
  let size = await pageSize();
  for (let attempt = 0; attempt < attempts && !isWanted(size); attempt++) {
    const rect = await driver.getWindowRect();
    // Whole, positive sizes only: WebKitWebDriver refused one run's resize with "Invalid width
    // value" (a page read mid-navigation can report a size that makes the sum odd or negative).
    const windowWidth = Math.max(100, Math.round(rect.width + width - size[0]));
    const windowHeight = Math.max(100, Math.round(rect.height + height - size[1]));
    await driver.setWindowRect(null, null, windowWidth, windowHeight);
    const deadline = Date.now() + settleMs;
    size = await pageSize();
    while (!isWanted(size) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, pollMs));
      size = await pageSize();
    }
  }
  if (!isWanted(size)) {
    throw new Error(`WebKit launcher: could not size the page to ${width}×${height} (it is ${size[0]}×${size[1]})`);
  }
}

class WebKitGtkLauncher extends WebdriverLauncher {
  constructor({ driverPath, miniBrowserPath, xvfbPath }) {
    super({
      hostname: '127.0.0.1',
      port: 0, // set in initialize()
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'WebKit',
        // WebKitGTK's driver speaks classic WebDriver; webdriverio 9 would otherwise ask for BiDi.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
      },
    });
    this.paths = { driverPath, xvfbPath };
  }

  async initialize(config, testFiles) {
    // If the runner dies without calling stop(), take the display and the driver down with it
    // (the MiniBrowser exits with its display).
    process.once('exit', () => void this.cleanUp());
    this.configHome = mkdtempSync(join(tmpdir(), 'wtr-webkit-'));
    mkdirSync(join(this.configHome, 'gtk-3.0'));
    writeFileSync(join(this.configHome, 'gtk-3.0', 'gtk.css'), GTK_CSS);
    const [xvfb, display] = await startXvfb(this.paths.xvfbPath);
    this.xvfb = xvfb;
    const [driver, port] = await startDriver(this.paths.driverPath, display, this.configHome);
    this.driverProcess = driver;
    this.options.port = port;
    // WebKitWebDriver refuses a browserName it does not report itself; keep the label only.
    const { browserName, ...capabilities } = this.options.capabilities;
    this.options.capabilities = capabilities;
    await super.initialize(config, testFiles);
    this.name = browserName;
  }

  // @web/test-runner-commands drives the page of a "webdriver" launcher with `press`/`type` only and
  // has no setViewport for it. Presenting the small part of puppeteer's page API that its keyboard,
  // mouse and viewport commands call gives WebKit the same commands as Chromium and Firefox.
  get type() {
    return 'puppeteer';
  }
  set type(_) {
    // WebdriverLauncher's constructor sets 'webdriver'; see the getter.
  }

  getPage(sessionId) {
    const driver = this.driver;
    if (!driver) throw new Error('WebKit launcher: no session');
    const keys = (...actions) => driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
    return {
      keyboard: {
        down: (key) => keys({ type: 'keyDown', value: keyCode(key) }),
        up: (key) => keys({ type: 'keyUp', value: keyCode(key) }),
        press: (key) => keys({ type: 'keyDown', value: keyCode(key) }, { type: 'keyUp', value: keyCode(key) }),
        type: (text) =>
          keys(
            ...[...text].flatMap((c) => [
              { type: 'keyDown', value: c },
              { type: 'keyUp', value: c },
            ]),
          ),
      },
      mouse: {
        move: (x, y) => this.sendMouseMove(sessionId, x, y),
        click: (x, y, { button = 'left' } = {}) => this.sendMouseClick(sessionId, x, y, button),
        down: ({ button = 'left' } = {}) => this.sendMouseDown(sessionId, button),
        up: ({ button = 'left' } = {}) => this.sendMouseUp(sessionId, button),
        reset: () => this.resetMouse(sessionId),
      },
      setViewport: (viewport) => this.setViewport(viewport),
      // Anything else a command needs (emulateMedia, a11ySnapshot, ...) is missing: it fails with a
      // TypeError naming it.
    };
  }

  /** Sizes the window so that the page (innerWidth × innerHeight) gets exactly `width` × `height`. */
  setViewport(viewport) {
    return sizePage(this.driver, viewport);
  }

  // Every test file starts at 800×600, as puppeteer's pages do in Chromium and Firefox.
  async startSession(id, url) {
    await this.ensureManagerInitialized();
    await this.setViewport({ width: 800, height: 600 });
    // @web/test-runner-webdriver's queueStartSession starts the navigation without awaiting it: a
    // navigation that fails is then an unhandled rejection that stops the whole run with no test file
    // named. Awaited here, it fails this file's session, with its message, and the other files run.
    try {
      await this.driverManager.startSession(id, url);
    } catch (error) {
      // WebDriver answers "url" only once the page has loaded, but a test file can finish before its
      // page has (something on it still loading; WebKitWebDriver then never answers, the runner having
      // moved the tab to about:blank). When that file is the last, the runner stops the browser, and
      // deleting the session aborts the navigation: "This operation was aborted when running "url"".
      // That once ended a whole run (reproduced by tests/tooling/webkit-launcher.test.mjs). The file's
      // results are in by then (the browser is stopped only when every file has finished), so the
      // aborted navigation is no failure.
      if (this.stopping) return;
      throw error;
    }
  }

  /** Kills the driver and the display; resolves when both have exited. */
  cleanUp() {
    const ended = (p) =>
      new Promise((r) => (!p || p.exitCode !== null || p.signalCode !== null ? r(undefined) : p.once('exit', r)));
    const exits = [ended(this.driverProcess), ended(this.xvfb)];
    this.driverProcess?.kill();
    this.xvfb?.kill();
    if (this.configHome) rmSync(this.configHome, { recursive: true, force: true });
    this.configHome = undefined;
    return Promise.all(exits);
  }

  async stop() {
    this.stopping = true;
    await super.stop();
    await this.cleanUp();
  }
}

/** An @web/test-runner browser launcher for WebKitGTK (see the top of this file). */
export function webkitLauncher(paths) {
  return new WebKitGtkLauncher(paths);
}
